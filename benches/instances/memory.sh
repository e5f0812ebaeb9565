#!/bin/sh
# Usage: benches/instances/memory.sh path/to/gml [N]
# Memory per instance: the peak RSS of a run creating N instances (default 100,000) minus that of
# a run creating none, divided by N. Needs GNU time (/usr/bin/time).
set -e
GML=${1:?usage: memory.sh path/to/gml [N]}
N=${2:-100000}
DIR=$(cd "$(dirname "$0")" && pwd)
rss() {
    /usr/bin/time -f %M "$GML" run --max-frames 2 "$DIR/memory.gml" -- "$1" 2>&1 >/dev/null | tail -n 1
}
BASE=$(rss 0)
FULL=$(rss "$N")
awk -v b="$BASE" -v f="$FULL" -v n="$N" 'BEGIN {
    printf "instances: %d instances, peak RSS %.1f MB (%.1f MB with none) = %.0f bytes per instance\n",
        n, f / 1024, b / 1024, (f - b) * 1024 / n
}'
