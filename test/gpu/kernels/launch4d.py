# A 4-d launch over 3x4x5x6 on more blocks than it needs (6 of 64 threads
# for 360 indices; the others must do nothing): wp.tid()
# unravels row-major into four indices; 4-d arrays, the shape of every
# dimension, negative indices in all four, views of a 4-d array by one, two
# and three leading indices and stores through them.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def launch4d(src: wp.array(dtype=wp.float32, ndim=4),
             dst: wp.array(dtype=wp.float32, ndim=4),
             ids: wp.array(dtype=wp.int32, ndim=4),
             flat: wp.array(dtype=wp.int32),
             marks: wp.array(dtype=wp.float32, ndim=4)):
    i, j, k, l = wp.tid()
    v = src[i, j, k, l]
    dst[i, j, k, l] = v * 2.0 + src[-1 - i, -1 - j, -1 - k, -1 - l]
    lin = ((i * ids.shape[1] + j) * ids.shape[2] + k) * ids.shape[3] + l
    ids[i, j, k, l] = lin
    cube = src[i]
    plane = src[i, j]
    row = src[i, j, k]
    flat[lin] = (cube.shape[0] * 1000 + plane.shape[0] * 100 + row.shape[0] * 10
                 + int(row[l] == v) + int(plane[k, l] == cube[j, k, l]) * 2)
    if l == 0:
        out_row = marks[i, j, -1 - k]
        out_row[-1] = float(i * 1000 + j * 100 + k)


def make():
    rng = np.random.default_rng(35)
    d = (3, 4, 5, 6)
    src = (rng.integers(-64, 64, d) / 4.0).astype(np.float32)
    return Case(dim=d, block=64, grid=9, args=[
        Array(wp.float32, src),
        Array(wp.float32, np.zeros(d, np.float32)),
        Array(wp.int32, np.full(d, -7, np.int32)),
        Array(wp.int32, np.zeros(int(np.prod(d)), np.int32)),
        Array(wp.float32, np.zeros(d, np.float32)),
    ])
