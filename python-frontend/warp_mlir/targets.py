"""``wm.translate``: a kernel, or a warp IR module, as a target's text."""

from __future__ import annotations

from typing import Any, Optional

from . import native

TARGETS = ("mlir", "ptx", "llvm", "cpp", "cuda", "python")
"""mlir: the verified warp IR; ptx: PTX for NVIDIA GPUs; llvm: LLVM IR of
the CPU entry points; cpp / cuda: C++ / CUDA C++ source in Warp's style;
python: Warp Python source (when the build has the warp-to-python
translation)."""


def translate(
    source: Any,
    target: str,
    kernel: Optional[str] = None,
    filename: str = "<ir>",
    chip: str = "sm_90",
    fuse_fp: bool = True,
) -> str:
    """``source`` (a Kernel, or warp IR text) as ``target`` text. With
    ``kernel``, only that kernel of the IR and the functions it calls.
    ``chip`` and ``fuse_fp`` are the PTX target's options. Raises
    CompileError with MLIR's diagnostics."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; targets: {', '.join(TARGETS)}")
    if isinstance(source, str):
        ir, name = source, filename
    else:
        ir, name = source.ir, source._ir_name
        kernel = kernel or source._kernel_symbol or None
    return native.load().translate(ir, name, target, kernel or "", chip, fuse_fp)
