# Reference values for scalar-args-exec.mlir: the same kernel run by
# warp-lang 1.19.0 on the CPU with the by-value arguments
# scalar_args_driver.c passes, printed as that driver prints them. Run with
#   python3 scalar_args_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.kernel
def scalar_args(flag: wp.bool, a: wp.int8, h: wp.float16, d: wp.float64, v: wp.vec3,
                b: wp.bool, s: wp.int16, g: wp.uint64, x: wp.float32, c: wp.uint8,
                vd: wp.vec3d, n: wp.int32, ints: wp.array(dtype=wp.int64),
                floats: wp.array(dtype=wp.float64), tail: wp.int8):
    i = wp.tid()
    ints[0] = wp.int64(flag)
    ints[1] = wp.int64(a)
    ints[2] = wp.int64(b)
    ints[3] = wp.int64(s)
    ints[4] = wp.int64(g)
    ints[5] = wp.int64(c)
    ints[6] = wp.int64(n)
    ints[7] = wp.int64(tail) + wp.int64(i)
    floats[0] = wp.float64(h)
    floats[1] = d
    floats[2] = wp.float64(v[0])
    floats[3] = wp.float64(v[1])
    floats[4] = wp.float64(v[2])
    floats[5] = wp.float64(x)
    floats[6] = vd[0]
    floats[7] = vd[1]
    floats[8] = vd[2]


# Two launches with the booleans swapped, as in the driver.
for flag, b in ((True, False), (False, True)):
    ints = wp.zeros(8, dtype=wp.int64, device="cpu")
    floats = wp.zeros(9, dtype=wp.float64, device="cpu")
    wp.launch(scalar_args, dim=1, inputs=[
        flag, -100, 1.5009765625, -0.1, wp.vec3(1.25, -2.5, 3.75), b, -12345,
        2**64 - 3, 0.1, 200, wp.vec3d(1.0 / 3.0, -2.0, 1e300), -2**31 + 5,
        ints, floats, -7], device="cpu")
    print("ints: " + " ".join("%d" % k for k in ints.numpy()))
    print("floats: " + " ".join("%.17g" % k for k in floats.numpy()))
