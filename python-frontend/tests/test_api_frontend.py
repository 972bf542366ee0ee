"""The decorator path: Python kernels given to @wm.kernel (compiled by the
frontend) launched with wm.launch, against the same functions given to
@wp.kernel and run by warp-lang 1.19.0 on the CPU, on the same inputs:
1-d to 4-d launches, wp.func calls, module constants, vector and matrix
arrays, strided views, and struct arguments (warp-lang's and @wm.struct
instances)."""

import numpy as np
import pytest
import warp as wp

import warp_mlir as wm

wp.config.quiet = True
wp.init()

SCALE = wp.constant(1.5)


@wp.func
def lerp3(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def saxpy(x: wp.array(dtype=wp.float32), y: wp.array(dtype=wp.float32), a: wp.float32):
    i = wp.tid()
    y[i] = lerp3(y[i], a * x[i], 0.25) * SCALE


def grid2d(a: wp.array2d(dtype=wp.float32), out: wp.array2d(dtype=wp.int32), n: int):
    i, j = wp.tid()
    v = a[i, j]
    if v > 0.0:
        out[i, j] = i * n + j
    else:
        out[i, j] = -(i * n + j) - int(v * 100.0)


def volume3d(vel: wp.array3d(dtype=wp.vec3), m: wp.mat33, out: wp.array3d(dtype=wp.float32)):
    i, j, k = wp.tid()
    v = m * vel[i, j, k]
    out[i, j, k] = wp.length(v) + float(i - j + k)


def grid4d(src: wp.array4d(dtype=wp.float64), dst: wp.array4d(dtype=wp.float64)):
    i, j, k, l = wp.tid()
    total = wp.float64(0.0)
    for q in range(l + 1):
        total += src[i, j, k, q]
    dst[i, j, k, l] = total


@wp.struct
class Body:
    pos: wp.vec3
    mass: float
    tag: wp.int16


def gravity(bodies: wp.array(dtype=Body), g: wp.vec3, dt: float, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    b = bodies[i]
    out[i] = b.pos + g * (dt * b.mass) + wp.vec3(float(b.tag), 0.0, 0.0)


def shift(b: Body, out: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    out[i] = b.pos * float(i) + wp.vec3(b.mass, float(b.tag), 0.0)


def warp_lang(kernel, dim, args):
    """warp-lang's outputs: `args` are (NumPy array, warp dtype) pairs or scalars."""
    inputs = [
        (
            wp.array(np.ascontiguousarray(a[0]), dtype=a[1], device="cpu")
            if isinstance(a, tuple)
            else a
        )
        for a in args
    ]
    wp.launch(kernel, dim=dim, inputs=inputs, device="cpu")
    return [i.numpy() for i in inputs if isinstance(i, wp.array)]


def ours(kernel, dim, args):
    arrays = [a[0] for a in args if isinstance(a, tuple)]
    wm.launch(kernel, dim=dim, inputs=[a[0] if isinstance(a, tuple) else a for a in args])
    return arrays


def compare(fn, dim, make_args):
    theirs = warp_lang(wp.kernel(fn), dim, make_args())
    mine = ours(wm.kernel(fn), dim, make_args())
    assert len(theirs) == len(mine)
    for t, m in zip(theirs, mine):
        np.testing.assert_array_equal(m, t)


rng = np.random.default_rng(1)


def test_1d_with_a_func_and_a_constant():
    x = rng.standard_normal(33).astype(np.float32)
    y = rng.standard_normal(33).astype(np.float32)
    compare(saxpy, 33, lambda: [(x.copy(), wp.float32), (y.copy(), wp.float32), 0.75])


def test_1d_on_strided_views():
    x = rng.standard_normal(64).astype(np.float32)
    y = rng.standard_normal(96).astype(np.float32)
    expected = warp_lang(wp.kernel(saxpy), 32, [(x[::2], wp.float32), (y[::-3], wp.float32), 2.0])
    y_view = y[::-3]
    before = y.copy()
    wm.launch(wm.kernel(saxpy), dim=32, inputs=[x[::2], y_view, 2.0])
    np.testing.assert_array_equal(y_view, expected[1])
    others = np.ones(96, bool)
    others[::-3] = False
    np.testing.assert_array_equal(y[others], before[others])


def test_2d():
    a = rng.standard_normal((7, 5)).astype(np.float32)
    compare(
        grid2d, (7, 5), lambda: [(a.copy(), wp.float32), (np.zeros((7, 5), np.int32), wp.int32), 5]
    )


def test_3d_vector_arrays_and_a_matrix_value():
    vel = rng.standard_normal((3, 4, 5, 3)).astype(np.float32)
    m = wp.mat33(0.5, 1.0, -1.0, 2.0, 0.25, 0.0, 1.0, -2.0, 3.0)
    compare(
        volume3d,
        (3, 4, 5),
        lambda: [(vel.copy(), wp.vec3), m, (np.zeros((3, 4, 5), np.float32), wp.float32)],
    )


def test_4d():
    src = rng.standard_normal((2, 3, 4, 5))
    compare(
        grid4d, (2, 3, 4, 5), lambda: [(src.copy(), wp.float64), (np.zeros_like(src), wp.float64)]
    )


def test_arrays_of_structs():
    n = 6
    data = np.zeros(n, dtype=np.dtype(Body.numpy_dtype()))
    data["pos"] = rng.standard_normal((n, 3))
    data["mass"] = rng.random(n)
    data["tag"] = np.arange(n) - 3
    args = lambda: [  # noqa: E731
        (data.copy(), Body),
        wp.vec3(0.0, -9.8, 0.0),
        0.125,
        (np.zeros((n, 3), np.float32), wp.vec3),
    ]
    theirs = warp_lang(wp.kernel(gravity), n, args())
    out = np.zeros((n, 3), np.float32)
    wm.launch(wm.kernel(gravity), dim=n, inputs=[data.copy(), [0.0, -9.8, 0.0], 0.125, out])
    np.testing.assert_array_equal(out, theirs[1])


@wm.struct
class MyBody:
    pos: wm.vec3
    mass: float
    tag: wm.int16


def test_struct_values_from_warp_lang_and_wm_struct():
    body = Body()
    body.pos = wp.vec3(1.0, 2.0, 3.0)
    body.mass = 0.5
    body.tag = -4
    expected = warp_lang(wp.kernel(shift), 4, [body, (np.zeros((4, 3), np.float32), wp.vec3)])[0]
    kernel = wm.kernel(shift)
    for value in (body, {"pos": (1.0, 2.0, 3.0), "mass": 0.5, "tag": -4}):
        out = np.zeros((4, 3), np.float32)
        wm.launch(kernel, dim=4, inputs=[value, out])
        np.testing.assert_array_equal(out, expected)


def test_the_kernel_ir_and_translations():
    kernel = wm.kernel(saxpy)
    assert "warp.kernel @saxpy" in kernel.ir and "warp.func @lerp3" in kernel.ir
    assert ".entry saxpy" in kernel.translate("ptx")
    assert "saxpy_cpu" in kernel.translate("cpp")


def test_a_frontend_error_is_located():
    from warp_mlir.frontend import FrontendError

    def bad(x: wp.array(dtype=wp.float32)):
        i = wp.tid()
        x[i] = undefined_name  # noqa: F821

    with pytest.raises(FrontendError) as raised:
        wm.launch(wm.kernel(bad), dim=1, inputs=[np.zeros(1, np.float32)])
    assert f"{__file__}:" in str(raised.value) and "error:" in str(raised.value)


def test_a_kernel_is_not_callable_from_python():
    with pytest.raises(TypeError, match="cannot be called from Python"):
        wm.kernel(saxpy)()


def test_a_warp_lang_kernel_object_is_accepted():
    warp_kernel = wp.kernel(grid2d)
    a = rng.standard_normal((3, 4)).astype(np.float32)
    expected = warp_lang(
        warp_kernel, (3, 4), [(a, wp.float32), (np.zeros((3, 4), np.int32), wp.int32), 4]
    )
    out = np.zeros((3, 4), np.int32)
    wm.launch(wm.kernel(warp_kernel), dim=(3, 4), inputs=[a, out, 4])
    np.testing.assert_array_equal(out, expected[1])
    with pytest.raises(TypeError, match="expected a Python function, got int"):
        wm.kernel(3)
