#!/usr/bin/env python3
"""Random kernels through the C++ source target, executed:

  run_generated.py BUILD_DIR OUTDIR COUNT SEED

Generates COUNT kernels (warp-opt --gen-random-kernels), and for each:
warp-translate --warp-to-cpp, g++ -std=c++17 -Wall -Werror -O2 into a
shared library, then warp-run with the same seeded inputs through the JIT
and through the library (--library); every output array must be equal
byte for byte. Prints one line per failure and "N kernels: N failed".
Env: CXX (g++), JOBS (2).
"""

import concurrent.futures
import filecmp
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "test", "Generator", "Inputs"))
from gen_campaign import split_kernels  # noqa: E402

CXX = os.environ.get("CXX", "g++")
DIMS_RE = re.compile(r"launch_dims = \[([0-9, ]+)\]")


def check(bin_dir, outdir, name, module):
    base = os.path.join(outdir, name)
    with open(base + ".mlir", "w") as f:
        f.write(module)
    dims = DIMS_RE.search(module).group(1).replace(" ", "")
    run = [os.path.join(bin_dir, "warp-run"), base + ".mlir", "--kernel",
           name, "--dim", dims, "--seed", "1"]
    steps = [
        [os.path.join(bin_dir, "warp-translate"), "--warp-to-cpp",
         base + ".mlir", "-o", base + ".cpp"],
        [CXX, "-std=c++17", "-Wall", "-Werror", "-O2", "-fPIC", "-shared",
         "-I", os.path.join(ROOT, "runtime", "include"), base + ".cpp",
         "-o", base + ".so"],
        run + ["--outputs", base + ".jit"],
        run + ["--library", base + ".so", "--outputs", base + ".cpp.out"],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode:
            return f"{name}: {' '.join(step)}\n{done.stdout}{done.stderr}"
    files = sorted(os.listdir(base + ".jit"))
    _, mismatch, errors = filecmp.cmpfiles(base + ".jit", base + ".cpp.out",
                                           files, shallow=False)
    if mismatch or errors or not files:
        return f"{name}: outputs differ: {mismatch + errors}"
    return None


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 2
    build, outdir, count, seed = argv[1], argv[2], argv[3], argv[4]
    bin_dir = os.path.join(build, "bin")
    os.makedirs(outdir, exist_ok=True)
    generated = subprocess.run(
        [os.path.join(bin_dir, "warp-opt"),
         f"--gen-random-kernels=count={count} seed={seed}", os.devnull],
        capture_output=True, text=True, check=True).stdout
    kernels = split_kernels(generated)
    jobs = int(os.environ.get("JOBS", "2"))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for error in pool.map(lambda item: check(bin_dir, outdir, *item),
                              kernels.items()):
            if error:
                failed += 1
                print("FAIL " + error.strip().replace("\n", "\n  "))
    print(f"{len(kernels)} kernels: {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
