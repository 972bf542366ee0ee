# Integer arithmetic: // rounds toward -inf, % takes the dividend's sign
# (C++), on every sign combination; +, -, *, negation, bitwise ops and an
# arithmetic right shift of negative values; si64 // and %.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def int_arith(a: wp.array(dtype=wp.int32), b: wp.array(dtype=wp.int32),
              out: wp.array(dtype=wp.int32, ndim=2),
              wide: wp.array(dtype=wp.int64, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i, 0] = x // y
    out[i, 1] = x % y
    out[i, 2] = x * y - x + y
    out[i, 3] = -x
    out[i, 4] = (x & y) ^ (x | 12345)
    out[i, 5] = x >> 3
    out[i, 6] = (x & 0xFFFF) << 7
    out[i, 7] = ~y
    xl = wp.int64(x) * wp.int64(1000003)
    yl = wp.int64(y)
    wide[i, 0] = xl // yl
    wide[i, 1] = xl % yl


def make():
    rng = np.random.default_rng(1)
    n = 256
    a = rng.integers(-100000, 100000, n, dtype=np.int32)
    b = rng.integers(-50, 50, n, dtype=np.int32)
    b[b == 0] = 7
    # Every sign combination of small operands, exact quotients included.
    a[:8] = [7, -7, 7, -7, 6, -6, 0, -1]
    b[:8] = [2, 2, -2, -2, -3, 3, -5, 3]
    # Near the range's end, without overflowing *.
    a[8] = -2147483647
    b[8] = 1
    return Case(dim=(n,), args=[
        Array(wp.int32, a), Array(wp.int32, b),
        Array(wp.int32, np.zeros((n, 8), np.int32)),
        Array(wp.int64, np.zeros((n, 2), np.int64)),
    ])
