// One stylesheet, inlined into every page so each file opens on its own, offline. Prints to A4:
// the notes move under their table and links lose their colour.
export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "Noto Serif CJK SC","Source Han Serif SC","SimSun","宋体",serif;color:#1a1a1a;background:#fafaf7}
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
section.table{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,1.3fr);gap:16px;margin:18px 0;align-items:start}
section.table h2,section.other h2{grid-column:1/-1;font-size:16px;margin:6px 0 0}
table.official{border-collapse:collapse;width:100%;background:#fff;font-size:12.5px;table-layout:auto}
table.official th,table.official td{border:1px solid #333;padding:3px 4px;text-align:center;vertical-align:middle}
table.official th{font-weight:normal;background:#fff}
table.official th.row{text-align:left}
table.official th.caption{background:#f2f2f2;font-weight:bold}
table.official th.note{font-size:11px}
table.official th.vgroup{writing-mode:vertical-rl;letter-spacing:2px}
table.official td{min-width:3em;font-variant-numeric:tabular-nums;position:relative}
table.official td.missing{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
table.official td.ambiguous{font-style:italic}
table.official td.problem{background:color-mix(in srgb,var(--sev) 14%,#fff);outline:2px solid var(--sev);outline-offset:-2px;font-weight:bold}
a.badge{display:inline-block;margin-left:2px;min-width:1.4em;padding:0 3px;border-radius:8px;background:var(--sev,#c62828);color:#fff;font-size:10px;line-height:1.4em;text-decoration:none;vertical-align:super}
ol.notes{list-style:none;margin:0;padding:0}
ol.notes>li{background:#fff;border-left:4px solid var(--sev);padding:6px 8px;margin:0 0 8px;font-size:13px;break-inside:avoid}
ol.notes .no{display:inline-block;min-width:1.6em;border-radius:8px;background:var(--sev);color:#fff;text-align:center;font-size:11px;margin-right:4px}
ol.notes .sev{color:var(--sev);font-weight:bold;margin-right:4px}
ol.notes .detail{color:#444;margin:3px 0 0;font-size:12px}
ol.notes .detail ul{margin:2px 0;padding-left:1.2em}
ol.notes .id{color:#888;font-size:11px;font-family:monospace}
p.empty{color:#2e7d32}
.unreadable li{margin:2px 0}
@page{size:A4;margin:12mm}
@media print{
 body{background:#fff;font-size:10.5pt}
 header,main,footer{max-width:none;padding:0}
 nav,.noprint{display:none}
 a{color:inherit;text-decoration:none}
 section.table{display:block;break-inside:auto}
 section.table h2{break-after:avoid}
 table.official{font-size:8.5pt;break-inside:auto;margin-bottom:6px}
 table.official tr{break-inside:avoid}
 table.official td.problem{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a.badge,ol.notes .no{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 table.index{font-size:9pt}
 table.index th{cursor:auto}
}
`;
