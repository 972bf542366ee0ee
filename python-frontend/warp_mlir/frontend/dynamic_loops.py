"""Warp's rule on constants in dynamic loops.

warp-lang keeps a local assigned a bare literal (``k = 0``, ``x = -1.5``,
``True``, ``wp.pi``) as a compile-time constant, and
rejects assigning it inside a *dynamic* loop: "Error mutating a constant k
inside a dynamic loop, use the following syntax: pi = float(3.141) to
declare a dynamic variable". A loop is dynamic unless it is a ``for`` over
``range`` of constant integers with at most 16 iterations and no ``break``
(those warp-lang unrolls); every ``while`` is dynamic. ``k = int(0)`` is a
dynamic variable. The IR is the same either way; only legality follows
Warp.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional

from .. import types as wt
from .resolve import ConstantRef

MAX_UNROLL = 16  # warp-lang's default max_unroll


def _contains_break(body: List[ast.stmt]) -> bool:
    """A break of this loop (nested loops excluded), as warp-lang looks for it."""
    for statement in body:
        if isinstance(statement, ast.Break):
            return True
        if isinstance(statement, ast.If) and (
            _contains_break(statement.body) or _contains_break(statement.orelse)
        ):
            return True
    return False


class DynamicLoopRule:
    """Mixin: tracks constant locals and checks dynamic loops."""

    def _constant_locals(self) -> Dict[str, ast.AST]:
        if not hasattr(self, "_constants"):
            self._constants: Dict[str, ast.AST] = {}
        return self._constants

    def constant_value_of(self, node: ast.AST) -> Optional[object]:
        """The number a bare literal, a module constant or a constant local
        stands for; None for anything else (casts and expressions included)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and isinstance(node.operand.value, (int, float))
        ):
            return -node.operand.value
        if isinstance(node, ast.Name):
            if self.is_local(node.id):
                source = self._constant_locals().get(node.id)
                return None if source is None else self.constant_value_of(source)
            entity = self.scope.lookup(node.id)
            return _constant_number(entity)
        if isinstance(node, ast.Attribute):
            entity = self.peek_entity(node)
            return _constant_number(entity)
        return None

    def note_assignment(self, name: str, value_node: Optional[ast.AST]) -> None:
        """After ``name = value``: whether ``name`` now holds a Warp constant."""
        constants = self._constant_locals()
        # A name on the right (``d = c``, ``d = G``) makes a dynamic copy in
        # warp-lang; a literal or ``wp.pi`` stays a constant.
        if (
            value_node is not None
            and not isinstance(value_node, ast.Name)
            and self.constant_value_of(value_node) is not None
        ):
            constants[name] = value_node
        else:
            constants.pop(name, None)

    def forget_constant(self, name: str) -> None:
        self._constant_locals().pop(name, None)

    def branch_state(self) -> tuple:
        """What an ``if`` needs to merge its branches' constants: the names
        bound before it and the constants then."""
        return set(self.locals), dict(self._constant_locals())

    def restore_constants(self, state: tuple) -> None:
        self._constants = dict(state[1])

    def merge_constants(
        self, before: tuple, then_constants: Dict[str, ast.AST], then_body, else_body
    ) -> None:
        """After an ``if``: warp-lang merges a name assigned in a branch with
        its other version through ``where`` (no longer a constant), unless it
        was unbound before and only one branch assigns it."""
        from .function import assigned_names

        bound_before, constants_before = before
        else_constants = self._constant_locals()
        in_then, in_else = assigned_names(then_body), assigned_names(else_body)
        merged = dict(constants_before)
        for name in in_then | in_else:
            merged.pop(name, None)
            if name in bound_before or (name in in_then and name in in_else):
                continue
            source = (then_constants if name in in_then else else_constants).get(name)
            if source is not None:
                merged[name] = source
        self._constants = merged

    def is_static_range(self, call: ast.Call, body: List[ast.stmt]) -> bool:
        """Whether warp-lang unrolls ``for ... in range(...)``."""
        values = [self.constant_value_of(arg) for arg in call.args]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return False
        if len(values) == 3 and values[2] == 0:
            return False
        return len(range(*values)) <= MAX_UNROLL and not _contains_break(body)

    def check_dynamic_loop(self, body: List[ast.stmt], own_target: Optional[str] = None) -> None:
        """Rejects assigning a constant local inside a dynamic loop."""
        if self.plan is not None:
            return  # checked once, in the analysis pass
        constants = self._constant_locals()
        if not constants:
            return
        for statement in body:
            for node in ast.walk(statement):
                targets: List[ast.AST] = []
                if isinstance(node, ast.Assign):
                    targets = list(node.targets)
                elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                    targets = [node.target]
                elif isinstance(node, ast.For):
                    targets = [node.target]
                for target in targets:
                    for name_node in ast.walk(target):
                        if not isinstance(name_node, ast.Name) or name_node.id == own_target:
                            continue
                        source = constants.get(name_node.id)
                        if source is not None:
                            line = source.lineno + self.source.line_offset
                            raise self.error(
                                name_node,
                                f"'{name_node.id}' holds a constant (assigned a literal on line "
                                f"{line}) and cannot be assigned inside a dynamic loop in Warp; "
                                f"declare a dynamic variable with its type, e.g. "
                                f"{name_node.id} = float(0.0) or {name_node.id} = int(0)",
                            )


def _constant_number(entity) -> Optional[object]:
    if isinstance(entity, ConstantRef):
        value = entity.value
        if isinstance(value, wt.ScalarValue):
            return value.value
        if isinstance(value, (int, float)):
            return value
    return None
