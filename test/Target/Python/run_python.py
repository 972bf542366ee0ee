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
import contextlib
import importlib.util
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
from gen_campaign import LAUNCH_RE, split_kernels  # noqa: E402

# Element types and their warp-lang types as warp-mlir verify-pairs reads
# them from a pair's metadata.
sys.path.insert(0, os.path.join(ROOT, "python-frontend"))
from warp_mlir.pairs_verify import element_of, same, stderr_to, warp_dtype  # noqa: E402

ARRAY_RE = re.compile(
    r'\{dtype = (?P<dtype>[^,]+), name = "(?P<name>[^"]+)", '
    r"(?:range = \[(?P<range>[^\]]*)\], )?"
    r'role = "(?P<role>\w+)", shape = \[(?P<shape>[0-9, ]*)\]\}'
)
PARAM_RE = re.compile(r'warp\.name = "([^"]+)"')
# A kernel the JIT does not finish in this time is reported (and not run by
# warp-lang, which would not finish either).
JIT_TIMEOUT = 60


def parameter_names(signature):
    """Each parameter's `warp.name`, else `argN` (warp-run's names)."""
    params, depth, start = [], 0, signature.index("(") + 1
    for index in range(start, len(signature)):
        c = signature[index]
        if c in "(<[{":
            depth += 1
        elif c in ")>]}":
            depth -= 1
        if (c == "," and depth == 0) or depth < 0:
            if signature[start:index].strip():
                params.append(signature[start:index])
            start = index + 1
        if depth < 0:
            break
    names = []
    for index, param in enumerate(params):
        name = PARAM_RE.search(param)
        names.append(name.group(1) if name else f"arg{index}")
    return names


class Kernel:
    """One kernel: the IR that holds it, its parameters and inputs."""

    def __init__(self, name, module, seed, index):
        self.name = name
        self.module = module
        header = next(
            line
            for line in module.splitlines()
            if line.lstrip().startswith(f"warp.kernel @{name}(")
        )
        signature, _, attributes = header.partition(" attributes ")
        self.params = parameter_names(signature)
        self.dims = tuple(
            int(d) for d in LAUNCH_RE.search(attributes).group(1).split(",")
        )
        self.arrays = {
            m.group("name"): m.groupdict() for m in ARRAY_RE.finditer(attributes)
        }
        rng = np.random.default_rng([seed, index])
        self.inputs = [self.draw(rng, self.arrays[p]) for p in self.params]

    @staticmethod
    def draw(rng, spec):
        scalar, element = element_of(spec["dtype"])
        shape = tuple(int(s) for s in spec["shape"].split(",") if s) + element
        if spec["role"] in ("output", "zero_accumulator"):
            return np.zeros(shape, scalar)
        low, high = (float(v) for v in spec["range"].split(","))
        if np.issubdtype(scalar, np.floating):
            return rng.uniform(low, high, shape).astype(scalar)
        return rng.integers(int(low), int(high), shape, endpoint=True).astype(scalar)


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


def load_printed(path, log):
    """The printed module, compiled by warp-lang, or an error."""
    import warp as wp

    name = "printed_" + os.path.splitext(os.path.basename(path))[0]
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        with stderr_to(log):
            wp.load_module(module, device="cpu")
    except Exception as error:  # the module is reported, not the traceback
        lines = str(error).strip().splitlines()
        return None, (
            f"warp-lang cannot load {os.path.basename(path)}: "
            + " ".join(line.strip() for line in lines[-3:])[:600]
        )
    return module, None


def run_warp_lang(module, kernel):
    """The arrays by parameter name after warp-lang runs `kernel`, or an
    error."""
    import warp as wp

    try:
        args = {}
        for param, data in zip(kernel.params, kernel.inputs):
            dtype = warp_dtype(kernel.arrays[param]["dtype"])
            if kernel.arrays[param]["shape"].strip():
                args[param] = wp.array(data, dtype=dtype, device="cpu")
            else:  # a scalar parameter (provenance shape [])
                args[param] = dtype(data.item())
        wp.launch(
            getattr(module, kernel.name),
            dim=kernel.dims,
            inputs=list(args.values()),
            device="cpu",
        )
        wp.synchronize_device("cpu")
    except Exception as error:
        return None, "warp-lang launch failed: " + str(error).strip()[:600]
    arrays = {p: a.numpy() for p, a in args.items() if isinstance(a, wp.array)}
    return arrays, None


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
