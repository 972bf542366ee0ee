"""Every generated kernel's printed Python runs the same in warp-lang and
through wm.launch (see generated_kernels.py)."""

import pytest

from warp_mlir import differential

from generated_kernels import COUNT


@pytest.mark.parametrize("index", range(COUNT))
def test_wm_launch_agrees_with_warp_lang(generated, index):
    kernels, workdir = generated
    kernel, module = kernels[f"gen_{index}"]
    problem = differential.compare(kernel, module, workdir / "warp-lang.log")
    assert problem is None, f"{kernel.name}: {problem}\n{module.path}"
