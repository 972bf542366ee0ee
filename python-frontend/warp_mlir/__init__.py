"""warp_mlir: NVIDIA Warp's kernel language compiled by warp-mlir.

    import numpy as np
    import warp_mlir as wm

    @wm.kernel
    def saxpy(x: wm.array(dtype=wm.float32), y: wm.array(dtype=wm.float32), a: wm.float32):
        i = wm.tid()
        y[i] = a * x[i] + y[i]

    x = np.arange(8, dtype=np.float32)
    y = np.ones(8, dtype=np.float32)
    wm.launch(saxpy, dim=8, inputs=[x, y, 2.0])   # y is updated in place

Kernels are compiled once (cached by a hash of their IR, in memory and on
disk) and run on the CPU in this process, or on a CUDA GPU. docs/python-api.md
describes the API, the launch rules, the cache and the ``warp-mlir`` command.
"""

from .types import *  # noqa: F401,F403  (Warp's type names)
from .types import __all__ as _type_names
from . import types  # noqa: F401  (wm.types.vector(...), as in Warp)
from .api import Function, Kernel, constant, func, kernel, struct
from .errors import ArgumentError, CompileError, DeviceError, Diagnostic, NativeModuleError
from .launch import launch
from .layout import struct_dtype
from .targets import TARGETS, translate
from . import cache as _cache

__version__ = "0.1.0"


def init() -> None:
    """Nothing to do (kept so that Warp programs calling ``wp.init()`` run)."""


def cache_stats() -> dict:
    """The compile cache's counters: memory_hits, disk_hits, compiles (this
    cache's compilations) and native_compiles (all compilations the native
    module ran in this process)."""
    return _cache.stats()


def clear_cache(memory: bool = True, disk: bool = False) -> None:
    """Forgets compiled code held in memory and, with ``disk``, deletes the
    disk cache's files; resets the counters."""
    _cache.clear(memory=memory, disk=disk)


__all__ = list(_type_names) + [
    "Kernel",
    "Function",
    "kernel",
    "func",
    "struct",
    "constant",
    "launch",
    "struct_dtype",
    "translate",
    "TARGETS",
    "init",
    "cache_stats",
    "clear_cache",
    "CompileError",
    "DeviceError",
    "ArgumentError",
    "Diagnostic",
    "NativeModuleError",
    "types",
]
