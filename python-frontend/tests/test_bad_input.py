"""Bad input to the Python side: the ``warp-mlir`` command (malformed and
unsupported Python, a file with no kernel, wrong types, missing and
unwritable files, a full disk, a bad --chip, corrupt pairs files for
verify-pairs) and the API (``wm.launch`` with bad launch dimensions or on a
CUDA device that is not there, unsupported Python under ``@wm.kernel``,
bad IR, a bad chip). Every command error is one ``file:line:col: error:
message`` (or argparse's usage error), exit status 1, never a traceback;
every API error is an exception of warp_mlir's own with the location.
docs/testing.md, "Bad input", lists what is checked where."""

import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import warp_mlir as wm
from warp_mlir.frontend import FrontendError

REPO = Path(__file__).resolve().parents[2]

HEADER = "import warp as wp\n\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    i = wp.tid()\n"
GOOD = HEADER + "    a[i] = 1.0\n"


def warp_mlir(*args, stdout=subprocess.PIPE):
    env = dict(os.environ, PYTHONPATH=str(REPO / "python-frontend"))
    return subprocess.run(
        [sys.executable, "-m", "warp_mlir", *map(str, args)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def assert_error(result, pattern):
    """Exit status 1, no traceback, nothing on stdout, and `pattern` (a
    regular expression) matches stderr from its start."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert not result.stdout
    assert re.match(pattern, result.stderr, re.S), result.stderr


def compile_error(tmp_path, source, pattern, name="k.py", target="mlir"):
    path = tmp_path / name
    path.write_bytes(source if isinstance(source, bytes) else source.encode())
    assert_error(
        warp_mlir("compile", path, "--target", target), rf"{re.escape(str(path))}:{pattern}"
    )


# ------------------------------------------------------- malformed Python


def test_syntax_error(tmp_path):
    source = HEADER.replace("dtype=float)", "dtype=float") + "    a[i] = 1.0\n"
    compile_error(tmp_path, source, r"5:31: error: invalid Python syntax: ")


def test_truncated_file(tmp_path):
    compile_error(
        tmp_path,
        HEADER + "    a[i] = wp.sin(\n",
        r"7:18: error: invalid Python syntax: '\(' was never closed",
    )


def test_binary_garbage(tmp_path):
    compile_error(tmp_path, bytes(range(128, 256)), r"1:1: error: is not UTF-8 text ")


def test_nul_bytes(tmp_path):
    compile_error(
        tmp_path,
        b"\x00\x00",
        r"1:1: error: invalid Python syntax: source code string cannot contain null bytes",
    )


@pytest.mark.parametrize("target", ["mlir", "python", "ptx"])
def test_empty_file(tmp_path, target):
    compile_error(
        tmp_path,
        "",
        r"1:1: error: no kernel to compile \(the file has no @wp.kernel function\)\n$",
        target=target,
    )


@pytest.mark.parametrize("target", ["mlir", "python", "llvm", "cpp"])
def test_no_kernel(tmp_path, target):
    source = "import warp as wp\n\n\n@wp.func\ndef f(x: float):\n    return x\n"
    compile_error(
        tmp_path,
        source,
        r"1:1: error: no kernel to compile \(the file has no @wp.kernel function\)\n$",
        target=target,
    )


def test_mlir_file_without_kernel(tmp_path):
    compile_error(
        tmp_path,
        "",
        r"1:1: error: no kernel to compile \(the file has no warp.kernel\)\n$",
        name="empty.mlir",
    )


def test_malformed_mlir_file(tmp_path):
    compile_error(
        tmp_path,
        "warp.kernel @k(%a: f32) dims(1) {\n  %i = warp.tidd\n}\n",
        r"2:8: error: custom op 'warp.tidd' is unknown",
        name="bad.mlir",
    )


def test_too_deeply_nested(tmp_path):
    compile_error(
        tmp_path,
        HEADER + "    a[i] = " + " + ".join(["1.0"] * 5000) + "\n",
        r"1:1: error: the source nests expressions or statements too deeply to compile",
    )


# ------------------------------------------------------ unsupported Python


@pytest.mark.parametrize(
    "statement, pattern",
    [
        (
            "try:\n        a[i] = 1.0\n    except Exception:\n        pass",
            r"7:5: error: try statements",
        ),
        ('with open("x") as f:\n        pass', r"7:5: error: with statements"),
        ("f = lambda: 1.0", r"7:9: error: lambda expressions"),
        ("x = [1.0, 2.0]", r"7:9: error: lists"),
        ("x = {1: 2}", r"7:9: error: dicts"),
        ('x = f"{i}"', r"7:9: error: f-strings"),
        ("global g", r"7:5: error: global declarations"),
        ("yield i", r"7:5: error: yield"),
        ("import os", r"7:5: error: import statements"),
        ("class C:\n        pass", r"7:5: error: class definitions"),
        ("raise ValueError()", r"7:5: error: raise statements"),
        ('a[i] = "text"', r"7:12: error: strings"),
        ("x = wp.nosuchbuiltin(i)", r"7:9: error: wp.nosuchbuiltin is not supported"),
        ("x = undefined_name + 1.0", r"7:9: error: name 'undefined_name' is not defined"),
    ],
)
def test_unsupported_python(tmp_path, statement, pattern):
    compile_error(tmp_path, HEADER + "    " + statement + "\n", pattern)


# ------------------------------------------------------------- wrong types


def test_operands_of_two_types(tmp_path):
    source = HEADER.replace("a: wp.array(dtype=float)", "a: wp.array(dtype=float), b: int")
    compile_error(
        tmp_path,
        source + "    a[i] = a[i] + b\n",
        r"7:12: error: operator '\+' needs operands of one type, got float32 and int32",
    )


def test_array_of_a_type_warp_has_not(tmp_path):
    compile_error(
        tmp_path,
        GOOD.replace("dtype=float", "dtype=str"),
        r"5:10: error: array dtype must be a Warp scalar, vector, matrix, quaternion, transform "
        r"or struct, got the Python builtin str",
    )


def test_too_many_indices(tmp_path):
    compile_error(
        tmp_path, HEADER + "    a[i, i, i] = 1.0\n", r"7:5: error: 3 indices for a 1-d array"
    )


# ---------------------------------------------------- missing and unwritable


def test_missing_file(tmp_path):
    path = tmp_path / "missing.py"
    assert_error(
        warp_mlir("compile", path, "--target", "mlir"), rf"{path}:1:1: error: no such file\n$"
    )


def test_directory_as_input(tmp_path):
    assert_error(
        warp_mlir("compile", tmp_path, "--target", "mlir"),
        rf"{tmp_path}:1:1: error: is a directory, not a file\n$",
    )


@pytest.mark.parametrize(
    "where, reason",
    [
        ("missing/out.mlir", "No such file or directory"),
        ("file/out.mlir", "Not a directory"),
        (".", "Is a directory"),
    ],
)
def test_unwritable_output(tmp_path, where, reason):
    source = tmp_path / "k.py"
    source.write_text(GOOD)
    (tmp_path / "file").write_text("a file\n")
    out = tmp_path / where
    assert_error(
        warp_mlir("compile", source, "--target", "mlir", "-o", out),
        rf"{re.escape(str(out))}:1:1: error: cannot write: {reason}\n$",
    )
    assert (tmp_path / "file").read_text() == "a file\n"
    assert not (tmp_path / "missing").exists()


def test_output_where_nobody_may_write(tmp_path):
    source = tmp_path / "k.py"
    source.write_text(GOOD)
    assert_error(
        warp_mlir("compile", source, "--target", "mlir", "-o", "/proc/bad-input-test.mlir"),
        r"/proc/bad-input-test.mlir:1:1: error: cannot write: .+\n$",
    )


def test_full_disk(tmp_path):
    source = tmp_path / "k.py"
    source.write_text(GOOD)
    assert_error(
        warp_mlir("compile", source, "--target", "mlir", "-o", "/dev/full"),
        r"/dev/full:1:1: error: cannot write: No space left on device\n$",
    )
    with open("/dev/full", "w") as full:
        result = warp_mlir("compile", source, "--target", "ptx", stdout=full)
    assert_error(result, r"<stdout>:1:1: error: cannot write: No space left on device\n$")


@pytest.mark.parametrize("chip", ["garbage", "sm_20", "sm_90x", ""])
def test_bad_chip(tmp_path, chip):
    source = tmp_path / "k.py"
    source.write_text(GOOD)
    assert_error(
        warp_mlir("compile", source, "--target", "ptx", "--chip", chip),
        r"usage: warp-mlir compile .*warp-mlir compile: error: argument --chip: expected an SM "
        rf"architecture such as sm_90 or sm_90a, not '{chip}'\n$",
    )


# ------------------------------------------------------------ verify-pairs


def pairs_file(tmp_path, content):
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(content)
    return path


def test_verify_pairs_missing_empty_directory(tmp_path):
    missing = tmp_path / "missing.jsonl"
    assert_error(warp_mlir("verify-pairs", missing), rf"{missing}:1:1: error: no such file\n$")
    assert_error(
        warp_mlir("verify-pairs", tmp_path),
        rf"{tmp_path}:1:1: error: is a directory, not a file\n$",
    )
    empty = pairs_file(tmp_path, b"")
    assert_error(warp_mlir("verify-pairs", empty), rf"{empty}:1:1: error: holds no pairs\n$")


@pytest.mark.parametrize(
    "line, reason",
    [
        (bytes(range(128, 160)), r"line 1: not UTF-8 text: invalid start byte at byte 0"),
        (b"\x00\x01", r"line 1: not JSON: "),
        (b"{not json", r"line 1: not JSON: "),
        (b'{"id": 0, "kernel_name": "k"', r"line 1: not JSON: "),
        (b"[1, 2]", r"line 1: not a JSON object"),
        (b'{"id": 0}', r"0: missing kernel_name, python, warp_mlir, metadata"),
        (
            b'{"id": 0, "kernel_name": 5, "python": "", "warp_mlir": [], "metadata": {}}',
            r"0: wrong type of kernel_name, warp_mlir",
        ),
    ],
)
def test_verify_pairs_corrupt_lines(tmp_path, line, reason):
    path = pairs_file(tmp_path, line + b"\n")
    result = warp_mlir("verify-pairs", path, "--sample", "0")
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert re.match(rf"verify-pairs: id {reason}", result.stderr), result.stderr
    assert result.stdout == "verify-pairs: 1 pairs, 0 same IR, 0 run in warp-lang, 0 match\n" or (
        result.stdout.startswith("verify-pairs: 1 pairs, 0 same IR, none run")
    )


@pytest.mark.parametrize("sample", ["-1", "x"])
def test_verify_pairs_bad_sample(tmp_path, sample):
    path = pairs_file(tmp_path, b"{}\n")
    assert_error(
        warp_mlir("verify-pairs", path, "--sample", sample),
        r"usage: .*argument --sample: expected a count of 0 or more",
    )


# -------------------------------------------------------------------- API


@wm.kernel
def saxpy(x: wm.array(dtype=wm.float32), y: wm.array(dtype=wm.float32), a: wm.float32):
    i = wm.tid()
    y[i] = a * x[i] + y[i]


@pytest.mark.parametrize(
    "dim, message",
    [
        (-1, r"launch of kernel 'saxpy': extent -1 of dim \(-1,\) is outside \[0, 2147483647\]"),
        (2**31, r"launch of kernel 'saxpy': extent 2147483648 of dim"),
        (np.int64(-3), r"launch of kernel 'saxpy': extent -3 of dim"),
        ((1, 2, 3, 4, 5), r"launch of kernel 'saxpy': dim has 5 extents; launches have 1 to 4"),
        ((), r"launch of kernel 'saxpy': dim has 0 extents"),
        (1.5, r"launch of kernel 'saxpy': dim must be an int or a tuple of 1 to 4 ints, got 1.5"),
        (True, r"launch of kernel 'saxpy': dim must be an int"),
        ("8", r"launch of kernel 'saxpy': dim must be an int"),
        ((2**31 - 1, 2**31 - 1), r"kernel 'saxpy' is launched over 1 dimension"),
    ],
)
def test_launch_dims(dim, message):
    x, y = np.arange(8, dtype=np.float32), np.ones(8, dtype=np.float32)
    with pytest.raises(wm.ArgumentError, match=message):
        wm.launch(saxpy, dim=dim, inputs=[x, y, 2.0])
    assert (y == 1).all()


def cuda_gpu_present() -> bool:
    """Whether this machine has a CUDA driver and a GPU (as lit probes)."""
    try:
        cuda = ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    count = ctypes.c_int(0)
    return (
        cuda.cuInit(0) == 0 and cuda.cuDeviceGetCount(ctypes.byref(count)) == 0 and count.value > 0
    )


@pytest.mark.parametrize("device", ["cuda", "cuda:0"])
def test_launch_on_cuda(device):
    x, y = np.arange(8, dtype=np.float32), np.ones(8, dtype=np.float32)
    if cuda_gpu_present():
        wm.launch(saxpy, dim=8, inputs=[x, y, 2.0], device=device)
        assert (y == 2 * x + 1).all()
    else:
        with pytest.raises(
            wm.DeviceError, match=r"no CUDA driver found|cuInit failed|CUDA device 0 does not exist"
        ):
            wm.launch(saxpy, dim=8, inputs=[x, y, 2.0], device=device)
        assert (y == 1).all()


def test_unknown_device():
    x, y = np.arange(8, dtype=np.float32), np.ones(8, dtype=np.float32)
    with pytest.raises(wm.ArgumentError, match=r"device must be 'cpu' or 'cuda', not 'gpu'"):
        wm.launch(saxpy, dim=8, inputs=[x, y, 2.0], device="gpu")


def test_unsupported_python_under_the_decorator():
    @wm.kernel
    def uses_try(a: wm.array(dtype=wm.float32)):
        i = wm.tid()
        try:
            a[i] = 1.0
        except Exception:
            pass

    line = uses_try.fn.__code__.co_firstlineno + 3
    with pytest.raises(FrontendError) as caught:
        wm.launch(uses_try, dim=4, inputs=[np.zeros(4, np.float32)])
    error = caught.value
    assert (error.filename, error.line, error.col) == (__file__, line, 9)
    assert "try statements are not supported in Warp kernels" in str(error)


def test_bad_ir():
    with pytest.raises(wm.CompileError, match=r"bad.mlir:1:15: error: expected non-function type"):
        wm.Kernel.from_ir("warp.kernel @k(", "k", "bad.mlir")
    with pytest.raises(wm.CompileError, match=r"bad.mlir:1:1: error: 'warp.kernel' op argument #0"):
        wm.Kernel.from_ir("warp.kernel @k(%a: i32) dims(1) {\n  warp.return\n}\n", "k", "bad.mlir")


def test_bad_chip_in_translate():
    ir = "warp.kernel @k() dims(1) {\n  warp.return\n}\n"
    with pytest.raises(ValueError, match=r"expected an SM architecture such as sm_90"):
        wm.translate(ir, "ptx", chip="garbage")
    assert ".target sm_80" in wm.translate(ir, "ptx", chip="sm_80")


def test_verify_pairs_blank_lines_only(tmp_path):
    path = pairs_file(tmp_path, b"\n\n")
    assert_error(warp_mlir("verify-pairs", path), rf"{path}:1:1: error: holds no pairs\n$")
