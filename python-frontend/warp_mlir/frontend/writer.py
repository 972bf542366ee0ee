"""The MLIR text writer: ops, blocks and regions of the ``warp`` dialect in
custom assembly form, every op with its ``loc("file":line:col)``.

Ops are built as token lists (strings and SSA values) and numbered only when
the module is rendered, in textual order, so that the same program always
prints the same text.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Union

from ..types import WarpType


class SSA:
    """One SSA value. ``fixed_name`` is used for function parameters; every
    other value is numbered ``%0``, ``%1``, ... per function when rendered."""

    __slots__ = ("type", "fixed_name")

    def __init__(self, type: WarpType, fixed_name: Optional[str] = None) -> None:
        self.type = type
        self.fixed_name = fixed_name


class Loc:
    """A file:line:col location (1-based line and column)."""

    __slots__ = ("filename", "line", "col")

    def __init__(self, filename: str, line: int, col: int) -> None:
        self.filename = filename
        self.line = line
        self.col = col

    def render(self) -> str:
        return f"loc({quote(self.filename)}:{self.line}:{self.col})"


Token = Union[str, SSA]


class Block:
    """A block of ops; ``terminated`` once a warp.return, warp.break or
    warp.continue ends it."""

    def __init__(self) -> None:
        self.ops: List["Op"] = []

    @property
    def terminated(self) -> bool:
        return bool(self.ops) and self.ops[-1].is_terminator


class Op:
    """An op: ``results = body {region} joiner {region} ... tail loc``."""

    def __init__(
        self,
        results: Sequence[SSA],
        body: Sequence[Token],
        loc: Loc,
        regions: Sequence[Block] = (),
        joiners: Sequence[str] = (),
        tail: Sequence[Token] = (),
        is_terminator: bool = False,
    ) -> None:
        self.results = list(results)
        self.body = list(body)
        self.loc = loc
        self.regions = list(regions)
        self.joiners = list(joiners)
        self.tail = list(tail)
        self.is_terminator = is_terminator


class FunctionText:
    """A warp.kernel or warp.func: the header tokens, its body and location."""

    def __init__(self, header: Sequence[Token], body: Block, loc: Loc) -> None:
        self.header = list(header)
        self.body = body
        self.loc = loc


def quote(text: str) -> str:
    """An MLIR string literal."""
    out = []
    for ch in text:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%02X" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_SUFFIX_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.]*$")


def is_mlir_identifier(name: str) -> bool:
    return bool(_SUFFIX_ID.match(name))


class _Namer:
    def __init__(self) -> None:
        self.names: Dict[int, str] = {}
        self.next = 0

    def define(self, value: SSA) -> str:
        key = id(value)
        if key not in self.names:
            if value.fixed_name is not None:
                self.names[key] = "%" + value.fixed_name
            else:
                self.names[key] = f"%{self.next}"
                self.next += 1
        return self.names[key]

    def use(self, value: SSA) -> str:
        # Definitions always come first in textual order; a value seen first
        # in a use (the block argument of warp.for) is defined by that use.
        return self.define(value)


def _render_tokens(tokens: Sequence[Token], namer: _Namer) -> str:
    return "".join(namer.use(t) if isinstance(t, SSA) else t for t in tokens)


def _render_block(block: Block, namer: _Namer, indent: int, out: List[str]) -> None:
    for op in block.ops:
        _render_op(op, namer, indent, out)


def _render_op(op: Op, namer: _Namer, indent: int, out: List[str]) -> None:
    pad = "  " * indent
    text = ""
    if op.results:
        text = ", ".join(namer.define(r) for r in op.results) + " = "
    text += _render_tokens(op.body, namer)
    if not op.regions:
        text += _render_tokens(op.tail, namer)
        out.append(f"{pad}{text} {op.loc.render()}")
        return
    for index, region in enumerate(op.regions):
        joiner = op.joiners[index] if index < len(op.joiners) else " "
        if index == 0:
            out.append(f"{pad}{text}{joiner}{{")
        else:
            out.append(f"{pad}}}{joiner}{{")
        _render_block(region, namer, indent + 1, out)
    out.append(f"{pad}}}{_render_tokens(op.tail, namer)} {op.loc.render()}")


def render_function(function: FunctionText, indent: int, out: List[str]) -> None:
    namer = _Namer()
    pad = "  " * indent
    out.append(f"{pad}{_render_tokens(function.header, namer)} {{")
    _render_block(function.body, namer, indent + 1, out)
    out.append(f"{pad}}} {function.loc.render()}")


def render_module(
    aliases: Sequence[str], functions: Sequence[FunctionText], loc: Optional[Loc]
) -> str:
    """The whole module: type aliases first, then ``module { ... }``."""
    out: List[str] = list(aliases)
    out.append("module {")
    for function in functions:
        render_function(function, 1, out)
    out.append("}" + (" " + loc.render() if loc is not None else ""))
    return "\n".join(out) + "\n"
