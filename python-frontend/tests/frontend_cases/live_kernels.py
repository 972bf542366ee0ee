"""Kernels compiled by compile_function in test_frontend_live.py."""

import warp_mlir as wm
from warp_mlir import types as wt

from .live_helpers import Pair, combine
from . import live_helpers as helpers

vec5 = wt.vector(length=5, dtype=wm.float32)
COUNT = 3


@wm.func
def twice(x: float) -> float:
    return x * 2.0


@wm.func
def unused(x: float) -> float:
    return x


@wm.kernel
def uses_helpers(
    a: wm.array(dtype=wm.float64), v: wm.array(dtype=wm.vec3), f: wm.array(dtype=float)
):
    i = wm.tid()
    a[i] = a[i] * wm.float64(2.0)
    p = Pair(twice(f[i]), v[i])
    v[i] = combine(p)
    w = vec5(float(COUNT))
    f[i] = w[4]


@wm.kernel
def calls_module_function(a: wm.array(dtype=wm.float64)):
    i = wm.tid()
    a[i] = helpers.shift(a[i])


def plain(a: wm.array(dtype=float)):
    i = wm.tid()
    a[i] = twice(a[i])
