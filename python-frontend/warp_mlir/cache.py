"""Compiled kernels, cached by a content hash.

The key of a compilation is the SHA-256 of (the IR text, the target, its
options, the compiler's identity: the native module's file and LLVM's
version, and for CPU code the host CPU's name and features). What it holds:

- in memory: the loaded code (a CPU module linked into the process, a CUDA
  module on the device), for the life of the process;
- on disk, under ``$WARP_MLIR_CACHE_DIR`` (default ``~/.cache/warp-mlir``):
  the CPU object file (``KEY.o``) and the PTX text (``KEY.ptx``), so that a
  new process loads them without compiling.

A disk cache that cannot be written is skipped with one warning; it never
fails a launch. ``stats()`` counts memory hits, disk hits and compilations.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, Optional

from . import native
from .errors import CompileError

CACHE_FORMAT = 1
"""Bumped when what the cache holds changes meaning."""

_lock = threading.Lock()
_memory: Dict[str, Any] = {}
_stats = {"memory_hits": 0, "disk_hits": 0, "compiles": 0}
_warned = False


def cache_dir() -> Path:
    """``$WARP_MLIR_CACHE_DIR``, else ``~/.cache/warp-mlir``."""
    configured = os.environ.get("WARP_MLIR_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "warp-mlir"


def cache_key(ir: str, target: str, options: Optional[Dict[str, Any]] = None) -> str:
    """The content hash naming a compilation of ``ir`` for ``target``."""
    parts = {
        "format": CACHE_FORMAT,
        "compiler": native.identity(),
        "target": target,
        "options": options or {},
    }
    if target == "cpu":
        parts["host"] = native.load().host_cpu()
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(ir.encode())
    return digest.hexdigest()


def stats() -> Dict[str, int]:
    """Counts since the process started (or ``clear()``): ``memory_hits``,
    ``disk_hits``, ``compiles`` (compilations this cache ran) and
    ``native_compiles`` (every compilation the native module ran)."""
    with _lock:
        result = dict(_stats)
    result["native_compiles"] = native.load().compile_count()
    return result


def clear(memory: bool = True, disk: bool = False) -> None:
    """Forgets the loaded code (``memory``) and deletes the files of the
    disk cache (``disk``); resets the counters."""
    with _lock:
        if memory:
            _memory.clear()
        for name in _stats:
            _stats[name] = 0
    if disk:
        directory = cache_dir()
        if directory.is_dir():
            for path in directory.iterdir():
                if path.suffix in (".o", ".ptx") and len(path.stem) == 64:
                    path.unlink(missing_ok=True)


def _warn_once(message: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        warnings.warn(
            f"warp_mlir: {message}; the disk cache is skipped", RuntimeWarning, stacklevel=3
        )


def _read(path: Path) -> Optional[bytes]:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        _warn_once(f"cannot read {path}: {error.strerror}")
        return None


def _write(path: Path, data: bytes) -> None:
    """Writes atomically (a temporary file renamed), so that processes
    sharing the cache never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        _warn_once(f"cannot write {path}: {error.strerror or error}")


def cached(
    key: str,
    suffix: str,
    compile: Callable[[], bytes],
    load: Callable[[bytes], Any],
) -> Any:
    """The loaded code for ``key``: from memory, else ``load`` of the disk
    cache's ``KEY.suffix``, else ``load`` of ``compile()`` (also written to
    the disk cache)."""
    with _lock:
        if key in _memory:
            _stats["memory_hits"] += 1
            return _memory[key]
    path = cache_dir() / f"{key}{suffix}"
    data = _read(path)
    if data is not None:
        try:
            loaded = load(data)
        except CompileError:
            loaded = None  # a file that does not load: compile again
        if loaded is not None:
            with _lock:
                _stats["disk_hits"] += 1
                return _memory.setdefault(key, loaded)
    data = compile()
    loaded = load(data)
    with _lock:
        _stats["compiles"] += 1
        loaded = _memory.setdefault(key, loaded)
    _write(path, data)
    return loaded
