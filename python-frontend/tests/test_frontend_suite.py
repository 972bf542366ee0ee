"""The differential suite's kernels (test/gpu/kernels/NAME.py, warp-lang
Python), compiled by the frontend and run by warp-run on the CPU, match
warp-lang 1.19 on the CPU under the suite's own rules (run_suite.py:
integers exactly, floats bit for bit unless a kernel states a ULP bound)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from frontend_cases.support import REPO, tool, verify
from warp_mlir.frontend import compile_source

SUITE = REPO / "test" / "gpu"
sys.path.insert(0, str(SUITE))
import run_suite  # noqa: E402  (the suite's loader and comparison rules)
from suite import Scalar  # noqa: E402

NAMES = run_suite.kernel_names()


@pytest.fixture(scope="module")
def wp():
    import warp

    warp.config.quiet = True
    warp.init()
    return warp


def test_the_suite_is_all_there():
    assert len(NAMES) >= 38


@pytest.mark.parametrize("name", NAMES)
def test_suite_kernel_matches_warp_lang(name, wp, tmp_path):
    source = SUITE / "kernels" / f"{name}.py"
    ir = compile_source(source.read_text(), str(source))
    verify(ir)
    (tmp_path / "kernel.mlir").write_text(ir)

    module = run_suite.load(name)
    case = module.make()
    kernel = getattr(module, name)
    labels = [arg.label for arg in kernel.adj.args]
    launch_args, inputs, arrays = [], [], []
    for index, (label, arg) in enumerate(zip(labels, case.args)):
        if isinstance(arg, Scalar):
            launch_args.append(arg.value)
            inputs.append(run_suite.save_npy(str(tmp_path), index, label, arg.dtype, arg.value))
            continue
        _, np_dtype, _ = run_suite.describe(arg.dtype)
        data = np.ascontiguousarray(arg.data, dtype=np_dtype)
        launch_args.append(wp.array(data, dtype=arg.dtype, device="cpu"))
        inputs.append(run_suite.save_npy(str(tmp_path), index, label, arg.dtype, data))
        spec = {
            "label": label,
            "dtype": np.dtype(np_dtype).str,
            "shape": list(data.shape),
            "ulp": arg.ulp if np.isscalar(arg.ulp) else list(arg.ulp),
            "order": arg.order,
        }
        arrays.append((launch_args[-1], spec))
    wp.launch(kernel, dim=case.dim, inputs=launch_args, device="cpu")
    wp.synchronize_device("cpu")

    result = subprocess.run(
        [
            str(tool("warp-run")),
            str(tmp_path / "kernel.mlir"),
            "--kernel",
            name,
            "--fuse-fp=false",
            "--dim",
            ",".join(map(str, case.dim)),
            "--inputs",
            ",".join(str(tmp_path / f) for f in inputs),
            "--outputs",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for reference, spec in arrays:
        got = np.load(tmp_path / "out" / f"{spec['label']}.npy")
        want = reference.numpy().astype(spec["dtype"]).reshape(-1)
        problem = run_suite.compare_array(spec, want, got.astype(spec["dtype"]).reshape(-1))
        assert problem is None, f"{name}: {problem}"
