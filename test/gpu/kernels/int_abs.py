# wp.abs on every signed integer width. For si8 and si16 C computes abs in
# int and narrows, so abs(MIN) is MIN, defined; for si32 and si64 abs(MIN)
# is undefined in C (the CPU reference widens abs(si32) to 64 bits and gives
# 2^31), so the inputs stop at MIN + 1. The si8 and si16 results are also
# kept in their own width and widened to si32, to tell abs from widening.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def int_abs(a8: wp.array(dtype=wp.int8), a16: wp.array(dtype=wp.int16),
            a32: wp.array(dtype=wp.int32), a64: wp.array(dtype=wp.int64),
            out: wp.array(dtype=wp.int64, ndim=2),
            narrow8: wp.array(dtype=wp.int8), narrow16: wp.array(dtype=wp.int16),
            mid: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    out[i, 0] = wp.int64(wp.abs(a8[i]))
    out[i, 1] = wp.int64(wp.abs(a16[i]))
    out[i, 2] = wp.int64(wp.abs(a32[i]))
    out[i, 3] = wp.abs(a64[i])
    narrow8[i] = wp.abs(a8[i])
    narrow16[i] = wp.abs(a16[i])
    mid[i, 0] = int(wp.abs(a8[i]))
    mid[i, 1] = int(wp.abs(a16[i]))


def make():
    rng = np.random.default_rng(25)
    n = 64
    a8 = rng.integers(-128, 128, n).astype(np.int8)
    a16 = rng.integers(-2**15, 2**15, n).astype(np.int16)
    a32 = rng.integers(-2**31 + 1, 2**31, n, dtype=np.int64).astype(np.int32)
    a64 = rng.integers(-2**63 + 1, 2**63 - 1, n, dtype=np.int64)
    a8[:4] = [-128, -1, 0, 127]
    a16[:4] = [-2**15, -1, 0, 2**15 - 1]
    a32[:4] = [-2**31 + 1, -1, 0, 2**31 - 1]
    a64[:4] = [-2**63 + 1, -1, 0, 2**63 - 1]
    return Case(dim=(n,), args=[
        Array(wp.int8, a8), Array(wp.int16, a16), Array(wp.int32, a32),
        Array(wp.int64, a64),
        Array(wp.int64, np.zeros((n, 4), np.int64)),
        Array(wp.int8, np.zeros(n, np.int8)),
        Array(wp.int16, np.zeros(n, np.int16)),
        Array(wp.int32, np.zeros((n, 2), np.int32)),
    ])
