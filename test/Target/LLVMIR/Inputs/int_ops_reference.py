# Reference values for int-ops-exec.mlir: the same kernel run by warp-lang
# 1.19.0 on the CPU, on the inputs int_ops_driver.c passes, printed as that
# driver prints them. Run with
#   python3 int_ops_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.kernel
def int_ops(a: wp.array(dtype=wp.int32), b: wp.array(dtype=wp.int32),
            f: wp.array(dtype=wp.float32), d: wp.array(dtype=wp.float64),
            iout: wp.array(dtype=wp.int32, ndim=2),
            lout: wp.array(dtype=wp.int64, ndim=2),
            fout: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    x = a[i]
    y = b[i]
    iout[i, 0] = x // y
    iout[i, 1] = x % y
    xl = wp.int64(x) * wp.int64(1000003)
    yl = wp.int64(y)
    lout[i, 0] = xl // yl
    lout[i, 1] = xl % yl
    iout[i, 2] = wp.int32(f[i])
    lout[i, 2] = wp.int64(d[i])
    fx = wp.float32(x)
    fy = wp.float32(y)
    fout[i, 0] = fx // fy
    fout[i, 1] = fx % fy
    fout[i, 2] = f[i] // wp.float32(0.5)


A = [7, -7, 7, -7, -1, 6, 0, -2147483647, 5, -9]
B = [2, 2, -2, -2, 3, -3, -5, 2, 7, 4]
F = [2.7, -2.7, -0.5, 0.99, -1.0, 1e9, -2147483520.0, 3.5, -3.5, 0.0]
D = [-1e15 - 0.75, 2.9999999999, -3.0000000001, 0.25, -0.25,
     9.007199254740993e15, -4.5, 123456789012.9, -7.0, 1.5]
n = len(A)
a = wp.array(np.array(A, np.int32), device="cpu")
b = wp.array(np.array(B, np.int32), device="cpu")
f = wp.array(np.array(F, np.float32), device="cpu")
d = wp.array(np.array(D, np.float64), device="cpu")
iout = wp.zeros((n, 3), dtype=wp.int32, device="cpu")
lout = wp.zeros((n, 3), dtype=wp.int64, device="cpu")
fout = wp.zeros((n, 3), dtype=wp.float32, device="cpu")
wp.launch(int_ops, dim=n, inputs=[a, b, f, d, iout, lout, fout], device="cpu")
io, lo, fo = iout.numpy(), lout.numpy(), fout.numpy()
for i in range(n):
    print("%d: %d %d %d | %d %d %d | %.9g %.9g %.9g" % (
        i, io[i, 0], io[i, 1], io[i, 2], lo[i, 0], lo[i, 1], lo[i, 2],
        fo[i, 0], fo[i, 1], fo[i, 2]))
