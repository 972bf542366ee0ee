# sqrt must be correctly rounded (IEEE 754; Warp's CPU sqrtf and CUDA's
# default -prec-sqrt=true both are), so it is compared bit-exactly over many
# inputs spread across exponents, and through wp.length.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def sqrt_exact(a: wp.array(dtype=wp.float32), v: wp.array(dtype=wp.vec3),
               out: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    out[i, 0] = wp.sqrt(a[i])
    out[i, 1] = wp.length(v[i])


def make():
    rng = np.random.default_rng(18)
    n = 1 << 18
    # Random bits of positive normal floats from 2^-60 to 2^60.
    exponent = rng.integers(127 - 60, 127 + 60, n, dtype=np.uint32)
    mantissa = rng.integers(0, 1 << 23, n, dtype=np.uint32)
    a = ((exponent << 23) | mantissa).view(np.float32)
    v = rng.uniform(-100.0, 100.0, (n, 3)).astype(np.float32)
    return Case(dim=(n,), args=[
        Array(wp.float32, a), Array(wp.vec3, v),
        Array(wp.float32, np.zeros((n, 2), np.float32)),
    ])
