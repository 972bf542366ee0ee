# Negative indices count from the end, as in Warp: a[-1], a[-(i + 1)],
# two negative indices of a 2-d array, stores and atomics through negative
# indices.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def neg_index(a: wp.array(dtype=wp.float32), m: wp.array(dtype=wp.int32, ndim=2),
              rev: wp.array(dtype=wp.float32), out: wp.array(dtype=wp.int32, ndim=2),
              tail: wp.array(dtype=wp.int32)):
    i = wp.tid()
    rev[-(i + 1)] = a[i] + a[-1]
    out[i, 0] = m[-1, -(i % 5) - 1]
    out[i, 1] = m[-(i % 4) - 1, i % 5]
    out[-(i + 1), 2] = i
    wp.atomic_add(tail, -1, 1)
    tail[-2 - i % 3] += i


def make():
    rng = np.random.default_rng(15)
    n = 64
    return Case(dim=(n,), args=[
        Array(wp.float32, rng.uniform(-10, 10, n).astype(np.float32)),
        Array(wp.int32, rng.integers(-100, 100, (4, 5), dtype=np.int32)),
        Array(wp.float32, np.zeros(n, np.float32)),
        Array(wp.int32, np.zeros((n, 3), np.int32)),
        Array(wp.int32, np.zeros(6, np.int32)),
    ])
