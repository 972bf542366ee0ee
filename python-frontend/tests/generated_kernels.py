"""Generated kernels printed as Python: what test_generated_roundtrip.py and
test_generated_differential.py share.

For COUNT kernels of ``warp-opt --gen-random-kernels`` (every strategy), the
printed Python (``wm.translate(ir, "python")``, the warp-to-python target):

* round trip: the frontend's IR W1 of that Python, printed as Python again
  and compiled again, gives IR identical to W1 (python -> warp -> python ->
  warp);
* differential: warp-lang 1.19.0 runs the printed Python on its CPU device,
  and warp-mlir runs W1 through ``wm.launch`` on the CPU, on the same inputs
  (drawn from each kernel's ``warp.gen`` provenance); every array afterwards
  is the same: integers equal, floats bit for bit (NaN equals NaN) — the
  bound docs/testing.md documents for this test.

The kernels are printed 100 to a module, as warp-lang compiles a module at
once. warp_mlir.differential supplies the provenance parsing, the inputs,
warp-lang's side and the comparison (scripts/campaign.py runs the same on
more kernels); test/Target/Python/run_python.py the split into one module
per kernel.
"""

import os
import re
import sys
from pathlib import Path

import pytest

from warp_mlir import differential

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "test" / "Target" / "Python"))
import run_python  # noqa: E402

COUNT = int(os.environ.get("WARP_MLIR_GENERATED_COUNT", "500"))
SEED = 20261125
PER_MODULE = 100
LOCATION_RE = re.compile(r"\s*loc\(.*\)$|^#loc.*$", re.MULTILINE)


class Module(differential.Module):
    """One printed Python module of `kernels` (each with its own one-kernel
    module) and what both sides made of it."""

    def __init__(self, kernels, workdir: Path, index: int):
        ir = "module {\n" + "\n".join(k.module_body for k in kernels) + "\n}\n"
        super().__init__(kernels, ir, workdir / f"generated{index}.py")


def body_of(module_text: str) -> str:
    """The ops of a one-kernel module, without its `module { }`."""
    lines = module_text.strip().splitlines()
    assert lines[0].startswith("module") and lines[-1] == "}", module_text[:200]
    return "\n".join(lines[1:-1])


def generated_kernels(count: int = COUNT, seed: int = SEED) -> list:
    """The `count` kernels warp-opt generates from `seed`, each with its own
    module (differential.Kernel)."""
    text = differential.generate(count, seed)
    return [
        differential.Kernel(name, module, seed, index)
        for index, (name, module) in enumerate(run_python.split_kernels(text).items())
    ]


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("generated")
    kernels = generated_kernels()
    for kernel in kernels:
        kernel.module_body = body_of(kernel.module)
    assert len(kernels) == COUNT
    modules = [
        Module(kernels[first : first + PER_MODULE], workdir, first // PER_MODULE)
        for first in range(0, COUNT, PER_MODULE)
    ]
    return {k.name: (k, m) for m in modules for k in m.kernels}, workdir


def without_locations(ir: str) -> str:
    return LOCATION_RE.sub("", ir)
