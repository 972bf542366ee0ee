#!/usr/bin/env python3
"""Compiles every kernel of the differential suite (test/gpu/kernels) to
C++ and CUDA C++ source with warp-translate, and builds each with the
compilers a user would use:

  compile_sources.py BUILD_DIR OUTDIR

  NAME.cpp  warp-translate --warp-to-cpp; g++ -std=c++17 -Wall -Werror -O2
            builds OUTDIR/NAME.so (for warp-run --library), clang++-22
            -std=c++17 -Wall -Werror compiles it too.
  NAME.cu   warp-translate --warp-to-cuda; nvcc -std=c++17 -arch=sm_90
            --fmad=false compiles it to OUTDIR/NAME.ptx, which ptxas
            assembles (no GPU needed). --fmad=false rounds every operation,
            as the suite's PTX (--fuse-fp=false) and warp-lang's CPU do, so
            that run.sh with PTX_DIR=OUTDIR runs these kernels on a GPU
            against the same reference (test/gpu/run_suite.py).

Prints one line per kernel and "N compiled, N failed"; exits 1 on a
failure. Env: CXX (g++), CLANGXX (clang++-22), NVCC (a command line,
default /usr/local/cuda/bin/nvcc), PTXAS, JOBS (2).
"""

import concurrent.futures
import glob
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
KERNELS = os.path.join(ROOT, "test", "gpu", "kernels")
INCLUDE = os.path.join(ROOT, "runtime", "include")
CXX = os.environ.get("CXX", "g++")
CLANGXX = os.environ.get("CLANGXX", "clang++-22")
NVCC = shlex.split(os.environ.get("NVCC", "/usr/local/cuda/bin/nvcc"))
PTXAS = os.environ.get("PTXAS", "/usr/local/cuda/bin/ptxas")
FLAGS = ["-std=c++17", "-Wall", "-Werror", "-I", INCLUDE]


def run(command):
    """None when `command` succeeds, else its command line and output."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode == 0:
        return None
    return " ".join(command) + "\n" + done.stdout + done.stderr


def build(translate, outdir, name):
    mlir = os.path.join(KERNELS, name + ".mlir")
    out = os.path.join(outdir, name)
    steps = [
        [translate, "--warp-to-cpp", mlir, "-o", out + ".cpp"],
        [CXX] + FLAGS + ["-O2", "-fPIC", "-shared", out + ".cpp",
                         "-o", out + ".so"],
        [CLANGXX] + FLAGS + ["-O2", "-c", out + ".cpp", "-o", out + ".clang.o"],
        [translate, "--warp-to-cuda", mlir, "-o", out + ".cu"],
        [*NVCC, "-std=c++17", "-arch=sm_90", "--fmad=false", "-Werror",
         "all-warnings", "-I", INCLUDE, "-ptx", out + ".cu", "-o",
         out + ".ptx"],
        [PTXAS, "-arch=sm_90", out + ".ptx", "-o", out + ".cubin"],
    ]
    for step in steps:
        error = run(step)
        if error:
            return name, error
    return name, None


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    build_dir, outdir = argv[1:]
    os.makedirs(outdir, exist_ok=True)
    translate = os.path.join(build_dir, "bin", "warp-translate")
    names = sorted(os.path.basename(path)[:-len(".mlir")]
                   for path in glob.glob(os.path.join(KERNELS, "*.mlir")))
    failed = 0
    jobs = int(os.environ.get("JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for name, error in pool.map(lambda n: build(translate, outdir, n),
                                    names):
            if error:
                failed += 1
                print(f"FAIL {name}:\n  " + error.strip().replace("\n", "\n  "))
            else:
                print(f"ok {name}")
    print(f"{len(names) - failed} compiled, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
