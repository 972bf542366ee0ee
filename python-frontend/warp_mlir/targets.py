"""``wm.translate``: a kernel, or a warp IR module, as a target's text."""

from __future__ import annotations

import re
from typing import Any, Optional

from . import native

TARGETS = ("mlir", "ptx", "llvm", "cpp", "cuda", "python")
"""mlir: the verified warp IR; ptx: PTX for NVIDIA GPUs; llvm: LLVM IR of
the CPU entry points; cpp / cuda: C++ / CUDA C++ source in Warp's style;
python: Warp Python source (when the build has the warp-to-python
translation)."""


def check_chip(chip: str) -> str:
    """``chip`` when it names an SM architecture the PTX target takes
    (``sm_NN`` or ``sm_NNa``, NN at least 50, as warp-pairs --chip); else
    ValueError."""
    match = re.fullmatch(r"sm_([0-9]+)a?", chip)
    if not match or int(match.group(1)) < 50:
        raise ValueError(f"expected an SM architecture such as sm_90 or sm_90a, not {chip!r}")
    return chip


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
    if target == "ptx":
        check_chip(chip)
    if isinstance(source, str):
        ir, name = source, filename
    else:
        ir, name = source.ir, source._ir_name
        kernel = kernel or source._kernel_symbol or None
    return native.load().translate(ir, name, target, kernel or "", chip, fuse_fp)
