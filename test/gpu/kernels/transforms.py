# Rigid transforms: construction from p and q, transform * transform,
# transform_point and transform_vector, get_translation / get_rotation,
# identity, component reads (t[0..2] is p, t[3..6] is q) and writes, an
# inverse composed from quat_inverse and quat_rotate (wp.transform_inverse
# is not in the dialect); transformd (f64).
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def transforms(ta: wp.array(dtype=wp.transform), tb: wp.array(dtype=wp.transform),
               v: wp.array(dtype=wp.vec3), k: wp.array(dtype=wp.int32),
               tout: wp.array(dtype=wp.transform, ndim=2),
               vout: wp.array(dtype=wp.vec3, ndim=2),
               dout: wp.array(dtype=wp.transformd)):
    i = wp.tid()
    a = ta[i]
    b = tb[i]
    x = v[i]
    j = k[i]
    tout[i, 0] = a * b
    tout[i, 1] = b * a * wp.transform_identity(dtype=wp.float32)
    qi = wp.quat_inverse(wp.transform_get_rotation(a))
    inv = wp.transform(-wp.quat_rotate(qi, wp.transform_get_translation(a)), qi)
    tout[i, 2] = inv
    tout[i, 3] = a * inv
    c = b
    c[j % 7] = x[1]
    c[-1] = c[-1] * 2.0
    tout[i, 4] = c
    tout[i, 5] = wp.transform(x, wp.transform_get_rotation(b))
    vout[i, 0] = wp.transform_point(a, x)
    vout[i, 1] = wp.transform_vector(a, x)
    vout[i, 2] = wp.transform_point(a * b, x) - wp.transform_point(a, wp.transform_point(b, x))
    vout[i, 3] = wp.transform_point(inv, wp.transform_point(a, x))
    vout[i, 4] = wp.vec3(a[0] + a[3], a[6], b[j % 7])
    ad = wp.transformd(wp.vec3d(wp.float64(x[0]), wp.float64(x[1]), wp.float64(x[2])),
                       wp.quatd(wp.float64(a[3]), wp.float64(a[4]), wp.float64(a[5]), wp.float64(a[6])))
    bd = wp.transformd(wp.vec3d(wp.float64(b[0]), wp.float64(b[1]), wp.float64(b[2])),
                       wp.quatd(wp.float64(b[3]), wp.float64(b[4]), wp.float64(b[5]), wp.float64(b[6])))
    dout[i] = ad * bd


def unit_quats(rng, n):
    q = rng.standard_normal((n, 4))
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def make():
    rng = np.random.default_rng(31)
    n = 256
    ta = np.concatenate([rng.standard_normal((n, 3)) * 5.0, unit_quats(rng, n)], axis=1)
    tb = np.concatenate([rng.standard_normal((n, 3)) * 5.0, unit_quats(rng, n)], axis=1)
    v = rng.standard_normal((n, 3)).astype(np.float32)
    k = rng.integers(-14, 14, n, dtype=np.int32)
    ta[0] = [0, 0, 0, 0, 0, 0, 1]
    return Case(dim=(n,), args=[
        Array(wp.transform, ta.astype(np.float32)),
        Array(wp.transform, tb.astype(np.float32)),
        Array(wp.vec3, v), Array(wp.int32, k),
        Array(wp.transform, np.zeros((n, 6, 7), np.float32)),
        Array(wp.vec3, np.zeros((n, 5, 3), np.float32)),
        Array(wp.transformd, np.zeros((n, 7), np.float64)),
    ])
