# vec3 arithmetic and the geometric builtins: dot, cross, length, length_sq,
# normalize, vec * scalar, vec / scalar, cw_mul. The CPU reference does not
# contract into FMAs and neither does our PTX (mul.rn / add.rn), so with the
# same evaluation order every result is exactly rounded the same way.
import numpy as np
import warp as wp

from suite import Array, Case, Scalar


@wp.kernel
def vec3_ops(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3),
             s: wp.float32, vecs: wp.array(dtype=wp.vec3, ndim=2),
             scalars: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    u = a[i]
    v = b[i]
    vecs[i, 0] = wp.cross(u, v)
    vecs[i, 1] = wp.normalize(u)
    vecs[i, 2] = u * s + v / s
    vecs[i, 3] = wp.cw_mul(u, v) - u
    vecs[i, 4] = -v
    scalars[i, 0] = wp.dot(u, v)
    scalars[i, 1] = wp.length(u)
    scalars[i, 2] = wp.length_sq(v)
    scalars[i, 3] = u[1] + v[2]


def make():
    rng = np.random.default_rng(11)
    n = 256
    a = rng.standard_normal((n, 3)).astype(np.float32)
    b = (rng.standard_normal((n, 3)) * 4.0).astype(np.float32)
    a[0] = [0.0, 0.0, 0.0]  # normalize of zero is zero
    a[1] = [3.0, 4.0, 12.0]
    return Case(dim=(n,), args=[
        Array(wp.vec3, a), Array(wp.vec3, b), Scalar(wp.float32, 1.75),
        Array(wp.vec3, np.zeros((n, 5, 3), np.float32)),
        Array(wp.float32, np.zeros((n, 4), np.float32)),
    ])
