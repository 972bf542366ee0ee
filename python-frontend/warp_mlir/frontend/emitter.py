"""The state a function is lowered in: the block being filled, locations,
op construction, literals, and Python locals (SSA values or slots)."""

from __future__ import annotations

import ast
import contextlib
from typing import Dict, Iterator, List, Optional, Sequence, Tuple, Union

from .. import types as wt
from . import literals
from .errors import FrontendError, SourceFile
from .locals_plan import Event, LocalPlan, NameEvents
from .resolve import FuncDef
from .typing_rules import literal_type, type_name
from .values import EntityValue, Literal, Operand, TupleValue, Value
from .writer import SSA, Block, Loc, Op, Token


class LocalSlot:
    """A Python local kept in a ``warp.var`` slot."""

    __slots__ = ("ref", "type", "name")

    def __init__(self, ref: SSA, type: wt.WarpType, name: str) -> None:
        self.ref = ref
        self.type = type
        self.name = name


class EmitterCore:
    """Op emission and locals; the expression and statement lowerings build
    on it."""

    def __init__(
        self,
        program: "object",
        definition: FuncDef,
        plan: Optional[LocalPlan],
    ) -> None:
        self.program = program
        self.definition = definition
        self.source: SourceFile = definition.source
        self.scope = definition.scope
        self.plan = plan  # None in the analysis pass: every local is a slot
        self.is_kernel = definition.kind == "kernel"
        self.entry = Block()
        self.blocks: List[Block] = [self.entry]
        self.var_insert_at = 0
        # Locals: name -> Value (SSA) or LocalSlot.
        self.locals: Dict[str, Union[Value, LocalSlot]] = {}
        self.local_names: set = set()
        self.param_names: List[str] = []
        # Analysis-pass bookkeeping.
        self.events: Dict[str, NameEvents] = {}
        self.path: List[Tuple[int, int]] = []
        self.seq = 0
        self.block_counter = 0
        self.loop_depth = 0
        self.tid_dims: Optional[int] = None
        self.tid_node: Optional[ast.AST] = None

    # ------------------------------------------------------------------ errors

    def error(self, node: Optional[ast.AST], message: str) -> FrontendError:
        return self.source.error(node, message)

    # --------------------------------------------------------------- locations

    def loc(self, node: Optional[ast.AST]) -> Loc:
        if node is None:
            node = self.definition.node
        line, col = self.source.position(node)
        return Loc(self.source.filename, line, col)

    # ------------------------------------------------------------------ blocks

    @property
    def block(self) -> Block:
        return self.blocks[-1]

    @contextlib.contextmanager
    def region(self) -> Iterator[Block]:
        block = Block()
        self.blocks.append(block)
        try:
            yield block
        finally:
            self.blocks.pop()

    def new_block_id(self) -> int:
        self.block_counter += 1
        return self.block_counter

    # --------------------------------------------------------------------- ops

    def emit(
        self,
        node: Optional[ast.AST],
        result_types: Sequence[wt.WarpType],
        body: Sequence[Token],
        regions: Sequence[Block] = (),
        joiners: Sequence[str] = (),
        tail: Sequence[Token] = (),
        terminator: bool = False,
    ) -> List[Value]:
        results = [SSA(t) for t in result_types]
        op = Op(results, body, self.loc(node), regions, joiners, tail, terminator)
        self.block.ops.append(op)
        return [Value(r, t) for r, t in zip(results, result_types)]

    def emit1(
        self, node: Optional[ast.AST], result_type: wt.WarpType, body: Sequence[Token]
    ) -> Value:
        return self.emit(node, [result_type], body)[0]

    def discard_if_last(self, value: Value) -> None:
        """Drops the op that made ``value`` when it is the block's last op
        (a constant folded into another one, used nowhere else)."""
        ops = self.block.ops
        if ops and len(ops[-1].results) == 1 and ops[-1].results[0] is value.ssa:
            ops.pop()

    def constant(self, node: Optional[ast.AST], value: object, dtype: wt.ScalarType) -> Value:
        text = literals.format_constant(value, dtype)
        result = self.emit1(node, dtype, ["warp.constant " + text])
        result.const = value
        return result

    # ---------------------------------------------------------------- literals

    def literal_value(self, literal: Literal, dtype: wt.ScalarType, what: str = "") -> Value:
        """A literal converted to ``dtype`` (Warp's scalar constructor)."""
        value = literal.value
        if dtype.is_int and not isinstance(value, float) and not dtype.is_bool:
            if not literals.int_fits(int(value), dtype) and dtype == wt.int32:
                raise self.error(
                    literal.node,
                    f"integer literal {int(value)} does not fit in int32; write "
                    f"wp.int64({int(value)}) or wp.uint32({int(value)})",
                )
        try:
            converted = literals.convert(value, dtype)
        except ValueError as error:
            raise self.error(literal.node, str(error)) from None
        return self.constant(literal.node, converted, dtype)

    def default_value(self, literal: Literal) -> Value:
        """A literal with Warp's default type: int32, float32 or bool. Like
        Warp, a later cast of it converts the literal's Python value
        (``x = 0.1; wp.float64(x)`` is the double 0.1)."""
        result = self.literal_value(literal, literal_type(literal.value))
        result.const = literal.value
        return result

    def value(
        self, operand: Operand, node: Optional[ast.AST] = None, what: str = "a value"
    ) -> Value:
        """An operand as one typed value (literals get their default type)."""
        if isinstance(operand, Value):
            return operand
        if isinstance(operand, Literal):
            return self.default_value(operand)
        if isinstance(operand, TupleValue):
            raise self.error(
                node or operand.node,
                f"expected {what}, got a tuple of {len(operand.items)} values",
            )
        if isinstance(operand, EntityValue):
            raise self.error(
                node or operand.node, f"expected {what}, got {operand.entity.describe()}"
            )
        raise self.error(node, f"expected {what}")

    def operand_type(self, operand: Operand) -> wt.WarpType:
        if isinstance(operand, Value):
            return operand.type
        if isinstance(operand, Literal):
            return literal_type(operand.value)
        raise TypeError("not a value")

    def coerce(self, operand: Operand, dtype: wt.WarpType, node: ast.AST, what: str) -> Value:
        """An operand that must have type ``dtype`` exactly (Warp converts
        nothing implicitly; a literal keeps its default type)."""
        val = self.value(operand, node, what)
        if val.type != dtype:
            raise self.error(
                node,
                f"{what} must be {type_name(dtype)}, got {type_name(val.type)}",
            )
        return val

    # ------------------------------------------------------------------ locals

    def record(
        self,
        name: str,
        kind: str,
        type: Optional[wt.WarpType] = None,
        node: Optional[ast.AST] = None,
    ) -> None:
        """Note a read or write of a local, for the SSA/slot decision."""
        if self.plan is not None:
            return
        self.seq += 1
        events = self.events.setdefault(name, NameEvents())
        event = Event(tuple(self.path), self.seq, kind)
        if kind == "use":
            events.uses.append(event)
        else:
            if not events.defs:
                events.first_def_seq = self.seq
                events.type = type
                events.first_def_node = node
            events.defs.append(event)

    def declare_slot(self, name: str, type: wt.WarpType, node: Optional[ast.AST]) -> LocalSlot:
        ref_type = _RefType(type)
        results = [SSA(ref_type)]
        op = Op(results, [f"warp.var {_quote(name)} : {ref_type.mlir}"], self.loc(node))
        self.entry.ops.insert(self.var_insert_at, op)
        self.var_insert_at += 1
        slot = LocalSlot(results[0], type, name)
        self.locals[name] = slot
        return slot

    def read_local(self, name: str, node: ast.AST) -> Value:
        binding = self.locals.get(name)
        if binding is None:
            raise self.error(node, f"local variable '{name}' is read before it is assigned")
        self.record(name, "use")
        if isinstance(binding, Value):
            return binding
        return self.emit1(
            node, binding.type, ["warp.read ", binding.ref, f" : !warp.ref<{binding.type.mlir}>"]
        )

    def assign_local(
        self, name: str, operand: Operand, node: ast.AST, kind: str = "assign"
    ) -> None:
        """``name = value``: an SSA binding or a write to the name's slot."""
        val = self.value(operand, node, "a value to assign")
        binding = self.locals.get(name)
        declared = None
        if isinstance(binding, LocalSlot):
            declared = binding.type
        elif binding is not None and self.plan is None:
            declared = binding.type
        if declared is None and self.plan is not None and self.plan.is_var(name):
            declared = self.plan.var_types[name]
        if declared is not None and declared != val.type:
            raise self.error(
                node,
                f"cannot assign {type_name(val.type)} to '{name}', which holds "
                f"{type_name(declared)} (a Warp local keeps one type)",
            )
        self.record(name, kind, val.type, node)
        if self.plan is not None and not self.plan.is_var(name):
            self.locals[name] = val
            return
        if not isinstance(binding, LocalSlot):
            binding = self.declare_slot(name, val.type, node)
        self.emit(
            node,
            [],
            ["warp.write ", val.ssa, ", ", binding.ref, f" : !warp.ref<{binding.type.mlir}>"],
        )

    def is_local(self, name: str) -> bool:
        return name in self.local_names


class _RefType(wt.WarpType):
    """``!warp.ref<T>``, the type of a slot."""

    def __init__(self, element: wt.WarpType) -> None:
        self.element = element
        self.mlir = f"!warp.ref<{element.mlir}>"
        self.surface = f"ref({element.surface})"


def _quote(text: str) -> str:
    from .writer import quote

    return quote(text)
