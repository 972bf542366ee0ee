"""Hand-written kernels run by warp-lang and, compiled by the frontend, by
warp-run; test_frontend_differential.py compares their outputs.

Each entry of CASES names a kernel of this module, its launch dims and a
function making its inputs (numpy arrays and 0-d scalars, in parameter
order)."""

import numpy as np

import warp as wp

OFFSET = wp.constant(3)
SCALE = wp.constant(wp.float64(0.25))
mat32 = wp.types.matrix(shape=(3, 2), dtype=wp.float32)


@wp.struct
class Body:
    pos: wp.vec3
    mass: float


@wp.func
def clamp_index(i: int, n: int) -> int:
    if i < 0:
        return 0
    elif i >= n:
        return n - 1
    return i


@wp.func
def divmod_floor(a: int, b: int):
    return a // b, a % b


@wp.func
def weight(x: float) -> float:
    return x * 0.5


@wp.func
def weight(x: wp.float64) -> wp.float64:
    return x * SCALE


@wp.func
def make_body(p: wp.vec3, m: float) -> Body:
    b = Body()
    b.pos = p
    b.mass = m
    return b


@wp.kernel
def saxpy(x: wp.array(dtype=float), y: wp.array(dtype=float), a: float):
    i = wp.tid()
    y[i] = a * x[i] + y[i]


@wp.kernel
def integer_ops(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array2d(dtype=int)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    q, r = divmod_floor(x, y)
    out[i, 0] = q
    out[i, 1] = r
    out[i, 2] = x / y
    out[i, 3] = (x << 3) ^ (y >> 1)
    out[i, 4] = (x & 0xFF) | ~y
    out[i, 5] = -x * 2147483 + OFFSET
    out[i, 6] = wp.abs(x) + wp.min(x, y) - wp.max(x, y) + wp.sign(y)
    out[i, 7] = clamp_index(x, 10)


@wp.kernel
def control_flow(a: wp.array(dtype=float), out: wp.array(dtype=float), counts: wp.array(dtype=int)):
    i = wp.tid()
    x = a[i]
    if x < -0.5:
        out[i] = -1.0
        return
    elif x < 0.0:
        y = x * 2.0
    elif x < 0.5:
        y = x + 10.0
    else:
        y = 0.0
    n = int(0)
    while y < 20.0:
        y = y + 3.0
        n += 1
        if n > 4:
            break
    total = 0.0
    for k in range(10, 0, -3):
        if k == 4:
            continue
        total += float(k) * x
    for k in range(2, 7):
        total = total - float(k)
    out[i] = y + total
    counts[i] = n


@wp.kernel
def vectors(
    v: wp.array(dtype=wp.vec3),
    w: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
    s: wp.array(dtype=float),
):
    i = wp.tid()
    a = v[i]
    b = w[i]
    c = wp.cross(a, b) + 2.0 * a - b / 4.0
    c[1] = wp.dot(a, b)
    c.z = c.z + wp.length(a)
    d = wp.normalize(b) * wp.length_sq(a)
    out[i] = c + d + wp.cw_mul(a, b) + wp.vec3(1.0, 2, 3.0)
    s[i] = wp.max(c) + wp.min(d) + a.x + b[2]


@wp.kernel
def matrices(
    m: wp.array(dtype=wp.mat33),
    v: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
    dets: wp.array(dtype=float),
):
    i = wp.tid()
    a = m[i] + wp.identity(n=3, dtype=float) * 4.0
    b = wp.transpose(a) @ a
    inv = wp.inverse(a)
    p = a * v[i]
    q = v[i] * b
    r = inv * p
    a[0, 1] = 7.0
    a[2] = q
    out[i] = p + q + r + wp.outer(v[i], v[i]) * v[i] + a[1]
    rows = mat32(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    w2 = wp.vec2(0.5, -1.0)
    x = rows * w2
    dets[i] = wp.determinant(a) + wp.trace(b) + x[2] + a[0][1]


@wp.kernel
def rotations(
    axis: wp.array(dtype=wp.vec3),
    angle: wp.array(dtype=float),
    pts: wp.array(dtype=wp.vec3),
    out: wp.array(dtype=wp.vec3),
):
    i = wp.tid()
    q = wp.quat_from_axis_angle(wp.normalize(axis[i]), angle[i])
    t = wp.transform(wp.vec3(1.0, 2.0, 3.0), q)
    p = wp.transform_point(t, pts[i])
    d = wp.transform_vector(t, pts[i])
    r = wp.quat_rotate(wp.quat_inverse(q), p) + d
    t2 = t * t
    out[i] = r + wp.transform_get_translation(t2) + t.p * q[3] + wp.vec3(q.x, q.y, q.z)


@wp.kernel
def histogram(
    values: wp.array(dtype=int),
    bins: wp.array(dtype=int),
    maxima: wp.array(dtype=int),
    old: wp.array(dtype=int),
):
    i = wp.tid()
    v = values[i]
    b = v % 8
    if b < 0:
        b = b + 8
    bins[b] += 1
    wp.atomic_max(maxima, b, v)
    old[i] = wp.atomic_add(bins, 8, 2) * 0 + wp.atomic_sub(maxima, 8, 1) * 0
    wp.atomic_min(maxima, 9, v)


@wp.kernel
def literals_and_casts(
    x: wp.array(dtype=float),
    f: wp.array(dtype=float),
    d: wp.array(dtype=wp.float64),
    u: wp.array(dtype=wp.uint8),
    n: wp.array(dtype=wp.int64),
):
    i = wp.tid()
    v = x[i] * 1000.0
    f[i] = v + 0.1
    d[i] = wp.float64(v) * wp.float64(0.1) + weight(wp.float64(v)) + SCALE
    u[i] = wp.uint8(int(v)) + wp.uint8(250)
    n[i] = wp.int64(int(v)) * wp.int64(3000000000) + wp.int64(-7) // wp.int64(2)
    h = wp.float16(v)
    f[i] = f[i] + float(h) + weight(v) + float(wp.int8(300)) + float(bool(i))


@wp.kernel
def structs_and_funcs(
    p: wp.array(dtype=wp.vec3), m: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)
):
    i = wp.tid()
    body = make_body(p[i], m[i])
    body.mass = body.mass + 1.0
    other = Body(body.pos * 2.0, 3.0)
    heavier = body if body.mass > other.mass else other
    out[i] = heavier.pos * heavier.mass + Body().pos


@wp.kernel
def grid(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), sums: wp.array(dtype=float)):
    i, j = wp.tid()
    row = a[i]
    left = row[wp.max(j - 1, 0)]
    right = row[wp.min(j + 1, a.shape[1] - 1)]
    out[i, j] = left + right - 2.0 * a[i, j] + float(len(row))
    if j == 0:
        acc = float(0.0)
        for k in range(a.shape[1]):
            acc += row[k]
        sums[i] = acc


@wp.kernel
def math_builtins(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):
    i = wp.tid()
    v = x[i]
    out[i, 0] = wp.sin(v) + wp.cos(v) * wp.tan(v * 0.5)
    out[i, 1] = wp.exp(v * 0.5) + wp.log(wp.abs(v) + 1.0) + wp.sqrt(wp.abs(v))
    out[i, 2] = wp.pow(wp.abs(v) + 0.5, 1.5) + (wp.abs(v) + 1.0) ** 0.5
    out[i, 3] = wp.atan2(v, 0.5) + wp.asin(v * 0.5) + wp.acos(v * 0.25) + wp.atan(v)
    out[i, 4] = wp.clamp(v, -0.25, 0.25) + wp.lerp(v, 2.0, 0.25) + wp.smoothstep(-1.0, 1.0, v)
    out[i, 5] = wp.floor(v * 3.0) + wp.ceil(v * 3.0) + wp.trunc(v * 3.0) + wp.frac(v * 3.0)
    out[i, 6] = wp.round(v * 4.0) + wp.rint(v * 4.0) + wp.sign(v) + wp.step(v) + wp.nonzero(v)
    out[i, 7] = (
        wp.sinh(v) + wp.cosh(v) + wp.tanh(v) + wp.log2(v + 2.0) + wp.log10(v + 2.0) + wp.cbrt(v)
    )
    out[i, 8] = wp.degrees(v) + wp.radians(v) + wp.copysign(2.0, v) + wp.erf(v) + wp.erfc(v)
    out[i, 9] = v % 0.3 + v // 0.3 + float(-7 % 3) + float(-7 // 2)


@wp.kernel
def logic(a: wp.array(dtype=int), b: wp.array(dtype=float), out: wp.array2d(dtype=int)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i, 0] = int(x > 0 and y > 0.0)
    out[i, 1] = int(x > 5 or y < -0.5 or x == -3)
    out[i, 2] = int(not x)
    out[i, 3] = int(-5 < x <= 5 < 100)
    out[i, 4] = wp.where(x > 2, 10, 20) + (1 if y > 0.0 else -1)
    out[i, 5] = int(x != 0 and 100 // (x * x + 1) > 3)
    out[i, 6] = int(bool(x) and bool(y))


@wp.func
def first_above(values: wp.array(dtype=int), limit: int) -> int:
    for k in range(values.shape[0]):
        if values[k] > limit:
            return k
    return -1


@wp.kernel
def locals_and_loops(values: wp.array(dtype=int), out: wp.array2d(dtype=int), limit: int):
    i = wp.tid()
    limit = limit + i
    for j in range(4):
        out[i, j] = j * limit
    out[i, 4] = j
    prev = int(0)
    total = int(0)
    for j in range(values.shape[0]):
        cur = values[j]
        total += cur - prev
        prev = cur
        k = int(0)
        while True:
            k += 1
            if k >= 3:
                break
        total += k
    out[i, 5] = total
    out[i, 6] = first_above(values, limit)
    v = wp.vec3i(1, 2, 3)
    v[i % 3] = limit
    out[i, 7] = v[0] + v[1] * 10 + v[2] * 100


@wp.kernel
def component_atomics(
    x: wp.array(dtype=float),
    acc: wp.array(dtype=wp.vec3),
    m: wp.array(dtype=wp.mat22),
    bits: wp.array(dtype=wp.vec2i),
):
    i = wp.tid()
    acc[i % 4][i % 3] += x[i]
    acc[0].z -= 1.0
    m[i % 2][1, i % 2] += x[i] * 2.0
    m[0][0] += wp.vec2(1.0, 0.5)
    bits[i % 2][0] |= 1 << (i % 8)
    bits[i % 2][1] ^= i


def _rng(seed):
    return np.random.default_rng(seed)


def _floats(seed, *shape, low=-1.0, high=1.0):
    return _rng(seed).uniform(low, high, size=shape).astype(np.float32)


def _ints(seed, *shape, low=-100, high=100):
    return _rng(seed).integers(low, high, size=shape).astype(np.int32)


N = 16

CASES = {
    "saxpy": (N, lambda: [_floats(1, N), _floats(2, N), np.float32(1.75)]),
    "integer_ops": (
        N,
        lambda: [
            _ints(3, N),
            np.where(_ints(4, N) == 0, 7, _ints(4, N)).astype(np.int32),
            np.zeros((N, 8), np.int32),
        ],
    ),
    "control_flow": (N, lambda: [_floats(5, N), np.zeros(N, np.float32), np.zeros(N, np.int32)]),
    "vectors": (
        N,
        lambda: [
            _floats(6, N, 3),
            _floats(7, N, 3),
            np.zeros((N, 3), np.float32),
            np.zeros(N, np.float32),
        ],
    ),
    "matrices": (
        N,
        lambda: [
            _floats(8, N, 3, 3),
            _floats(9, N, 3),
            np.zeros((N, 3), np.float32),
            np.zeros(N, np.float32),
        ],
    ),
    "rotations": (
        N,
        lambda: [
            _floats(10, N, 3) + 0.1,
            _floats(11, N, low=-3, high=3),
            _floats(12, N, 3),
            np.zeros((N, 3), np.float32),
        ],
    ),
    "histogram": (
        64,
        lambda: [
            _ints(13, 64, low=-1000, high=1000),
            np.zeros(9, np.int32),
            np.full(10, -5000, np.int32),
            np.zeros(64, np.int32),
        ],
    ),
    "literals_and_casts": (
        N,
        lambda: [
            _floats(14, N),
            np.zeros(N, np.float32),
            np.zeros(N, np.float64),
            np.zeros(N, np.uint8),
            np.zeros(N, np.int64),
        ],
    ),
    "structs_and_funcs": (
        N,
        lambda: [
            _floats(15, N, 3),
            _floats(16, N, low=0.0, high=5.0),
            np.zeros((N, 3), np.float32),
        ],
    ),
    "grid": (
        (4, 8),
        lambda: [_floats(17, 4, 8), np.zeros((4, 8), np.float32), np.zeros(4, np.float32)],
    ),
    "math_builtins": (N, lambda: [_floats(18, N), np.zeros((N, 10), np.float32)]),
    "logic": (
        N,
        lambda: [_ints(19, N, low=-8, high=9), _floats(20, N), np.zeros((N, 7), np.int32)],
    ),
    "component_atomics": (
        N,
        lambda: [
            _floats(22, N),
            np.full((4, 3), -0.0, np.float32),
            np.zeros((2, 2, 2), np.float32),
            np.zeros((2, 2), np.int32),
        ],
    ),
    "locals_and_loops": (
        N,
        lambda: [_ints(21, 12, low=-20, high=40), np.zeros((N, 8), np.int32), np.int32(5)],
    ),
}
