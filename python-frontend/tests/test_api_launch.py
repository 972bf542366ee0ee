"""wm.launch on the CPU: arrays modified in place at any strides (compared
with warp-lang 1.19.0 on contiguous copies), struct arguments and arrays of
structs, scalar conversions, argument errors, and CUDA without a driver."""

import struct

import numpy as np
import pytest
import warp as wp

import warp_mlir as wm

wp.config.quiet = True
wp.init()

SAXPY_IR = """
warp.kernel @saxpy(%x: !warp.array<f32, 1> {warp.name = "x"},
                   %y: !warp.array<f32, 1> {warp.name = "y"},
                   %a: f32 {warp.name = "a"}) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
"""


@wp.kernel
def saxpy(x: wp.array(dtype=wp.float32), y: wp.array(dtype=wp.float32), a: wp.float32):
    i = wp.tid()
    y[i] = a * x[i] + y[i]


GRID_IR = """
warp.kernel @grid(%a: !warp.array<f32, 2> {warp.name = "a"},
                  %b: !warp.array<f32, 2> {warp.name = "b"}) dims(2) {
  %i, %j = warp.tid
  %v = warp.load %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %c10 = warp.constant 10 : si32
  %i10 = warp.mul %i, %c10 : si32
  %ij = warp.add %i10, %j : si32
  %ijf = warp.cast %ij : si32 to f32
  %v2 = warp.mul %v, %two : f32
  %r = warp.add %v2, %ijf : f32
  warp.store %r, %b[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}
"""


@wp.kernel
def grid(a: wp.array2d(dtype=wp.float32), b: wp.array2d(dtype=wp.float32)):
    i, j = wp.tid()
    b[i, j] = a[i, j] * 2.0 + float(i * 10 + j)


VEC_IR = """
!V3 = !warp.vec<3xf32>
!M3 = !warp.mat<3x3xf32>
warp.kernel @transform_points(%m: !warp.array<!M3, 1> {warp.name = "m"},
                              %p: !warp.array<!V3, 1> {warp.name = "p"},
                              %offset: !V3 {warp.name = "offset"}) dims(1) {
  %i = warp.tid
  %mi = warp.load %m[%i] : !warp.array<!M3, 1>, si32
  %pi = warp.load %p[%i] : !warp.array<!V3, 1>, si32
  %q = warp.mul %mi, %pi : (!M3, !V3) -> !V3
  %r = warp.add %q, %offset : !V3
  warp.store %r, %p[%i] : !warp.array<!V3, 1>, si32
  warp.return
}
"""


@wp.kernel
def transform_points(m: wp.array(dtype=wp.mat33), p: wp.array(dtype=wp.vec3), offset: wp.vec3):
    i = wp.tid()
    p[i] = m[i] * p[i] + offset


def warp_array(data, dtype):
    return wp.array(np.ascontiguousarray(data), dtype=dtype, device="cpu")


@pytest.fixture(scope="module")
def k_saxpy():
    return wm.Kernel.from_ir(SAXPY_IR, "saxpy")


def test_contiguous_arrays_are_updated_in_place(k_saxpy):
    x = np.linspace(-1, 1, 17, dtype=np.float32)
    y = np.arange(17, dtype=np.float32)
    expected_y = warp_array(y, wp.float32)
    wp.launch(saxpy, dim=17, inputs=[warp_array(x, wp.float32), expected_y, 1.5], device="cpu")
    wm.launch(k_saxpy, dim=17, inputs=[x, y, 1.5])
    np.testing.assert_array_equal(y, expected_y.numpy())


@pytest.mark.parametrize(
    "x_view, y_view",
    [
        (lambda b: b[::2], lambda b: b[1::3]),  # strided
        (lambda b: b[::-1], lambda b: b[::-2]),  # negative strides
        (lambda b: b[5:15], lambda b: b[::4]),  # offset and strided
    ],
)
def test_strided_views_are_honoured_in_place(k_saxpy, x_view, y_view):
    rng = np.random.default_rng(7)
    x_base = rng.standard_normal(40).astype(np.float32)
    y_base = rng.standard_normal(40).astype(np.float32)
    x, y = x_view(x_base), y_view(y_base)
    n = min(len(x), len(y))
    x, y = x[:n], y[:n]
    untouched = y_base.copy()
    expected = warp_array(y, wp.float32)
    wp.launch(saxpy, dim=n, inputs=[warp_array(x, wp.float32), expected, -0.75], device="cpu")
    wm.launch(k_saxpy, dim=n, inputs=[x, y, -0.75])
    np.testing.assert_array_equal(y, expected.numpy())
    # Elements outside the view are not written.
    mask = np.ones(40, bool)
    mask[y_view(np.arange(40))[:n]] = False  # the indices the view covers
    np.testing.assert_array_equal(y_base[mask], untouched[mask])


def test_two_dimensional_views():
    kernel = wm.Kernel.from_ir(GRID_IR, "grid")
    rng = np.random.default_rng(3)
    a = rng.standard_normal((6, 9)).astype(np.float32).T  # (9, 6), transposed
    b_base = np.zeros((18, 12), np.float32)
    b = b_base[::2, ::-2]  # (9, 6), both dimensions strided, one reversed
    expected = warp_array(np.zeros((9, 6), np.float32), wp.float32)
    wp.launch(grid, dim=(9, 6), inputs=[warp_array(a, wp.float32), expected], device="cpu")
    wm.launch(kernel, dim=(9, 6), inputs=[a, b])
    np.testing.assert_array_equal(b, expected.numpy())
    assert np.count_nonzero(b_base) == np.count_nonzero(b)


def test_vector_and_matrix_arrays_at_any_strides():
    kernel = wm.Kernel.from_ir(VEC_IR)
    rng = np.random.default_rng(11)
    n = 7
    m_base = rng.standard_normal((2 * n, 3, 3)).astype(np.float32)
    p_base = rng.standard_normal((n, 3)).astype(np.float32)
    m = m_base[::2]  # strided leading dimension, contiguous elements
    p = p_base[:, ::-1]  # reversed components: the element is not contiguous
    offset = [0.5, -1.0, 2.0]
    expected = warp_array(p, wp.vec3)
    wp.launch(
        transform_points,
        dim=n,
        inputs=[warp_array(m, wp.mat33), expected, wp.vec3(*offset)],
        device="cpu",
    )
    wm.launch(kernel, dim=n, inputs=[m, p, offset])
    np.testing.assert_array_equal(p, expected.numpy())


STRUCT_IR = """
!V3 = !warp.vec<3xf32>
!P = !warp.struct<Particle {pos: !V3, mass: f32, id: si32, flag: i1, w: f64}>
!S = !warp.struct<Scene {scale: f16, gravity: !V3, count: si64}>
warp.kernel @step(%scene: !S {warp.name = "scene"}, %ps: !warp.array<!P, 1> {warp.name = "ps"},
                  %out: !warp.array<f64, 1> {warp.name = "out"}) dims(1) {
  %i = warp.tid
  %p = warp.load %ps[%i] : !warp.array<!P, 1>, si32
  %pos = warp.getfield %p["pos"] : !P
  %g = warp.getfield %scene["gravity"] : !S
  %np = warp.add %pos, %g : !V3
  %p2 = warp.setfield %p["pos"] = %np : !P
  %id = warp.getfield %p["id"] : !P
  %c1 = warp.constant 1 : si32
  %id1 = warp.add %id, %c1 : si32
  %p3 = warp.setfield %p2["id"] = %id1 : !P
  warp.store %p3, %ps[%i] : !warp.array<!P, 1>, si32
  %w = warp.getfield %p["w"] : !P
  %count = warp.getfield %scene["count"] : !S
  %countf = warp.cast %count : si64 to f64
  %scale = warp.getfield %scene["scale"] : !S
  %scaled = warp.cast %scale : f16 to f64
  %flag = warp.getfield %p["flag"] : !P
  %flagf = warp.cast %flag : i1 to f64
  %wc = warp.mul %w, %countf : f64
  %s1 = warp.add %wc, %scaled : f64
  %r = warp.add %s1, %flagf : f64
  warp.store %r, %out[%i] : !warp.array<f64, 1>, si32
  warp.return
}
"""


@wp.struct
class Particle:
    pos: wp.vec3
    mass: float
    id: int
    flag: wp.bool
    w: wp.float64


@wp.struct
class Scene:
    scale: wp.float16
    gravity: wp.vec3
    count: wp.int64


@wp.kernel
def step(scene: Scene, ps: wp.array(dtype=Particle), out: wp.array(dtype=wp.float64)):
    i = wp.tid()
    p = ps[i]
    q = Particle()
    q.pos = p.pos + scene.gravity
    q.mass = p.mass
    q.id = p.id + 1
    q.flag = p.flag
    q.w = p.w
    ps[i] = q
    out[i] = p.w * wp.float64(scene.count) + wp.float64(scene.scale) + wp.float64(p.flag)


class Ours:
    """The same structs for warp_mlir (same names, as the IR has them)."""

    @wm.struct
    class Particle:
        pos: wm.vec3
        mass: float
        id: int
        flag: wm.bool
        w: wm.float64

    @wm.struct
    class Scene:
        scale: wm.float16
        gravity: wm.vec3
        count: wm.int64


def particles(n):
    rng = np.random.default_rng(5)
    data = np.zeros(n, dtype=wm.struct_dtype(Ours.Particle))
    data["pos"] = rng.standard_normal((n, 3)).astype(np.float32)
    data["mass"] = rng.random(n).astype(np.float32)
    data["id"] = np.arange(n) * 7 - 3
    data["flag"] = np.arange(n) % 3 == 0
    data["w"] = rng.standard_normal(n)
    return data


def test_struct_layout_matches_warp_lang():
    ours = wm.struct_dtype(Ours.Particle)
    theirs = np.dtype(Particle.numpy_dtype())
    assert ours.itemsize == theirs.itemsize
    assert [ours.fields[n][1] for n in ours.names] == [theirs.fields[n][1] for n in theirs.names]


@pytest.mark.parametrize("scene_as", ["instance", "dict", "numpy"])
def test_struct_arguments_and_arrays_of_structs(scene_as):
    kernel = wm.Kernel.from_ir(STRUCT_IR, "step")
    n = 9
    ps = particles(n)
    out = np.zeros(n, np.float64)
    gravity, scale, count = [0.0, -9.8, 0.25], 1.5, 3

    reference_scene = Scene()
    reference_scene.gravity = wp.vec3(*gravity)
    reference_scene.scale = scale
    reference_scene.count = count
    reference_ps = wp.array(ps.copy(), dtype=Particle, device="cpu")
    reference_out = wp.zeros(n, dtype=wp.float64, device="cpu")
    wp.launch(step, dim=n, inputs=[reference_scene, reference_ps, reference_out], device="cpu")

    if scene_as == "instance":
        scene = Ours.Scene(gravity=gravity, scale=scale, count=count)
    elif scene_as == "dict":
        scene = {"gravity": gravity, "scale": scale, "count": count}
    else:
        scene = np.zeros((), dtype=wm.struct_dtype(Ours.Scene))
        scene["scale"], scene["gravity"], scene["count"] = scale, gravity, count
        scene = scene[()]
    wm.launch(kernel, dim=n, inputs=[scene, ps, out])

    expected = reference_ps.numpy()
    for name in ("pos", "mass", "id", "flag", "w"):
        np.testing.assert_array_equal(ps[name], expected[name], err_msg=name)
    np.testing.assert_array_equal(out, reference_out.numpy())


def test_unset_struct_fields_are_zero():
    kernel = wm.Kernel.from_ir(STRUCT_IR, "step")
    ps = particles(2)
    out = np.zeros(2, np.float64)
    wm.launch(kernel, dim=2, inputs=[Ours.Scene(count=2), ps, out])
    np.testing.assert_array_equal(out, particles(2)["w"] * 2 + particles(2)["flag"])


SCALARS_IR = """
warp.kernel @scalars(%b: i1 {warp.name = "b"}, %i8: si8 {warp.name = "i8"}, %u16: ui16 {warp.name = "u16"},
                     %i64: si64 {warp.name = "i64"}, %h: f16 {warp.name = "h"}, %d: f64 {warp.name = "d"},
                     %ints: !warp.array<si64, 1> {warp.name = "ints"},
                     %floats: !warp.array<f64, 1> {warp.name = "floats"}) dims(1) {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %bl = warp.cast %b : i1 to si64
  warp.store %bl, %ints[%c0] : !warp.array<si64, 1>, si32
  %i8l = warp.cast %i8 : si8 to si64
  warp.store %i8l, %ints[%c1] : !warp.array<si64, 1>, si32
  %u16l = warp.cast %u16 : ui16 to si64
  warp.store %u16l, %ints[%c2] : !warp.array<si64, 1>, si32
  warp.store %i64, %ints[%c3] : !warp.array<si64, 1>, si32
  %hd = warp.cast %h : f16 to f64
  warp.store %hd, %floats[%c0] : !warp.array<f64, 1>, si32
  warp.store %d, %floats[%c1] : !warp.array<f64, 1>, si32
  warp.return
}
"""


@pytest.fixture(scope="module")
def k_scalars():
    return wm.Kernel.from_ir(SCALARS_IR)


@pytest.mark.parametrize(
    "values, ints, floats",
    [
        (
            (True, -128, 65535, -(2**63), 0.333, 0.1),
            [1, -128, 65535, -(2**63)],
            [np.float16(0.333), 0.1],
        ),
        (
            (
                np.bool_(False),
                np.int8(7),
                np.uint16(9),
                np.int64(2**62),
                np.float32(2.5),
                np.float64(-1e300),
            ),
            [0, 7, 9, 2**62],
            [2.5, -1e300],
        ),
        ((1, wm.int8(-3), 0, wm.int64(5), 7, wm.float64(0.25)), [1, -3, 0, 5], [7.0, 0.25]),
        ((0, 1, 2, 3, 1e6, 4), [0, 1, 2, 3], [np.inf, 4.0]),  # 1e6 is infinite in float16
    ],
)
def test_python_and_numpy_scalars(k_scalars, values, ints, floats):
    out_i = np.zeros(4, np.int64)
    out_f = np.zeros(2, np.float64)
    wm.launch(k_scalars, dim=1, inputs=[*values, out_i, out_f])
    np.testing.assert_array_equal(out_i, ints)
    np.testing.assert_array_equal(out_f, np.array(floats, np.float64))


# Argument errors ---------------------------------------------------------


@pytest.mark.parametrize(
    "dim, inputs, message",
    [
        (
            4,
            lambda x, y: [x, y],
            r"kernel 'saxpy' takes 3 arguments \(x: wp.array\(dtype=wp.float32\), "
            r"y: wp.array\(dtype=wp.float32\), a: wp.float32\), 2 given",
        ),
        (4, lambda x, y: [x, y, 1.0, 2.0], "takes 3 arguments .*, 4 given"),
        (
            4,
            lambda x, y: [x.astype(np.float64), y, 1.0],
            r"argument 0 \('x': wp.array\(dtype=wp.float32\)\): expected a numpy array of float32 "
            r"with shape \(n,\), got a float64 array",
        ),
        (4, lambda x, y: [x.reshape(2, 2), y, 1.0], r"argument 0 .*got shape \(2, 2\)"),
        (4, lambda x, y: [list(x), y, 1.0], r"argument 0 .*got list"),
        (
            4,
            lambda x, y: [x, y, "2"],
            r"argument 2 \('a': wp.float32\): expected a number, got str",
        ),
        (4, lambda x, y: [x, y, [1.0]], "argument 2 .*expected a number, got list"),
        (4, lambda x, y: [x, np.broadcast_to(y, (4,)), 1.0], "argument 1 .*read-only"),
        (
            (2, 2),
            lambda x, y: [x, y, 1.0],
            r"kernel 'saxpy' is launched over 1 dimension .* dim \(2, 2\) has 2",
        ),
        ((1, 1, 1, 1, 1), lambda x, y: [x, y, 1.0], "dim has 5 extents; launches have 1 to 4"),
        (-1, lambda x, y: [x, y, 1.0], r"extent -1 of dim \(-1,\) is outside"),
        ("4", lambda x, y: [x, y, 1.0], "dim must be an int or a tuple"),
    ],
)
def test_argument_errors(k_saxpy, dim, inputs, message):
    x = np.zeros(4, np.float32)
    y = np.zeros(4, np.float32)
    with pytest.raises(wm.ArgumentError, match=message):
        wm.launch(k_saxpy, dim=dim, inputs=inputs(x, y))
    # ArgumentError is both a TypeError and a ValueError.
    with pytest.raises(TypeError):
        wm.launch(k_saxpy, dim=dim, inputs=inputs(x, y))


@pytest.mark.parametrize(
    "index, value, message",
    [
        (1, 300, r"argument 1 \('i8': wp.int8\): 300 is outside the range of int8 \[-128, 127\]"),
        (2, -1, r"-1 is outside the range of uint16"),
        (3, 1.5, r"argument 3 \('i64': wp.int64\): expected an integer, got float 1.5"),
        (0, 2, r"argument 0 \('b': wp.bool\): expected a bool, got int 2"),
        (
            6,
            np.zeros(4, np.int32),
            r"expected a numpy array of int64 with shape \(n,\), got a int32 array",
        ),
    ],
)
def test_scalar_errors(k_scalars, index, value, message):
    args = [True, 1, 1, 1, 1.0, 1.0, np.zeros(4, np.int64), np.zeros(2, np.float64)]
    args[index] = value
    with pytest.raises(wm.ArgumentError, match=message):
        wm.launch(k_scalars, dim=1, inputs=args)


def test_vector_argument_errors():
    kernel = wm.Kernel.from_ir(VEC_IR)
    m = np.zeros((2, 3, 3), np.float32)
    p = np.zeros((2, 3), np.float32)
    with pytest.raises(
        wm.ArgumentError, match=r"'offset': wp.vec3f\): expected shape \(3,\), got list"
    ):
        wm.launch(kernel, dim=2, inputs=[m, p, [1.0, 2.0]])
    with pytest.raises(
        wm.ArgumentError,
        match=r"'p': wp.array\(dtype=wp.vec3f\)\): expected .* shape \(n, 3\), got shape \(2, 4\)",
    ):
        wm.launch(kernel, dim=2, inputs=[m, np.zeros((2, 4), np.float32), [1, 2, 3]])
    with pytest.raises(
        wm.ArgumentError, match=r"'m': wp.array\(dtype=wp.mat33f\)\): expected .* shape \(n, 3, 3\)"
    ):
        wm.launch(kernel, dim=2, inputs=[np.zeros((2, 9), np.float32), p, [1, 2, 3]])


def test_struct_argument_errors():
    kernel = wm.Kernel.from_ir(STRUCT_IR, "step")
    ps = particles(2)
    out = np.zeros(2, np.float64)
    with pytest.raises(
        wm.ArgumentError, match=r"'scene': Scene\): expected a Scene, got a Particle"
    ):
        wm.launch(kernel, dim=2, inputs=[Ours.Particle(), ps, out])
    with pytest.raises(wm.ArgumentError, match="Scene has no field"):
        wm.launch(kernel, dim=2, inputs=[{"gravity": [0, 0, 0], "mass": 1}, ps, out])
    with pytest.raises(wm.ArgumentError, match=r"field 'count'.*expected an integer"):
        wm.launch(kernel, dim=2, inputs=[{"count": 0.5}, ps, out])
    with pytest.raises(wm.ArgumentError, match=r"'ps'.*structured dtype laying out Particle"):
        wm.launch(kernel, dim=2, inputs=[Ours.Scene(), np.zeros(2, np.float64), out])


def test_launch_needs_a_kernel_and_a_device():
    with pytest.raises(wm.ArgumentError, match="needs a kernel made by @wm.kernel"):
        wm.launch(saxpy, dim=1, inputs=[])
    kernel = wm.Kernel.from_ir(SAXPY_IR)
    with pytest.raises(wm.ArgumentError, match="device must be 'cpu' or 'cuda', not 'tpu'"):
        wm.launch(kernel, dim=1, inputs=[], device="tpu")


def test_bad_ir_is_a_located_compile_error():
    bad = SAXPY_IR.replace("%r = warp.add %ax, %yi : f32", "%r = warp.add %ax, %i : f32")
    with pytest.raises(wm.CompileError) as raised:
        wm.Kernel.from_ir(bad, filename="bad.mlir")
    assert str(raised.value).startswith("bad.mlir:9:")
    assert raised.value.diagnostics[0].line == 9


def test_cuda_without_a_driver_raises_a_clear_error(k_saxpy):
    x = np.zeros(4, np.float32)
    with pytest.raises(
        wm.DeviceError, match="no CUDA driver found .* needs an NVIDIA GPU and its driver"
    ):
        wm.launch(k_saxpy, dim=4, inputs=[x, x.copy(), 1.0], device="cuda")


def test_launch_bounds_layout_and_limits():
    from warp_mlir.arguments import launch_bounds

    bounds, size = launch_bounds("k", (3, 4, 5), 3)
    assert size == 60
    assert struct.unpack("<4iixxxxq", bounds) == (3, 4, 5, 1, 3, 60)
    with pytest.raises(wm.ArgumentError, match=r"has over 2\*\*63 - 1 indices"):
        launch_bounds("k", (2**31 - 1,) * 3, None)


HOLDER_IR = """
!H = !warp.struct<Holder {scale: f32, data: !warp.array<f32, 1>, offset: f64}>
warp.kernel @scale_held(%h: !H {warp.name = "h"}) dims(1) {
  %i = warp.tid
  %data = warp.getfield %h["data"] : !H
  %scale = warp.getfield %h["scale"] : !H
  %offset = warp.getfield %h["offset"] : !H
  %off32 = warp.cast %offset : f64 to f32
  %v = warp.load %data[%i] : !warp.array<f32, 1>, si32
  %m = warp.mul %v, %scale : f32
  %r = warp.add %m, %off32 : f32
  warp.store %r, %data[%i] : !warp.array<f32, 1>, si32
  warp.return
}
"""


@wp.struct
class Holder:
    scale: float
    data: wp.array(dtype=float)
    offset: wp.float64


@wp.kernel
def scale_held(h: Holder):
    i = wp.tid()
    h.data[i] = h.data[i] * h.scale + float(h.offset)


def test_a_struct_holding_an_array():
    base = np.linspace(-2, 2, 20, dtype=np.float32)
    reference = Holder()
    reference.scale = 3.0
    reference.data = warp_array(base[::2], wp.float32)
    reference.offset = 0.5
    wp.launch(scale_held, dim=10, inputs=[reference], device="cpu")
    data = base.copy()
    kernel = wm.Kernel.from_ir(HOLDER_IR)
    wm.launch(kernel, dim=10, inputs=[{"scale": 3.0, "data": data[::2], "offset": 0.5}])
    np.testing.assert_array_equal(data[::2], reference.data.numpy())
    np.testing.assert_array_equal(data[1::2], base[1::2])  # outside the view
    holders_ir = """
!H = !warp.struct<Holder {scale: f32, data: !warp.array<f32, 1>, offset: f64}>
warp.kernel @holders(%hs: !warp.array<!H, 1> {warp.name = "hs"}) dims(1) {
  warp.return
}
"""
    with pytest.raises(
        wm.ArgumentError, match="arrays of Holder cannot be passed: it holds arrays"
    ):
        wm.launch(wm.Kernel.from_ir(holders_ir), dim=1, inputs=[np.zeros(1)])
