#!/bin/sh
# Usage: benches/instances/run.sh path/to/gml
# Runs 10,000 instances with a Step event for 1,000 frames and prints frames per second.
set -e
GML=${1:?usage: run.sh path/to/gml}
DIR=$(cd "$(dirname "$0")" && pwd)
FRAMES=1000
START=$(date +%s.%N)
"$GML" run --fast --max-frames "$FRAMES" "$DIR/instances.gml"
END=$(date +%s.%N)
awk -v s="$START" -v e="$END" -v f="$FRAMES" 'BEGIN {
    t = e - s
    printf "instances: 10000 instances x %d frames in %.2f s = %.1f frames/s\n", f, t, f / t
}'
