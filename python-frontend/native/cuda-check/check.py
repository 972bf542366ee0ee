#!/usr/bin/env python3
"""Checks wm.launch's CUDA path on a GPU: cases from prepare.py (PTX,
signature, inputs, expected results) launched through the package's CUDA
launcher (warp_mlir.launch.CudaLauncher, its argument packing and device
copies) and this directory's CUDA-only native module.

    cmake -S python-frontend/native/cuda-check -B BUILD -G Ninja && ninja -C BUILD
    python3 python-frontend/native/cuda-check/check.py BUILD CASES.pkl

Prints one line per case and `N passed, N failed`; exits 1 on a failure.
"""

import os
import pickle
import sys
import types
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "python-frontend"))
sys.path.insert(0, str(REPO / "test" / "gpu"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main():
    os.environ["WARP_MLIR_BUILD_DIR"] = str(Path(sys.argv[1]).resolve())
    import run_suite  # noqa: E402  (the suite's comparison rules)
    import warp_mlir as wm
    from prepare import view
    from warp_mlir import native
    from warp_mlir.arguments import Signature
    from warp_mlir.launch import CudaLauncher

    nat = native.load()
    print("device:", nat.cuda_device())
    with open(sys.argv[2], "rb") as f:
        cases = pickle.load(f)
    passed = failed = 0
    for case in cases:
        problems = []
        try:
            launcher = CudaLauncher(
                Signature(case["description"]), nat.load_cuda(case["ptx"], case["kernel"])
            )
            bases = {}
            args = []
            for index, spec in enumerate(case["inputs"]):
                if spec[0] == "view":
                    bases[index] = spec[1].copy()
                    args.append(view(bases[index], spec))
                elif spec[0] == "array":
                    bases[index] = spec[1].copy()
                    args.append(bases[index])
                else:
                    args.append(spec[1])
            # Through wm.launch's own dispatch, to the launcher made above.
            kernel = types.SimpleNamespace(_launchers={"cuda": launcher})
            wm.launch(kernel, dim=case["dim"], inputs=args, device="cuda", block_dim=case["block"])
            for index, spec in case["specs"]:
                problem = run_suite.compare_array(spec, case["expected"][index], bases[index])
                if problem:
                    problems.append(problem)
            for index, expected in case["expected"].items():
                if expected.dtype.fields is not None:
                    for field in expected.dtype.names:
                        if not np.array_equal(expected[field], bases[index][field]):
                            problems.append(f"arg{index}.{field} differs")
        except Exception as error:  # a failure of this case, reported
            problems.append(f"{type(error).__name__}: {error}")
        if problems:
            failed += 1
            print(f"FAIL {case['name']}:\n  " + "\n  ".join(problems))
        else:
            passed += 1
            print(f"ok   {case['name']}")
    # A kernel the PTX lacks is the driver's error, as a DeviceError.
    try:
        nat.load_cuda(cases[0]["ptx"], "no_such_kernel")
        failed += 1
        print("FAIL missing kernel: no error")
    except wm.DeviceError as error:
        ok = "CUDA_ERROR_NOT_FOUND" in str(error)
        passed, failed = passed + ok, failed + (not ok)
        print(("ok  " if ok else "FAIL") + f" missing kernel: {error}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
