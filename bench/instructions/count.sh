#!/usr/bin/env bash
# Instructions per steady-state report, counted by valgrind (cachegrind), not timed: the same code
# gives the same count to within ~0.5 % run to run, where CPU time on a shared VM drifts by up to 2x.
# V8 runs --predictable (compiles and collects garbage on the main thread, no timers), and the count is
# the difference of two runs (3,000 and 6,000 reports), so start-up and most JIT warm-up cancel out.
# Usage: bench/instructions/count.sh [DIST]   (DIST: a compiled dist/ directory; default ./dist)
# Needs valgrind (Debian: apt-get install valgrind). Takes about two minutes on two cores.
# Caveat: two builds of different code can differ by 2–3 % from V8's own inlining choices alone;
# compare changes that should matter by more than that, and confirm with npm run bench. Compare
# counts from this script only: the same loop in another file counted 10 % fewer (inlining again).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "${1:-$here/../../dist}" && pwd)"
command -v valgrind >/dev/null || { echo "count.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for rounds in 600 1200; do
  (
    JIAOHE_DIST="$dist" ROUNDS=$rounds valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file \
      --cachegrind-out-file=/dev/null node --predictable --predictable-gc-schedule "$here/workload.mjs" 2>&1 |
      awk '/I *refs/ { gsub(",", "", $4); print $4 }' >"$tmp/$rounds"
  ) &
done
wait
a=$(cat "$tmp/600")
b=$(cat "$tmp/1200")
[ -n "$a" ] && [ -n "$b" ] || { echo "count.sh: valgrind gave no count (see its output by running the workload by hand)" >&2; exit 1; }
echo "$(( (b - a) / 3000 )) instructions per report (steady state, $dist)"
