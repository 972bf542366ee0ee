"""warp_mlir.types: Warp's type names as Python objects and their dialect
spellings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from warp_mlir import types as wt


@pytest.mark.parametrize(
    "name, mlir",
    [
        ("bool", "i1"),
        ("int8", "si8"),
        ("int16", "si16"),
        ("int32", "si32"),
        ("int64", "si64"),
        ("uint8", "ui8"),
        ("uint16", "ui16"),
        ("uint32", "ui32"),
        ("uint64", "ui64"),
        ("float16", "f16"),
        ("float32", "f32"),
        ("float64", "f64"),
    ],
)
def test_scalars(name, mlir):
    assert getattr(wt, name).mlir == mlir
    assert wt.SCALAR_TYPES[name].mlir == mlir


@pytest.mark.parametrize(
    "name, mlir",
    [
        ("vec3", "!warp.vec<3xf32>"),
        ("vec2f", "!warp.vec<2xf32>"),
        ("vec4d", "!warp.vec<4xf64>"),
        ("vec3h", "!warp.vec<3xf16>"),
        ("vec3i", "!warp.vec<3xsi32>"),
        ("vec2ui", "!warp.vec<2xui32>"),
        ("vec4b", "!warp.vec<4xsi8>"),
        ("vec4ub", "!warp.vec<4xui8>"),
        ("vec3s", "!warp.vec<3xsi16>"),
        ("vec3us", "!warp.vec<3xui16>"),
        ("vec2l", "!warp.vec<2xsi64>"),
        ("vec2ul", "!warp.vec<2xui64>"),
        ("mat22", "!warp.mat<2x2xf32>"),
        ("mat33d", "!warp.mat<3x3xf64>"),
        ("mat44h", "!warp.mat<4x4xf16>"),
        ("quat", "!warp.quat<f32>"),
        ("quatd", "!warp.quat<f64>"),
        ("transformh", "!warp.transform<f16>"),
        ("spatial_vector", "!warp.vec<6xf32>"),
        ("spatial_matrixd", "!warp.mat<6x6xf64>"),
    ],
)
def test_named_composites(name, mlir):
    assert getattr(wt, name).mlir == mlir


def test_names_agree_with_warp_lang():
    import warp as wp

    pattern = re.compile(r"^(vec\d|mat\d\d|quat|transform|spatial_vector|spatial_matrix)[a-z]*$")
    checked = 0
    for name in dir(wp):
        if not pattern.match(name) or not isinstance(getattr(wp, name), type):
            continue
        ours = wt.NAMED_TYPES[name]
        theirs = getattr(wp, name)
        assert ours.dtype.surface == theirs._wp_scalar_type_.__name__, name
        if isinstance(ours, wt.VectorType):
            assert ours.length == theirs._length_, name
        if isinstance(ours, wt.MatrixType):
            assert ours.shape == tuple(theirs._shape_), name
        checked += 1
    assert checked >= 60


def test_factories():
    assert wt.vector(length=5, dtype=wt.float32).mlir == "!warp.vec<5xf32>"
    assert wt.matrix(shape=(2, 3), dtype=wt.int32).mlir == "!warp.mat<2x3xsi32>"
    assert wt.array(dtype=wt.float32).mlir == "!warp.array<f32, 1>"
    assert wt.array(dtype=float, ndim=3).mlir == "!warp.array<f32, 3>"
    assert wt.array2d(dtype=wt.vec3).mlir == "!warp.array<!warp.vec<3xf32>, 2>"
    assert wt.array4d(dtype=int).mlir == "!warp.array<si32, 4>"
    assert wt.vector(3, wt.float32) == wt.vec3
    assert wt.vector(3, wt.float32).surface == "wp.vec3"
    assert wt.vector(7, wt.float64).surface == "wp.types.vector(length=7, dtype=wp.float64)"


@pytest.mark.parametrize(
    "make",
    [
        lambda: wt.vector(0, wt.float32),
        lambda: wt.vector(17, wt.float32),
        lambda: wt.vector(3, wt.bool),
        lambda: wt.matrix((2,), wt.float32),
        lambda: wt.QuatType(wt.int32),
        lambda: wt.array(dtype=wt.float32, ndim=5),
        lambda: wt.array(dtype=wt.array(dtype=float)),
    ],
)
def test_invalid_types_are_rejected(make):
    with pytest.raises(TypeError):
        make()


def test_python_scalar_annotations():
    assert wt.type_of_annotation(float) == wt.float32
    assert wt.type_of_annotation(int) == wt.int32
    assert wt.type_of_annotation(bool) == wt.bool


def test_struct_records_its_fields():
    @wt.struct
    class Particle:
        pos: wt.vec3
        mass: float
        data: wt.array2d(dtype=wt.float64)

    ty = Particle.__warp_type__
    assert Particle.__warp_mlir__ == "struct"
    assert (
        ty.mlir
        == "!warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32, data: !warp.array<f64, 2>}>"
    )
    assert ty.field_type("mass") == wt.float32
    p = Particle(mass=2.0)
    assert p.mass == 2.0 and p.pos is None

    @wt.struct
    class Outer:
        inner: Particle

    assert Outer.__warp_type__.mlir.startswith("!warp.struct<Outer {inner: !warp.struct<Particle {")


def test_struct_rejects_non_warp_fields():
    with pytest.raises(TypeError):

        @wt.struct
        class Bad:
            name: str


def test_typed_scalar_values():
    assert wt.float64(0.25).value == 0.25 and wt.float64(0.25).dtype == wt.float64
    assert wt.int32(2.9).value == 2
    assert wt.constant(3) == 3


def test_importable_without_numpy():
    code = (
        "import sys; sys.modules['numpy'] = None\n"
        f"sys.path.insert(0, {str(Path(wt.__file__).parents[1])!r})\n"
        "import importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('t', {wt.__file__!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "print(m.vec3.mlir)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "!warp.vec<3xf32>"
