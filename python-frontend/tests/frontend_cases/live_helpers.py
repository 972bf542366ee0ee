"""Functions in another module, called by live_kernels.py."""

import warp_mlir as wm

BIAS = wm.constant(wm.float64(0.25))


@wm.struct
class Pair:
    a: wm.float32
    b: wm.vec3


@wm.func
def shift(x: wm.float64) -> wm.float64:
    return x + BIAS


@wm.func
def combine(p: Pair) -> wm.vec3:
    return p.b * p.a
