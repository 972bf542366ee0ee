# Float builtins in f32 and f64: min/max/clamp with C fmin/fmax semantics
# (a NaN operand is ignored), lerp, smoothstep, step, sign (sign(-0.0) and
# sign(NaN) are 1), nonzero, copysign, abs of -0.0, degrees and radians
# (the product taken in double and rounded once), isnan/isinf/isfinite on
# scalars and vectors; inputs include NaN, +-inf and +-0.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def float_builtins(a: wp.array(dtype=wp.float32), b: wp.array(dtype=wp.float32),
                   t: wp.array(dtype=wp.float32),
                   f: wp.array(dtype=wp.float32, ndim=2),
                   d: wp.array(dtype=wp.float64, ndim=2),
                   flags: wp.array(dtype=wp.int32, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    s = t[i]
    f[i, 0] = wp.min(x, y)
    f[i, 1] = wp.max(x, y)
    f[i, 2] = wp.clamp(x, -1.5, 2.25)
    f[i, 3] = wp.lerp(x, y, s)
    f[i, 4] = wp.smoothstep(-2.0, 3.0, x)
    f[i, 5] = wp.step(x)
    f[i, 6] = wp.sign(x)
    f[i, 7] = wp.nonzero(x)
    f[i, 8] = wp.copysign(y, x)
    f[i, 9] = wp.abs(x)
    f[i, 10] = wp.degrees(x)
    f[i, 11] = wp.radians(y)
    f[i, 12] = wp.smoothstep(y, x, s)
    xd = wp.float64(x)
    yd = wp.float64(y)
    sd = wp.float64(s)
    d[i, 0] = wp.min(xd, yd)
    d[i, 1] = wp.max(xd, yd)
    d[i, 2] = wp.clamp(xd, wp.float64(-1.5), wp.float64(2.25))
    d[i, 3] = wp.lerp(xd, yd, sd)
    d[i, 4] = wp.smoothstep(wp.float64(-2.0), wp.float64(3.0), xd)
    d[i, 5] = wp.sign(xd) + wp.step(xd) * wp.float64(10.0)
    d[i, 6] = wp.copysign(yd, xd)
    d[i, 7] = wp.degrees(xd)
    d[i, 8] = wp.radians(yd)
    flags[i, 0] = int(wp.isnan(x))
    flags[i, 1] = int(wp.isinf(x))
    flags[i, 2] = int(wp.isfinite(x))
    flags[i, 3] = int(wp.isnan(yd))
    flags[i, 4] = int(wp.isinf(yd))
    flags[i, 5] = int(wp.isfinite(yd))
    v = wp.vec3(x, y, s)
    flags[i, 6] = int(wp.isnan(v)) + int(wp.isinf(v)) * 2 + int(wp.isfinite(v)) * 4


def make():
    rng = np.random.default_rng(26)
    n = 256
    a = (rng.standard_normal(n) * 4.0).astype(np.float32)
    b = (rng.standard_normal(n) * 4.0).astype(np.float32)
    t = rng.uniform(-0.5, 1.5, n).astype(np.float32)
    nan, inf = np.float32("nan"), np.float32("inf")
    a[:12] = [nan, 1.0, nan, inf, -inf, 0.0, -0.0, -0.0, 3.0, inf, -2.0, 1e-40]
    b[:12] = [1.0, nan, nan, 2.0, 5.0, -3.0, 4.0, -0.5, 3.0, -inf, 7.0, -1e-40]
    t[:12] = [0.5, 0.5, 0.5, 0.25, 0.5, 1.0, 0.0, nan, 0.75, 0.5, inf, 0.5]
    return Case(dim=(n,), args=[
        Array(wp.float32, a), Array(wp.float32, b), Array(wp.float32, t),
        Array(wp.float32, np.zeros((n, 13), np.float32)),
        Array(wp.float64, np.zeros((n, 9), np.float64)),
        Array(wp.int32, np.zeros((n, 7), np.int32)),
    ])
