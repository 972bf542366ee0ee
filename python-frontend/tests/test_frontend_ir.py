"""The frontend's IR for expressions: literals, operators, comparisons,
builtins, vectors/matrices/quaternions/transforms, structs, arrays, views,
shapes and atomics. Every test checks key lines and that warp-opt verifies
the module."""

from __future__ import annotations

import re
import struct

import numpy as np
import pytest

from frontend_cases.support import compile_ok, count, has, strip_locs, verify

HEADER = "import warp as wp\n"


def kernel(body: str, params: str = "a: wp.array(dtype=float)", prelude: str = "") -> str:
    """A module with one kernel ``k`` whose body is ``body``."""
    lines = "\n".join("    " + line for line in body.strip("\n").splitlines())
    return compile_ok(f"{HEADER}{prelude}\n@wp.kernel\ndef k({params}):\n{lines}\n")


# --------------------------------------------------------------------- literals


def test_int_literal_is_int32_and_float_literal_is_float32():
    ir = kernel("i = wp.tid()\nx = 3\ny = 2.5\nb = True\na[i] = y + float(x)")
    assert has(ir, "warp.constant 3 : si32", "warp.constant 2.5 : f32", "warp.constant true")


def test_literal_mixed_with_int64_is_rejected_but_typed_literal_works():
    ir = kernel("i = wp.tid()\nb[i] = b[i] + wp.int64(5)", "b: wp.array(dtype=wp.int64)")
    assert has(ir, "warp.constant 5 : si64", "warp.add %_, %_ : si64")


def test_cast_of_a_literal_is_one_constant_of_the_target_type():
    ir = kernel(
        "i = wp.tid()\n"
        "u[i] = wp.uint8(-1) + wp.uint8(300)\n"
        "d[i] = wp.float64(0.1)\n"
        "n[i] = int(-2.7) + int(True)\n"
        "a[i] = float(3) + float(bool(2))",
        "a: wp.array(dtype=float), u: wp.array(dtype=wp.uint8), d: wp.array(dtype=wp.float64), n: wp.array(dtype=int)",
    )
    assert has(
        ir,
        "warp.constant 255 : ui8",
        "warp.constant 44 : ui8",
        "warp.constant 0.1 : f64",
        "warp.constant -2 : si32",
        "warp.constant 1 : si32",
        "warp.constant 3.0 : f32",
        "warp.constant 1.0 : f32",
    )
    assert "warp.cast" not in ir


@pytest.mark.parametrize(
    "literal",
    [
        "0.1",
        "16777217.0",
        "1e-05",
        "3.4028235e38",
        "1e40",
        "-0.0",
        "123456789.0",
        "1.1754943508222875e-38",
        "0.3333333333333333",
    ],
)
def test_float_literal_is_its_double_rounded_to_float32(literal):
    ir = kernel(f"i = wp.tid()\na[i] = {literal}")
    printed = verify(ir, "--mlir-print-op-generic")
    match = re.search(r"value = ([^ ]+) : f32", printed)
    assert match, printed
    text = match.group(1)
    if text.startswith("0x"):
        bits = int(text, 16)
    else:
        bits = struct.unpack("<I", struct.pack("<f", float(text)))[0]
    with np.errstate(over="ignore"):
        expected = (
            np.array([float(literal)], dtype=np.float64).astype(np.float32).view(np.uint32)[0]
        )
    assert bits == expected


def test_float16_literal_rounds_through_float32():
    ir = kernel("i = wp.tid()\nh[i] = wp.float16(0.1)", "h: wp.array(dtype=wp.float16)")
    printed = verify(ir, "--mlir-print-op-generic")
    value = re.search(r"value = ([^ ]+) : f16", printed).group(1)
    expected = float(np.float16(np.float32(0.1)))
    got = (
        float(np.frombuffer(struct.pack("<H", int(value, 16)), np.float16)[0])
        if value.startswith("0x")
        else float(np.float16(float(value)))
    )
    assert got == expected


def test_negative_literals_are_folded():
    ir = kernel(
        "i = wp.tid()\na[i] = -1.5\nb[i] = -7", "a: wp.array(dtype=float), b: wp.array(dtype=int)"
    )
    assert has(ir, "warp.constant -1.5 : f32", "warp.constant -7 : si32")
    assert "warp.neg" not in ir


def test_module_constants_and_warp_constants():
    ir = kernel(
        "i = wp.tid()\na[i] = G * wp.pi + float(N)\nd[i] = HALF\nv[i] = UP",
        "a: wp.array(dtype=float), d: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3)",
        prelude="G = wp.constant(2.5)\nN = 4\nHALF = wp.constant(wp.float64(0.5))\nUP = wp.constant(wp.vec3(0.0, 1.0, 0.0))\n",
    )
    assert has(
        ir,
        "warp.constant 2.5 : f32",
        "warp.constant 3.1415927 : f32",
        "warp.constant 4.0 : f32",
        "warp.constant 0.5 : f64",
        "warp.vec %_, %_, %_ : !warp.vec<3xf32>",
    )


# -------------------------------------------------------------------- operators


@pytest.mark.parametrize(
    "expr, op",
    [
        ("x + y", "warp.add %_, %_ : f32"),
        ("x - y", "warp.sub %_, %_ : f32"),
        ("x * y", "warp.mul %_, %_ : f32"),
        ("x @ y", "warp.matmul %_, %_ : f32"),
        ("x / y", "warp.div %_, %_ : f32"),
        ("x // y", "warp.floordiv %_, %_ : f32"),
        ("x % y", "warp.mod %_, %_ : f32"),
        ("x ** y", "warp.pow %_, %_ : f32"),
        ("-x", "warp.neg %_ : f32"),
    ],
)
def test_float_operators(expr, op):
    ir = kernel(f"i = wp.tid()\nx = a[i]\ny = a[0]\na[i] = {expr}")
    assert has(ir, op)


@pytest.mark.parametrize(
    "expr, op",
    [
        ("m & n", "warp.bit_and %_, %_ : ui32"),
        ("m | n", "warp.bit_or %_, %_ : ui32"),
        ("m ^ n", "warp.bit_xor %_, %_ : ui32"),
        ("m << n", "warp.shl %_, %_ : ui32"),
        ("m >> n", "warp.shr %_, %_ : ui32"),
        ("~m", "warp.bit_not %_ : ui32"),
        ("m // n", "warp.floordiv %_, %_ : ui32"),
        ("m % n", "warp.mod %_, %_ : ui32"),
    ],
)
def test_integer_operators(expr, op):
    ir = kernel(f"i = wp.tid()\nm = u[i]\nn = u[0]\nu[i] = {expr}", "u: wp.array(dtype=wp.uint32)")
    assert has(ir, op)


def test_unary_plus_is_the_operand_and_not_gives_a_bool():
    ir = kernel("i = wp.tid()\nb[i] = +b[i]\nc = not b[i]\nb[0] = int(c)", "b: wp.array(dtype=int)")
    assert has(ir, "warp.not %_ : si32", "warp.cast %_ : i1 to si32")
    assert "warp.neg" not in ir


def test_composite_operators_print_mixed_types_functionally():
    ir = kernel(
        "i = wp.tid()\nx = v[i]\nm = ms[i]\n"
        "v[i] = 2.0 * x + x / 3.0 - m * x + x * m + m @ x\n"
        "ms[i] = m * m - m / 2.0",
        "v: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat33)",
    )
    assert has(
        ir,
        "warp.mul %_, %_ : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>",
        "warp.div %_, %_ : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>",
        "warp.mul %_, %_ : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>",
        "warp.mul %_, %_ : (!warp.vec<3xf32>, !warp.mat<3x3xf32>) -> !warp.vec<3xf32>",
        "warp.matmul %_, %_ : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>",
        "warp.mul %_, %_ : !warp.mat<3x3xf32>",
        "warp.add %_, %_ : !warp.vec<3xf32>",
    )


# ------------------------------------------------------------------ comparisons


def test_comparisons_keep_mixed_scalar_types():
    ir = kernel("i = wp.tid()\nif a[i] < 0:\n    a[i] = 1.0")
    assert has(ir, "warp.cmp lt, %_, %_ : f32, si32")


@pytest.mark.parametrize(
    "op, pred", [("==", "eq"), ("!=", "ne"), ("<", "lt"), ("<=", "le"), (">", "gt"), (">=", "ge")]
)
def test_each_comparison(op, pred):
    ir = kernel(f"i = wp.tid()\nb[i] = int(b[i] {op} b[0])", "b: wp.array(dtype=int)")
    assert has(ir, f"warp.cmp {pred}, %_, %_ : si32")


def test_chained_comparison_evaluates_operands_first_then_ands_the_links():
    # As warp-lang: every operand once, up front, then ((0 < i) and (i <= 10))
    # and (10 < b[i]).
    ir = kernel("i = wp.tid()\nb[i] = int(0 < i <= 10 < b[i])", "b: wp.array(dtype=int)")
    body = strip_locs(ir)
    assert count(ir, "warp.constant 10 : si32") == 1
    assert re.search(
        r"warp\.load %b.*\n"
        r"\s*(%\d+) = warp\.cmp lt, %\d+, %\d+ : si32\n"
        r"\s*(%\d+) = warp\.and \1 : i1 \{\n"
        r"\s*%\d+ = warp\.cmp le, %\d+, %\d+ : si32\n"
        r"\s*warp\.yield %\d+ : i1\n"
        r"\s*\}\n"
        r"\s*%\d+ = warp\.and \2 : i1 \{\n"
        r"\s*%\d+ = warp\.cmp lt, %\d+, %\d+ : si32\n",
        body,
    ), body


def test_and_or_are_regions_yielding_the_right_operand():
    ir = kernel("i = wp.tid()\nx = a[i]\nif x > 0.0 and i or x < -1.0:\n    a[i] = 0.0")
    assert has(
        ir, "warp.and %_ : i1 {", "warp.yield %_ : si32", "warp.or %_ : i1 {", "warp.yield %_ : i1"
    )


def test_ternary_is_ifexp():
    ir = kernel("i = wp.tid()\na[i] = a[i] if i > 2 else 0.5")
    assert has(ir, "warp.ifexp %_ : i1 -> f32 {", "} else {", "warp.yield %_ : f32")


# --------------------------------------------------------------------- builtins

UNARY_FLOAT = "sin cos tan asin acos atan sinh cosh tanh sqrt cbrt exp log log2 log10 erf erfc degrees radians floor ceil trunc round rint frac".split()


@pytest.mark.parametrize("name", UNARY_FLOAT)
def test_unary_float_builtins(name):
    ir = kernel(f"i = wp.tid()\na[i] = wp.{name}(a[i])")
    assert has(ir, f"warp.{name} %_ : f32")


@pytest.mark.parametrize(
    "call, line",
    [
        ("wp.atan2(x, y)", "warp.atan2 %_, %_ : f32"),
        ("wp.copysign(x, y)", "warp.copysign %_, %_ : f32"),
        ("wp.pow(x, y)", "warp.pow %_, %_ : f32"),
        ("wp.min(x, y)", "warp.min %_, %_ : f32"),
        ("max(x, y)", "warp.max %_, %_ : f32"),
        ("abs(x)", "warp.abs %_ : f32"),
        ("round(x)", "warp.round %_ : f32"),
        ("wp.sign(x)", "warp.sign %_ : f32"),
        ("wp.step(x)", "warp.step %_ : f32"),
        ("wp.nonzero(x)", "warp.nonzero %_ : f32"),
        ("wp.clamp(x, 0.0, y)", "warp.clamp %_, %_, %_ : f32"),
        ("wp.lerp(x, y, 0.25)", "warp.lerp %_, %_, %_ : f32"),
        ("wp.smoothstep(0.0, 1.0, x)", "warp.smoothstep %_, %_, %_ : f32"),
        ("wp.where(i > 0, x, y)", "warp.where %_, %_, %_ : i1, f32"),
        ("float(wp.isnan(x))", "warp.isnan %_ : f32"),
        ("float(wp.isinf(x))", "warp.isinf %_ : f32"),
        ("float(wp.isfinite(x))", "warp.isfinite %_ : f32"),
        ("wp.add(x, y)", "warp.add %_, %_ : f32"),
    ],
)
def test_scalar_builtins(call, line):
    ir = kernel(f"i = wp.tid()\nx = a[i]\ny = a[0]\na[i] = {call}")
    assert has(ir, line)


def test_vector_builtins():
    ir = kernel(
        "i = wp.tid()\nx = v[i]\ny = v[0]\n"
        "s[i] = wp.dot(x, y) + wp.length(x) + wp.length_sq(y) + wp.min(x) + wp.max(y)\n"
        "v[i] = wp.cross(x, y) + wp.normalize(x) + wp.cw_mul(x, y) + wp.cw_div(x, y) + wp.abs(x) + wp.max(x, y)\n"
        "m[i] = wp.outer(x, y) + wp.diag(x) + wp.skew(y)",
        "v: wp.array(dtype=wp.vec3), s: wp.array(dtype=float), m: wp.array(dtype=wp.mat33)",
    )
    vec = "!warp.vec<3xf32>"
    assert has(
        ir,
        f"warp.dot %_, %_ : {vec}",
        f"warp.length %_ : {vec}",
        f"warp.length_sq %_ : {vec}",
        f"warp.min %_ : {vec}",
        f"warp.max %_ : {vec}",
        f"warp.cross %_, %_ : {vec}",
        f"warp.normalize %_ : {vec}",
        f"warp.cw_mul %_, %_ : {vec}",
        f"warp.cw_div %_, %_ : {vec}",
        f"warp.abs %_ : {vec}",
        f"warp.max %_, %_ : {vec}",
        f"warp.outer %_, %_ : {vec}, {vec} -> !warp.mat<3x3xf32>",
        f"warp.diag %_ : {vec}",
        f"warp.skew %_ : {vec}",
    )


def test_matrix_builtins():
    ir = kernel(
        "i = wp.tid()\nx = m[i]\n"
        "s[i] = wp.determinant(x) + wp.trace(x)\n"
        "m[i] = wp.transpose(x) + wp.inverse(x) + wp.identity(n=3, dtype=wp.float32) + wp.identity(3, float)\n"
        "r = wp.matrix_from_rows(v[i], v[i])\n"
        "c = wp.matrix_from_cols(v[i], v[i])\n"
        "v[i] = r[1] + c[0, 1] * v[i]",
        "m: wp.array(dtype=wp.mat33), s: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)",
    )
    assert has(
        ir,
        "warp.determinant %_ : !warp.mat<3x3xf32>",
        "warp.trace %_ : !warp.mat<3x3xf32>",
        "warp.transpose %_ : !warp.mat<3x3xf32>",
        "warp.inverse %_ : !warp.mat<3x3xf32>",
        "warp.identity : !warp.mat<3x3xf32>",
        "warp.matrix_from_rows %_, %_ : !warp.mat<2x3xf32>",
        "warp.matrix_from_cols %_, %_ : !warp.mat<3x2xf32>",
        "warp.extract %_[%_] : !warp.mat<2x3xf32>, si32",
        "warp.extract %_[%_, %_] : !warp.mat<3x2xf32>, si32, si32",
    )
    assert count(ir, "warp.identity : !warp.mat<3x3xf32>") == 2


def test_quaternion_and_transform_builtins():
    ir = kernel(
        "i = wp.tid()\nx = v[i]\n"
        "q = wp.quat_from_axis_angle(x, 0.5)\n"
        "t = wp.transform(x, q) * wp.transform_identity()\n"
        "r = wp.quat_rotate(wp.quat_inverse(q), x) + wp.transform_point(t, x) + wp.transform_vector(t, x)\n"
        "v[i] = r + wp.transform_get_translation(t) + t.p\n"
        "qs[i] = wp.transform_get_rotation(t) * t.q + wp.quat_identity() + wp.quat(0.0, 0.0, 0.0, 1.0)",
        "v: wp.array(dtype=wp.vec3), qs: wp.array(dtype=wp.quat)",
    )
    assert has(
        ir,
        "warp.quat_from_axis_angle %_, %_ : !warp.vec<3xf32>",
        "warp.transform %_, %_ : !warp.transform<f32>",
        "warp.identity : !warp.transform<f32>",
        "warp.mul %_, %_ : !warp.transform<f32>",
        "warp.quat_inverse %_ : !warp.quat<f32>",
        "warp.quat_rotate %_, %_ : !warp.quat<f32>",
        "warp.transform_point %_, %_ : !warp.transform<f32>",
        "warp.transform_vector %_, %_ : !warp.transform<f32>",
        "warp.transform_get_translation %_ : !warp.transform<f32>",
        "warp.transform_get_rotation %_ : !warp.transform<f32>",
        "warp.identity : !warp.quat<f32>",
        "warp.quat %_, %_, %_, %_ : !warp.quat<f32>",
    )


# ------------------------------------------------------------------- composites


def test_vector_constructors_convert_literals_and_cast_vectors():
    ir = kernel(
        "i = wp.tid()\n"
        "d[i] = wp.vec3d(1, 2.5, 3)\n"
        "v[i] = wp.vec3(a[i]) + wp.vec3() + wp.vec3(wp.vec3d(0.5))\n"
        "ints[i] = wp.vec3i(v[i])",
        "a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), d: wp.array(dtype=wp.vec3d), ints: wp.array(dtype=wp.vec3i)",
    )
    assert has(
        ir,
        "warp.constant 1.0 : f64",
        "warp.constant 2.5 : f64",
        "warp.constant 3.0 : f64",
        "warp.vec %_, %_, %_ : !warp.vec<3xf64>",
        "warp.vec %_ : !warp.vec<3xf32>",
        "warp.zero : !warp.vec<3xf32>",
        "warp.cast %_ : !warp.vec<3xf64> to !warp.vec<3xf32>",
        "warp.cast %_ : !warp.vec<3xf32> to !warp.vec<3xsi32>",
    )


def test_matrix_and_quaternion_constructors():
    ir = kernel(
        "i = wp.tid()\n"
        "m = wp.mat22(1.0, 2, a[i], 4.0)\n"
        "d = wp.mat22d(m)\n"
        "q = wp.quatd(0.0, 0.0, 0.0, 1.0)\n"
        "a[i] = m[0, 1] + float(d[1, 1]) + float(q.w)"
    )
    assert has(
        ir,
        "warp.mat %_, %_, %_, %_ : !warp.mat<2x2xf32>",
        "warp.constant 2.0 : f32",
        "warp.cast %_ : !warp.mat<2x2xf32> to !warp.mat<2x2xf64>",
        "warp.quat %_, %_, %_, %_ : !warp.quat<f64>",
        "warp.constant 1.0 : f64",
    )


def test_type_aliases_and_vector_suffixes():
    ir = kernel(
        "i = wp.tid()\nx = vec5f(1.0)\nm = mat23(0.0)\ny = wp.vec4ub()\nz = wp.vec2l()\nw = wp.mat44h()\nq = wp.quatd()\nt = wp.transformh()\n"
        "a[i] = x[4] + m[1, 2]",
        prelude="vec5f = wp.types.vector(length=5, dtype=wp.float32)\nmat23 = wp.types.matrix(shape=(2, 3), dtype=float)\n",
    )
    assert has(
        ir,
        "warp.vec %_ : !warp.vec<5xf32>",
        "warp.mat %_ : !warp.mat<2x3xf32>",
        "warp.zero : !warp.vec<4xui8>",
        "warp.zero : !warp.vec<2xsi64>",
        "warp.zero : !warp.mat<4x4xf16>",
        "warp.zero : !warp.quat<f64>",
        "warp.zero : !warp.transform<f16>",
    )


def test_component_reads_and_writes():
    ir = kernel(
        "i = wp.tid()\nx = v[i]\nx[0] = 1.0\nx.y = x.z\nm = ms[i]\nm[1, 2] = x[0]\nm[0] = x\nv[i] = x\nms[i] = m",
        "v: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat33)",
    )
    assert has(
        ir,
        'warp.var "x" : !warp.ref<!warp.vec<3xf32>>',
        "warp.insert %_ into %_[%_] : !warp.vec<3xf32>, si32",
        "warp.extract %_[%_] : !warp.vec<3xf32>, si32",
        "warp.insert %_ into %_[%_, %_] : !warp.mat<3x3xf32>, si32, si32",
        "warp.insert %_ into %_[%_] : !warp.mat<3x3xf32>, si32",
    )


def test_array_element_component_assignment_loads_inserts_and_stores():
    ir = kernel("i = wp.tid()\nv[i].x = 2.0\nv[i][1] = 3.0", "v: wp.array(dtype=wp.vec3)")
    assert count(ir, "warp.load %_[%_] : !warp.array<!warp.vec<3xf32>, 1>, si32") == 2
    assert count(ir, "warp.insert %_ into %_[%_] : !warp.vec<3xf32>, si32") == 2
    assert count(ir, "warp.store %_, %_[%_] : !warp.array<!warp.vec<3xf32>, 1>, si32") == 2
    assert "warp.var" not in ir


# ---------------------------------------------------------------------- structs

STRUCTS = """
@wp.struct
class Inner:
    w: wp.float64
    data: wp.array2d(dtype=float)

@wp.struct
class Particle:
    pos: wp.vec3
    mass: float
    inner: Inner
"""


def test_structs_become_aliases_in_source_order():
    ir = kernel(
        "i = wp.tid()\np = ps[i]\nps[i] = p", "ps: wp.array(dtype=Particle)", prelude=STRUCTS
    )
    lines = ir.splitlines()
    assert lines[0] == "!Inner = !warp.struct<Inner {w: f64, data: !warp.array<f32, 2>}>"
    assert (
        lines[1]
        == "!Particle = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32, inner: !Inner}>"
    )
    assert has(ir, "warp.load %_[%_] : !warp.array<!Particle, 1>, si32")


def test_struct_construction_and_fields():
    ir = kernel(
        "i = wp.tid()\n"
        "p = Particle(wp.vec3(1.0), 2.0, Inner())\n"
        "q = Particle(mass=3.0, inner=p.inner, pos=p.pos)\n"
        "q.mass = p.mass\n"
        "q.inner.w = wp.float64(1.0)\n"
        "q.inner.data[i, 0] = q.mass\n"
        "ps[i] = q",
        "ps: wp.array(dtype=Particle)",
        prelude=STRUCTS,
    )
    assert has(
        ir,
        "warp.zero : !Inner",
        "warp.struct %_, %_, %_ : !Particle",
        'warp.getfield %_["inner"] : !Particle',
        'warp.setfield %_["mass"] = %_ : !Particle',
        'warp.setfield %_["w"] = %_ : !Inner',
        'warp.setfield %_["inner"] = %_ : !Particle',
        'warp.getfield %_["data"] : !Inner',
        "warp.store %_, %_[%_, %_] : !warp.array<f32, 2>, si32, si32",
    )
    # Keyword construction is in field order: pos, mass, inner.
    body = strip_locs(ir)
    assert re.search(
        r"(%\d+) = warp\.getfield %\d+\[\"pos\"\].*\n(.*\n)*?.*warp\.struct \1, ", body
    )


# ------------------------------------------------------------------ arrays


def test_loads_stores_views_and_shapes():
    ir = kernel(
        "i, j = wp.tid()\nrow = a[i]\nx = row[j] + a[i, j] + a[i][j]\nb[i, j] = x + float(a.shape[1] + len(row) + len(a))",
        "a: wp.array2d(dtype=float), b: wp.array2d(dtype=float)",
    )
    assert has(
        ir,
        "warp.view %_[%_] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>",
        "warp.load %_[%_] : !warp.array<f32, 1>, si32",
        "warp.load %_[%_, %_] : !warp.array<f32, 2>, si32, si32",
        "warp.shape %_[1] : !warp.array<f32, 2>",
        "warp.shape %_[0] : !warp.array<f32, 1>",
        "warp.shape %_[0] : !warp.array<f32, 2>",
        "warp.store %_, %_[%_, %_] : !warp.array<f32, 2>, si32, si32",
    )


def test_array_index_of_any_integer_type():
    ir = kernel("i = wp.tid()\na[wp.int64(i)] = a[wp.uint8(1)]")
    assert has(
        ir,
        "warp.load %_[%_] : !warp.array<f32, 1>, ui8",
        "warp.store %_, %_[%_] : !warp.array<f32, 1>, si64",
    )


@pytest.mark.parametrize(
    "name, kind",
    [
        ("add", "add"),
        ("sub", "sub"),
        ("min", "min"),
        ("max", "max"),
        ("and", "and"),
        ("or", "or"),
        ("xor", "xor"),
        ("exch", "exch"),
    ],
)
def test_atomics(name, kind):
    ir = kernel(
        f"i = wp.tid()\nold = wp.atomic_{name}(b, i, 3)\nb[0] = old", "b: wp.array(dtype=int)"
    )
    assert has(ir, f"warp.atomic {kind} %_[%_], %_ : !warp.array<si32, 1>, si32")


def test_atomic_cas_and_multi_dimensional_atomics():
    ir = kernel(
        "i, j = wp.tid()\nold = wp.atomic_cas(b, i, j, 0, 1)\nwp.atomic_add(f, i, j, 1.0)",
        "b: wp.array2d(dtype=int), f: wp.array2d(dtype=float)",
    )
    assert has(
        ir,
        "warp.atomic_cas %_[%_, %_], %_, %_ : !warp.array<si32, 2>, si32, si32",
        "warp.atomic add %_[%_, %_], %_ : !warp.array<f32, 2>, si32, si32",
    )


def test_augmented_assignment_on_an_array_element_is_atomic():
    ir = kernel(
        "i = wp.tid()\na[i] += 1.0\na[i] -= 2.0\nb[i] &= 3\nb[i] |= 4\nb[i] ^= 5\na[i] *= 2.0",
        "a: wp.array(dtype=float), b: wp.array(dtype=int)",
    )
    assert has(
        ir,
        "warp.atomic add %_[%_], %_ : !warp.array<f32, 1>, si32",
        "warp.atomic sub %_[%_], %_ : !warp.array<f32, 1>, si32",
        "warp.atomic and %_[%_], %_ : !warp.array<si32, 1>, si32",
        "warp.atomic or %_[%_], %_ : !warp.array<si32, 1>, si32",
        "warp.atomic xor %_[%_], %_ : !warp.array<si32, 1>, si32",
    )
    # *= has no atomic: load, multiply, store.
    assert has(ir, "warp.mul %_, %_ : f32")
    assert count(ir, "warp.store") == 1


def test_vector_atomics():
    ir = kernel("i = wp.tid()\nv[0] += wp.vec3(1.0)", "v: wp.array(dtype=wp.vec3)")
    assert has(ir, "warp.atomic add %_[%_], %_ : !warp.array<!warp.vec<3xf32>, 1>, si32")


def test_augmented_assignment_on_a_component_of_an_array_element_is_atomic():
    # Warp updates only that component, atomically: the element is combined
    # with the operator's identity (x + -0.0 == x, x - 0.0 == x, x & ~0 == x)
    # everywhere but at the component.
    ir = kernel(
        "i = wp.tid()\nv[i].x += 1.0\nv[i][2] -= 2.0\nm[i][1, 0] += 3.0\nb[i][1] &= 6\nv[i].y *= 2.0",
        "v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22), b: wp.array(dtype=wp.vec2i)",
    )
    assert has(
        ir,
        "warp.constant -0.0 : f32",
        "warp.constant 0.0 : f32",
        "warp.constant -1 : si32",
        "warp.vec %_ : !warp.vec<3xf32>",
        "warp.mat %_ : !warp.mat<2x2xf32>",
        "warp.insert %_ into %_[%_, %_] : !warp.mat<2x2xf32>, si32, si32",
        "warp.atomic add %_[%_], %_ : !warp.array<!warp.vec<3xf32>, 1>, si32",
        "warp.atomic sub %_[%_], %_ : !warp.array<!warp.vec<3xf32>, 1>, si32",
        "warp.atomic add %_[%_], %_ : !warp.array<!warp.mat<2x2xf32>, 1>, si32",
        "warp.atomic and %_[%_], %_ : !warp.array<!warp.vec<2xsi32>, 1>, si32",
    )
    # *= has no atomic: load, insert, store.
    assert count(ir, "warp.store") == 1 and count(ir, "warp.load") == 1
