# f16 arithmetic: + - * / and sqrt are computed in f32 and rounded to f16
# by Warp's CPU code, which is exactly the correctly rounded f16 result;
# overflow to inf, f16 subnormals, negation, abs, min, max, floor,
# comparisons, f32 -> f16 rounding (halfway cases to even) and f16 -> int
# truncation; f16 vectors.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def f16_arith(a: wp.array(dtype=wp.float16), b: wp.array(dtype=wp.float16),
              w: wp.array(dtype=wp.float32),
              h: wp.array(dtype=wp.float16, ndim=2),
              ints: wp.array(dtype=wp.int32, ndim=2),
              hv: wp.array(dtype=wp.vec3h)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    h[i, 0] = x + y
    h[i, 1] = x - y
    h[i, 2] = x * y
    h[i, 3] = x / y
    h[i, 4] = wp.sqrt(wp.abs(x))
    h[i, 5] = -x
    h[i, 6] = wp.min(x, y)
    h[i, 7] = wp.max(x, y)
    h[i, 8] = wp.floor(x)
    h[i, 9] = wp.float16(w[i])
    h[i, 10] = x * y + x
    ints[i, 0] = int(x < y) + int(x == y) * 2 + int(x >= wp.float16(0.0)) * 4
    ints[i, 1] = int(x)
    ints[i, 2] = int(wp.float32(x) * 1024.0)
    u = wp.vec3h(x, y, wp.float16(0.5))
    hv[i] = u * x + u


def make():
    rng = np.random.default_rng(27)
    n = 256
    a = (rng.standard_normal(n) * 50.0).astype(np.float16)
    b = (rng.standard_normal(n) * 50.0).astype(np.float16)
    b[b == 0] = np.float16(1.0)
    # Overflow, subnormals, signed zeros, exact ties.
    a[:8] = [60000.0, -60000.0, 6e-8, 1e-4, 0.0, -0.0, 1.0, 2049.0]
    b[:8] = [60000.0, 2.0, 0.5, 1e-4, 0.0, 3.0, 3.0, 1.0]
    w = (rng.standard_normal(n) * 1000.0).astype(np.float32)
    # f32 values halfway between two f16 values, and beyond the range.
    w[:6] = [2049.0, 2051.0, 1.0 + 2.0**-11, 65520.0, 65519.0, 1e-8]
    return Case(dim=(n,), args=[
        Array(wp.float16, a), Array(wp.float16, b), Array(wp.float32, w),
        Array(wp.float16, np.zeros((n, 11), np.float16)),
        Array(wp.int32, np.zeros((n, 3), np.int32)),
        Array(wp.vec3h, np.zeros((n, 3), np.float16)),
    ])
