"""Statements and control flow: assignments (to locals, array elements,
vector components and struct fields), ``+=`` (atomic on arrays), if/elif/
else, ``for ... in range``, while, break, continue and return."""

from __future__ import annotations

import ast
from typing import List

from .. import types as wt
from .expressions import BINARY_OPS, constant_int, join_values
from .resolve import BuiltinRef, PyBuiltinRef
from .typing_rules import type_name
from .values import EntityValue, Literal, Operand, TupleValue, Value

# a[i] OP= v on an array element is one of Warp's atomics.
ATOMIC_AUGMENTED = {
    ast.Add: "add",
    ast.Sub: "sub",
    ast.BitAnd: "and",
    ast.BitOr: "or",
    ast.BitXor: "xor",
}

_UNSUPPORTED_STATEMENTS = {
    ast.Try: "try statements are not supported in Warp kernels",
    ast.With: "with statements are not supported in Warp kernels",
    ast.AsyncWith: "async with statements are not supported in Warp kernels",
    ast.Raise: "raise statements are not supported in Warp kernels",
    ast.Global: "global declarations are not supported in Warp kernels",
    ast.Nonlocal: "nonlocal declarations are not supported in Warp kernels",
    ast.Delete: "del statements are not supported in Warp kernels",
    ast.FunctionDef: "nested function definitions are not supported in Warp kernels",
    ast.AsyncFunctionDef: "nested function definitions are not supported in Warp kernels",
    ast.ClassDef: "class definitions inside a kernel are not supported",
    ast.Import: "import statements are not supported inside a Warp kernel",
    ast.ImportFrom: "import statements are not supported inside a Warp kernel",
    ast.AsyncFor: "async for loops are not supported in Warp kernels",
    ast.Assert: "assert statements are not supported by warp-mlir",
    ast.AnnAssign: "annotated assignments (x: T = v) are not supported in Warp kernels; "
    "write x = T(v)",
}
if hasattr(ast, "TryStar"):
    _UNSUPPORTED_STATEMENTS[ast.TryStar] = "try statements are not supported in Warp kernels"
if hasattr(ast, "Match"):
    _UNSUPPORTED_STATEMENTS[ast.Match] = "match statements are not supported in Warp kernels"


def always_terminates(statements: List[ast.stmt]) -> bool:
    """Whether a statement list ends every path in return, break or
    continue (statements after such a statement are never reached)."""
    for statement in statements:
        if isinstance(statement, (ast.Return, ast.Break, ast.Continue)):
            return True
        if (
            isinstance(statement, ast.If)
            and statement.orelse
            and always_terminates(statement.body)
            and always_terminates(statement.orelse)
        ):
            return True
    return False


# ---------------------------------------------------------------- l-values


class LValue:
    """A place a value can be assigned to."""

    def load(self) -> Value:
        raise NotImplementedError

    def store(self, value: Operand, node: ast.AST) -> None:
        raise NotImplementedError


class LocalLValue(LValue):
    def __init__(self, lowering, name: str, node: ast.AST) -> None:
        self.lowering, self.name, self.node = lowering, name, node

    def load(self) -> Value:
        return self.lowering.read_local(self.name, self.node)

    def store(self, value: Operand, node: ast.AST) -> None:
        self.lowering.assign_local(self.name, value, node)
        self.lowering.forget_constant(self.name)


class ArrayElementLValue(LValue):
    def __init__(self, lowering, array: Value, indices: List[Value], node: ast.AST) -> None:
        self.lowering, self.array, self.indices, self.node = lowering, array, indices, node

    def index_types(self) -> str:
        return "".join(", " + i.type.mlir for i in self.indices)

    def load(self) -> Value:
        low = self.lowering
        return low.emit1(
            self.node,
            self.array.type.dtype,
            ["warp.load ", self.array.ssa, "["]
            + join_values(self.indices)
            + ["] : " + self.array.type.mlir + self.index_types()],
        )

    def store(self, value: Operand, node: ast.AST) -> None:
        low = self.lowering
        dtype = self.array.type.dtype
        val = low.value(value, node, "a value to store")
        if val.type != dtype:
            raise low.error(
                node,
                f"cannot store {type_name(val.type)} into an array of {type_name(dtype)} "
                "(Warp does not convert implicitly)",
            )
        low.emit(
            node,
            [],
            ["warp.store ", val.ssa, ", ", self.array.ssa, "["]
            + join_values(self.indices)
            + ["] : " + self.array.type.mlir + self.index_types()],
        )


class ViewLValue(LValue):
    """``a[i]`` on a 2-d array: readable (and indexable), not assignable."""

    def __init__(self, lowering, view: Value, node: ast.AST) -> None:
        self.lowering, self.view, self.node = lowering, view, node

    def load(self) -> Value:
        return self.view

    def store(self, value: Operand, node: ast.AST) -> None:
        raise self.lowering.error(
            self.node, "cannot assign to a sub-array; index every dimension of the array"
        )


class ComponentLValue(LValue):
    """An element, row or field of a vector/matrix/quaternion/transform/
    struct held in another l-value: assigning it rebuilds the container."""

    def __init__(self, lowering, parent: LValue, container: Value, kind: str, key, node: ast.AST):
        self.lowering, self.parent, self.container = lowering, parent, container
        self.kind, self.key, self.node = kind, key, node  # kind: "index" or "field"
        if kind == "index":
            self.indices, index_nodes = key
            self.type = lowering.element_access_type(
                container.type, self.indices, index_nodes, node
            )
        else:
            self.type = container.type.field_type(key)

    def load(self) -> Value:
        low = self.lowering
        ty = self.container.type
        if self.kind == "field":
            return low.emit1(
                self.node,
                self.type,
                ["warp.getfield ", self.container.ssa, f'["{self.key}"] : {ty.mlir}'],
            )
        types = "".join(", " + i.type.mlir for i in self.indices)
        return low.emit1(
            self.node,
            self.type,
            ["warp.extract ", self.container.ssa, "["]
            + join_values(self.indices)
            + ["] : " + ty.mlir + types],
        )

    def store(self, value: Operand, node: ast.AST) -> None:
        low = self.lowering
        ty = self.container.type
        val = low.value(value, node, "a value to assign")
        if val.type != self.type:
            what = (
                f"field '{self.key}' of {ty.name}"
                if self.kind == "field"
                else f"an element of {type_name(ty)}"
            )
            raise low.error(
                node,
                f"cannot assign {type_name(val.type)} to {what}, which is {type_name(self.type)}",
            )
        if self.kind == "field":
            updated = low.emit1(
                node,
                ty,
                [
                    "warp.setfield ",
                    self.container.ssa,
                    f'["{self.key}"] = ',
                    val.ssa,
                    f" : {ty.mlir}",
                ],
            )
        else:
            types = "".join(", " + i.type.mlir for i in self.indices)
            updated = low.emit1(
                node,
                ty,
                ["warp.insert ", val.ssa, " into ", self.container.ssa, "["]
                + join_values(self.indices)
                + ["] : " + ty.mlir + types],
            )
        self.parent.store(updated, node)


class StatementLowering:
    """Mixin: lowers statements."""

    def lower_body(self, statements: List[ast.stmt]) -> None:
        block_id = self.new_block_id()
        for index, statement in enumerate(statements):
            if self.block.terminated:
                break  # unreachable, as after a return
            self.path.append((block_id, index))
            try:
                self.statement(statement)
            finally:
                self.path.pop()

    def statement(self, node: ast.stmt) -> None:
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is not None:
            method(node)
            return
        for kind, message in _UNSUPPORTED_STATEMENTS.items():
            if isinstance(node, kind):
                raise self.error(node, message)
        raise self.error(
            node, f"{type(node).__name__} statements are not supported in Warp kernels"
        )

    # ------------------------------------------------------------- simple

    def stmt_Pass(self, node: ast.Pass) -> None:
        pass

    def stmt_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # a docstring or a string used as a comment
        operand = self.expr(node.value)
        if isinstance(operand, EntityValue):
            raise self.error(node, f"{operand.entity.describe()} is not a statement")

    # --------------------------------------------------------- assignment

    def stmt_Assign(self, node: ast.Assign) -> None:
        operand = self.assigned_value(node.value, node.targets[0])
        if isinstance(operand, Literal) and len(node.targets) > 1:
            operand = self.value(operand, node.value)
        for target in node.targets:
            self.assign_target(target, operand, node.value)

    def assigned_value(self, value: ast.AST, target: ast.AST) -> Operand:
        """The right-hand side; ``i, j = wp.tid()`` asks tid for two indices."""
        if isinstance(value, ast.Call) and isinstance(target, (ast.Tuple, ast.List)):
            callee = value.func
            if isinstance(callee, (ast.Name, ast.Attribute)):
                entity = self.peek_entity(callee)
                if isinstance(entity, BuiltinRef) and entity.name == "tid":
                    return self.builtin_tid(value, len(target.elts))
        return self.expr(value)

    def peek_entity(self, node: ast.AST):
        """The entity a name or ``module.attr`` names, without emitting."""
        if isinstance(node, ast.Name):
            if self.is_local(node.id):
                return None
            return self.scope.lookup(node.id)
        if isinstance(node, ast.Attribute):
            from .resolve import Namespace, PyModuleRef, namespace_attribute

            base = self.peek_entity(node.value)
            if isinstance(base, Namespace):
                return namespace_attribute(base, node.attr)
            if isinstance(base, PyModuleRef):
                return base.attribute(node.attr)
        return None

    def assign_target(self, target: ast.AST, operand: Operand, value_node: ast.AST) -> None:
        if isinstance(target, ast.Name):
            if isinstance(operand, TupleValue):
                raise self.error(
                    target,
                    f"cannot assign a tuple of {len(operand.items)} values to one name; "
                    "unpack it (a, b = ...)",
                )
            if isinstance(operand, EntityValue):
                raise self.error(
                    value_node, f"cannot assign {operand.entity.describe()} to a local variable"
                )
            self.assign_local(target.id, operand, target)
            self.note_assignment(target.id, value_node)
            return
        if isinstance(target, (ast.Tuple, ast.List)):
            if not isinstance(operand, TupleValue):
                raise self.error(target, "cannot unpack a single value into several names")
            if any(isinstance(e, ast.Starred) for e in target.elts):
                raise self.error(target, "starred assignment targets are not supported")
            if len(target.elts) != len(operand.items):
                raise self.error(
                    target,
                    f"cannot unpack {len(operand.items)} values into {len(target.elts)} names",
                )
            items = (
                value_node.elts
                if isinstance(value_node, ast.Tuple) and len(value_node.elts) == len(target.elts)
                else [None] * len(target.elts)
            )
            for element, item, item_node in zip(target.elts, operand.items, items):
                self.assign_target(element, item, item_node)
            return
        if isinstance(target, (ast.Subscript, ast.Attribute)):
            if isinstance(operand, (TupleValue, EntityValue)):
                raise self.error(value_node, "expected one value to assign")
            self.resolve_lvalue(target).store(operand, target)
            return
        if isinstance(target, ast.Starred):
            raise self.error(target, "starred assignment targets are not supported")
        raise self.error(target, f"cannot assign to {type(target).__name__}")

    def resolve_lvalue(self, node: ast.AST) -> LValue:
        if isinstance(node, ast.Name):
            if not self.is_local(node.id):
                raise self.error(
                    node, f"cannot assign to '{node.id}', which is not a local variable"
                )
            return LocalLValue(self, node.id, node)
        if isinstance(node, (ast.Subscript, ast.Attribute)):
            self.check_not_shape(node)
            return self.component_lvalue(self.resolve_lvalue(node.value), node)
        raise self.error(node, f"cannot assign to a {type(node).__name__} expression")

    def check_not_shape(self, node: ast.AST) -> None:
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "shape"
        ):
            raise self.error(node, "an array's shape cannot be assigned")

    def component_lvalue(self, parent: LValue, node: ast.AST) -> LValue:
        """``parent[indices]`` or ``parent.attr`` as an l-value."""
        container = parent.load()
        ty = container.type
        if isinstance(node, ast.Subscript):
            index_nodes = self.subscript_indices(node)
            indices = [self.index_value(i) for i in index_nodes]
            if isinstance(ty, wt.ArrayType):
                if len(indices) > ty.ndim:
                    raise self.error(node, f"{len(indices)} indices for a {ty.ndim}-d array")
                if len(indices) == ty.ndim:
                    return ArrayElementLValue(self, container, indices, node)
                return ViewLValue(
                    self, self.index_read(container, indices, index_nodes, node), node
                )
            return ComponentLValue(self, parent, container, "index", (indices, index_nodes), node)
        if isinstance(ty, wt.StructType):
            if ty.field_type(node.attr) is None:
                raise self.error(node, f"struct {ty.name} has no field '{node.attr}'")
            return ComponentLValue(self, parent, container, "field", node.attr, node)
        index = self.component_index(ty, node)
        if index is None:
            raise self.error(node, f"cannot assign to '.{node.attr}' of {type_name(ty)}")
        return ComponentLValue(self, parent, container, "index", ([index], [None]), node)

    def component_index(self, ty: wt.WarpType, node: ast.Attribute):
        """``.x`` .. ``.w`` of a vector or quaternion as a constant index."""
        from .expressions import VECTOR_COMPONENTS

        if isinstance(ty, (wt.VectorType, wt.QuatType)) and node.attr in VECTOR_COMPONENTS:
            size = ty.length if isinstance(ty, wt.VectorType) else 4
            if VECTOR_COMPONENTS[node.attr] < size:
                return self.constant(node, VECTOR_COMPONENTS[node.attr], wt.int32)
        return None

    def component_atomic_ok(self, parent: LValue, node: ast.AST, kind: str) -> bool:
        """Whether ``a[i][k] OP= v`` / ``a[i].x OP= v`` is Warp's atomic on a
        component of a vector or matrix array element."""
        from .builtins import atomic_element_ok
        from .expressions import VECTOR_COMPONENTS

        if not isinstance(parent, ArrayElementLValue):
            return False
        dtype = parent.array.type.dtype
        if not isinstance(dtype, (wt.VectorType, wt.MatrixType)):
            return False
        if not atomic_element_ok(kind, dtype.dtype):
            return False
        if isinstance(node, ast.Attribute):
            return (
                isinstance(dtype, wt.VectorType)
                and node.attr in VECTOR_COMPONENTS
                and VECTOR_COMPONENTS[node.attr] < dtype.length
            )
        count = len(self.subscript_indices(node))
        return count == 1 or (count == 2 and isinstance(dtype, wt.MatrixType))

    def component_atomic(self, parent: "ArrayElementLValue", node: ast.AST, kind: str, aug) -> None:
        """The atomic Warp performs on one component: the whole element is
        combined with a value that is the operator's identity everywhere but
        at the component (``x + -0.0 == x``, ``x & ~0 == x``, ...), which
        leaves the other components exactly as they are."""
        dtype = parent.array.type.dtype
        if isinstance(node, ast.Attribute):
            indices = [self.component_index(dtype, node)]
            index_nodes = [None]
        else:
            index_nodes = self.subscript_indices(node)
            indices = [self.index_value(i) for i in index_nodes]
        part_type = self.element_access_type(dtype, indices, index_nodes, node)
        value = self.coerce(
            self.expr(aug.value), part_type, aug.value, "the value combined with the component"
        )
        element = dtype.dtype
        if element.is_float:
            identity = -0.0 if kind == "add" else 0.0
        elif kind == "and":
            identity = -1 if element.is_signed else (1 << element.bits) - 1
        else:
            identity = 0
        fill = self.constant(aug, identity, element)
        op = "warp.vec " if isinstance(dtype, wt.VectorType) else "warp.mat "
        base = self.emit1(aug, dtype, [op, fill.ssa, f" : {dtype.mlir}"])
        types = "".join(", " + i.type.mlir for i in indices)
        delta = self.emit1(
            aug,
            dtype,
            ["warp.insert ", value.ssa, " into ", base.ssa, "["]
            + join_values(indices)
            + ["] : " + dtype.mlir + types],
        )
        self.emit_atomic(kind, parent.array, parent.indices, [delta], aug)

    def stmt_AugAssign(self, node: ast.AugAssign) -> None:
        op = BINARY_OPS.get(type(node.op))
        if op is None:
            raise self.error(node, "unsupported augmented assignment")
        target = node.target
        if isinstance(target, ast.Name):
            current = self.read_local(target.id, target) if self.is_local(target.id) else None
            if current is None:
                raise self.error(
                    target, f"cannot assign to '{target.id}', which is not a local variable"
                )
            rhs = self.expr(node.value)
            result = self.binary(op, current, rhs, node, target, node.value)
            self.assign_local(target.id, result, target)
            self.forget_constant(target.id)
            return
        if not isinstance(target, (ast.Subscript, ast.Attribute)):
            raise self.error(target, "cannot assign to this expression")
        self.check_not_shape(target)
        parent = self.resolve_lvalue(target.value)
        kind = ATOMIC_AUGMENTED.get(type(node.op))
        if kind is not None and self.component_atomic_ok(parent, target, kind):
            # a[i].x += v is an atomic on that component in Warp.
            self.component_atomic(parent, target, kind, node)
            return
        lvalue = self.component_lvalue(parent, target)
        if isinstance(lvalue, ViewLValue):
            lvalue.store(None, node)
        if isinstance(lvalue, ArrayElementLValue) and type(node.op) in ATOMIC_AUGMENTED:
            # a[i] += v is wp.atomic_add(a, i, v) in Warp.
            rhs = self.expr(node.value)
            value = self.coerce(
                rhs, lvalue.array.type.dtype, node.value, "the value added to an array element"
            )
            self.emit_atomic(
                ATOMIC_AUGMENTED[type(node.op)], lvalue.array, lvalue.indices, [value], node
            )
            return
        current = lvalue.load()
        rhs = self.expr(node.value)
        result = self.binary(op, current, rhs, node, target, node.value)
        lvalue.store(result, node)

    # ------------------------------------------------------------ control

    def condition_value(self, node: ast.AST, what: str) -> Value:
        val = self.expr_value(node, "a condition")
        if not isinstance(val.type, wt.ScalarType):
            hint = (
                " (test an array with 'not a' or compare it)"
                if isinstance(val.type, wt.ArrayType)
                else ""
            )
            raise self.error(
                node,
                f"the condition of {what} must be a Warp scalar, got {type_name(val.type)}{hint}",
            )
        return val

    def stmt_If(self, node: ast.If) -> None:
        cond = self.condition_value(node.test, "an if statement")
        flatten = (
            bool(node.orelse) and always_terminates(node.body) and always_terminates(node.orelse)
        )
        before = self.branch_state()
        with self.region() as then_block:
            self.lower_body(node.body)
        then_constants = dict(self._constant_locals())
        self.restore_constants(before)
        if not node.orelse or flatten:
            self.emit(
                node, [], ["warp.if ", cond.ssa, f" : {cond.type.mlir}"], regions=[then_block]
            )
            if flatten:
                # Both branches leave; the else branch is what follows.
                self.lower_body(node.orelse)
            else:
                self.merge_constants(before, then_constants, node.body, [])
            return
        with self.region() as else_block:
            self.lower_body(node.orelse)
        self.merge_constants(before, then_constants, node.body, node.orelse)
        self.emit(
            node,
            [],
            ["warp.if ", cond.ssa, f" : {cond.type.mlir}"],
            regions=[then_block, else_block],
            joiners=[" ", " else "],
        )

    def stmt_For(self, node: ast.For) -> None:
        if node.orelse:
            raise self.error(node, "for ... else is not supported in Warp kernels")
        call = node.iter
        entity = self.peek_entity(call.func) if isinstance(call, ast.Call) else None
        if not (isinstance(entity, PyBuiltinRef) and entity.name == "range"):
            raise self.error(node.iter, "for loops iterate over range(...) in Warp kernels")
        if call.keywords or not 1 <= len(call.args) <= 3:
            raise self.error(call, "range() takes 1 to 3 positional arguments")
        if not isinstance(node.target, ast.Name):
            raise self.error(node.target, "the loop variable of a for loop must be a plain name")
        written = [self.expr(a) for a in call.args]
        if len(written) == 1:
            parts = [Literal(0, call), written[0], Literal(1, call)]
            nodes = [call, call.args[0], call]
        else:
            parts = written + ([Literal(1, call)] if len(written) == 2 else [])
            nodes = list(call.args) + ([call] if len(written) == 2 else [])
        step_constant = constant_int(call.args[2]) if len(call.args) == 3 else 1
        if step_constant == 0:
            raise self.error(call.args[2], "range() step must not be zero")
        values = []
        for part, part_node in zip(parts, nodes):
            val = self.value(part, part_node, "a range() bound")
            if val.type != wt.int32:
                raise self.error(
                    part_node, f"range() takes int32 bounds in Warp, got {type_name(val.type)}"
                )
            values.append(val)
        start, stop, step = values
        from .writer import SSA

        if not self.is_static_range(call, node.body):
            self.check_dynamic_loop(node.body, own_target=node.target.id)
        induction = SSA(wt.int32)
        with self.region() as body:
            self.assign_local(node.target.id, Value(induction, wt.int32), node.target, kind="for")
            self.forget_constant(node.target.id)
            self.loop_depth += 1
            try:
                self.lower_body(node.body)
            finally:
                self.loop_depth -= 1
        self.emit(
            node,
            [],
            [
                "warp.for ",
                induction,
                " = ",
                start.ssa,
                " to ",
                stop.ssa,
                " step ",
                step.ssa,
                " : si32",
            ],
            regions=[body],
        )

    def stmt_While(self, node: ast.While) -> None:
        if node.orelse:
            raise self.error(node, "while ... else is not supported in Warp kernels")
        self.check_dynamic_loop(node.body)
        with self.region() as cond_block:
            cond = self.condition_value(node.test, "a while loop")
            self.emit(
                node.test,
                [],
                ["warp.condition ", cond.ssa, f" : {cond.type.mlir}"],
                terminator=True,
            )
        with self.region() as body:
            self.loop_depth += 1
            try:
                self.lower_body(node.body)
            finally:
                self.loop_depth -= 1
        self.emit(node, [], ["warp.while"], regions=[cond_block, body], joiners=[" ", " do "])

    def stmt_Break(self, node: ast.Break) -> None:
        if self.loop_depth == 0:
            raise self.error(node, "'break' outside a loop")
        self.emit(node, [], ["warp.break"], terminator=True)

    def stmt_Continue(self, node: ast.Continue) -> None:
        if self.loop_depth == 0:
            raise self.error(node, "'continue' outside a loop")
        self.emit(node, [], ["warp.continue"], terminator=True)

    def stmt_Return(self, node: ast.Return) -> None:
        if node.value is None:
            values: List[Value] = []
        else:
            if self.is_kernel:
                raise self.error(
                    node.value, "a kernel returns nothing; write results into an array"
                )
            operand = self.expr(node.value)
            items = operand.items if isinstance(operand, TupleValue) else [operand]
            item_nodes = (
                node.value.elts if isinstance(node.value, ast.Tuple) else [node.value] * len(items)
            )
            declared = self.result_types
            values = []
            for index, (item, item_node) in enumerate(zip(items, item_nodes)):
                if declared is not None and index < len(declared):
                    values.append(
                        self.coerce(item, declared[index], item_node, f"return value #{index}")
                    )
                else:
                    values.append(self.value(item, item_node, "a return value"))
        types = [v.type for v in values]
        if self.result_types is None:
            self.result_types = types
        elif types != self.result_types:
            expected = ", ".join(type_name(t) for t in self.result_types) or "nothing"
            got = ", ".join(type_name(t) for t in types) or "nothing"
            raise self.error(
                node, f"this return gives ({got}) but {self.definition.name}() returns ({expected})"
            )
        body = ["warp.return"]
        if values:
            body += [" "] + join_values(values) + [" : " + ", ".join(t.mlir for t in types)]
        self.emit(node, [], body, terminator=True)
