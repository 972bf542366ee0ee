# Reference values for strides-exec.mlir: the same kernel run by warp-lang
# 1.19.0 on the CPU over the same strided views strides_driver.c builds
# (columns of a 4x5 row-major buffer, a reversed view with a negative
# stride, a column-major 4x2 array), printed as that driver prints them.
# Run with
#   python3 strides_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.kernel
def strided(col: wp.array(dtype=wp.float32), dst: wp.array(dtype=wp.float32),
            rev: wp.array(dtype=wp.float32), t: wp.array(dtype=wp.float32, ndim=2)):
    i = wp.tid()
    a = col[i]
    b = col[-1 - i]
    dst[i] = a * 2.0 + b
    t[i, 0] = rev[i]
    t[i, -1] = rev[-1 - i] + 0.25


F = 4  # sizeof(float)
buf = wp.array(np.arange(20, dtype=np.float32).reshape(4, 5), device="cpu")
col = wp.array(ptr=buf.ptr + 2 * F, shape=(4,), strides=(5 * F,), dtype=wp.float32, device="cpu")
dst = wp.array(ptr=buf.ptr + 4 * F, shape=(4,), strides=(5 * F,), dtype=wp.float32, device="cpu")
v = wp.array(np.array([k + 0.5 for k in range(6)], np.float32), device="cpu")
rev = wp.array(ptr=v.ptr + 5 * F, shape=(6,), strides=(-F,), dtype=wp.float32, device="cpu")
tbuf = wp.array(np.full(8, -1.0, np.float32), device="cpu")
t = wp.array(ptr=tbuf.ptr, shape=(4, 2), strides=(F, 4 * F), dtype=wp.float32, device="cpu")
wp.launch(strided, dim=4, inputs=[col, dst, rev, t], device="cpu")
for r, row in enumerate(buf.numpy()):
    print("buf%d: %s" % (r, " ".join("%.9g" % x for x in row)))
print("t: " + " ".join("%.9g" % x for x in tbuf.numpy()))
print("v: " + " ".join("%.9g" % x for x in v.numpy()))
