# Reference values for launch-exec.mlir: the same kernels run by warp-lang
# 1.19.0 on the CPU, with the launch shapes and arrays launch_driver.c uses,
# printed as that driver prints them. `order` holds the value of a shared
# counter each index saw (its position in the launch's order), `count` the
# number of indices run. Run with
#   python3 launch_reference.py
# and compare with the CHECK lines.
import numpy as np
import warp as wp

wp.config.log_level = wp.LOG_WARNING  # no banner, no module-load lines
wp.init()


@wp.kernel
def grid2d(out: wp.array(dtype=wp.int32, ndim=2), order: wp.array(dtype=wp.int32, ndim=2),
           counter: wp.array(dtype=wp.int32)):
    i, j = wp.tid()
    out[i, j] = i * 100 + j
    order[i, j] = wp.atomic_add(counter, 0, 1)


@wp.kernel
def grid3d(out: wp.array(dtype=wp.int32, ndim=3), order: wp.array(dtype=wp.int32, ndim=3),
           counter: wp.array(dtype=wp.int32)):
    i, j, k = wp.tid()
    out[i, j, k] = i * 100 + j * 10 + k
    order[i, j, k] = wp.atomic_add(counter, 0, 1)


@wp.kernel
def grid4d(out: wp.array(dtype=wp.int32, ndim=4), order: wp.array(dtype=wp.int32, ndim=4),
           counter: wp.array(dtype=wp.int32)):
    i, j, k, l = wp.tid()
    out[i, j, k, l] = i * 1000 + j * 100 + k * 10 + l
    order[i, j, k, l] = wp.atomic_add(counter, 0, 1)


def run(name, kernel, array_shape, launch_shape, width):
    out = wp.array(np.full(array_shape, -1, np.int32), device="cpu")
    order = wp.array(np.full(array_shape, -1, np.int32), device="cpu")
    counter = wp.zeros(1, dtype=wp.int32, device="cpu")
    wp.launch(kernel, dim=launch_shape, inputs=[out, order, counter], device="cpu")
    dims = "x".join(str(n) for n in launch_shape)
    for label, a in (("out", out.numpy()), ("order", order.numpy())):
        flat = a.reshape(-1, width)
        for r, row in enumerate(flat):
            print("%s %s %s%d: %s" % (name, dims, label, r, " ".join(str(v) for v in row)))
    print("%s %s count: %d" % (name, dims, counter.numpy()[0]))


# The 2-d arrays are larger than the launch: what lies outside stays -1.
# Every extent differs from the others, so a loop over the wrong extent or
# indices passed in the wrong order show. Rows of `width` elements.
run("grid2d", grid2d, (4, 6), (3, 5), 6)
run("grid2d", grid2d, (2, 2), (2, 0), 2)
run("grid3d", grid3d, (2, 3, 4), (2, 3, 4), 4)
run("grid4d", grid4d, (2, 3, 4, 5), (2, 3, 4, 5), 20)
run("grid4d", grid4d, (1, 1, 1, 2), (1, 1, 0, 2), 2)
