# return before the end of a kernel: at the top, from inside a loop, and in
# an else branch; threads that return early leave their output untouched.
import numpy as np
import warp as wp

from suite import Array, Case, Scalar


@wp.kernel
def early_return(data: wp.array(dtype=wp.float32, ndim=2),
                 threshold: wp.array(dtype=wp.float32),
                 found: wp.array(dtype=wp.int32), marker: wp.float32):
    i = wp.tid()
    t = threshold[i]
    if t < 0.0:
        return
    for j in range(data.shape[1]):
        if data[i, j] > t:
            found[i] = j
            return
    if t > 50.0:
        found[i] = -1
    else:
        data[i, 0] = marker
        return
    found[i] = found[i] - 100


def make():
    rng = np.random.default_rng(8)
    n, m = 128, 16
    data = rng.uniform(0.0, 100.0, (n, m)).astype(np.float32)
    t = rng.uniform(-20.0, 110.0, n).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.float32, data), Array(wp.float32, t),
        Array(wp.int32, np.full(n, 7, np.int32)),
        Scalar(wp.float32, -3.25),
    ])

