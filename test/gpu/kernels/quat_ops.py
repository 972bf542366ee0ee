# Quaternions beyond quat_rotate: the Hamilton product, inverse, normalize
# (zero too), dot, length, lerp, + and -, quat * scalar, component reads
# (q[3] is w) and writes, identity, construction from scalars; quatd
# (f64) product, rotate and inverse.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def quat_ops(p: wp.array(dtype=wp.quat), q: wp.array(dtype=wp.quat),
             s: wp.array(dtype=wp.float32), k: wp.array(dtype=wp.int32),
             out: wp.array(dtype=wp.quat, ndim=2),
             outd: wp.array(dtype=wp.quatd, ndim=2),
             vd: wp.array(dtype=wp.vec3d),
             scalars: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    a = p[i]
    b = q[i]
    t = s[i]
    j = k[i]
    out[i, 0] = a * b
    out[i, 1] = b * a
    out[i, 2] = wp.quat_inverse(a) * b
    out[i, 3] = wp.normalize(a + b * t)
    out[i, 4] = wp.lerp(a, b, t)
    out[i, 5] = a * t - b
    c = wp.quat_identity(dtype=wp.float32)
    c[j % 4] = a[3]
    c[-1] = c[-1] + b[0]
    out[i, 6] = c
    out[i, 7] = wp.quat(a[3], -a[2], a[1], -a[0]) * wp.quat_identity(dtype=wp.float32)
    scalars[i, 0] = wp.dot(a, b)
    scalars[i, 1] = wp.length(a * b)
    scalars[i, 2] = wp.length_sq(b)
    ad = wp.quatd(wp.float64(a[0]), wp.float64(a[1]), wp.float64(a[2]), wp.float64(a[3]))
    bd = wp.quatd(wp.float64(b[0]), wp.float64(b[1]), wp.float64(b[2]), wp.float64(b[3]))
    outd[i, 0] = ad * bd
    outd[i, 1] = wp.quat_inverse(ad) * wp.float64(t)
    vd[i] = wp.quat_rotate(bd, wp.vec3d(wp.float64(1.0), wp.float64(t), wp.float64(-2.0)))


def make():
    rng = np.random.default_rng(30)
    n = 256
    p = rng.standard_normal((n, 4)).astype(np.float32)
    q = rng.standard_normal((n, 4)).astype(np.float32)
    s = rng.uniform(-1.0, 2.0, n).astype(np.float32)
    k = rng.integers(-8, 8, n, dtype=np.int32)
    p[:16] = rng.integers(-3, 4, (16, 4))
    q[:16] = rng.integers(-3, 4, (16, 4))
    p[0] = 0.0
    q[0] = 0.0  # normalize of zero
    return Case(dim=(n,), args=[
        Array(wp.quat, p), Array(wp.quat, q), Array(wp.float32, s),
        Array(wp.int32, k),
        Array(wp.quat, np.zeros((n, 8, 4), np.float32)),
        Array(wp.quatd, np.zeros((n, 2, 4), np.float64)),
        Array(wp.vec3d, np.zeros((n, 3), np.float64)),
        Array(wp.float32, np.zeros((n, 3), np.float32)),
    ])
