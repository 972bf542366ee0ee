# mat33: matrix * vector, vector * matrix, transpose, determinant, matrix
# product, trace, element access and matrix-valued arrays.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def mat33_ops(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec3),
              mats: wp.array(dtype=wp.mat33, ndim=2),
              vecs: wp.array(dtype=wp.vec3, ndim=2),
              scalars: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    a = m[i]
    x = v[i]
    vecs[i, 0] = a * x
    vecs[i, 1] = x * a
    mats[i, 0] = wp.transpose(a)
    mats[i, 1] = a * wp.transpose(a)
    mats[i, 2] = a * 2.0 - wp.identity(n=3, dtype=wp.float32)
    scalars[i, 0] = wp.determinant(a)
    scalars[i, 1] = wp.trace(a)
    scalars[i, 2] = a[1, 2] - a[2, 1]


def make():
    rng = np.random.default_rng(12)
    n = 256
    m = rng.standard_normal((n, 3, 3)).astype(np.float32)
    v = rng.standard_normal((n, 3)).astype(np.float32)
    # Small integers: every product and sum is exact.
    m[:16] = rng.integers(-4, 5, (16, 3, 3)).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.mat33, m), Array(wp.vec3, v),
        Array(wp.mat33, np.zeros((n, 3, 3, 3), np.float32)),
        Array(wp.vec3, np.zeros((n, 2, 3), np.float32)),
        Array(wp.float32, np.zeros((n, 3), np.float32)),
    ])
