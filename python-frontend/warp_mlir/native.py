"""Finds and imports ``warp_mlir._native``, the C++ side of the package.

CMake builds it as part of the project (``ninja -C build``) into
``<build>/python/warp_mlir/``. The package looks for it, in order, in
``$WARP_MLIR_BUILD_DIR/python`` and in ``<repository>/build/python`` (the
repository that an editable install points into), and says what to do when
it is in neither.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType
from typing import List, Optional

from .errors import NativeModuleError

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPOSITORY = _PACKAGE_DIR.parent.parent

_loaded: Optional[ModuleType] = None


def search_dirs() -> List[Path]:
    """The directories searched for ``_native``, in order."""
    dirs = []
    build = os.environ.get("WARP_MLIR_BUILD_DIR")
    if build:
        dirs.append(Path(build).resolve() / "python" / "warp_mlir")
    dirs.append(_REPOSITORY / "build" / "python" / "warp_mlir")
    return dirs


def _find() -> Optional[Path]:
    for directory in search_dirs():
        if any(directory.glob("_native.*")):
            return directory
    return None


def load() -> ModuleType:
    """The native module, imported on first use; raises NativeModuleError
    saying where it was looked for when it is not built."""
    global _loaded
    if _loaded is not None:
        return _loaded
    directory = _find()
    if directory is None:
        where = ", ".join(str(d) for d in search_dirs())
        raise NativeModuleError(
            "warp_mlir's native module (_native) is not built: looked in "
            f"{where}. Build the project (`make build`, or `ninja -C BUILD`) "
            "and set WARP_MLIR_BUILD_DIR=BUILD when BUILD is not "
            f"{_REPOSITORY / 'build'}"
        )
    import warp_mlir

    # The package's modules come from python-frontend/warp_mlir; _native
    # from the build directory.
    if str(directory) not in warp_mlir.__path__:
        warp_mlir.__path__.append(str(directory))
    try:
        _loaded = importlib.import_module("warp_mlir._native")
    except ImportError as error:
        raise NativeModuleError(
            f"warp_mlir's native module in {directory} does not load: {error}"
        ) from None
    return _loaded


def identity() -> str:
    """What makes compiled code of this build differ from another's: the
    native module's file (its size and time) and LLVM's version. Part of
    every cache key."""
    native = load()
    path = Path(native.__file__)
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}:llvm-{native.llvm_version()}"
