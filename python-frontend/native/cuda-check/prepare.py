#!/usr/bin/env python3
"""Prepares check.py's cases on a machine with the full build (LLVM) and
warp-lang: the PTX of each kernel, its signature, inputs, and the results to
expect.

    WARP_MLIR_BUILD_DIR=build python3 prepare.py OUT.pkl

Cases: every kernel of the differential suite (test/gpu/kernels), expected
to match warp-lang on the CPU under the suite's rules; and launches with
strided and reversed views, vector and matrix arrays, struct values and
arrays of structs, expected to equal this build's CPU launch exactly (PTX is
compiled without fused multiply-adds, as the suite does).
"""

import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "python-frontend"))
sys.path.insert(0, str(REPO / "test" / "gpu"))

import run_suite  # noqa: E402
import warp_mlir as wm  # noqa: E402
from warp_mlir import native  # noqa: E402


def value(v):
    """A scalar argument as plain Python data (warp-lang objects to lists)."""
    if isinstance(v, (bool, int, float, np.generic)):
        return v
    return np.asarray(v).tolist()


def suite_cases(nat):
    import warp as wp

    wp.config.quiet = True
    wp.init()
    cases = []
    for name in run_suite.kernel_names():
        case, args, specs, expected = run_suite.warp_reference(wp, name)
        arrays = dict(specs)
        inputs = [
            ("array", arg) if index in arrays else ("value", value(arg))
            for index, arg in enumerate(args)
        ]
        ir = (REPO / "test" / "gpu" / "kernels" / f"{name}.mlir").read_text()
        cases.append(
            {
                "name": name,
                "kernel": name,
                "dim": case.dim,
                "block": case.block or 256,
                "description": nat.describe_kernel(ir, f"{name}.mlir", name),
                "ptx": nat.compile_ptx(ir, f"{name}.mlir", "sm_90", False),
                "inputs": inputs,
                "specs": specs,
                "expected": expected,
            }
        )
    return cases


def view_cases(nat):
    """Launches whose arguments are views: ("view", base, index, transposed)
    is base[index] (then .T); the whole base is compared, so that writes
    outside the view are caught."""
    sys.path.insert(0, str(REPO / "python-frontend" / "tests"))
    import test_api_launch as t  # the kernels (IR) of the CPU tests

    rng = np.random.default_rng(17)
    cases = []

    def add(name, ir, kernel, dim, inputs):
        bases = {i: spec[1].copy() for i, spec in enumerate(inputs) if spec[0] == "view"}
        args = [
            view(bases[i], spec) if spec[0] == "view" else spec[1] for i, spec in enumerate(inputs)
        ]
        wm.launch(wm.Kernel.from_ir(ir, kernel), dim=dim, inputs=args)
        specs = [
            (
                i,
                {
                    "label": f"arg{i}",
                    "dtype": b.dtype.str,
                    "shape": list(b.shape),
                    "ulp": 0,
                    "order": "exact",
                },
            )
            for i, b in bases.items()
            if b.dtype.fields is None
        ]
        cases.append(
            {
                "name": name,
                "kernel": kernel,
                "dim": dim,
                "block": 128,
                "description": nat.describe_kernel(ir, "<ir>", kernel),
                "ptx": nat.compile_ptx(ir, "<ir>", "sm_90", False),
                "inputs": inputs,
                "specs": specs,
                "expected": bases,
            }
        )

    x = rng.standard_normal(64).astype(np.float32)
    y = rng.standard_normal(96).astype(np.float32)
    add(
        "saxpy-views",
        t.SAXPY_IR,
        "saxpy",
        32,
        [("view", x, np.s_[::2], False), ("view", y, np.s_[::-3], False), ("value", 0.5)],
    )
    a = rng.standard_normal((6, 9)).astype(np.float32)
    b = np.zeros((18, 12), np.float32)
    add(
        "grid-views",
        t.GRID_IR,
        "grid",
        (9, 6),
        [("view", a, np.s_[:, :], True), ("view", b, np.s_[::2, ::-2], False)],
    )
    m = rng.standard_normal((14, 3, 3)).astype(np.float32)
    p = rng.standard_normal((7, 3)).astype(np.float32)
    add(
        "vec-mat-views",
        t.VEC_IR,
        "transform_points",
        7,
        [
            ("view", m, np.s_[::2], False),
            ("view", p, np.s_[:, ::-1], False),
            ("value", [0.5, -1.0, 2.0]),
        ],
    )
    add(
        "struct-args",
        t.STRUCT_IR,
        "step",
        9,
        [
            ("value", {"gravity": [0.0, -9.8, 0.25], "scale": 1.5, "count": 3}),
            ("view", t.particles(9), np.s_[:], False),
            ("view", np.zeros(9, np.float64), np.s_[:], False),
        ],
    )
    return cases


def view(base, spec):
    """The view ("view", base, index, transposed) describes, of `base`."""
    _, _, index, transposed = spec
    result = base[index]
    return result.T if transposed else result


def main():
    nat = native.load()
    cases = suite_cases(nat) + view_cases(nat)
    with open(sys.argv[1], "wb") as f:
        pickle.dump(cases, f)
    print(f"prepare: {len(cases)} cases in {sys.argv[1]}")


if __name__ == "__main__":
    main()
