"""Finding the warp-mlir tools and checking frontend output with them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def build_dir() -> Path:
    return Path(os.environ.get("WARP_MLIR_BUILD_DIR", REPO / "build"))


def tool(name: str) -> Path:
    """A warp-mlir tool of the build; a missing tool fails the test."""
    path = build_dir() / "bin" / name
    assert path.exists(), f"{path} not found: build warp-mlir or set WARP_MLIR_BUILD_DIR"
    return path


def verify(ir: str, *extra: str) -> str:
    """Runs warp-opt (parse + verify) on IR text; returns its output."""
    result = subprocess.run(
        [str(tool("warp-opt")), "-", *extra], input=ir, capture_output=True, text=True
    )
    assert result.returncode == 0, f"warp-opt rejected the IR:\n{result.stderr}\n--- IR ---\n{ir}"
    return result.stdout


def compile_ok(source: str, filename: str = "k.py") -> str:
    """Compiles a module source with the frontend and checks that warp-opt
    verifies the result."""
    import textwrap

    from warp_mlir.frontend import compile_source

    ir = compile_source(textwrap.dedent(source), filename)
    verify(ir)
    return ir


def strip_locs(ir: str) -> str:
    """The IR without its ``loc(...)`` suffixes."""
    import re

    return re.sub(r' loc\("[^"]*":\d+:\d+\)', "", ir)


def pattern(text: str) -> "re.Pattern":
    """A line pattern: ``%_`` matches any SSA value, other text is literal."""
    import re

    parts = [re.escape(part) for part in text.split("%_")]
    return re.compile(r"%[\w$.]+(?:#\d+)?".join(parts))


def has(ir: str, *lines: str) -> bool:
    """Whether each pattern matches some line of the IR (locations ignored)."""
    body = strip_locs(ir).splitlines()
    return all(any(pattern(line).search(candidate) for candidate in body) for line in lines)


def count(ir: str, text: str) -> int:
    """How many lines of the IR match the pattern."""
    return sum(1 for line in strip_locs(ir).splitlines() if pattern(text).search(line))
