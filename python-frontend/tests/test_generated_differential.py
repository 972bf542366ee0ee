"""Every generated kernel's printed Python runs the same in warp-lang and
through wm.launch (see generated_kernels.py)."""

import numpy as np
import pytest

import warp_mlir as wm

from generated_kernels import COUNT, run_python


@pytest.mark.parametrize("index", range(COUNT))
def test_wm_launch_agrees_with_warp_lang(generated, index):
    kernels, workdir = generated
    kernel, module = kernels[f"gen_{index}"]
    printed, error = module.warp_lang(workdir / "warp-lang.log")
    assert error is None, error
    reference, error = run_python.run_warp_lang(printed, kernel)
    assert error is None, error

    ours = wm.Kernel.from_ir(module.ir, kernel.name, filename=str(module.path))
    inputs = [np.array(value, copy=True) for value in kernel.inputs]
    wm.launch(ours, kernel.dims, inputs=inputs, device="cpu")
    arrays = {p: a for p, a in zip(kernel.params, inputs) if a.ndim and p in reference}
    assert arrays.keys() == reference.keys()
    for name, expected in reference.items():
        problem = run_python.same(arrays[name], expected)
        assert problem is None, f"{kernel.name} {name}: {problem}\n{module.path}"
