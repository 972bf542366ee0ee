# vec2, vec4 and vec3d: arithmetic, scalar * vector, vector / scalar, dot,
# length, length_sq, normalize, cw_mul, cw_div, the min/max reductions,
# elementwise min/max/abs, lerp; component reads and writes with constant,
# run-time and negative indices (v[k] = x makes a new vector); the fill
# constructor; vector == ; a vec3 -> vec3d cast; arrays of vec2 and vec4.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def vec_ops(a: wp.array(dtype=wp.vec4), b: wp.array(dtype=wp.vec4),
            p: wp.array(dtype=wp.vec2), k: wp.array(dtype=wp.int32),
            v4: wp.array(dtype=wp.vec4, ndim=2),
            v2: wp.array(dtype=wp.vec2, ndim=2),
            vd: wp.array(dtype=wp.vec3d, ndim=2),
            scalars: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    u = a[i]
    v = b[i]
    q = p[i]
    j = k[i]
    v4[i, 0] = u + v * 0.5
    v4[i, 1] = 2.0 * u - v / 3.0
    v4[i, 2] = wp.normalize(u)
    v4[i, 3] = wp.cw_div(u, v)
    v4[i, 4] = wp.min(u, v) + wp.max(u, v) * wp.abs(v)[1]
    v4[i, 5] = wp.lerp(u, v, 0.25)
    w = u
    w[1] = v[3]
    w[j % 4] = 100.0
    w[-1] = w[-1] + v[-2]
    v4[i, 6] = w
    v4[i, 7] = wp.vec4(q[0]) + wp.vec4(1.0, q[1], u[j % 4], -q[0])
    v2[i, 0] = q * q[1] - wp.cw_mul(q, wp.vec2(u[0], u[1]))
    v2[i, 1] = wp.normalize(q)
    r = q
    r[0] = wp.length(q)
    r[j % 2] = r[j % 2] * 3.0
    v2[i, 2] = r
    scalars[i, 0] = wp.dot(u, v)
    scalars[i, 1] = wp.length(u)
    scalars[i, 2] = wp.length_sq(v)
    scalars[i, 3] = wp.min(u) + wp.max(v)
    scalars[i, 4] = wp.dot(q, wp.vec2(v[2], v[0]))
    scalars[i, 5] = wp.length(q)
    scalars[i, 6] = float(u == w) + float(q == q) * 2.0
    x = wp.vec3(u[0], u[1], u[2])
    xd = wp.vec3d(x)
    yd = wp.vec3d(wp.float64(v[0]), wp.float64(v[1]), wp.float64(v[2]))
    vd[i, 0] = xd * wp.float64(0.1) + yd
    vd[i, 1] = wp.cross(xd, yd)
    vd[i, 2] = wp.normalize(xd)


def make():
    rng = np.random.default_rng(28)
    n = 256
    a = rng.standard_normal((n, 4)).astype(np.float32)
    b = (rng.standard_normal((n, 4)) * 3.0).astype(np.float32)
    p = rng.standard_normal((n, 2)).astype(np.float32)
    k = rng.integers(-8, 8, n, dtype=np.int32)
    a[0] = 0.0  # normalize of zero
    p[0] = 0.0
    a[1] = [1.0, 2.0, 2.0, 4.0]
    b[1] = a[1]
    return Case(dim=(n,), args=[
        Array(wp.vec4, a), Array(wp.vec4, b), Array(wp.vec2, p), Array(wp.int32, k),
        Array(wp.vec4, np.zeros((n, 8, 4), np.float32)),
        Array(wp.vec2, np.zeros((n, 3, 2), np.float32)),
        Array(wp.vec3d, np.zeros((n, 3, 3), np.float64)),
        Array(wp.float32, np.zeros((n, 7), np.float32)),
    ])
