#!/usr/bin/env python3
"""The differential suite (test/gpu/kernels) through the Python target:

  run_suite.py BUILD_DIR OUTDIR [NAME...]

Each kernels/NAME.mlir is printed as Python (warp-translate
--warp-to-python), which black must leave as it is; warp-lang then runs
the printed kernel and the suite's own kernels/NAME.py on the CPU, on the
inputs NAME.py's make() gives, and every array must agree under the
suite's rules (test/gpu/run_suite.py: exact unless the case allows ulps,
sorted where order is the scheduler's). Prints one line per kernel, then
"N passed, N failed"; exits 1 on a failure.
"""

import logging
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "test", "gpu"))
import run_suite  # noqa: E402
from run_python import load_printed, stderr_to  # noqa: E402
from suite import Scalar  # noqa: E402


def launch(wp, kernel, case, log):
    """The arrays after running `kernel` on fresh copies of `case`'s inputs."""
    args, arrays = [], []
    for arg in case.args:
        if isinstance(arg, Scalar):
            args.append(arg.value)
            continue
        _, np_dtype, _ = run_suite.describe(arg.dtype)
        data = np.ascontiguousarray(arg.data, dtype=np_dtype)
        arrays.append(wp.array(data, dtype=arg.dtype, device="cpu"))
        args.append(arrays[-1])
    with stderr_to(log):
        wp.launch(kernel, dim=case.dim, inputs=args, device="cpu")
        wp.synchronize_device("cpu")
    return [a.numpy() for a in arrays]


def check(wp, build, outdir, name, log):
    """None when the printed kernel agrees with the suite's, else why."""
    printed = os.path.join(outdir, name + ".py")
    done = subprocess.run(
        [
            os.path.join(build, "bin", "warp-translate"),
            "--warp-to-python",
            os.path.join(run_suite.KERNELS, name + ".mlir"),
            "-o",
            printed,
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        return "warp-translate failed: " + done.stderr.strip()[:600]
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", printed],
        capture_output=True,
        text=True,
    )
    if black.returncode:
        return "black would reformat " + printed
    module, error = load_printed(printed, log)
    if error:
        return error
    reference = run_suite.load(name)
    try:
        case = reference.make()
        expected = launch(wp, getattr(reference, name), case, log)
        actual = launch(wp, getattr(module, name), reference.make(), log)
    except Exception as error:  # reported as the kernel's failure
        return "warp-lang: " + " ".join(str(error).split())[:600]
    problems = []
    specs = [arg for arg in case.args if not isinstance(arg, Scalar)]
    for index, (arg, ref, out) in enumerate(zip(specs, expected, actual)):
        _, np_dtype, _ = run_suite.describe(arg.dtype)
        rules = {
            "label": f"array {index}",
            "dtype": np.dtype(np_dtype).str,
            "shape": list(np.asarray(arg.data).shape),
            "ulp": arg.ulp,
            "order": arg.order,
        }
        problem = run_suite.compare_array(
            rules, ref.astype(np_dtype).reshape(-1), out.astype(np_dtype).reshape(-1)
        )
        if problem:
            problems.append(problem.replace("gpu", "printed"))
    return "; ".join(problems) or None


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    build, outdir, names = argv[0], argv[1], argv[2:]
    names = names or [
        n
        for n in run_suite.kernel_names()
        if os.path.exists(os.path.join(run_suite.KERNELS, n + ".mlir"))
    ]
    os.makedirs(outdir, exist_ok=True)
    import warp as wp

    wp.config.log_level = logging.WARNING
    wp.config.enable_backward = False
    wp.init()
    log = os.path.join(outdir, "warp-lang.log")
    passed = failed = 0
    for name in names:
        problem = check(wp, build, outdir, name, log)
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}")
        else:
            passed += 1
            print(f"PASS {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
