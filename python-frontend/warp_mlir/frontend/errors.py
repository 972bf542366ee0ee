"""The one error the frontend raises: a located, readable FrontendError."""

from __future__ import annotations

import ast
from typing import Optional, Sequence


class FrontendError(Exception):
    """A Python construct the frontend cannot compile, at a source position.

    ``line`` and ``col`` are 1-based (the column of the construct's first
    character). ``str(e)`` is ``file:line:col: error: message`` followed by
    the source line and a caret under the column, as compilers print it.
    """

    def __init__(
        self,
        message: str,
        filename: str = "<string>",
        line: int = 0,
        col: int = 0,
        source_line: Optional[str] = None,
    ) -> None:
        self.message = message
        self.filename = filename
        self.line = line
        self.col = col
        self.source_line = source_line
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"{self.filename}:{self.line}:{self.col}: error: {self.message}"
        if self.source_line is not None and self.line > 0:
            line = self.source_line.rstrip("\n")
            caret = "".join(ch if ch == "\t" else " " for ch in line[: max(self.col - 1, 0)])
            text += f"\n{line}\n{caret}^"
        return text

    def __str__(self) -> str:
        return self._render()


class SourceFile:
    """A Python source text and where its lines sit in the file it came from.

    ``line_offset`` is added to the AST's line numbers: a function's source
    taken out of a larger file (``inspect.getsourcelines``) keeps its lines'
    numbers in that file. ``col_offset`` is added to columns of a source that
    was dedented.
    """

    def __init__(self, text: str, filename: str, line_offset: int = 0, col_offset: int = 0) -> None:
        self.text = text
        self.filename = filename
        self.line_offset = line_offset
        self.col_offset = col_offset
        self.lines: Sequence[str] = text.splitlines()

    def position(self, node: ast.AST) -> tuple:
        """The 1-based (line, col) of a node in the original file."""
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0)
        # ast columns count UTF-8 bytes; turn them into characters.
        if 1 <= line <= len(self.lines) and not self.lines[line - 1].isascii():
            raw = self.lines[line - 1].encode("utf-8")
            col = len(raw[:col].decode("utf-8", errors="replace"))
        return line + self.line_offset, col + 1 + self.col_offset

    def line_text(self, file_line: int) -> Optional[str]:
        index = file_line - self.line_offset - 1
        if 0 <= index < len(self.lines):
            return " " * self.col_offset + self.lines[index]
        return None

    def error(self, node: Optional[ast.AST], message: str) -> FrontendError:
        """A FrontendError at ``node`` (the file's start when there is none)."""
        if node is None:
            return FrontendError(message, self.filename, 1 + self.line_offset, 1)
        line, col = self.position(node)
        return FrontendError(message, self.filename, line, col, self.line_text(line))
