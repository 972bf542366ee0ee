# mat22 and mat44 (and mat33 where mat33_ops.py does not reach): products
# with matrices and vectors, transpose, determinant and inverse (Warp's
# formulas, the 4x4 ones partly in double; a singular matrix inverts to
# zero), outer, diag, skew, matrix_from_rows/cols, trace, cw_mul, matrix *
# scalar, element, row and negative-index reads and writes, mat44
# transform_point / transform_vector.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def mat_ops(m2: wp.array(dtype=wp.mat22), m4: wp.array(dtype=wp.mat44),
            v: wp.array(dtype=wp.vec4), k: wp.array(dtype=wp.int32),
            o2: wp.array(dtype=wp.mat22, ndim=2),
            o4: wp.array(dtype=wp.mat44, ndim=2),
            o3: wp.array(dtype=wp.mat33, ndim=2),
            vecs: wp.array(dtype=wp.vec4, ndim=2),
            scalars: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    a = m2[i]
    b = m4[i]
    x = v[i]
    j = k[i]
    x2 = wp.vec2(x[0], x[1])
    x3 = wp.vec3(x[0], x[1], x[2])
    o2[i, 0] = a * wp.transpose(a) + a
    o2[i, 1] = wp.inverse(a)
    o2[i, 2] = wp.outer(x2, wp.vec2(x[3], x[2]))
    o2[i, 3] = wp.mat22(x[0], x[1], x[2], x[3]) * 0.5 - wp.diag(x2)
    c = a
    c[0, 1] = x[3]
    c[j % 2] = wp.vec2(x[2], -x[0])
    c[-1, -1] = c[-1, -1] + 1.0
    o2[i, 4] = c
    o4[i, 0] = b * wp.transpose(b)
    o4[i, 1] = wp.inverse(b)
    o4[i, 2] = wp.outer(x, b[j % 4])
    o4[i, 3] = wp.cw_mul(b, wp.identity(n=4, dtype=wp.float32) + b)
    e = b
    e[j % 4, -1 - j % 4] = 7.0
    e[2] = x
    o4[i, 4] = e
    o3[i, 0] = wp.skew(x3)
    o3[i, 1] = wp.matrix_from_rows(x3, wp.vec3(x[3], x[2], x[1]), x3 * 2.0)
    o3[i, 2] = wp.matrix_from_cols(x3, wp.vec3(x[3], x[2], x[1]), x3 * 2.0)
    o3[i, 3] = wp.inverse(wp.matrix_from_rows(x3, wp.vec3(x[3], x[0], x[1]), wp.vec3(1.0, x[1], x[3])))
    vecs[i, 0] = b * x
    vecs[i, 1] = x * b
    vecs[i, 2] = b[1] + b[-1]
    p = wp.transform_point(b, x3)
    q = wp.transform_vector(b, x3)
    vecs[i, 3] = wp.vec4(p[0], p[1], q[0], q[2])
    y = a * x2
    vecs[i, 4] = wp.vec4(y[0], y[1], (x2 * a)[0], a[1][0])
    scalars[i, 0] = wp.determinant(a)
    scalars[i, 1] = wp.determinant(b)
    scalars[i, 2] = wp.trace(b)
    scalars[i, 3] = b[j % 4, 2] - a[1, 0]


def make():
    rng = np.random.default_rng(29)
    n = 256
    m2 = rng.standard_normal((n, 2, 2)).astype(np.float32)
    m4 = rng.standard_normal((n, 4, 4)).astype(np.float32)
    v = rng.standard_normal((n, 4)).astype(np.float32)
    k = rng.integers(-8, 8, n, dtype=np.int32)
    # Small integers (exact products), and singular matrices.
    m2[:16] = rng.integers(-4, 5, (16, 2, 2))
    m4[:16] = rng.integers(-3, 4, (16, 4, 4))
    v[:16] = rng.integers(-3, 4, (16, 4))
    m2[0] = [[1.0, 2.0], [2.0, 4.0]]
    m4[0] = [[1, 2, 3, 4], [2, 4, 6, 8], [0, 1, 0, 1], [5, 6, 7, 8]]
    m4[1] = np.eye(4)
    return Case(dim=(n,), args=[
        Array(wp.mat22, m2), Array(wp.mat44, m4), Array(wp.vec4, v),
        Array(wp.int32, k),
        Array(wp.mat22, np.zeros((n, 5, 2, 2), np.float32)),
        Array(wp.mat44, np.zeros((n, 5, 4, 4), np.float32)),
        Array(wp.mat33, np.zeros((n, 4, 3, 3), np.float32)),
        Array(wp.vec4, np.zeros((n, 5, 4), np.float32)),
        Array(wp.float32, np.zeros((n, 4), np.float32)),
    ])
