# Conversions the casts kernel does not reach: unsigned integers to floats
# (values with the top bit set, rounding of ui32 to f32 and ui64 to f64 and
# f32), floats to unsigned (in range, truncating), si64 <-> f32 / f64
# rounding, f16 <-> integers, integer widening (zero- vs sign-extension),
# bool from integers of each width, f64 -> f16 (through f32).
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def uint_casts(u32: wp.array(dtype=wp.uint32), u64: wp.array(dtype=wp.uint64),
               s64: wp.array(dtype=wp.int64), f: wp.array(dtype=wp.float64),
               fo: wp.array(dtype=wp.float32, ndim=2),
               dout: wp.array(dtype=wp.float64, ndim=2),
               uo: wp.array(dtype=wp.uint64, ndim=2),
               so: wp.array(dtype=wp.int64, ndim=2)):
    i = wp.tid()
    a = u32[i]
    b = u64[i]
    c = s64[i]
    x = f[i]
    fo[i, 0] = wp.float32(a)
    fo[i, 1] = wp.float32(b)
    fo[i, 2] = wp.float32(c)
    fo[i, 3] = wp.float32(wp.uint16(a))
    fo[i, 4] = wp.float32(wp.float16(wp.uint8(a)))
    dout[i, 0] = wp.float64(a)
    dout[i, 1] = wp.float64(b)
    dout[i, 2] = wp.float64(c)
    dout[i, 3] = wp.float64(wp.float32(x))
    ax = wp.abs(x)
    uo[i, 0] = wp.uint64(wp.uint32(wp.min(ax, wp.float64(4294967295.0))))
    uo[i, 1] = wp.uint64(wp.min(ax * wp.float64(1.0e9), wp.float64(1.8e19)))
    uo[i, 2] = wp.uint64(wp.uint8(wp.min(ax, wp.float64(255.0))))
    uo[i, 3] = wp.uint64(wp.uint16(wp.min(wp.float32(ax), 65535.0)))
    uo[i, 4] = wp.uint64(a)
    uo[i, 5] = wp.uint64(wp.int32(a))
    so[i, 0] = wp.int64(x * wp.float64(1.0e6))
    so[i, 1] = wp.int64(wp.float32(x) * 1.0e6)
    so[i, 2] = wp.int64(wp.int8(a)) + wp.int64(wp.uint8(a)) * wp.int64(1000)
    so[i, 3] = wp.int64(wp.int16(b)) + wp.int64(wp.uint16(b)) * wp.int64(100000)
    so[i, 4] = wp.int64(bool(wp.uint8(a))) + wp.int64(bool(b)) * wp.int64(2) + wp.int64(bool(x)) * wp.int64(4)
    so[i, 5] = wp.int64(wp.float16(wp.clamp(x, wp.float64(-60000.0), wp.float64(60000.0))))


def make():
    rng = np.random.default_rng(37)
    n = 256
    u32 = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)
    u64 = rng.integers(0, 2**64 - 1, n, dtype=np.uint64)
    s64 = rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
    f = rng.standard_normal(n) * 10.0 ** rng.integers(-3, 9, n)
    # Values that round (2^24 + 1, 2^53 + 1, halfway ties), the top bit,
    # zeros and the extremes.
    u32[:8] = [2**32 - 1, 2**31, 2**24 + 1, 2**24 + 3, 0, 256, 65536 + 255, 2**31 + 128]
    u64[:8] = [2**64 - 1, 2**63, 2**53 + 1, 2**53 + 3, 0, 2**63 + 1024, 2**24 + 1, 2**40 + 2**16 + 1]
    s64[:8] = [-2**63, 2**63 - 1, 2**53 + 1, -(2**53 + 1), 0, -1, 2**24 + 1, -(2**62 + 2**38 + 1)]
    f[:8] = [0.0, -0.0, 4294967295.5, 1.5e10, 255.9, 65535.99, 2049.0, -2.5]
    return Case(dim=(n,), args=[
        Array(wp.uint32, u32), Array(wp.uint64, u64), Array(wp.int64, s64),
        Array(wp.float64, f),
        Array(wp.float32, np.zeros((n, 5), np.float32)),
        Array(wp.float64, np.zeros((n, 4), np.float64)),
        Array(wp.uint64, np.zeros((n, 6), np.uint64)),
        Array(wp.int64, np.zeros((n, 6), np.int64)),
    ])
