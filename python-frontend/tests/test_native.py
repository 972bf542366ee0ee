"""warp_mlir._native on hand-written warp IR: parse and verify with located
diagnostics, kernel signatures, each target's text, the CPU JIT run on raw
argument bytes, and CUDA on a machine without a driver."""

import struct
from pathlib import Path

import numpy as np
import pytest

from warp_mlir import native
from warp_mlir.errors import CompileError, DeviceError

REPO = Path(__file__).resolve().parents[2]
SAXPY = (REPO / "examples" / "kernels" / "saxpy.mlir").read_text()

TWO_KERNELS = """
warp.func @twice(%x: f32) -> f32 {
  %r = warp.add %x, %x : f32
  warp.return %r : f32
}
warp.func @unused(%x: f32) -> f32 {
  warp.return %x : f32
}
warp.kernel @double(%a: !warp.array<f32, 1> {warp.name = "a"}) dims(1) {
  %i = warp.tid
  %v = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %d = warp.call @twice(%v) : (f32) -> f32
  warp.store %d, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}
warp.kernel @other(%a: !warp.array<si32, 2> {warp.name = "b"}) dims(2) {
  warp.return
}
"""


@pytest.fixture(scope="module")
def nat():
    return native.load()


def test_verify_accepts_a_valid_module(nat):
    nat.verify(SAXPY, "saxpy.mlir")


def test_a_type_error_is_located_with_its_source_line(nat):
    bad = SAXPY.replace("%r = warp.add %ax, %yi : f32", "%r = warp.add %ax, %i : f32")
    with pytest.raises(CompileError) as raised:
        nat.verify(bad, "bad.mlir")
    error = raised.value
    first = error.diagnostics[0]
    assert (first.file, first.severity) == ("bad.mlir", "error")
    line = bad.splitlines().index("  %r = warp.add %ax, %i : f32") + 1
    assert first.line == line and first.column > 0
    text = str(error)
    assert text.startswith(f"bad.mlir:{line}:{first.column}: error: ")
    # The source line and a caret, as mlir-opt prints them.
    assert "%r = warp.add %ax, %i : f32" in text and "^" in text


def test_a_syntax_error_is_located(nat):
    with pytest.raises(CompileError) as raised:
        nat.verify("warp.kernel @k( {\n", "syntax.mlir")
    first = raised.value.diagnostics[0]
    assert first.file == "syntax.mlir" and first.line == 1 and first.severity == "error"


def test_kernels_are_listed_in_order(nat):
    assert nat.kernels(TWO_KERNELS, "two.mlir") == ["double", "other"]


def test_describe_kernel_gives_names_and_types(nat):
    described = nat.describe_kernel(SAXPY, "saxpy.mlir", "")
    assert described["name"] == "saxpy" and described["launch_dims"] == 1
    names = [name for name, _ in described["parameters"]]
    assert names == ["arg0", "arg1", "arg2"]  # no warp.name attributes
    x = described["parameters"][0][1]
    assert (x["kind"], x["ndim"], x["dtype"]["scalar"]) == ("array", 1, "float32")
    a = described["parameters"][2][1]
    assert (a["kind"], a["scalar"], a["shape"]) == ("scalar", "float32", ())


def test_describe_kernel_composites_and_structs(nat):
    ir = """
!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f16, tags: !warp.array<ui8, 2>}>
warp.kernel @k(%p: !P {warp.name = "p"}, %m: !warp.mat<2x3xf64> {warp.name = "m"},
               %q: !warp.quat<f32>, %t: !warp.transform<f64>, %b: i1) {
  warp.return
}
"""
    described = nat.describe_kernel(ir, "k.mlir", "k")
    assert described["launch_dims"] is None
    (p_name, p), (m_name, m), (_, q), (_, t), (_, b) = described["parameters"]
    assert (p_name, p["kind"], p["name"]) == ("p", "struct", "Particle")
    assert [f for f, _ in p["fields"]] == ["pos", "mass", "tags"]
    assert p["fields"][0][1]["shape"] == (3,) and p["fields"][1][1]["scalar"] == "float16"
    assert p["fields"][2][1]["kind"] == "array" and p["fields"][2][1]["dtype"]["scalar"] == "uint8"
    assert (m_name, m["kind"], m["shape"], m["scalar"]) == ("m", "mat", (2, 3), "float64")
    assert (q["kind"], q["shape"]) == ("quat", (4,))
    assert (t["kind"], t["shape"], t["scalar"]) == ("transform", (7,), "float64")
    assert (b["kind"], b["scalar"]) == ("scalar", "bool")


def test_describe_an_unknown_kernel_names_the_kernels(nat):
    with pytest.raises(CompileError, match=r"no kernel named 'nope' \(kernels: double, other\)"):
        nat.describe_kernel(TWO_KERNELS, "two.mlir", "nope")
    with pytest.raises(CompileError, match="2 kernels"):
        nat.describe_kernel(TWO_KERNELS, "two.mlir", "")


@pytest.mark.parametrize(
    "target, expected",
    [
        ("mlir", "warp.kernel @saxpy"),
        ("ptx", ".entry saxpy"),
        ("llvm", "define void @saxpy_cpu(ptr"),
        ("cpp", "saxpy_cpu"),
        ("cuda", "__global__"),
        ("python", "@wp.kernel\ndef saxpy("),
    ],
)
def test_translate_to_each_target(nat, target, expected):
    assert expected in nat.translate(SAXPY, "saxpy.mlir", target)


def test_translate_ptx_takes_the_chip(nat):
    assert ".target sm_80" in nat.translate(SAXPY, "saxpy.mlir", "ptx", chip="sm_80")


def test_translate_one_kernel_keeps_what_it_calls(nat):
    text = nat.translate(TWO_KERNELS, "two.mlir", "mlir", kernel="double")
    assert "@double" in text and "@twice" in text
    assert "@other" not in text and "@unused" not in text


def test_translate_an_unknown_target_lists_the_targets(nat):
    with pytest.raises(CompileError, match=r"unknown target 'wasm' \(targets: mlir, ptx"):
        nat.translate(SAXPY, "saxpy.mlir", "wasm")


def test_translate_a_module_without_kernels_fails_clearly(nat):
    empty = "warp.func @f(%x: f32) -> f32 {\n  warp.return %x : f32\n}\n"
    with pytest.raises(CompileError, match="no warp.kernel"):
        nat.translate(empty, "f.mlir", "ptx")


def test_cpu_object_runs_on_raw_argument_bytes(nat):
    before = nat.compile_count()
    obj = nat.compile_cpu(SAXPY, "saxpy.mlir", 3)
    assert nat.compile_count() == before + 1
    assert obj[:4] == b"\x7fELF"
    kernel = nat.load_cpu(obj).kernel("saxpy")
    n = 5
    x = np.arange(n, dtype=np.float32)
    y = np.full(n, 10.0, dtype=np.float32)
    # docs/abi.md: bounds {shape[4], ndim, size}, then x, y (descriptors of
    # {data, shape[1], strides[1]}), then a.
    args = struct.pack("<4iixxxxq", n, 1, 1, 1, 1, n)
    for array in (x, y):
        args += struct.pack("<Qixxxxq", array.ctypes.data, n, 4)
    args += struct.pack("<f", 3.0)
    kernel.launch(args)
    np.testing.assert_array_equal(y, 3.0 * np.arange(n, dtype=np.float32) + 10.0)


def test_a_missing_cpu_entry_is_an_error(nat):
    module = nat.load_cpu(nat.compile_cpu(SAXPY, "saxpy.mlir", 0))
    with pytest.raises(CompileError, match="no CPU entry point for kernel 'nope'"):
        module.kernel("nope")


def test_cuda_without_a_driver_says_so(nat):
    with pytest.raises(DeviceError, match="no CUDA driver found"):
        nat.cuda_device()
    ptx = nat.compile_ptx(SAXPY, "saxpy.mlir", "sm_90", True)
    assert ".entry saxpy" in ptx
    with pytest.raises(DeviceError, match="no CUDA driver found"):
        nat.load_cuda(ptx, "saxpy")


def test_the_native_module_is_found_through_the_build_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("WARP_MLIR_BUILD_DIR", str(tmp_path))
    dirs = native.search_dirs()
    assert dirs[0] == tmp_path.resolve() / "python" / "warp_mlir"
    assert dirs[1] == REPO / "build" / "python" / "warp_mlir"


def test_a_native_module_not_built_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(native, "_loaded", None)
    monkeypatch.setattr(native, "search_dirs", lambda: [tmp_path / "python" / "warp_mlir"])
    with pytest.raises(native.NativeModuleError, match="native module .* is not built: looked in"):
        native.load()
