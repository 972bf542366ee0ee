# Unsigned integers of every width: + - * wrap around, / and // truncate,
# %, shifts (8- and 16-bit values shift in 32 bits, so bits shifted past the
# width are lost only when the result is narrowed), -x as 0 - x, ~x, and
# comparisons of values with the top bit set.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def uint_arith(a8: wp.array(dtype=wp.uint8), b8: wp.array(dtype=wp.uint8),
               a16: wp.array(dtype=wp.uint16), b16: wp.array(dtype=wp.uint16),
               a32: wp.array(dtype=wp.uint32), b32: wp.array(dtype=wp.uint32),
               a64: wp.array(dtype=wp.uint64), b64: wp.array(dtype=wp.uint64),
               o8: wp.array(dtype=wp.uint8, ndim=2),
               o16: wp.array(dtype=wp.uint16, ndim=2),
               o32: wp.array(dtype=wp.uint32, ndim=2),
               o64: wp.array(dtype=wp.uint64, ndim=2),
               flags: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    x8 = a8[i]
    y8 = b8[i]
    o8[i, 0] = x8 + y8
    o8[i, 1] = x8 - y8
    o8[i, 2] = x8 * y8
    o8[i, 3] = x8 // y8
    o8[i, 4] = x8 % y8
    o8[i, 5] = x8 >> (y8 & wp.uint8(15))
    o8[i, 6] = x8 << (y8 & wp.uint8(15))
    o8[i, 7] = -x8
    o8[i, 8] = x8 / y8
    o8[i, 9] = ~x8
    flags[i, 0] = int(x8 < y8)
    flags[i, 1] = int(x8 >= y8)
    flags[i, 2] = int(x8 == y8)
    flags[i, 3] = int(x8 > wp.uint8(127))
    x16 = a16[i]
    y16 = b16[i]
    o16[i, 0] = x16 + y16
    o16[i, 1] = x16 - y16
    o16[i, 2] = x16 * y16
    o16[i, 3] = x16 // y16
    o16[i, 4] = x16 % y16
    o16[i, 5] = x16 >> (y16 & wp.uint16(15))
    o16[i, 6] = x16 << (y16 & wp.uint16(15))
    o16[i, 7] = -x16
    o16[i, 8] = x16 / y16
    o16[i, 9] = ~x16
    flags[i, 4] = int(x16 < y16)
    flags[i, 5] = int(x16 >= y16)
    flags[i, 6] = int(x16 == y16)
    flags[i, 7] = int(x16 > wp.uint16(32767))
    x32 = a32[i]
    y32 = b32[i]
    o32[i, 0] = x32 + y32
    o32[i, 1] = x32 - y32
    o32[i, 2] = x32 * y32
    o32[i, 3] = x32 // y32
    o32[i, 4] = x32 % y32
    o32[i, 5] = x32 >> (y32 & wp.uint32(31))
    o32[i, 6] = x32 << (y32 & wp.uint32(31))
    o32[i, 7] = -x32
    o32[i, 8] = x32 / y32
    o32[i, 9] = ~x32
    flags[i, 8] = int(x32 < y32)
    flags[i, 9] = int(x32 >= y32)
    flags[i, 10] = int(x32 == y32)
    flags[i, 11] = int(x32 > wp.uint32(2147483647))
    x64 = a64[i]
    y64 = b64[i]
    o64[i, 0] = x64 + y64
    o64[i, 1] = x64 - y64
    o64[i, 2] = x64 * y64
    o64[i, 3] = x64 // y64
    o64[i, 4] = x64 % y64
    o64[i, 5] = x64 >> (y64 & wp.uint64(63))
    o64[i, 6] = x64 << (y64 & wp.uint64(63))
    o64[i, 7] = -x64
    o64[i, 8] = x64 / y64
    o64[i, 9] = ~x64
    flags[i, 12] = int(x64 < y64)
    flags[i, 13] = int(x64 >= y64)
    flags[i, 14] = int(x64 == y64)
    flags[i, 15] = int(x64 > wp.uint64(9223372036854775807))


def operands(rng, n, bits, dtype):
    top = 2 ** bits
    a = rng.integers(0, top, n, dtype=np.uint64)
    b = rng.integers(1, top, n, dtype=np.uint64)
    # Small divisors, equal operands, the extremes, and the top bit.
    b[16:48] = rng.integers(1, 20, 32, dtype=np.uint64)
    a[:8] = [0, 1, top - 1, top - 1, top // 2, top // 2, 7, top - 2]
    b[:8] = [1, top - 1, top - 1, 1, top // 2, 3, 7, top - 1]
    return a.astype(dtype), b.astype(dtype)


def make():
    rng = np.random.default_rng(21)
    n = 256
    args = []
    for bits, dtype, wtype in ((8, np.uint8, wp.uint8), (16, np.uint16, wp.uint16),
                               (32, np.uint32, wp.uint32), (64, np.uint64, wp.uint64)):
        a, b = operands(rng, n, bits, dtype)
        args += [Array(wtype, a), Array(wtype, b)]
    args += [Array(wp.uint8, np.zeros((n, 10), np.uint8)),
             Array(wp.uint16, np.zeros((n, 10), np.uint16)),
             Array(wp.uint32, np.zeros((n, 10), np.uint32)),
             Array(wp.uint64, np.zeros((n, 10), np.uint64)),
             Array(wp.int32, np.zeros((n, 16), np.int32))]
    return Case(dim=(n,), args=args)
