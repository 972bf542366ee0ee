#!/usr/bin/env python3
"""Kernels per second of the random kernel generator (docs/generator.md),
alone and with lowering to every target (docs/performance.md, "Generator").

  python3 bench/generator/run.py [--build build] [--count 2000]
      [--size 60] [--seed 1] [--repeat 3]

Generation: `warp-opt --gen-random-kernels='count=N seed=S size=Z
threads=T'` (verifier and printing included) with one thread and with every
hardware thread, written to a file. Lowering: that module, as one, through
`warp-translate --warp-to-llvmir`, `--warp-to-cpp`, `--warp-to-cuda` and
`--warp-to-ptx`. Each step is timed REPEAT times (wall clock, best kept);
prints kernels/s per step and for generation plus every target.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

TARGETS = ["llvmir", "cpp", "cuda", "ptx"]


def best_time(command, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--size", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    opts = ap.parse_args()
    bin_dir = os.path.join(opts.build, "bin")
    n = opts.count
    print(f"# bench/generator/run.py: {n} kernels, size {opts.size}, "
          f"seed {opts.seed}, best of {opts.repeat}; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        module = os.path.join(tmp, "kernels.mlir")
        times = {}
        for threads in (1, 0):
            times[f"generate (threads={threads})"] = best_time(
                [os.path.join(bin_dir, "warp-opt"),
                 f"--gen-random-kernels=count={n} seed={opts.seed} "
                 f"size={opts.size} threads={threads}", os.devnull, "-o",
                 module], opts.repeat)
        for target in TARGETS:
            times[f"--warp-to-{target}"] = best_time(
                [os.path.join(bin_dir, "warp-translate"), f"--warp-to-{target}",
                 module, "-o", os.devnull], opts.repeat)
    print("| Step | s | kernels/s |")
    print("|---|---:|---:|")
    for step, seconds in times.items():
        print(f"| {step} | {seconds:.2f} | {n / seconds:.0f} |")
    everything = times["generate (threads=0)"] + sum(
        times[f"--warp-to-{t}"] for t in TARGETS)
    without_ptx = everything - times["--warp-to-ptx"]
    print(f"| generate + every target | {everything:.2f} | {n / everything:.0f} |")
    print(f"| generate + every target but PTX | {without_ptx:.2f} | "
          f"{n / without_ptx:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
