# Reference values for func-call-exec.mlir: the same functions and kernel
# run by warp-lang 1.19.0 on the CPU on the inputs func_call_driver.c
# passes, printed as that driver prints them (the driver also calls horner
# directly; here a one-thread kernel makes the same calls). Run with
#   python3 func_call_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.func
def horner(x: wp.float32, n: wp.int32) -> wp.float32:
    if n < 0:
        return -1.0
    acc = wp.float32(0.0)
    for k in range(n + 1):
        acc = acc * x + wp.float32(k)
        if acc > 100.0:
            return acc * 0.5
    return acc


@wp.func
def put(out: wp.array(dtype=wp.float32), i: wp.int32, v: wp.float32):
    if v < 0.0:
        out[i] = -v
        return
    out[i] = v * 2.0


@wp.kernel
def funcs(x: wp.array(dtype=wp.float32), out: wp.array(dtype=wp.float32)):
    i = wp.tid()
    put(out, i, horner(x[i], i - 1))


@wp.kernel
def direct(out: wp.array(dtype=wp.float32)):
    out[0] = horner(2.0, 3)
    out[1] = horner(10.0, 5)
    out[2] = horner(1.0, -3)
    out[3] = horner(-0.75, 4)


X = [0.5, 2.0, -1.5, 3.0, 1.25, 10.0, 0.1, -2.0]
x = wp.array(np.array(X, np.float32), device="cpu")
out = wp.zeros(len(X), dtype=wp.float32, device="cpu")
wp.launch(funcs, dim=len(X), inputs=[x, out], device="cpu")
print("out: " + " ".join("%.9g" % v for v in out.numpy()))
d = wp.zeros(4, dtype=wp.float32, device="cpu")
wp.launch(direct, dim=1, inputs=[d], device="cpu")
print("direct: " + " ".join("%.9g" % v for v in d.numpy()))
