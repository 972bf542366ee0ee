"""What an expression lowers to: a typed SSA value, a not-yet-typed Python
literal, a tuple of values, or a compile-time entity (a type, a builtin,
a module...)."""

from __future__ import annotations

import ast
from typing import List, Union

from ..types import WarpType
from .resolve import Entity
from .writer import SSA


class Value:
    """A runtime value of a Warp type; ``const`` is its Python value when
    it is a ``warp.constant`` (casts of constants fold)."""

    __slots__ = ("ssa", "type", "const")

    def __init__(self, ssa: SSA, type: WarpType, const: object = None) -> None:
        self.ssa = ssa
        self.type = type
        self.const = const


class Literal:
    """A Python literal (int, float or bool) not yet given a type: it is
    typed where it is used (int32/float32/bool by default; a vector
    constructor converts it to its element type)."""

    __slots__ = ("value", "node")

    def __init__(self, value: Union[bool, int, float], node: ast.AST) -> None:
        self.value = value
        self.node = node


class TupleValue:
    """Several values: ``wp.tid()`` in 2-d, a call of a function with
    several results, or a Python tuple ``(a, b)`` being assigned or returned."""

    __slots__ = ("items", "node")

    def __init__(self, items: List["Operand"], node: ast.AST) -> None:
        self.items = items
        self.node = node


class EntityValue:
    """A name that stands for a compile-time entity, not a value."""

    __slots__ = ("entity", "node")

    def __init__(self, entity: Entity, node: ast.AST) -> None:
        self.entity = entity
        self.node = node


Operand = Union[Value, Literal, TupleValue, EntityValue]
