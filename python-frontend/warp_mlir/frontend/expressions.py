"""Expressions: names, literals, operators, comparisons, ``and``/``or``,
the ternary, subscripts and attributes. Calls are in builtins.py and
calls.py."""

from __future__ import annotations

import ast
from typing import List, Optional, Sequence

from .. import types as wt
from .resolve import (
    ConstantRef,
    CompositeConstant,
    Entity,
    Namespace,
    PyModuleRef,
    namespace_attribute,
)
from .typing_rules import (
    PREDICATE_SPELLING,
    TypingError,
    binary_result,
    compare_ok,
    invert_result,
    is_int,
    negate_result,
    not_operand_ok,
    type_name,
)
from .values import EntityValue, Literal, Operand, TupleValue, Value

BINARY_OPS = {
    ast.Add: "add",
    ast.Sub: "sub",
    ast.Mult: "mul",
    ast.MatMult: "matmul",
    ast.Div: "div",
    ast.FloorDiv: "floordiv",
    ast.Mod: "mod",
    ast.Pow: "pow",
    ast.BitAnd: "bit_and",
    ast.BitOr: "bit_or",
    ast.BitXor: "bit_xor",
    ast.LShift: "shl",
    ast.RShift: "shr",
}

COMPARISONS = {
    ast.Eq: "eq",
    ast.NotEq: "ne",
    ast.Lt: "lt",
    ast.LtE: "le",
    ast.Gt: "gt",
    ast.GtE: "ge",
}

VECTOR_COMPONENTS = {"x": 0, "y": 1, "z": 2, "w": 3}

_UNSUPPORTED_EXPRESSIONS = {
    ast.Lambda: "lambda expressions are not supported in Warp kernels",
    ast.ListComp: "list comprehensions are not supported in Warp kernels",
    ast.SetComp: "set comprehensions are not supported in Warp kernels",
    ast.DictComp: "dict comprehensions are not supported in Warp kernels",
    ast.GeneratorExp: "generator expressions are not supported in Warp kernels",
    ast.List: "lists are not supported in Warp kernels",
    ast.Set: "sets are not supported in Warp kernels",
    ast.Dict: "dicts are not supported in Warp kernels",
    ast.JoinedStr: "f-strings are not supported in Warp kernels",
    ast.NamedExpr: "the walrus operator ':=' is not supported in Warp kernels",
    ast.Starred: "starred expressions (*args) are not supported in Warp kernels",
    ast.Await: "await is not supported in Warp kernels",
    ast.Yield: "yield is not supported in Warp kernels",
    ast.YieldFrom: "yield is not supported in Warp kernels",
    ast.Slice: "slices are not supported in Warp kernels",
}


class ExpressionLowering:
    """Mixin: lowers expressions to ops."""

    # ---------------------------------------------------------------- dispatch

    def expr(self, node: ast.AST) -> Operand:
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is not None:
            return method(node)
        for kind, message in _UNSUPPORTED_EXPRESSIONS.items():
            if isinstance(node, kind):
                raise self.error(node, message)
        raise self.error(
            node, f"{type(node).__name__} expressions are not supported in Warp kernels"
        )

    def expr_value(self, node: ast.AST, what: str = "a value") -> Value:
        return self.value(self.expr(node), node, what)

    # ---------------------------------------------------------------- literals

    def expr_Constant(self, node: ast.Constant) -> Operand:
        value = node.value
        if isinstance(value, bool) or isinstance(value, (int, float)):
            return Literal(value, node)
        if isinstance(value, str):
            raise self.error(node, "strings are not supported in Warp kernels")
        if value is None:
            raise self.error(node, "None is not a Warp value")
        if isinstance(value, complex):
            raise self.error(node, "complex numbers are not supported in Warp kernels")
        raise self.error(node, f"the constant {value!r} is not supported in Warp kernels")

    def expr_Tuple(self, node: ast.Tuple) -> Operand:
        return TupleValue([self.expr(e) for e in node.elts], node)

    # ------------------------------------------------------------------- names

    def expr_Name(self, node: ast.Name) -> Operand:
        name = node.id
        if self.is_local(name):
            return self.read_local(name, node)
        entity = self.scope.lookup(name)
        if entity is None:
            raise self.error(node, f"name '{name}' is not defined")
        return self.entity_operand(entity, node)

    def entity_operand(self, entity: Entity, node: ast.AST) -> Operand:
        """A name's entity as an operand: constants become values."""
        if isinstance(entity, ConstantRef):
            return self.constant_operand(entity.value, node)
        return EntityValue(entity, node)

    def constant_operand(self, value: object, node: ast.AST) -> Operand:
        if isinstance(value, bool) or isinstance(value, (int, float)):
            return Literal(value, node)
        if isinstance(value, wt.ScalarValue):
            return self.constant(node, value.value, value.dtype)
        if isinstance(value, CompositeConstant):
            dtype = value.type.dtype
            operands = [self.constant(node, v, dtype) for v in value.elements]
            op = {wt.VectorType: "warp.vec", wt.MatrixType: "warp.mat", wt.QuatType: "warp.quat"}[
                type(value.type)
            ]
            return self.emit1(
                node, value.type, [op, " "] + _join(operands) + [" : " + value.type.mlir]
            )
        raise self.error(node, f"the constant {value!r} is not a Warp value")

    # -------------------------------------------------------------- attributes

    def expr_Attribute(self, node: ast.Attribute) -> Operand:
        base = self.expr(node.value)
        if isinstance(base, EntityValue):
            entity = base.entity
            if isinstance(entity, Namespace):
                return self.entity_operand(namespace_attribute(entity, node.attr), node)
            if isinstance(entity, PyModuleRef):
                return self.entity_operand(entity.attribute(node.attr), node)
            raise self.error(node, f"{entity.describe()} has no attribute '{node.attr}'")
        if isinstance(base, TupleValue):
            raise self.error(node, f"a tuple has no attribute '{node.attr}'")
        val = self.value(base, node.value)
        return self.attribute_of(val, node.attr, node)

    def attribute_of(self, val: Value, attr: str, node: ast.AST) -> Value:
        ty = val.type
        if isinstance(ty, wt.StructType):
            field = ty.field_type(attr)
            if field is None:
                raise self.error(node, f"struct {ty.name} has no field '{attr}'")
            return self.emit1(node, field, ["warp.getfield ", val.ssa, f'["{attr}"] : {ty.mlir}'])
        if isinstance(ty, (wt.VectorType, wt.QuatType)) and attr in VECTOR_COMPONENTS:
            size = ty.length if isinstance(ty, wt.VectorType) else 4
            index = VECTOR_COMPONENTS[attr]
            if index < size:
                i = self.constant(node, index, wt.int32)
                return self.emit1(
                    node, ty.dtype, ["warp.extract ", val.ssa, "[", i.ssa, f"] : {ty.mlir}, si32"]
                )
        if isinstance(ty, wt.TransformType) and attr in ("p", "q"):
            if attr == "p":
                return self.emit1(
                    node,
                    wt.VectorType(3, ty.dtype),
                    ["warp.transform_get_translation ", val.ssa, f" : {ty.mlir}"],
                )
            return self.emit1(
                node,
                wt.QuatType(ty.dtype),
                ["warp.transform_get_rotation ", val.ssa, f" : {ty.mlir}"],
            )
        if isinstance(ty, wt.ArrayType) and attr == "shape":
            raise self.error(node, "an array's shape is read one extent at a time: a.shape[d]")
        raise self.error(node, f"{type_name(ty)} has no attribute '{attr}'")

    # -------------------------------------------------------------- subscripts

    def subscript_indices(self, node: ast.Subscript) -> List[ast.AST]:
        index = node.slice
        if isinstance(index, ast.Tuple):
            return list(index.elts)
        return [index]

    def index_value(self, node: ast.AST) -> Value:
        if isinstance(node, ast.Slice):
            raise self.error(node, "slices are not supported in Warp kernels")
        val = self.expr_value(node, "an index")
        if not is_int(val.type):
            raise self.error(node, f"an index must be a Warp integer, got {type_name(val.type)}")
        return val

    def expr_Subscript(self, node: ast.Subscript) -> Operand:
        # a.shape[d]
        if isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
            base = self.expr(node.value.value)
            if isinstance(base, Value) and isinstance(base.type, wt.ArrayType):
                return self.shape_of(base, node)
        base = self.expr(node.value)
        if isinstance(base, EntityValue):
            raise self.error(node, f"cannot index {base.entity.describe()}")
        val = self.value(base, node.value)
        index_nodes = self.subscript_indices(node)
        indices = [self.index_value(i) for i in index_nodes]
        return self.index_read(val, indices, index_nodes, node)

    def shape_of(self, array: Value, node: ast.Subscript) -> Value:
        dim_node = node.slice
        dim = dim_node.value if isinstance(dim_node, ast.Constant) else None
        if isinstance(dim_node, ast.UnaryOp) and isinstance(dim_node.op, ast.USub):
            if isinstance(dim_node.operand, ast.Constant):
                dim = -dim_node.operand.value
        if not isinstance(dim, int) or isinstance(dim, bool):
            raise self.error(dim_node, "a.shape[d] needs a constant dimension d")
        ndim = array.type.ndim
        if dim < 0:
            dim += ndim
        if not 0 <= dim < ndim:
            raise self.error(dim_node, f"dimension {dim} is out of range for a {ndim}-d array")
        return self.emit1(
            node, wt.int32, ["warp.shape ", array.ssa, f"[{dim}] : {array.type.mlir}"]
        )

    def index_read(
        self, val: Value, indices: List[Value], index_nodes: List[ast.AST], node: ast.AST
    ) -> Value:
        ty = val.type
        index_types = "".join(", " + i.type.mlir for i in indices)
        if isinstance(ty, wt.ArrayType):
            if len(indices) > ty.ndim:
                raise self.error(node, f"{len(indices)} indices for a {ty.ndim}-d array")
            if len(indices) == ty.ndim:
                return self.emit1(
                    node,
                    ty.dtype,
                    ["warp.load ", val.ssa, "["]
                    + _join(indices)
                    + ["] : " + ty.mlir + index_types],
                )
            view = wt.ArrayType(ty.dtype, ty.ndim - len(indices))
            return self.emit1(
                node,
                view,
                ["warp.view ", val.ssa, "["]
                + _join(indices)
                + ["] : " + ty.mlir + index_types + " -> " + view.mlir],
            )
        result = self.element_access_type(ty, indices, index_nodes, node)
        return self.emit1(
            node,
            result,
            ["warp.extract ", val.ssa, "["] + _join(indices) + ["] : " + ty.mlir + index_types],
        )

    def element_access_type(
        self, ty: wt.WarpType, indices: List[Value], index_nodes: List[ast.AST], node: ast.AST
    ) -> wt.WarpType:
        """The type of ``value[indices]`` for a composite, checking constant
        indices against its extent."""
        if isinstance(ty, (wt.VectorType, wt.QuatType, wt.TransformType)):
            size = {wt.VectorType: lambda: ty.length, wt.QuatType: lambda: 4}.get(
                type(ty), lambda: 7
            )()
            if len(indices) != 1:
                raise self.error(node, f"a {type_name(ty)} takes one index, got {len(indices)}")
            self.check_constant_index(index_nodes[0], size, type_name(ty))
            return ty.dtype
        if isinstance(ty, wt.MatrixType):
            if len(indices) == 1:
                self.check_constant_index(index_nodes[0], ty.rows, type_name(ty))
                return wt.VectorType(ty.cols, ty.dtype)
            if len(indices) == 2:
                self.check_constant_index(index_nodes[0], ty.rows, type_name(ty))
                self.check_constant_index(index_nodes[1], ty.cols, type_name(ty))
                return ty.dtype
            raise self.error(
                node, f"a {type_name(ty)} takes one or two indices, got {len(indices)}"
            )
        raise self.error(node, f"{type_name(ty)} cannot be indexed")

    def check_constant_index(self, node: ast.AST, size: int, what: str) -> None:
        value = _constant_int(node)
        if value is not None and not -size <= value < size:
            raise self.error(node, f"index {value} is out of range for {what} (size {size})")

    # --------------------------------------------------------------- operators

    def expr_UnaryOp(self, node: ast.UnaryOp) -> Operand:
        operand_node = node.operand
        if isinstance(node.op, (ast.USub, ast.UAdd)):
            folded = _fold_signed_literal(node)
            if folded is not None:
                return Literal(folded, node)
        operand = self.expr(operand_node)
        if isinstance(node.op, ast.Not):
            val = self.value(operand, operand_node)
            if not not_operand_ok(val.type):
                raise self.error(
                    node,
                    f"'not' is not defined for {type_name(val.type)} in Warp (compare with "
                    "zero explicitly)",
                )
            return self.emit1(node, wt.bool_, ["warp.not ", val.ssa, f" : {val.type.mlir}"])
        val = self.value(operand, operand_node)
        try:
            if isinstance(node.op, ast.USub):
                ty = negate_result(val.type)
                return self.emit1(node, ty, ["warp.neg ", val.ssa, f" : {ty.mlir}"])
            if isinstance(node.op, ast.UAdd):
                negate_result(val.type)
                return val
            if isinstance(node.op, ast.Invert):
                ty = invert_result(val.type)
                return self.emit1(node, ty, ["warp.bit_not ", val.ssa, f" : {ty.mlir}"])
        except TypingError as error:
            raise self.error(node, str(error)) from None
        raise self.error(node, "unsupported unary operator")

    def expr_BinOp(self, node: ast.BinOp) -> Operand:
        op = BINARY_OPS.get(type(node.op))
        if op is None:
            raise self.error(node, f"operator {type(node.op).__name__} is not supported")
        lhs = self.expr(node.left)
        rhs = self.expr(node.right)
        return self.binary(op, lhs, rhs, node, node.left, node.right)

    def binary(
        self,
        op: str,
        lhs: Operand,
        rhs: Operand,
        node: ast.AST,
        lhs_node: Optional[ast.AST] = None,
        rhs_node: Optional[ast.AST] = None,
    ) -> Value:
        lval = self.value(lhs, lhs_node or node, "an operand")
        rval = self.value(rhs, rhs_node or node, "an operand")
        try:
            result = binary_result(op, lval.type, rval.type)
        except TypingError as error:
            raise self.error(node, str(error)) from None
        return self.emit1(node, result, self.operator_body("warp." + op, lval, rval, result))

    @staticmethod
    def operator_body(name: str, lhs: Value, rhs: Value, result: wt.WarpType) -> list:
        if lhs.type == rhs.type == result:
            types = result.mlir
        else:
            types = f"({lhs.type.mlir}, {rhs.type.mlir}) -> {result.mlir}"
        return [name + " ", lhs.ssa, ", ", rhs.ssa, " : " + types]

    # ------------------------------------------------------------- comparisons

    def expr_Compare(self, node: ast.Compare) -> Operand:
        for op in node.ops:
            if type(op) not in COMPARISONS:
                spelled = {ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
                raise self.error(
                    node,
                    f"the '{spelled.get(type(op), '?')}' operator is not supported in Warp kernels",
                )
        # Warp evaluates every operand first, then ((a < b) && (b < c)) ...;
        # links after the first compare operands of one type.
        left = self.expr_value(node.left, "an operand")
        operands = [left] + [self.expr_value(c, "an operand") for c in node.comparators]
        predicates = [COMPARISONS[type(op)] for op in node.ops]
        result = self.compare(predicates[0], operands[0], operands[1], node)
        for index in range(1, len(predicates)):
            lhs, rhs = operands[index], operands[index + 1]
            if lhs.type != rhs.type:
                raise self.error(
                    node.comparators[index],
                    f"a chained comparison compares operands of one type after its first "
                    f"link, got {type_name(lhs.type)} and {type_name(rhs.type)}",
                )
            result = self.short_circuit(
                "and",
                result,
                lambda p=predicates[index], lhs=lhs, rhs=rhs: self.compare(p, lhs, rhs, node),
                node,
            )
        return result

    def compare(self, predicate: str, lhs: Value, rhs: Value, node: ast.AST) -> Value:
        problem = compare_ok(predicate, lhs.type, rhs.type)
        if problem is not None:
            raise self.error(node, f"operator '{PREDICATE_SPELLING[predicate]}': {problem}")
        types = lhs.type.mlir if lhs.type == rhs.type else f"{lhs.type.mlir}, {rhs.type.mlir}"
        return self.emit1(
            node, wt.bool_, [f"warp.cmp {predicate}, ", lhs.ssa, ", ", rhs.ssa, " : " + types]
        )

    # ------------------------------------------------------------- and / or

    def expr_BoolOp(self, node: ast.BoolOp) -> Operand:
        kind = "and" if isinstance(node.op, ast.And) else "or"
        result = self.truth_operand(self.expr(node.values[0]), node.values[0], f"'{kind}'")
        for operand_node in node.values[1:]:
            result = self.short_circuit(
                kind,
                result,
                lambda operand_node=operand_node: self.truth_operand(
                    self.expr(operand_node), operand_node, f"'{kind}'"
                ),
                node,
            )
        return result

    def truth_operand(self, operand: Operand, node: ast.AST, what: str) -> Value:
        val = self.value(operand, node, "a condition")
        if not isinstance(val.type, wt.ScalarType):
            raise self.error(node, f"{what} takes Warp scalars, got {type_name(val.type)}")
        return val

    def short_circuit(self, kind: str, lhs: Value, rhs_builder, node: ast.AST) -> Value:
        """``warp.and``/``warp.or``: the right operand is computed in a region."""
        with self.region() as block:
            rhs = rhs_builder()
            self.emit(node, [], ["warp.yield ", rhs.ssa, f" : {rhs.type.mlir}"], terminator=True)
        return self.emit(
            node, [wt.bool_], [f"warp.{kind} ", lhs.ssa, f" : {lhs.type.mlir}"], regions=[block]
        )[0]

    # --------------------------------------------------------------- ternary

    def expr_IfExp(self, node: ast.IfExp) -> Operand:
        cond = self.expr_value(node.test, "a condition")
        if not isinstance(cond.type, wt.ScalarType) or cond.type.is_float:
            raise self.error(
                node.test,
                f"the condition of 'a if c else b' must be a bool or an integer in Warp, got "
                f"{type_name(cond.type)}",
            )
        with self.region() as then_block:
            then_value = self.expr_value(node.body)
        with self.region() as else_block:
            else_value = self.expr_value(node.orelse)
        if then_value.type != else_value.type:
            raise self.error(
                node,
                f"both branches of 'a if c else b' must have one type, got "
                f"{type_name(then_value.type)} and {type_name(else_value.type)}",
            )
        result = then_value.type
        for block, value in ((then_block, then_value), (else_block, else_value)):
            self.blocks.append(block)
            self.emit(node, [], ["warp.yield ", value.ssa, f" : {result.mlir}"], terminator=True)
            self.blocks.pop()
        return self.emit(
            node,
            [result],
            ["warp.ifexp ", cond.ssa, f" : {cond.type.mlir} -> {result.mlir}"],
            regions=[then_block, else_block],
            joiners=[" ", " else "],
        )[0]


def _join(values: Sequence[Value]) -> list:
    tokens: list = []
    for index, val in enumerate(values):
        if index:
            tokens.append(", ")
        tokens.append(val.ssa)
    return tokens


def _constant_int(node: ast.AST) -> Optional[int]:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int)
        and not isinstance(node.value, bool)
    ):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _constant_int(node.operand)
        return -inner if inner is not None else None
    return None


def _fold_signed_literal(node: ast.UnaryOp) -> Optional[object]:
    """``-1``, ``-0.5``, ``+2``: one literal, as Warp folds it."""
    operand = node.operand
    if isinstance(operand, ast.UnaryOp) and isinstance(operand.op, (ast.USub, ast.UAdd)):
        inner = _fold_signed_literal(operand)
    elif (
        isinstance(operand, ast.Constant)
        and isinstance(operand.value, (int, float))
        and not isinstance(operand.value, bool)
    ):
        inner = operand.value
    else:
        return None
    if inner is None:
        return None
    return -inner if isinstance(node.op, ast.USub) else inner


join_values = _join
constant_int = _constant_int
