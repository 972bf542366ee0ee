"""Which Python locals become SSA values and which become ``warp.var`` slots.

A function is lowered twice. The first lowering keeps every local in a slot
and records, for each local name, where it is defined and where it is read,
as statement paths. This module then decides:

- a parameter never assigned in the body stays its block argument;
- a local assigned exactly once, whose definition dominates every read, is
  a plain SSA value (its name is not kept);
- a name bound only by ``for`` loops, each read inside the body of exactly
  one of them, is that loop's induction variable;
- everything else is a ``warp.var "name"`` slot, declared at the function's
  entry (parameters first, then by first assignment).

Dominance is structural: a statement path is the list of (block id, index)
pairs from the function body down to the statement, and ``seq`` orders the
reads and writes within one statement (a right-hand side is read before its
target is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..types import WarpType

Path = Tuple[Tuple[int, int], ...]


@dataclass
class Event:
    path: Path
    seq: int
    kind: str = "use"  # "use", "assign", "for" or "param"


@dataclass
class NameEvents:
    defs: List[Event] = field(default_factory=list)
    uses: List[Event] = field(default_factory=list)
    type: Optional[WarpType] = None
    first_def_seq: int = 0
    first_def_node: object = None


def dominates(definition: Event, use: Event) -> bool:
    """Whether every path to ``use`` passes ``definition`` first."""
    if definition.kind == "param":
        return True
    d, u = definition.path, use.path
    if definition.kind == "for":
        # The loop binds its target at the start of each iteration of its
        # body; the range arguments (same path) come before.
        return len(u) > len(d) and u[: len(d)] == d
    level = len(d) - 1
    if len(u) <= level or u[:level] != d[:level]:
        return False
    (d_block, d_index), (u_block, u_index) = d[level], u[level]
    if d_block != u_block:
        return False
    if u_index > d_index:
        return True
    return u_index == d_index and use.seq > definition.seq


class LocalPlan:
    """The outcome: ``var_names`` (in declaration order) and the names
    that are SSA values."""

    def __init__(self, events: Dict[str, NameEvents], params: List[str]) -> None:
        self.var_names: List[str] = []
        self.var_types: Dict[str, WarpType] = {}
        self.var_nodes: Dict[str, object] = {}
        self.ssa_names: set = set()
        self.loop_names: set = set()
        ordered = sorted(
            events.items(),
            key=lambda item: (
                0 if any(d.kind == "param" for d in item[1].defs) else 1,
                params.index(item[0]) if item[0] in params else 0,
                item[1].first_def_seq,
            ),
        )
        for name, ev in ordered:
            kind = self._decide(ev)
            if kind == "var":
                self.var_names.append(name)
                self.var_types[name] = ev.type
                self.var_nodes[name] = ev.first_def_node
            elif kind == "loop":
                self.loop_names.add(name)
            else:
                self.ssa_names.add(name)

    @staticmethod
    def _decide(ev: NameEvents) -> str:
        if not ev.defs:
            return "ssa"
        if len(ev.defs) == 1:
            definition = ev.defs[0]
            if all(dominates(definition, use) for use in ev.uses):
                return "loop" if definition.kind == "for" else "ssa"
            return "var"
        if all(d.kind == "for" for d in ev.defs):
            for use in ev.uses:
                if sum(1 for d in ev.defs if dominates(d, use)) != 1:
                    return "var"
            return "loop"
        return "var"

    def is_var(self, name: str) -> bool:
        return name in self.var_types
