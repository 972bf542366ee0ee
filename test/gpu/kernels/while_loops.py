# while loops: Collatz step counts in si64 with a cap (break), continue,
# and a float loop (Newton's square root) that ends on a condition.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def while_loops(seed: wp.array(dtype=wp.int64), x: wp.array(dtype=wp.float32),
                steps: wp.array(dtype=wp.int32, ndim=2),
                root: wp.array(dtype=wp.float32)):
    i = wp.tid()
    n = seed[i]
    count = int(0)
    odd = int(0)
    while n != wp.int64(1):
        count = count + 1
        if count > 500:
            break
        if n % wp.int64(2) == wp.int64(0):
            n = n // wp.int64(2)
            continue
        odd = odd + 1
        n = n * wp.int64(3) + wp.int64(1)
    steps[i, 0] = count
    steps[i, 1] = odd
    v = x[i]
    r = v
    it = int(0)
    while it < 30 and wp.abs(r * r - v) > 1.0e-4 * v:
        r = 0.5 * (r + v / r)
        it = it + 1
    steps[i, 2] = it
    root[i] = r


def make():
    rng = np.random.default_rng(7)
    n = 256
    seed = rng.integers(1, 100000, n, dtype=np.int64)
    seed[:3] = [1, 27, 97]
    x = rng.uniform(0.5, 1000.0, n).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.int64, seed), Array(wp.float32, x),
        Array(wp.int32, np.zeros((n, 3), np.int32)),
        Array(wp.float32, np.zeros(n, np.float32)),
    ])
