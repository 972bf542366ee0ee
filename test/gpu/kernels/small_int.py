# si8 and si16: + - * wrap at the width; // floors and % takes the
# dividend's sign; MIN // -1 and MIN % -1 are defined (C++ computes in int
# and narrows: MIN and 0); shifts happen in 32 bits (x >> 9 of an si8 is 0 or
# -1, x << k keeps the low bits); -MIN wraps; ~x; comparisons; narrowing
# casts from si32 and between the small types.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def small_int(a8: wp.array(dtype=wp.int8), b8: wp.array(dtype=wp.int8),
              a16: wp.array(dtype=wp.int16), b16: wp.array(dtype=wp.int16),
              w: wp.array(dtype=wp.int32),
              o8: wp.array(dtype=wp.int8, ndim=2),
              o16: wp.array(dtype=wp.int16, ndim=2),
              narrow: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    x8 = a8[i]
    y8 = b8[i]
    o8[i, 0] = x8 + y8
    o8[i, 1] = x8 - y8
    o8[i, 2] = x8 * y8
    o8[i, 3] = x8 // y8
    o8[i, 4] = x8 % y8
    o8[i, 5] = x8 / y8
    o8[i, 6] = x8 >> (y8 & wp.int8(15))
    o8[i, 7] = x8 << (y8 & wp.int8(15))
    o8[i, 8] = -x8
    o8[i, 9] = ~x8
    o8[i, 10] = wp.int8(int(x8 < y8)) + wp.int8(int(x8 >= wp.int8(-3))) * wp.int8(2)
    x16 = a16[i]
    y16 = b16[i]
    o16[i, 0] = x16 + y16
    o16[i, 1] = x16 - y16
    o16[i, 2] = x16 * y16
    o16[i, 3] = x16 // y16
    o16[i, 4] = x16 % y16
    o16[i, 5] = x16 / y16
    o16[i, 6] = x16 >> (y16 & wp.int16(15))
    o16[i, 7] = x16 << (y16 & wp.int16(15))
    o16[i, 8] = -x16
    o16[i, 9] = ~x16
    o16[i, 10] = wp.int16(int(x16 < y16)) + wp.int16(int(x16 >= wp.int16(-3))) * wp.int16(2)
    k = w[i]
    narrow[i, 0] = int(wp.int8(k))
    narrow[i, 1] = int(wp.int16(k))
    narrow[i, 2] = int(wp.int8(x16))
    narrow[i, 3] = int(wp.int16(x8))
    narrow[i, 4] = int(wp.uint16(x8))
    narrow[i, 5] = int(wp.uint8(x16))
    narrow[i, 6] = int(x8) * int(x16)


def make():
    rng = np.random.default_rng(22)
    n = 256
    a8 = rng.integers(-128, 128, n).astype(np.int8)
    b8 = rng.integers(-128, 128, n).astype(np.int8)
    a16 = rng.integers(-32768, 32768, n).astype(np.int16)
    b16 = rng.integers(-32768, 32768, n).astype(np.int16)
    b8[32:96] = rng.integers(-9, 10, 64)
    b16[32:96] = rng.integers(-9, 10, 64)
    b8[b8 == 0] = 5
    b16[b16 == 0] = 5
    # Every sign combination, MIN / -1, and sums that wrap.
    a8[:10] = [7, -7, 7, -7, -128, -128, 127, 100, -100, -1]
    b8[:10] = [2, 2, -2, -2, -1, 1, 1, 100, -100, 9]
    a16[:10] = [7, -7, 7, -7, -32768, -32768, 32767, 30000, -30000, -1]
    b16[:10] = [2, 2, -2, -2, -1, 1, 1, 30000, -30000, 9]
    w = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    w[:6] = [127, 128, 255, 256, -129, 32768]
    return Case(dim=(n,), args=[
        Array(wp.int8, a8), Array(wp.int8, b8),
        Array(wp.int16, a16), Array(wp.int16, b16), Array(wp.int32, w),
        Array(wp.int8, np.zeros((n, 11), np.int8)),
        Array(wp.int16, np.zeros((n, 11), np.int16)),
        Array(wp.int32, np.zeros((n, 7), np.int32)),
    ])
