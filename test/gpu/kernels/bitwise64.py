# 64-bit bitwise operators: & | ^ ~ on si64 and ui64 with constants that
# need all 64 bits, << and >> by 0..63 (arithmetic on si64, logical on ui64),
# widening of si32 (sign extends) and ui32 (zero extends) before masking,
# and a bit-reversal loop mixing them.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def bitwise64(s: wp.array(dtype=wp.int64), u: wp.array(dtype=wp.uint64),
              k: wp.array(dtype=wp.int32),
              so: wp.array(dtype=wp.int64, ndim=2),
              uo: wp.array(dtype=wp.uint64, ndim=2)):
    i = wp.tid()
    x = s[i]
    y = u[i]
    n = k[i]
    sh = wp.int64(n & 63)
    ush = wp.uint64(n & 63)
    so[i, 0] = x & wp.int64(0x7F0F00FF00F0F0F1)
    so[i, 1] = x | wp.int64(-0x123456789ABCDEF)
    so[i, 2] = x ^ wp.int64(n)
    so[i, 3] = ~x
    so[i, 4] = x >> sh
    so[i, 5] = x << sh
    so[i, 6] = wp.int64(n) & wp.int64(-4294967296)
    so[i, 7] = wp.int64(y >> wp.uint64(1)) ^ x
    uo[i, 0] = y & wp.uint64(0xF0F0F0F0F0F0F0F0)
    uo[i, 1] = y | wp.uint64(0x8000000000000001)
    uo[i, 2] = y ^ wp.uint64(x)
    uo[i, 3] = ~y
    uo[i, 4] = y >> ush
    uo[i, 5] = y << ush
    uo[i, 6] = wp.uint64(wp.uint32(n)) | (wp.uint64(1) << wp.uint64(40))
    r = wp.uint64(0)
    v = y
    for b in range(64):
        r = (r << wp.uint64(1)) | (v & wp.uint64(1))
        v = v >> wp.uint64(1)
    uo[i, 7] = r


def make():
    rng = np.random.default_rng(23)
    n = 256
    s = rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
    u = rng.integers(0, 2**64 - 1, n, dtype=np.uint64)
    k = rng.integers(-2**31, 2**31 - 1, n, dtype=np.int64).astype(np.int32)
    s[:4] = [-1, -2**63, 2**63 - 1, 0]
    u[:4] = [2**64 - 1, 2**63, 1, 0]
    k[:8] = [0, 63, 1, 62, -1, 32, 31, -2**31]
    return Case(dim=(n,), args=[
        Array(wp.int64, s), Array(wp.uint64, u), Array(wp.int32, k),
        Array(wp.int64, np.zeros((n, 8), np.int64)),
        Array(wp.uint64, np.zeros((n, 8), np.uint64)),
    ])
