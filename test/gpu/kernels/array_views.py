# Array views: a[i] of a 3-d array is a 2-d view and a[i, j] a 1-d one,
# sharing memory; shapes of views; loads and stores through views, with
# negative view indices.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def array_views(a: wp.array(dtype=wp.float32, ndim=3),
                sums: wp.array(dtype=wp.float32, ndim=2),
                shapes: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    plane = a[i]
    last_row = plane[-1]
    s = float(0.0)
    for j in range(plane.shape[0]):
        row = plane[j]
        for k in range(row.shape[0]):
            s = s + row[k] * float(k + 1)
    sums[i, 0] = s
    sums[i, 1] = last_row[0] - last_row[-1]
    row = a[i, 1]
    row[2] = row[2] * 10.0 + float(i)
    shapes[i, 0] = plane.shape[0]
    shapes[i, 1] = plane.shape[1]
    shapes[i, 2] = last_row.shape[0]


def make():
    rng = np.random.default_rng(16)
    d = (24, 5, 7)
    # Small dyadic values: the sums are exact.
    a = (rng.integers(-64, 64, d) / 4.0).astype(np.float32)
    return Case(dim=(d[0],), args=[
        Array(wp.float32, a),
        Array(wp.float32, np.zeros((d[0], 2), np.float32)),
        Array(wp.int32, np.zeros((d[0], 3), np.int32)),
    ])
