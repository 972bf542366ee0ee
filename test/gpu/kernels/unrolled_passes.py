# A small straight-line kernel, whose GPU entry runs five rows per thread
# (docs/abi.md, "GPU launch"): a 5-point stencil out of place and a
# read-modify-write in place over 129 rows, so that the last group of rows
# is ragged and runs one row at a time; launched on more blocks than the
# 26 * 255 threads it needs (the others must do nothing).
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def unrolled_passes(src: wp.array(dtype=wp.float32, ndim=2),
                    dst: wp.array(dtype=wp.float32, ndim=2),
                    acc: wp.array(dtype=wp.float32, ndim=2)):
    i, j = wp.tid()
    c = src[i + 1, j + 1]
    n = src[i, j + 1]
    s = src[i + 2, j + 1]
    w = src[i + 1, j]
    e = src[i + 1, j + 2]
    dst[i + 1, j + 1] = c * 0.5 + ((n + s) + (w + e)) * 0.125
    acc[i, j] = acc[i, j] * 0.5 + c


def make():
    rng = np.random.default_rng(31)
    h, w = 131, 257
    return Case(dim=(h - 2, w - 2), block=128, grid=80, args=[
        Array(wp.float32, rng.uniform(-1, 1, (h, w)).astype(np.float32)),
        Array(wp.float32, np.zeros((h, w), np.float32)),
        Array(wp.float32, rng.uniform(-1, 1, (h - 2, w - 2)).astype(np.float32)),
    ])
