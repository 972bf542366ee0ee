"""The errors warp_mlir raises besides the frontend's FrontendError.

- ``CompileError``: Warp IR that did not parse, verify or compile; carries
  MLIR's diagnostics, each with its location.
- ``DeviceError``: a CUDA device that is missing or failed.
- ``ArgumentError``: launch arguments that do not fit the kernel (both a
  TypeError and a ValueError, so either ``except`` catches it).
- ``NativeModuleError``: the native module is not built or does not load.
"""

from __future__ import annotations

from typing import Iterable, List, NamedTuple, Tuple


class Diagnostic(NamedTuple):
    """One MLIR diagnostic: file, 1-based line and column (0 when unknown),
    severity ("error", "warning", "note", "remark") and message."""

    file: str
    line: int
    column: int
    severity: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: " if self.file else ""
        return f"{where}{self.severity}: {self.message}"


class CompileError(Exception):
    """Warp IR that did not parse, verify or compile.

    ``str(e)`` is the diagnostics as mlir-opt prints them (with the source
    line and a caret where the file is known); ``e.diagnostics`` lists them
    as ``Diagnostic`` tuples.
    """

    def __init__(
        self, message: str, diagnostics: Iterable[Tuple[str, int, int, str, str]] = ()
    ) -> None:
        super().__init__(message)
        self.diagnostics: List[Diagnostic] = [Diagnostic(*d) for d in diagnostics]


class DeviceError(RuntimeError):
    """A CUDA device that is missing (no driver, no GPU) or failed."""


class ArgumentError(TypeError, ValueError):
    """Launch arguments that do not fit the kernel's signature."""


class NativeModuleError(ImportError):
    """warp_mlir._native is not built, or does not load."""
