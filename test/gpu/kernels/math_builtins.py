# Transcendental builtins, which the GPU takes from libdevice and the CPU
# from its C library: each may differ by the two libraries' documented
# error bounds, so each column has its own ULP bound (run_suite.py).
import numpy as np
import warp as wp

from suite import Array, Case

# CUDA's documented maximum error (CUDA C Programming Guide, "Mathematical
# Functions", single precision) plus 1 ulp for glibc's float functions.
ULP = {
    "sin": 2 + 1, "cos": 2 + 1, "tan": 4 + 1, "exp": 2 + 1, "log": 1 + 1,
    "log2": 1 + 1, "log10": 2 + 1, "pow": 4 + 1, "tanh": 2 + 1,
    "atan2": 3 + 1, "asin": 2 + 1, "cbrt": 1 + 1, "erf": 2 + 1,
    "sinh": 3 + 1, "cosh": 2 + 1, "atan": 2 + 1,
}
COLUMNS = list(ULP)


@wp.kernel
def math_builtins(a: wp.array(dtype=wp.float32), b: wp.array(dtype=wp.float32),
                  out: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i, 0] = wp.sin(x)
    out[i, 1] = wp.cos(x)
    out[i, 2] = wp.tan(x)
    out[i, 3] = wp.exp(x)
    out[i, 4] = wp.log(y)
    out[i, 5] = wp.log2(y)
    out[i, 6] = wp.log10(y)
    out[i, 7] = wp.pow(y, x)
    out[i, 8] = wp.tanh(x)
    out[i, 9] = wp.atan2(x, y - 2.0)
    out[i, 10] = wp.asin(wp.clamp(x * 0.1, -1.0, 1.0))
    out[i, 11] = wp.cbrt(x)
    out[i, 12] = wp.erf(x)
    out[i, 13] = wp.sinh(x)
    out[i, 14] = wp.cosh(x)
    out[i, 15] = wp.atan(x)


def make():
    rng = np.random.default_rng(3)
    n = 512
    # x in [-8, 8]: exp, sinh, cosh, pow stay finite.
    a = rng.uniform(-8.0, 8.0, n).astype(np.float32)
    b = rng.uniform(0.01, 4.0, n).astype(np.float32)
    a[:4] = [0.0, 1.0, -1.0, 0.5]
    b[:4] = [1.0, 2.0, 0.5, 4.0]
    return Case(dim=(n,), args=[
        Array(wp.float32, a), Array(wp.float32, b),
        Array(wp.float32, np.zeros((n, len(COLUMNS)), np.float32),
              ulp=[ULP[c] for c in COLUMNS],
              why="libdevice vs glibc: " + ", ".join(
                  f"{c} {u}" for c, u in ULP.items())),
    ])
