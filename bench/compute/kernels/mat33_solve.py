# mat33 work: P = M M^T + I (symmetric positive definite), its inverse Q,
# then 32 steps of the contraction r <- Q (M r + x) (||Q|| <= 1, ||M|| < 1),
# plus determinant and trace. Warp does not unroll 32 > max_unroll.
import warp as wp


@wp.kernel
def mat33_solve(ms: wp.array(dtype=wp.mat33), xs: wp.array(dtype=wp.vec3),
                out: wp.array(dtype=wp.vec3), dets: wp.array(dtype=wp.float32)):
    i = wp.tid()
    m = ms[i]
    x = xs[i]
    p = m * wp.transpose(m) + wp.identity(n=3, dtype=wp.float32)
    q = wp.inverse(p)
    r = x
    for k in range(32):
        r = q * (m * r + x)
    out[i] = r
    dets[i] = wp.determinant(p) * wp.trace(q)
