"""python -> warp -> python -> warp gives identical IR for every generated
kernel (see generated_kernels.py) and every kernel of the differential suite
(test/gpu/kernels/*.mlir)."""

import re
from pathlib import Path

import pytest

import warp_mlir as wm
from warp_mlir import frontend

from generated_kernels import COUNT, without_locations

SUITE = sorted((Path(__file__).resolve().parents[2] / "test" / "gpu" / "kernels").glob("*.mlir"))


def round_trip(first: str, kernel: str) -> tuple:
    """W1 printed as Python, that Python, and W2 (its IR), for `kernel`."""
    python_again = wm.translate(first, "python")
    second = wm.translate(
        frontend.compile_source(python_again, f"<{kernel} printed again>"),
        "mlir",
        kernel=kernel,
    )
    return python_again, second


@pytest.mark.parametrize("index", range(COUNT))
def test_python_round_trip_gives_identical_ir(generated, index):
    kernels, _ = generated
    kernel, module = kernels[f"gen_{index}"]
    first = wm.translate(module.ir, "mlir", kernel=kernel.name)
    python_again, second = round_trip(first, kernel.name)
    assert without_locations(second) == without_locations(first), python_again


def test_suite_is_found():
    assert len(SUITE) == 38


@pytest.mark.parametrize("path", SUITE, ids=lambda path: path.stem)
def test_suite_kernel_round_trip_gives_identical_ir(path):
    module = frontend.compile_source(wm.translate(path.read_text(), "python"), str(path))
    kernels = re.findall(r"warp\.kernel @(\w+)", module)
    assert kernels
    for kernel in kernels:
        first = wm.translate(module, "mlir", kernel=kernel)
        python_again, second = round_trip(first, kernel)
        assert without_locations(second) == without_locations(first), python_again
