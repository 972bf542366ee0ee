#!/bin/sh
# Kernels per second of `warp-opt --gen-random-kernels` (generation, the
# verifier and printing included).
# Usage: bench/generator/bench_generator.sh [BUILD_DIR] [COUNT] [SIZE]
BUILD=${1:-build}
COUNT=${2:-5000}
SIZE=${3:-60}
for THREADS in 1 0; do
  START=$(date +%s.%N)
  "$BUILD/bin/warp-opt" --gen-random-kernels="count=$COUNT seed=1 size=$SIZE threads=$THREADS" \
    /dev/null -o /dev/null || exit 1
  END=$(date +%s.%N)
  echo "$COUNT kernels (size $SIZE, threads=$THREADS): $(echo "$END - $START" | bc) s," \
    "$(echo "$COUNT / ($END - $START)" | bc) kernels/s"
done
