# Correctly rounded float arithmetic: +, -, *, /, sqrt, unary minus, abs,
# min, max, float // (floor of the rounded quotient) and % (fmod). IEEE
# requires one result for each, so the GPU must match the CPU exactly.
# The last column, a * b + c, also checks that neither side contracts
# it into an FMA.
import numpy as np
import warp as wp

from suite import Array, Case


@wp.kernel
def float_arith(a: wp.array(dtype=wp.float32), b: wp.array(dtype=wp.float32),
                c: wp.array(dtype=wp.float32),
                out: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    out[i, 0] = x + y
    out[i, 1] = x - y
    out[i, 2] = x * y
    out[i, 3] = x / y
    out[i, 4] = wp.sqrt(wp.abs(x))
    out[i, 5] = -x
    out[i, 6] = wp.min(x, y)
    out[i, 7] = wp.max(x, y)
    out[i, 8] = x // y
    out[i, 9] = x % y
    out[i, 10] = x * y + c[i]


def make():
    rng = np.random.default_rng(2)
    n = 256
    a = (rng.standard_normal(n) * 10.0).astype(np.float32)
    b = (rng.standard_normal(n) * 3.0).astype(np.float32)
    b[np.abs(b) < 1e-3] = 0.5
    c = (rng.standard_normal(n) * 5.0).astype(np.float32)
    # Signs of zero are compared: Warp's -x of +0.0 is +0.0 (it computes
    # 0 - x), and -(-0.0) is +0.0.
    a[:7] = [7.5, -7.5, 7.5, -7.5, 1e30, -0.0, 0.0]
    b[:7] = [2.0, 2.0, -2.0, -2.0, 3e-10, 4.0, -1.0]
    return Case(dim=(n,), args=[
        Array(wp.float32, a), Array(wp.float32, b), Array(wp.float32, c),
        Array(wp.float32, np.zeros((n, 11), np.float32)),
    ])
