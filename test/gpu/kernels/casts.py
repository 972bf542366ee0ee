# Conversions with C++ semantics: float to int truncates, int to float
# rounds to nearest, narrowing integers wrap, bool(x) is x != 0, f16 round
# trips; and the rounding builtins floor, ceil, round (half away from zero)
# and rint (half to even). trunc and frac are in trunc_frac.py.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def casts(f: wp.array(dtype=wp.float32), n: wp.array(dtype=wp.int32),
          ints: wp.array(dtype=wp.int32, ndim=2),
          floats: wp.array(dtype=wp.float32, ndim=2),
          small: wp.array(dtype=wp.uint8, ndim=2),
          flags: wp.array(dtype=wp.bool)):
    i = wp.tid()
    x = f[i]
    k = n[i]
    ints[i, 0] = int(x)
    ints[i, 1] = wp.int32(wp.int8(k))
    ints[i, 2] = wp.int32(wp.int64(k) * wp.int64(3))
    ints[i, 3] = int(x > 0.0) + int(bool(k)) * 2
    ints[i, 4] = wp.int32(wp.uint32(k) >> wp.uint32(28))
    floats[i, 0] = float(k)
    floats[i, 1] = wp.float32(wp.float16(x))
    floats[i, 2] = wp.float32(wp.float64(x) * wp.float64(1.0e-3))
    floats[i, 3] = wp.floor(x)
    floats[i, 4] = wp.ceil(x)
    floats[i, 5] = wp.round(x)
    floats[i, 6] = wp.rint(x)
    small[i, 0] = wp.uint8(k)
    small[i, 1] = wp.uint8(wp.min(wp.abs(x) * 0.5, 255.0))
    flags[i] = bool(x)


def make():
    rng = np.random.default_rng(4)
    n = 256
    f = (rng.standard_normal(n) * 100.0).astype(np.float32)
    # Halfway cases for round and rint, and values around zero.
    f[:12] = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, -2.7, 2.7, 0.0, -0.0,
              65519.0, 1e-8]
    k = rng.integers(-2**31, 2**31 - 1, n, dtype=np.int64).astype(np.int32)
    k = np.where(np.abs(k.astype(np.int64) * 3) < 2**31, k, k // 7).astype(np.int32)
    # Integers that float rounds (2^24 + 1), and 8-bit wraps.
    k[:8] = [16777217, -16777217, 300, -1, 255, 128, -129, 0]
    return Case(dim=(n,), args=[
        Array(wp.float32, f), Array(wp.int32, k),
        Array(wp.int32, np.zeros((n, 5), np.int32)),
        Array(wp.float32, np.zeros((n, 7), np.float32)),
        Array(wp.uint8, np.zeros((n, 2), np.uint8)),
        Array(wp.bool, np.zeros(n, np.bool_)),
    ])
