# Atomics that return the old value: wp.atomic_add on f32 and si32 into one
# contended counter (the old values are 0, 1, ..., n-1 in some order, so they
# are compared sorted) and into one slot per thread (the old value is the
# initial one); a[i] += v into a histogram; sums of dyadic floats, exact in
# any order; atomic_sub, atomic_min and atomic_max.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def atomics(x: wp.array(dtype=wp.float32), k: wp.array(dtype=wp.int32),
            counter_f: wp.array(dtype=wp.float32), counter_i: wp.array(dtype=wp.int32),
            old_f: wp.array(dtype=wp.float32), old_i: wp.array(dtype=wp.int32),
            slots: wp.array(dtype=wp.float32), slot_old: wp.array(dtype=wp.float32),
            hist: wp.array(dtype=wp.int32), fsum: wp.array(dtype=wp.float32),
            extremes: wp.array(dtype=wp.int32)):
    i = wp.tid()
    old_f[i] = wp.atomic_add(counter_f, 0, 1.0)
    old_i[i] = wp.atomic_add(counter_i, 0, 1)
    slot_old[i] = wp.atomic_add(slots, i, x[i])
    hist[k[i] % 8] += 1
    fsum[k[i] % 4] += x[i]
    wp.atomic_sub(extremes, 0, k[i])
    wp.atomic_min(extremes, 1, k[i])
    wp.atomic_max(extremes, 2, k[i])


def make():
    rng = np.random.default_rng(14)
    n = 1000
    # Multiples of 1/8 below 64: every partial sum is exact in f32.
    x = (rng.integers(-512, 512, n) / 8.0).astype(np.float32)
    k = rng.integers(0, 100000, n, dtype=np.int32)
    return Case(dim=(n,), block=128, args=[
        Array(wp.float32, x), Array(wp.int32, k),
        Array(wp.float32, np.zeros(1, np.float32)),
        Array(wp.int32, np.zeros(1, np.int32)),
        Array(wp.float32, np.zeros(n, np.float32), order="sorted"),
        Array(wp.int32, np.zeros(n, np.int32), order="sorted"),
        Array(wp.float32, np.arange(n, dtype=np.float32) * 0.5),
        Array(wp.float32, np.zeros(n, np.float32)),
        Array(wp.int32, np.zeros(8, np.int32)),
        Array(wp.float32, np.zeros(4, np.float32)),
        Array(wp.int32, np.array([0, 2**31 - 1, -2**31], np.int32)),
    ])
