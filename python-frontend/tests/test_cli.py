"""The warp-mlir command: each target from a .mlir file, --help, and every
error printed as file:line:col: error: ... with exit status 1, never a
traceback."""

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAXPY = REPO / "examples" / "kernels" / "saxpy.mlir"
TWO_KERNELS = """
warp.kernel @first(%a: !warp.array<f32, 1>) dims(1) {
  warp.return
}
warp.kernel @second(%a: !warp.array<si32, 1>) dims(1) {
  warp.return
}
"""


def warp_mlir(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(REPO / "python-frontend"))
    return subprocess.run(
        [sys.executable, "-m", "warp_mlir", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )


def assert_clean_error(result, pattern):
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    import re

    assert re.search(pattern, result.stderr), result.stderr


def test_help():
    result = warp_mlir("--help")
    assert result.returncode == 0
    assert "compile" in result.stdout
    result = warp_mlir("compile", "--help")
    assert result.returncode == 0
    for word in ("--kernel", "--target", "-o", "mlir", "ptx", "llvm", "cpp", "cuda", "python"):
        assert word in result.stdout


def test_the_console_script_is_declared():
    (entry,) = [e for e in metadata.entry_points(group="console_scripts") if e.name == "warp-mlir"]
    from warp_mlir import cli

    assert entry.load() is cli.main


@pytest.mark.parametrize(
    "target, expected",
    [
        ("mlir", "warp.kernel @saxpy"),
        ("ptx", ".entry saxpy"),
        ("llvm", "define void @saxpy_cpu"),
        ("cpp", "saxpy_cpu"),
        ("cuda", "__global__"),
        ("python", "def saxpy("),
    ],
)
def test_each_target_from_mlir(target, expected):
    result = warp_mlir("compile", SAXPY, "--target", target)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


def test_output_file(tmp_path):
    out = tmp_path / "saxpy.ptx"
    result = warp_mlir("compile", SAXPY, "--target", "ptx", "-o", out)
    assert result.returncode == 0 and result.stdout == ""
    assert ".entry saxpy" in out.read_text()


def test_one_kernel(tmp_path):
    source = tmp_path / "two.mlir"
    source.write_text(TWO_KERNELS)
    result = warp_mlir("compile", source, "--kernel", "second", "--target", "mlir")
    assert result.returncode == 0, result.stderr
    assert "@second" in result.stdout and "@first" not in result.stdout


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.py"
    assert_clean_error(
        warp_mlir("compile", missing, "--target", "ptx"), rf"^{missing}:1:1: error: no such file\n$"
    )


def test_unknown_kernel(tmp_path):
    source = tmp_path / "two.mlir"
    source.write_text(TWO_KERNELS)
    assert_clean_error(
        warp_mlir("compile", source, "--kernel", "third", "--target", "ptx"),
        rf"^{source}:1:1: error: no kernel named 'third' \(kernels: first, second\)\n$",
    )


def test_unwritable_output(tmp_path):
    out = tmp_path / "no-such-dir" / "out.ptx"
    assert_clean_error(
        warp_mlir("compile", SAXPY, "--target", "ptx", "-o", out),
        rf"^{out}:1:1: error: cannot write: No such file or directory\n$",
    )


def test_invalid_ir_is_located(tmp_path):
    source = tmp_path / "bad.mlir"
    source.write_text(
        SAXPY.read_text().replace("%r = warp.add %ax, %yi : f32", "%r = warp.add %ax, %i : f32")
    )
    line = source.read_text().splitlines().index("  %r = warp.add %ax, %i : f32") + 1
    result = warp_mlir("compile", source, "--target", "ptx")
    assert_clean_error(result, rf"^{source}:{line}:\d+: error: ")
    assert "warp.add %ax, %i" in result.stderr  # the source line


def test_usage_errors_exit_1():
    result = warp_mlir("compile", SAXPY)
    assert (
        result.returncode == 1 and "--target" in result.stderr and "Traceback" not in result.stderr
    )
    result = warp_mlir("compile", SAXPY, "--target", "wasm")
    assert result.returncode == 1 and "invalid choice" in result.stderr


KERNELS_PY = """import warp as wp


@wp.func
def twice(x: float) -> float:
    return x + x


@wp.kernel
def scale(x: wp.array(dtype=wp.float32), s: float):
    i = wp.tid()
    x[i] = twice(x[i]) * s


@wp.kernel
def fill(x: wp.array2d(dtype=wp.int32)):
    i, j = wp.tid()
    x[i, j] = i + j
"""


@pytest.fixture
def kernels_py(tmp_path):
    path = tmp_path / "kernels.py"
    path.write_text(KERNELS_PY)
    return path


@pytest.mark.parametrize(
    "target, expected",
    [
        ("mlir", "warp.kernel @scale"),
        ("ptx", ".entry scale"),
        ("llvm", "define void @scale_cpu"),
        ("cpp", "scale_cpu"),
        ("cuda", "__global__"),
        ("python", "@wp.kernel\ndef scale("),
    ],
)
def test_each_target_from_python(kernels_py, target, expected):
    result = warp_mlir("compile", kernels_py, "--target", target)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "fill" in result.stdout  # every kernel of the file


def test_one_kernel_from_python(kernels_py):
    result = warp_mlir("compile", kernels_py, "--kernel", "scale", "--target", "mlir")
    assert result.returncode == 0, result.stderr
    assert "@scale" in result.stdout and "@twice" in result.stdout and "@fill" not in result.stdout


def test_unknown_kernel_in_python(kernels_py):
    assert_clean_error(
        warp_mlir("compile", kernels_py, "--kernel", "nope", "--target", "ptx"),
        rf"^{kernels_py}:1:1: error: no kernel named 'nope' \(kernels: scale, fill\)\n$",
    )


def test_frontend_errors_are_located(tmp_path):
    source = tmp_path / "bad.py"
    source.write_text(KERNELS_PY.replace("x[i] = twice(x[i]) * s", "x[i] = twice(x[i]) * missing"))
    line = source.read_text().splitlines().index("    x[i] = twice(x[i]) * missing") + 1
    result = warp_mlir("compile", source, "--target", "ptx")
    assert_clean_error(result, rf"^{source}:{line}:\d+: error: .*missing")


def test_python_syntax_errors_are_located(tmp_path):
    source = tmp_path / "syntax.py"
    source.write_text("import warp as wp\n\n@wp.kernel\ndef k(:\n    pass\n")
    assert_clean_error(
        warp_mlir("compile", source, "--target", "mlir"), rf"^{source}:4:\d+: error: "
    )
