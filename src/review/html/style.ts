// The frame's stylesheet, inlined into every page so each file opens on its own, offline. Report
// pages also carry src/render's stylesheet (the official tables); this one lays the explanations
// beside the tables on screen and under them on A4 paper.
export const CSS = `
*{box-sizing:border-box}
body{margin:0;max-width:none;font:14px/1.5 "Noto Serif CJK SC","Source Han Serif SC","SimSun","宋体",serif;color:#1a1a1a;background:#fafaf7}
header,main,footer{max-width:1280px;margin:0 auto;padding:12px 20px}
header h1{font-size:20px;margin:8px 0}
header .meta{color:#555;font-size:13px}
a{color:#0b5cad}
.counts span{display:inline-block;min-width:2.5em;text-align:right}
.sev-error{--sev:#c62828}.sev-warning{--sev:#b26a00}.sev-info{--sev:#1565c0}
table.index{border-collapse:collapse;width:100%;background:#fff}
table.index th,table.index td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}
table.index td:first-child{min-width:9em}
table.index th{background:#eef0f3;cursor:pointer;user-select:none;white-space:nowrap}
table.index th[aria-sort=ascending]::after{content:" ▲"}
table.index th[aria-sort=descending]::after{content:" ▼"}
table.index td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.has-error td.e{color:#c62828;font-weight:bold}
tr.has-warning td.w{color:#b26a00;font-weight:bold}
main.report{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:20px;align-items:start}
main.report .tables{background:#fff;padding:4px 12px 12px}
main.report aside.notes{position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;padding:4px 12px;font-size:13px}
main.report aside.notes h2{font-size:15px}
p.empty{color:#2e7d32}
.unreadable li{margin:2px 0}
@page{size:A4;margin:12mm}
@media print{
 body{background:#fff;font-size:10.5pt}
 header,main,footer{max-width:none;padding:0}
 nav,.noprint{display:none}
 a{color:inherit;text-decoration:none}
 main.report{display:block}
 main.report aside.notes{position:static;max-height:none;overflow:visible;padding:0;break-before:auto}
 main.report .tables{padding:0}
 table.index{font-size:9pt}
 table.index th{cursor:auto}
}
`;
