"""wm.launch on the CPU against warp-lang 1.19.0 on the CPU: every kernel of
the differential suite (test/gpu/kernels: NAME.py in Warp and NAME.mlir in
the warp dialect) runs on the same inputs through both, and every array must
match under the suite's rules (integers exactly, floats bit for bit except
the stated ULP bounds). The suite covers 1-d to 4-d launches, every scalar
type and the vector, matrix, quaternion and transform values and arrays."""

import sys
from pathlib import Path

import pytest

import warp_mlir as wm

GPU_SUITE = Path(__file__).resolve().parents[2] / "test" / "gpu"
sys.path.insert(0, str(GPU_SUITE))
import run_suite  # noqa: E402  (the suite's loader and comparison rules)

NAMES = run_suite.kernel_names()


@pytest.fixture(scope="module")
def wp():
    import warp

    warp.config.quiet = True
    warp.init()
    return warp


def test_the_suite_is_there():
    assert len(NAMES) >= 30


@pytest.mark.parametrize("name", NAMES)
def test_suite_kernel_matches_warp_lang(wp, name):
    case, our_args, specs, expected = run_suite.warp_reference(wp, name)

    ir = (GPU_SUITE / "kernels" / f"{name}.mlir").read_text()
    kernel = wm.Kernel.from_ir(ir, name, filename=f"{name}.mlir")
    wm.launch(kernel, dim=case.dim, inputs=our_args)

    problems = []
    for index, spec in specs:
        problem = run_suite.compare_array(spec, expected[index], our_args[index])
        if problem:
            problems.append(problem)
    assert not problems, "\n".join(problems)
