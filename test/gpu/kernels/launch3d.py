# A 3-d launch: (i, j, k) unravel row-major; writes a linear index too.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def launch3d(src: wp.array(dtype=wp.int32, ndim=3),
             dst: wp.array(dtype=wp.int32, ndim=3),
             order: wp.array(dtype=wp.int32)):
    i, j, k = wp.tid()
    dst[i, j, k] = src[i, j, k] + i * 10000 + j * 100 + k
    order[(i * dst.shape[1] + j) * dst.shape[2] + k] = i - j * k


def make():
    rng = np.random.default_rng(10)
    d = (5, 7, 11)
    return Case(dim=d, block=32, args=[
        Array(wp.int32, rng.integers(-1000, 1000, d, dtype=np.int32)),
        Array(wp.int32, np.zeros(d, np.int32)),
        Array(wp.int32, np.full(5 * 7 * 11, 12345, np.int32)),
    ])
