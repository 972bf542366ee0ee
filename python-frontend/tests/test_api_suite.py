"""wm.launch on the CPU against warp-lang 1.19.0 on the CPU: every kernel of
the differential suite (test/gpu/kernels: NAME.py in Warp and NAME.mlir in
the warp dialect) runs on the same inputs through both, and every array must
match under the suite's rules (integers exactly, floats bit for bit except
the stated ULP bounds). The suite covers 1-d to 4-d launches, every scalar
type and the vector, matrix, quaternion and transform values and arrays."""

import os
import sys
from pathlib import Path

import numpy as np
import pytest

import warp_mlir as wm

GPU_SUITE = Path(__file__).resolve().parents[2] / "test" / "gpu"
sys.path.insert(0, str(GPU_SUITE))
import run_suite  # noqa: E402  (the suite's loader and comparison rules)
from suite import Array  # noqa: E402

NAMES = run_suite.kernel_names()


@pytest.fixture(scope="module")
def wp():
    import warp

    warp.config.quiet = True
    warp.init()
    return warp


def numpy_dtype(warp_dtype):
    """The NumPy dtype wm.launch takes for a Warp dtype's components."""
    _, dtype, _ = run_suite.describe(warp_dtype)
    if getattr(warp_dtype, "_wp_scalar_type_", warp_dtype).__name__ == "bool":
        return np.bool_
    return dtype


def test_the_suite_is_there():
    assert len(NAMES) >= 30


@pytest.mark.parametrize("name", NAMES)
def test_suite_kernel_matches_warp_lang(wp, name):
    module = run_suite.load(name)
    case = module.make()
    reference_args, our_args, specs = [], [], []
    for index, arg in enumerate(case.args):
        if not isinstance(arg, Array):
            reference_args.append(arg.value)
            our_args.append(arg.value)
            continue
        data = np.ascontiguousarray(arg.data, dtype=numpy_dtype(arg.dtype))
        reference_args.append(wp.array(data.copy(), dtype=arg.dtype, device="cpu"))
        our_args.append(data.copy())
        ulp = arg.ulp if np.isscalar(arg.ulp) else list(arg.ulp)
        specs.append(
            (
                index,
                {
                    "label": f"arg{index}",
                    "dtype": data.dtype.str,
                    "shape": list(data.shape),
                    "ulp": ulp,
                    "order": arg.order,
                },
            )
        )
    wp.launch(getattr(module, name), dim=case.dim, inputs=reference_args, device="cpu")
    wp.synchronize_device("cpu")

    ir = (GPU_SUITE / "kernels" / f"{name}.mlir").read_text()
    kernel = wm.Kernel.from_ir(ir, name, filename=f"{name}.mlir")
    wm.launch(kernel, dim=case.dim, inputs=our_args)

    problems = []
    for index, spec in specs:
        reference = reference_args[index].numpy().astype(spec["dtype"])
        problem = run_suite.compare_array(spec, reference, our_args[index])
        if problem:
            problems.append(problem)
    assert not problems, "\n".join(problems)
