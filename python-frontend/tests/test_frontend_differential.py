"""Differential check: a dozen hand-written kernels (frontend_cases/
differential_kernels.py) compiled by the frontend and run by warp-run (the
CPU JIT) give what warp-lang 1.19 gives on the CPU for the same inputs:
integers equal, floats within a few ulps."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from frontend_cases import differential_kernels as kernels
from frontend_cases.support import tool, verify
from warp_mlir.frontend import compile_source

SOURCE = Path(kernels.__file__)


@pytest.fixture(scope="module")
def module_ir() -> str:
    ir = compile_source(SOURCE.read_text(), str(SOURCE))
    verify(ir)
    return ir


@pytest.fixture(scope="module")
def warp_lang():
    import warp as wp

    wp.config.quiet = True
    wp.init()
    return wp


def run_warp_lang(wp, name: str, dims, inputs):
    kernel = getattr(kernels, name)
    launch_inputs = []
    for arg, value in zip(kernel.adj.args, inputs):
        if isinstance(value, np.ndarray) and value.ndim > 0:
            launch_inputs.append(wp.array(value, dtype=arg.type.dtype, device="cpu"))
        else:
            launch_inputs.append(value)
    wp.launch(kernel, dim=dims, inputs=launch_inputs, device="cpu")
    wp.synchronize_device("cpu")
    return {
        arg.label: launched.numpy()
        for arg, launched in zip(kernel.adj.args, launch_inputs)
        if isinstance(launched, wp.array)
    }


def run_warp_run(ir_path: Path, name: str, dims, inputs, workdir: Path):
    kernel = getattr(kernels, name)
    files = []
    for arg, value in zip(kernel.adj.args, inputs):
        path = workdir / f"in_{arg.label}.npy"
        np.save(path, value)
        files.append(str(path))
    dim_text = ",".join(str(d) for d in (dims if isinstance(dims, tuple) else (dims,)))
    out = workdir / "out"
    result = subprocess.run(
        [
            str(tool("warp-run")),
            str(ir_path),
            "--kernel",
            name,
            "--dim",
            dim_text,
            "--inputs",
            ",".join(files),
            "--outputs",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return {
        arg.label: np.load(out / f"{arg.label}.npy")
        for arg, value in zip(kernel.adj.args, inputs)
        if isinstance(value, np.ndarray) and value.ndim > 0
    }


def test_every_case_is_a_kernel_of_the_module(module_ir):
    assert len(kernels.CASES) >= 12
    for name in kernels.CASES:
        assert f"warp.kernel @{name}(" in module_ir


@pytest.mark.parametrize("name", sorted(kernels.CASES))
def test_matches_warp_lang(name, module_ir, warp_lang, tmp_path):
    dims, make_inputs = kernels.CASES[name]
    ir_path = tmp_path / "module.mlir"
    ir_path.write_text(module_ir)
    expected = run_warp_lang(warp_lang, name, dims, make_inputs())
    got = run_warp_run(ir_path, name, dims, make_inputs(), tmp_path)
    assert expected.keys() == got.keys()
    for label in expected:
        want, have = expected[label], got[label]
        assert want.shape == have.shape, label
        assert want.dtype == have.dtype, label
        if np.issubdtype(want.dtype, np.floating):
            np.testing.assert_allclose(have, want, rtol=2e-6, atol=2e-6, err_msg=f"{name}: {label}")
        else:
            np.testing.assert_array_equal(have, want, err_msg=f"{name}: {label}")
