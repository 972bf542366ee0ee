"""Every generated kernel is in the frontend's normal form (docs/generator.md):
the generator's IR W0 and the IR W1 the frontend makes from W0's printed
Python are the same text, once locations and the kernel's ``warp.gen``
provenance are dropped. So a (Python, IR) pair of the dataset holds exactly
the IR the frontend makes from its Python."""

import re

import pytest

import warp_mlir as wm

from generated_kernels import COUNT, without_locations

PROVENANCE_RE = re.compile(r" attributes \{warp\.gen = \{.*\}\} \{$", re.MULTILINE)


def without_provenance(ir: str) -> str:
    return PROVENANCE_RE.sub(" {", ir)


@pytest.mark.parametrize("index", range(COUNT))
def test_generator_ir_is_what_the_frontend_makes(generated, index):
    kernels, _ = generated
    kernel, module = kernels[f"gen_{index}"]
    generator_ir = wm.translate(kernel.module, "mlir", kernel=kernel.name)
    assert "warp.gen = " in generator_ir
    frontend_ir = wm.translate(module.ir, "mlir", kernel=kernel.name)
    expected = without_provenance(without_locations(generator_ir))
    assert (
        without_locations(frontend_ir) == expected
    ), f"{kernel.name}: the frontend's IR of\n{module.path}\ndiffers from the generator's"
