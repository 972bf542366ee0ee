# Comparisons (NaN included) steering if / elif / else chains, short-circuit
# and / or, the ternary and wp.where.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def compare_branch(a: wp.array(dtype=wp.float32), b: wp.array(dtype=wp.float32),
                   k: wp.array(dtype=wp.int32), code: wp.array(dtype=wp.int32),
                   val: wp.array(dtype=wp.float32)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    n = k[i]
    c = 0
    if x < y:
        c = 1
    elif x == y:
        c = 2
    elif x > y:
        c = 3
    else:
        c = 4  # unordered: a NaN
    if n >= 0 and x != y:
        c = c + 10
    if n < -5 or not (x <= y):
        c = c + 100
    if n % 2 == 0:
        c = c + 1000
    elif n % 3 == 0:
        c = c + 2000
    code[i] = c
    v = x if n > 0 else y
    val[i] = wp.where(x >= y, v * 2.0, v - 1.0)


def make():
    rng = np.random.default_rng(5)
    n = 256
    a = rng.integers(-4, 4, n).astype(np.float32)
    b = rng.integers(-4, 4, n).astype(np.float32)
    a[:4] = [np.nan, 1.0, np.nan, np.inf]
    b[:4] = [1.0, np.nan, np.nan, np.inf]
    k = rng.integers(-10, 10, n, dtype=np.int32)
    return Case(dim=(n,), args=[
        Array(wp.float32, a), Array(wp.float32, b), Array(wp.int32, k),
        Array(wp.int32, np.zeros(n, np.int32)),
        Array(wp.float32, np.zeros(n, np.float32)),
    ])
