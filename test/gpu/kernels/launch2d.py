# A 2-d launch over a non-square grid: tid unravels row-major (j fastest);
# launched with more blocks than it needs (11 of 64 threads for 703
# indices), so the threads past the last index must do nothing.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def launch2d(src: wp.array(dtype=wp.float32, ndim=2),
             dst: wp.array(dtype=wp.float32, ndim=2),
             ids: wp.array(dtype=wp.int32, ndim=3)):
    i, j = wp.tid()
    dst[i, j] = src[i, j] * 2.0 + float(i * 100 + j)
    ids[i, j, 0] = i
    ids[i, j, 1] = j


def make():
    rng = np.random.default_rng(9)
    h, w = 37, 19
    return Case(dim=(h, w), block=64, grid=16, args=[
        Array(wp.float32, rng.uniform(-1, 1, (h, w)).astype(np.float32)),
        Array(wp.float32, np.zeros((h, w), np.float32)),
        Array(wp.int32, np.full((h, w, 2), -1, np.int32)),
    ])
