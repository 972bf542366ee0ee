# wp.trunc (round toward zero) and wp.frac (x - trunc(x)), halfway cases
# and signed zeros included.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def trunc_frac(f: wp.array(dtype=wp.float32), out: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    x = f[i]
    out[i, 0] = wp.trunc(x)
    out[i, 1] = wp.frac(x)


def make():
    rng = np.random.default_rng(17)
    n = 128
    f = (rng.standard_normal(n) * 100.0).astype(np.float32)
    f[:8] = [0.5, -0.5, 2.7, -2.7, 0.0, -0.0, 1e20, -3.0]
    return Case(dim=(n,), args=[
        Array(wp.float32, f), Array(wp.float32, np.zeros((n, 2), np.float32)),
    ])
