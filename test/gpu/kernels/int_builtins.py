# Integer builtins: min, max, clamp, abs (si32; abs of MIN wraps to MIN),
# sign, step and nonzero on si32, si64, si8 and the unsigned types (abs is the
# identity and sign is 1 there; abs of si8/si16/si64 is in int_abs.py);
# integer vectors: elementwise min/max/abs, the min/max reductions, dot,
# length_sq, cross, cw_div; wp.where on an integer condition.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def int_builtins(a: wp.array(dtype=wp.int32), b: wp.array(dtype=wp.int32),
                 c: wp.array(dtype=wp.int32),
                 u: wp.array(dtype=wp.uint32), l: wp.array(dtype=wp.int64),
                 s8: wp.array(dtype=wp.int8), u8: wp.array(dtype=wp.uint8),
                 ints: wp.array(dtype=wp.int32, ndim=2),
                 uints: wp.array(dtype=wp.uint32, ndim=2),
                 longs: wp.array(dtype=wp.int64, ndim=2),
                 bytes: wp.array(dtype=wp.int32, ndim=2),
                 vecs: wp.array(dtype=wp.vec3i, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    z = c[i]
    ints[i, 0] = wp.min(x, y)
    ints[i, 1] = wp.max(x, y)
    ints[i, 2] = wp.clamp(x, y, z)
    ints[i, 3] = wp.abs(x)
    ints[i, 4] = wp.sign(x)
    ints[i, 5] = wp.step(x)
    ints[i, 6] = wp.nonzero(x)
    ints[i, 7] = wp.where(x % 3, y, z)
    p = u[i]
    q = wp.uint32(y)
    uints[i, 0] = wp.min(p, q)
    uints[i, 1] = wp.max(p, q)
    uints[i, 2] = wp.clamp(p, wp.uint32(1000), wp.uint32(3000000000))
    uints[i, 3] = wp.abs(p)
    uints[i, 4] = wp.sign(p)
    uints[i, 5] = wp.nonzero(p)
    g = l[i]
    h = wp.int64(y) * wp.int64(1000000007)
    longs[i, 0] = wp.min(g, h)
    longs[i, 1] = wp.max(g, h)
    longs[i, 2] = wp.clamp(g, wp.int64(-5000000000), wp.int64(5000000000))
    longs[i, 3] = wp.nonzero(g)
    longs[i, 4] = wp.sign(g)
    longs[i, 5] = wp.step(g)
    e = s8[i]
    f = u8[i]
    bytes[i, 0] = int(wp.step(e))
    bytes[i, 1] = int(wp.sign(e))
    bytes[i, 2] = int(wp.min(e, wp.int8(-100)))
    bytes[i, 3] = int(wp.max(f, wp.uint8(200)))
    bytes[i, 4] = int(wp.clamp(f, wp.uint8(10), wp.uint8(100)))
    v = wp.vec3i(x, y, z)
    w = wp.vec3i(z, x % 1000, y)
    vecs[i, 0] = wp.min(v, w)
    vecs[i, 1] = wp.max(v, w)
    vecs[i, 2] = wp.abs(v)
    sv = wp.vec3i(x % 1000, y % 1000, z % 1000)
    sw = wp.vec3i(z % 1000, x % 1000, y % 1000)
    vecs[i, 3] = wp.cross(sv, sw)
    vecs[i, 4] = wp.cw_div(v, wp.vec3i(7, -3, 5))
    vecs[i, 5] = wp.vec3i(wp.min(v), wp.max(w), wp.dot(sv, sw))
    sg = wp.sign(v)
    vecs[i, 6] = wp.vec3i(wp.length_sq(sw), sg[0] + sg[1], sg[2])


def make():
    rng = np.random.default_rng(24)
    n = 256
    a = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    b = rng.integers(-100000, 100000, n, dtype=np.int32)
    c = b + rng.integers(0, 200000, n, dtype=np.int32)
    a[64:128] = rng.integers(-300000, 300000, 64)
    a[:6] = [-2**31, 0, -1, 2**31 - 1, 5, -5]
    u = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)
    u[:3] = [0, 2**32 - 1, 2**31]
    l = rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
    l[64:128] = rng.integers(-10**10, 10**10, 64)
    l[:4] = [-2**63, 0, -1, 2**63 - 1]
    s8 = rng.integers(-128, 128, n).astype(np.int8)
    s8[:3] = [-128, 0, -1]
    u8 = rng.integers(0, 256, n).astype(np.uint8)
    return Case(dim=(n,), args=[
        Array(wp.int32, a), Array(wp.int32, b), Array(wp.int32, c),
        Array(wp.uint32, u), Array(wp.int64, l),
        Array(wp.int8, s8), Array(wp.uint8, u8),
        Array(wp.int32, np.zeros((n, 8), np.int32)),
        Array(wp.uint32, np.zeros((n, 6), np.uint32)),
        Array(wp.int64, np.zeros((n, 6), np.int64)),
        Array(wp.int32, np.zeros((n, 5), np.int32)),
        Array(wp.vec3i, np.zeros((n, 7, 3), np.int32)),
    ])
