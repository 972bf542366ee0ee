# Reference values for saxpy-exec.mlir: the same kernel run by warp-lang
# 1.19.0 on the CPU, on the inputs saxpy_driver.c passes, printed as that
# driver prints them. Run with
#   python3 saxpy_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.kernel
def saxpy(x: wp.array(dtype=wp.float32), y: wp.array(dtype=wp.float32), a: wp.float32):
    i = wp.tid()
    y[i] = a * x[i] + y[i]


N = 10
# One guard element past the launch, as in the driver.
x = wp.array(np.array([k * 0.5 - 1.0 for k in range(N + 1)], np.float32), device="cpu")
y = wp.array(np.array([3.0 - 0.25 * k for k in range(N + 1)], np.float32), device="cpu")
wp.launch(saxpy, dim=N, inputs=[x, y, 1.5], device="cpu")
print("y = " + " ".join("%.9g" % v for v in y.numpy()))
wp.launch(saxpy, dim=0, inputs=[x, y, 100.0], device="cpu")
print("y = " + " ".join("%.9g" % v for v in y.numpy()))
wp.launch(saxpy, dim=3, inputs=[x, y, -0.1], device="cpu")
print("y = " + " ".join("%.9g" % v for v in y.numpy()))
