# Double-precision builtins: sqrt and the arithmetic must be exact; the
# transcendental ones come from libdevice on the GPU and glibc on the CPU.
import numpy as np
import warp as wp

from suite import Array, Case

# CUDA's documented maximum error for double precision plus 1 ulp for glibc.
ULP = {"add_mul_div": 0, "sqrt": 0, "sin": 2 + 1, "exp": 1 + 1,
       "log": 1 + 1, "pow": 2 + 1, "atan2": 2 + 1}


@wp.kernel
def math_f64(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.float64),
             out: wp.array(dtype=wp.float64, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i, 0] = (x + y) * x / y
    out[i, 1] = wp.sqrt(y)
    out[i, 2] = wp.sin(x)
    out[i, 3] = wp.exp(x)
    out[i, 4] = wp.log(y)
    out[i, 5] = wp.pow(y, x)
    out[i, 6] = wp.atan2(x, y - wp.float64(2.0))


def make():
    rng = np.random.default_rng(19)
    n = 512
    a = rng.uniform(-30.0, 30.0, n)
    b = rng.uniform(0.001, 50.0, n)
    return Case(dim=(n,), args=[
        Array(wp.float64, a), Array(wp.float64, b),
        Array(wp.float64, np.zeros((n, len(ULP))), ulp=list(ULP.values()),
              why="libdevice vs glibc (double): " + ", ".join(
                  f"{c} {u}" for c, u in ULP.items())),
    ])
