#!/usr/bin/env bash
# Benchmarks: runs each program in GML (with the gml binary given), Lua 5.4 and Python 3, takes the
# median wall time of 5 whole-process runs of each, prints a table with the ratios gml/lua and
# gml/python, and says which targets are met (gml faster than Python; gml within 1.5x of Lua).
# Then times `gml check` on a generated 100,000-line file (target: under 1 s).
#
# Usage: benches/run.sh path/to/gml        (build it with: cargo build --release)
# Needs python3 and lua5.4 (apt-get install -y lua5.4); a missing Lua is reported as NA.
# RUNS=n changes the number of runs (default 5). CLOCK=cpu measures user+system CPU time of the
# process instead of wall time (steadier on a loaded machine).
set -u
gml=${1:?usage: benches/run.sh path/to/gml}
gml=$(cd "$(dirname "$gml")" && pwd)/$(basename "$gml")
here=$(cd "$(dirname "$0")" && pwd)
# The system Python when there is one, as ../shared/bench/run.sh does (a pyenv shim on PATH
# can be a slower build).
py=$([ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3)
lua=$(command -v lua5.4 || command -v lua || true)
runs=${RUNS:-5}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
clock=${CLOCK:-wall}
# cpu_ms CMD...: user+system CPU milliseconds of one run of CMD
cpu_ms() {
  "$py" -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int((r.ru_utime + r.ru_stime) * 1000))' "$@"
}
# ms CMD...: median time in milliseconds of $runs runs (stdout discarded)
ms() {
  local t=() s
  for _ in $(seq "$runs"); do
    if [ "$clock" = cpu ]; then
      t+=($(cpu_ms "$@"))
    else
      s=$(date +%s%N)
      "$@" >/dev/null 2>&1
      t+=($(( ($(date +%s%N) - s) / 1000000 )))
    fi
  done
  printf '%s\n' "${t[@]}" | median
}
ratio() { if [ "$2" = NA ] || [ "$2" = 0 ]; then echo NA; else awk "BEGIN{printf \"%.2f\", $1/$2}"; fi; }

echo "median of $runs runs, $clock time in ms"
printf '%-14s %9s %9s %9s %8s %8s  %s\n' program gml_ms lua_ms py_ms gml/lua gml/py targets
met_py=0; met_lua=0; total=0; mismatch=0
for b in fib loop strcat array struct_fields struct_map method; do
  # outputs must agree before timings mean anything
  go=$("$gml" run "$here/gml/$b.gml" 2>&1 | tr -d '\r')
  po=$("$py" "$here/python/$b.py" 2>&1)
  note=""
  total=$((total + 1))
  if [ "$go" != "$po" ]; then
    note="WRONG OUTPUT: gml printed '$(printf '%s' "$go" | grep -v '^[_#]' | head -3 | tr '\n' ' ' | cut -c1-120)', expected '$po'"
    mismatch=1
  fi
  if [ -n "$lua" ]; then
    lo=$("$lua" "$here/lua/$b.lua" 2>&1)
    [ "$lo" = "$po" ] || note="$note (lua printed '$lo')"
  fi
  g=$(ms "$gml" run "$here/gml/$b.gml")
  if [ -n "$lua" ]; then l=$(ms "$lua" "$here/lua/$b.lua"); else l=NA; fi
  p=$(ms "$py" "$here/python/$b.py")
  rl=$(ratio "$g" "$l"); rp=$(ratio "$g" "$p")
  if [ -n "$note" ] && [ "$go" != "$po" ]; then
    t="no-target-counted"
  else
    if awk "BEGIN{exit !($g < $p)}"; then t="faster-than-py"; met_py=$((met_py + 1)); else t="SLOWER-than-py"; fi
    if [ "$l" != NA ] && awk "BEGIN{exit !($g <= 1.5 * $l)}"; then t="$t within-1.5x-lua"; met_lua=$((met_lua + 1)); else t="$t NOT-within-1.5x-lua"; fi
  fi
  printf '%-14s %9s %9s %9s %8s %8s  %s %s\n' "$b" "$g" "$l" "$p" "$rl" "$rp" "$t" "$note"
done
echo
echo "targets: faster than python on $met_py/$total; within 1.5x of lua on $met_lua/$total"
[ "$mismatch" = 0 ] || echo "WARNING: some GML outputs differ from Python's (see the table)"

big=$(mktemp -d)/big.gml
"$py" "$here/gen_big.py" "$big" 100000 >/dev/null
c=$(ms "$gml" check "$big")
"$gml" check "$big" >/dev/null 2>&1; rc=$?
if [ "$rc" = 0 ] && [ "$c" -lt 1000 ]; then verdict="target met (< 1000 ms)"; else verdict="target NOT met (< 1000 ms, exit 0)"; fi
echo "gml check on a 100,000-line file: $c ms, exit $rc: $verdict"
rm -rf "$(dirname "$big")"

# A generated GameMaker project: 1,000 scripts and 200 objects (with events, parents, Object
# Variables) and two rooms, loaded and compiled by `gml check DIR` (target: under 1 s).
proj=$(mktemp -d)
"$py" "$here/gen_project.py" "$proj" 1000 200 >/dev/null
c=$(ms "$gml" check "$proj")
"$gml" check "$proj" >/dev/null 2>&1; rc=$?
if [ "$rc" = 0 ] && [ "$c" -lt 1000 ]; then verdict="target met (< 1000 ms)"; else verdict="target NOT met (< 1000 ms, exit 0)"; fi
echo "gml check on a generated project (1,000 scripts, 200 objects): $c ms, exit $rc: $verdict"
rm -rf "$proj"
