#!/usr/bin/env bash
# `gml check` on hostile inputs of about 1 MB each (made by gen.py): prints the wall time and the
# bytes of output of each, and says which miss the target (under 1 s, under 1 MB of output).
# Usage: benches/check_hostile/run.sh path/to/gml    (build it with: cargo build --release)
set -u
gml=${1:?usage: benches/check_hostile/run.sh path/to/gml}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$here/gen.py" "$dir"
fail=0
printf '%-24s %8s %10s\n' input ms output
for f in "$dir"/*.gml; do
  start=$(date +%s%N)
  bytes=$(timeout 20 "$gml" check "$f" 2>&1 | wc -c)
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  mark=""
  if [ "$ms" -ge 1000 ] || [ "$bytes" -ge 1048576 ]; then mark="  MISSED"; fail=1; fi
  printf '%-24s %8s %10s%s\n' "$(basename "$f" .gml)" "$ms" "$bytes" "$mark"
done
[ "$fail" = 0 ] && echo "all under 1 s and 1 MB of output"
exit $fail
