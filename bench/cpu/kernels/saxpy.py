# Memory-bound: y[i] = a * x[i] + y[i] (f32), in place; reads 8 and writes 4
# bytes per index. The same kernel as bench/memory/saxpy.mlir.
import warp as wp


@wp.kernel
def saxpy(a: wp.float32, x: wp.array(dtype=wp.float32), y: wp.array(dtype=wp.float32)):
    i = wp.tid()
    y[i] = a * x[i] + y[i]
