#!/usr/bin/env python3
"""Kernels through the Python target, run by warp-lang against the JIT:

  run_python.py generated BUILD_DIR OUTDIR COUNT SEED [--per-module N]
  run_python.py module BUILD_DIR OUTDIR FILE.mlir

`generated` makes COUNT kernels (warp-opt --gen-random-kernels, every
strategy) and prints them as Python (warp-translate --warp-to-python),
PER_MODULE kernels to a module (warp-lang compiles a module at once);
`module` prints FILE.mlir, whose kernels carry the same `warp.gen`
provenance (arrays and launch_dims), as one module. Then:

  (a) black leaves every module as it is (`black --check`);
  (b) warp-lang imports every module and runs each kernel on the CPU, on
      inputs drawn from the kernel's `warp.gen` provenance (each array's
      dtype, shape and range; zeros for outputs and zero accumulators) over
      its `launch_dims`;
  (c) warp-run (the CPU JIT) runs the kernel's IR on the same inputs, and
      every array afterwards is the same in both: integers equal, floats
      equal bit for bit (NaN equals NaN), the bound the C++ source target's
      test holds the JIT to.

Prints one line per failure, then a summary ending in "N failed"; exits 1
on a failure.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "test", "Generator", "Inputs"))
from gen_campaign import split_kernels  # noqa: E402

# The kernels' provenance, inputs and warp-lang's side come from warp_mlir's
# differential module (also behind scripts/campaign.py); the comparison and
# stderr_to (which run_suite.py takes from here) from verify-pairs.
sys.path.insert(0, os.path.join(ROOT, "python-frontend"))
from warp_mlir.differential import Kernel, load_printed, run_warp_lang  # noqa: E402,F401
from warp_mlir.pairs_verify import same, stderr_to  # noqa: E402,F401

# A kernel the JIT does not finish in this time is reported (and not run by
# warp-lang, which would not finish either).
JIT_TIMEOUT = 60


def run_jit(bin_dir, outdir, kernel):
    """The arrays warp-run leaves, by parameter name, or an error."""
    base = os.path.join(outdir, kernel.name)
    os.makedirs(base + ".in", exist_ok=True)
    with open(base + ".mlir", "w") as f:
        f.write(kernel.module)
    files = []
    for param, data in zip(kernel.params, kernel.inputs):
        files.append(os.path.join(base + ".in", param + ".npy"))
        np.save(files[-1], data)
    command = [
        os.path.join(bin_dir, "warp-run"),
        base + ".mlir",
        "--kernel",
        kernel.name,
        "--dim",
        ",".join(map(str, kernel.dims)),
        "--inputs",
        ",".join(files),
        "--outputs",
        base + ".jit",
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=JIT_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return None, f"warp-run did not finish in {JIT_TIMEOUT} s"
    if done.returncode:
        return None, f"warp-run failed: {done.stderr.strip()[:600]}"
    arrays = [p for p in kernel.params if kernel.arrays[p]["shape"].strip()]
    return {p: np.load(os.path.join(base + ".jit", p + ".npy")) for p in arrays}, None


def translate(bin_dir, outdir, index, text):
    """Prints the IR `text` as one Python module; its path, or an error."""
    base = os.path.join(outdir, f"module{index}")
    with open(base + ".mlir", "w") as f:
        f.write(text)
    done = subprocess.run(
        [
            os.path.join(bin_dir, "warp-translate"),
            "--warp-to-python",
            base + ".mlir",
            "-o",
            base + ".py",
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        return None, f"warp-translate failed: {done.stderr.strip()[:600]}"
    return base + ".py", None


KERNEL_NAME_RE = re.compile(r"^\s*warp\.kernel @(\w+)\(", re.MULTILINE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    generated = modes.add_parser("generated")
    module = modes.add_parser("module")
    for mode in (generated, module):
        mode.add_argument("build")
        mode.add_argument("outdir")
        mode.add_argument("--jobs", type=int, default=2)
    generated.add_argument("count", type=int)
    generated.add_argument("seed", type=int)
    generated.add_argument("--per-module", type=int, default=100)
    generated.add_argument(
        "--options", default="", help="more --gen-random-kernels options"
    )
    module.add_argument("file")
    args = parser.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    os.makedirs(args.outdir, exist_ok=True)
    start = time.time()

    # (kernels, IR text) of each Python module to print.
    if args.mode == "generated":
        text = subprocess.run(
            [
                os.path.join(bin_dir, "warp-opt"),
                f"--gen-random-kernels=count={args.count} seed={args.seed} {args.options}",
                os.devnull,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        kernels = [
            Kernel(name, module, args.seed, index)
            for index, (name, module) in enumerate(split_kernels(text).items())
        ]
        groups = []
        for first in range(0, len(kernels), args.per_module):
            chunk = kernels[first : first + args.per_module]
            groups.append(
                (
                    chunk,
                    "module {\n"
                    + "".join(
                        k.module.split("\n", 1)[1].rsplit("}", 1)[0] for k in chunk
                    )
                    + "}\n",
                )
            )
    else:
        with open(args.file) as f:
            text = f.read()
        kernels = [
            Kernel(name, text, 0, index)
            for index, name in enumerate(KERNEL_NAME_RE.findall(text))
        ]
        groups = [(kernels, text)]
    failures = {}

    # The JIT's results, computed while warp-lang compiles.
    pool = concurrent.futures.ThreadPoolExecutor(args.jobs)
    jit = {k.name: pool.submit(run_jit, bin_dir, args.outdir, k) for k in kernels}

    modules = []
    for index, (chunk, text) in enumerate(groups):
        path, error = translate(bin_dir, args.outdir, index, text)
        if error:
            for kernel in chunk:
                failures[kernel.name] = error
        else:
            modules.append((path, chunk))

    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet"]
        + [path for path, _ in modules],
        capture_output=True,
        text=True,
    )
    if black.returncode:
        print(
            "FAIL black would reformat:\n  "
            + black.stderr.strip().replace("\n", "\n  ")
        )

    import logging

    import warp as wp

    wp.config.log_level = logging.WARNING
    # Only the forward kernels are run: half the code to compile.
    wp.config.enable_backward = False
    wp.init()
    log = os.path.join(args.outdir, "warp-lang.log")
    for path, chunk in modules:
        module, error = load_printed(path, log)
        for kernel in chunk:
            expected, jit_error = jit[kernel.name].result()
            if error or jit_error:
                failures[kernel.name] = error or jit_error
                continue
            actual, error2 = run_warp_lang(module, kernel)
            if error2:
                failures[kernel.name] = error2
                continue
            # warp-lang's arrays are the reference, warp-run's (jit) checked.
            problems = [
                f"{p}: {problem}"
                for p in expected
                if (problem := same(actual[p], expected[p]))
            ]
            if problems:
                failures[kernel.name] = "; ".join(problems)
    pool.shutdown()

    order = {k.name: index for index, k in enumerate(kernels)}
    for name, message in sorted(failures.items(), key=lambda item: order[item[0]]):
        print(f"FAIL {name}: {message}")
    print(
        f"{len(kernels)} kernels in {len(modules)} modules "
        f"({time.time() - start:.0f} s): black "
        f"{'ok' if not black.returncode else 'FAILED'}; "
        f"{len(failures)} failed"
    )
    return 1 if failures or black.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
