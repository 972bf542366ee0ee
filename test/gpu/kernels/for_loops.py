# range loops with run-time bounds and positive, negative and zero-trip
# steps; break and continue; a nested loop with a negative constant step.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def for_loops(start: wp.array(dtype=wp.int32), stop: wp.array(dtype=wp.int32),
              step: wp.array(dtype=wp.int32), out: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    total = int(0)
    count = int(0)
    last = int(-999)
    for j in range(start[i], stop[i], step[i]):
        if j == 7:
            break
        if j % 3 == 0:
            continue
        total = total + j * (count + 1)
        count = count + 1
        last = j
    nested = int(0)
    for p in range(4, -3, -2):
        for q in range(p):
            if q > 2:
                break
            nested = nested * 3 + p - q
    out[i, 0] = total
    out[i, 1] = count
    out[i, 2] = last
    out[i, 3] = nested


def make():
    rng = np.random.default_rng(6)
    n = 256
    start = rng.integers(-20, 20, n, dtype=np.int32)
    stop = rng.integers(-20, 20, n, dtype=np.int32)
    step = rng.choice(np.array([-5, -3, -2, -1, 1, 2, 3, 4], np.int32), n)
    start[:6] = [10, 10, 0, 0, 5, -10]
    stop[:6] = [0, -1, 10, 0, 5, 10]
    step[:6] = [-1, -3, 1, -1, 1, 3]
    return Case(dim=(n,), args=[
        Array(wp.int32, start), Array(wp.int32, stop), Array(wp.int32, step),
        Array(wp.int32, np.zeros((n, 4), np.int32)),
    ])
