# A scalar loop kernel: 24 Newton steps for the root of r^3 + r - x (one
# IEEE division each), then Horner's rule over a coefficient array whose
# length is read at run time.
import warp as wp


@wp.kernel
def newton_poly(xs: wp.array(dtype=wp.float32), coef: wp.array(dtype=wp.float32),
                out: wp.array(dtype=wp.float32)):
    i = wp.tid()
    x = xs[i]
    r = x
    for k in range(24):
        f = r * r * r + r - x
        df = 3.0 * r * r + 1.0
        r = r - f / df
    p = float(0.0)
    for j in range(coef.shape[0]):
        p = p * r + coef[j]
    out[i] = p
