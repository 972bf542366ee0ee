"""Warp's builtins (``wp.sin``, ``wp.dot``, ``wp.atomic_add``, ``wp.tid``, ...)
and the Python builtins kernels may call (``min``, ``abs``, ``len``, ...),
each checked against Warp's overloads and lowered to its op."""

from __future__ import annotations

import ast
from typing import Dict, List, Tuple

from .. import types as wt
from .calls import Args
from .expressions import join_values
from .resolve import PyBuiltinRef, TypeRef
from .typing_rules import (
    TypingError,
    element_type,
    is_float,
    is_int,
    is_number,
    negate_result,
    type_name,
)
from .values import EntityValue, Literal, Operand, TupleValue, Value

UNARY_FLOAT = (
    "sin cos tan asin acos atan sinh cosh tanh sqrt cbrt exp log log2 log10 erf erfc "
    "degrees radians floor ceil trunc round rint frac"
).split()

ATOMIC_KINDS = {
    "atomic_add": "add",
    "atomic_sub": "sub",
    "atomic_min": "min",
    "atomic_max": "max",
    "atomic_and": "and",
    "atomic_or": "or",
    "atomic_xor": "xor",
    "atomic_exch": "exch",
}

_ATOMIC_ELEMENTS = {
    "add": ("si32", "ui32", "si64", "ui64", "f16", "f32", "f64"),
    "sub": ("si32", "ui32", "si64", "ui64", "f16", "f32", "f64"),
    "min": ("si32", "ui32", "si64", "ui64", "f32", "f64"),
    "max": ("si32", "ui32", "si64", "ui64", "f32", "f64"),
    "exch": ("si32", "ui32", "si64", "ui64", "f32", "f64"),
    "and": ("si32", "ui32", "si64", "ui64"),
    "or": ("si32", "ui32", "si64", "ui64"),
    "xor": ("si32", "ui32", "si64", "ui64"),
    "cas": ("si32", "ui32", "si64", "ui64", "f32", "f64"),
}

SUPPORTED_BUILTINS = (
    set(UNARY_FLOAT)
    | set(ATOMIC_KINDS)
    | {
        "tid",
        "abs",
        "sign",
        "step",
        "nonzero",
        "atan2",
        "copysign",
        "min",
        "max",
        "clamp",
        "smoothstep",
        "lerp",
        "isfinite",
        "isnan",
        "isinf",
        "dot",
        "cross",
        "cw_mul",
        "cw_div",
        "outer",
        "length",
        "length_sq",
        "normalize",
        "transpose",
        "determinant",
        "inverse",
        "trace",
        "diag",
        "skew",
        "where",
        "quat_from_axis_angle",
        "quat_rotate",
        "quat_inverse",
        "transform_point",
        "transform_vector",
        "transform_get_translation",
        "transform_get_rotation",
        "identity",
        "quat_identity",
        "transform_identity",
        "matrix_from_rows",
        "matrix_from_cols",
        "atomic_cas",
        "neg",
    }
)

OPERATOR_FUNCTIONS = {
    "add": "add",
    "sub": "sub",
    "mul": "mul",
    "div": "div",
    "floordiv": "floordiv",
    "mod": "mod",
    "pow": "pow",
    "bit_and": "bit_and",
    "bit_or": "bit_or",
    "bit_xor": "bit_xor",
    "lshift": "shl",
    "rshift": "shr",
}


def atomic_element_ok(kind: str, element: wt.WarpType) -> bool:
    """Whether Warp's atomic ``kind`` takes elements (or components) of this type."""
    return isinstance(element, wt.ScalarType) and element.mlir in _ATOMIC_ELEMENTS[kind]


class BuiltinLowering:
    """Mixin: lowers calls of builtins."""

    def want_count(self, args: Args, name: str, *counts: int) -> None:
        if args.keywords:
            key = next(iter(args.keywords))
            raise self.error(args.keyword_nodes[key], f"{name}() takes no keyword argument '{key}'")
        if len(args.positional) not in counts:
            expected = " or ".join(str(c) for c in counts)
            raise self.error(
                args.node,
                f"{name}() takes {expected} argument{'s' if counts != (1,) else ''}, got "
                f"{len(args.positional)}",
            )

    def arg_values(self, args: Args, name: str) -> List[Value]:
        return [
            self.value(operand, node, f"an argument of {name}()")
            for operand, node in zip(args.positional, args.nodes)
        ]

    def same_types(self, values: List[Value], args: Args, name: str) -> wt.WarpType:
        first = values[0].type
        for val, node in zip(values[1:], args.nodes[1:]):
            if val.type != first:
                raise self.error(
                    args.node,
                    f"{name}() needs arguments of one type, got "
                    + ", ".join(type_name(v.type) for v in values)
                    + " (Warp does not convert implicitly)",
                )
        return first

    def bad_types(self, args: Args, name: str, values: List[Value], expected: str):
        got = ", ".join(type_name(v.type) for v in values)
        return self.error(args.node, f"{name}() takes {expected}, got ({got})")

    def type_operand(self, operand: Operand, node: ast.AST, what: str) -> wt.WarpType:
        if isinstance(operand, EntityValue):
            entity = operand.entity
            if isinstance(entity, TypeRef):
                return entity.type
            if isinstance(entity, PyBuiltinRef) and entity.name in ("float", "int", "bool"):
                return {"float": wt.float32, "int": wt.int32, "bool": wt.bool_}[entity.name]
        raise self.error(node, f"{what} must be a Warp type")

    # ------------------------------------------------------------ builtins

    def call_builtin(self, name: str, node: ast.Call) -> Operand:
        if name not in SUPPORTED_BUILTINS and name not in OPERATOR_FUNCTIONS:
            raise self.error(node, f"wp.{name} is not supported by warp-mlir")
        if name == "tid":
            return self.builtin_tid(node)
        args = self.call_args(node)
        label = "wp." + name
        if name in UNARY_FLOAT:
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            if not is_float(x.type):
                raise self.bad_types(args, label, [x], "a float (float16, float32 or float64)")
            return self.emit1(node, x.type, [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"])
        if name in ("abs", "sign"):
            return self.unary_number_or_vector(name, args, label)
        if name in ("step", "nonzero"):
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            if not is_number(x.type):
                raise self.bad_types(args, label, [x], "a Warp number")
            return self.emit1(node, x.type, [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"])
        if name in ("atan2", "copysign"):
            self.want_count(args, label, 2)
            values = self.arg_values(args, label)
            ty = self.same_types(values, args, label)
            if not is_float(ty):
                raise self.bad_types(args, label, values, "two floats of one type")
            return self.emit1(
                node, ty, [f"warp.{name} ", values[0].ssa, ", ", values[1].ssa, f" : {ty.mlir}"]
            )
        if name in ("min", "max"):
            return self.min_max(name, args, label)
        if name in ("clamp", "smoothstep"):
            self.want_count(args, label, 3)
            values = self.arg_values(args, label)
            ty = self.same_types(values, args, label)
            ok = is_float(ty) if name == "smoothstep" else is_number(ty)
            if not ok:
                kind = "floats" if name == "smoothstep" else "numbers"
                raise self.bad_types(args, label, values, f"three {kind} of one type")
            return self.emit1(node, ty, [f"warp.{name} "] + join_values(values) + [f" : {ty.mlir}"])
        if name == "lerp":
            self.want_count(args, label, 3)
            a, b, t = self.arg_values(args, label)
            if (
                a.type != b.type
                or element_type(a.type) is None
                or not element_type(a.type).is_float
            ):
                raise self.bad_types(
                    args,
                    label,
                    [a, b, t],
                    "two floats or float composites of one type and a weight",
                )
            if t.type != element_type(a.type):
                raise self.error(
                    args.nodes[2],
                    f"the weight of wp.lerp must be {type_name(element_type(a.type))}, got {type_name(t.type)}",
                )
            return self.emit1(
                node, a.type, ["warp.lerp ", a.ssa, ", ", b.ssa, ", ", t.ssa, f" : {a.type.mlir}"]
            )
        if name in ("isfinite", "isnan", "isinf"):
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            ok = is_float(x.type) or (
                isinstance(x.type, (wt.VectorType, wt.MatrixType, wt.QuatType))
                and x.type.dtype.is_float
            )
            if not ok:
                raise self.bad_types(
                    args, label, [x], "a float, or a vector, matrix or quaternion of floats"
                )
            return self.emit1(node, wt.bool_, [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"])
        if name in ("dot", "cross", "cw_mul", "cw_div", "outer"):
            return self.vector_pair(name, args, label)
        if name in ("length", "length_sq", "normalize"):
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            ok = isinstance(x.type, (wt.VectorType, wt.QuatType)) and (
                name == "length_sq" or x.type.dtype.is_float
            )
            if not ok:
                what = (
                    "a vector or a quaternion"
                    if name == "length_sq"
                    else "a float vector or a quaternion"
                )
                raise self.bad_types(args, label, [x], what)
            result = x.type if name == "normalize" else x.type.dtype
            return self.emit1(node, result, [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"])
        if name in ("transpose", "determinant", "inverse", "trace"):
            return self.matrix_unary(name, args, label)
        if name in ("diag", "skew"):
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            if not isinstance(x.type, wt.VectorType) or (name == "skew" and x.type.length != 3):
                raise self.bad_types(
                    args, label, [x], "a 3-vector" if name == "skew" else "a vector"
                )
            n = x.type.length
            return self.emit1(
                node,
                wt.MatrixType(n, n, x.type.dtype),
                [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"],
            )
        if name == "where":
            self.want_count(args, label, 3)
            c, a, b = self.arg_values(args, label)
            cond_ok = (isinstance(c.type, wt.ScalarType) and not c.type.is_float) or isinstance(
                c.type, wt.ArrayType
            )
            if not cond_ok:
                raise self.error(
                    args.nodes[0],
                    f"the condition of wp.where must be a bool, an integer or an array, got {type_name(c.type)}",
                )
            if a.type != b.type:
                raise self.bad_types(
                    args, label, [c, a, b], "a condition and two values of one type"
                )
            return self.emit1(
                node,
                a.type,
                [
                    "warp.where ",
                    c.ssa,
                    ", ",
                    a.ssa,
                    ", ",
                    b.ssa,
                    f" : {c.type.mlir}, {a.type.mlir}",
                ],
            )
        if name in ("quat_from_axis_angle",):
            self.want_count(args, label, 2)
            axis, angle = self.arg_values(args, label)
            if not (
                isinstance(axis.type, wt.VectorType)
                and axis.type.length == 3
                and axis.type.dtype.is_float
                and angle.type == axis.type.dtype
            ):
                raise self.bad_types(
                    args, label, [axis, angle], "a float 3-vector and an angle of its element type"
                )
            return self.emit1(
                node,
                wt.QuatType(axis.type.dtype),
                ["warp.quat_from_axis_angle ", axis.ssa, ", ", angle.ssa, f" : {axis.type.mlir}"],
            )
        if name in ("quat_rotate",):
            self.want_count(args, label, 2)
            q, v = self.arg_values(args, label)
            if not (isinstance(q.type, wt.QuatType) and v.type == wt.VectorType(3, q.type.dtype)):
                raise self.bad_types(
                    args, label, [q, v], "a quaternion and a 3-vector of its element type"
                )
            return self.emit1(
                node, v.type, ["warp.quat_rotate ", q.ssa, ", ", v.ssa, f" : {q.type.mlir}"]
            )
        if name == "quat_inverse":
            self.want_count(args, label, 1)
            (q,) = self.arg_values(args, label)
            if not isinstance(q.type, wt.QuatType):
                raise self.bad_types(args, label, [q], "a quaternion")
            return self.emit1(node, q.type, ["warp.quat_inverse ", q.ssa, f" : {q.type.mlir}"])
        if name in ("transform_point", "transform_vector"):
            self.want_count(args, label, 2)
            t, v = self.arg_values(args, label)
            ok = isinstance(t.type, wt.TransformType) or (
                isinstance(t.type, wt.MatrixType)
                and t.type.rows == t.type.cols == 4
                and t.type.dtype.is_float
            )
            if not ok or v.type != wt.VectorType(3, t.type.dtype):
                raise self.bad_types(
                    args,
                    label,
                    [t, v],
                    "a transform (or a 4x4 matrix) and a 3-vector of its element type",
                )
            return self.emit1(
                node, v.type, [f"warp.{name} ", t.ssa, ", ", v.ssa, f" : {t.type.mlir}"]
            )
        if name in ("transform_get_translation", "transform_get_rotation"):
            self.want_count(args, label, 1)
            (t,) = self.arg_values(args, label)
            if not isinstance(t.type, wt.TransformType):
                raise self.bad_types(args, label, [t], "a transform")
            result = (
                wt.VectorType(3, t.type.dtype)
                if name.endswith("translation")
                else wt.QuatType(t.type.dtype)
            )
            return self.emit1(node, result, [f"warp.{name} ", t.ssa, f" : {t.type.mlir}"])
        if name in ("identity", "quat_identity", "transform_identity"):
            return self.identity(name, args, label)
        if name in ("matrix_from_rows", "matrix_from_cols"):
            if args.keywords or not args.positional:
                raise self.error(node, f"{label}() takes one or more vectors")
            values = self.arg_values(args, label)
            first = values[0].type
            if not isinstance(first, wt.VectorType) or any(v.type != first for v in values):
                raise self.bad_types(args, label, values, "vectors of one type")
            if name == "matrix_from_rows":
                result = wt.MatrixType(len(values), first.length, first.dtype)
            else:
                result = wt.MatrixType(first.length, len(values), first.dtype)
            return self.emit1(
                node, result, [f"warp.{name} "] + join_values(values) + [f" : {result.mlir}"]
            )
        if name in ATOMIC_KINDS or name == "atomic_cas":
            return self.atomic(name, args, label)
        if name in OPERATOR_FUNCTIONS:
            self.want_count(args, label, 2)
            return self.binary(
                OPERATOR_FUNCTIONS[name],
                args.positional[0],
                args.positional[1],
                node,
                args.nodes[0],
                args.nodes[1],
            )
        if name == "neg":
            self.want_count(args, label, 1)
            (x,) = self.arg_values(args, label)
            try:
                ty = negate_result(x.type)
            except TypingError as error:
                raise self.error(node, str(error)) from None
            return self.emit1(node, ty, ["warp.neg ", x.ssa, f" : {ty.mlir}"])
        raise self.error(node, f"wp.{name} is not supported by warp-mlir")

    def unary_number_or_vector(self, name: str, args: Args, label: str) -> Value:
        self.want_count(args, label, 1)
        (x,) = self.arg_values(args, label)
        if not (is_number(x.type) or isinstance(x.type, wt.VectorType)):
            raise self.bad_types(args, label, [x], "a Warp number or vector")
        return self.emit1(args.node, x.type, [f"warp.{name} ", x.ssa, f" : {x.type.mlir}"])

    def min_max(self, name: str, args: Args, label: str) -> Value:
        self.want_count(args, label, 1, 2)
        values = self.arg_values(args, label)
        if len(values) == 1:
            (v,) = values
            if not isinstance(v.type, wt.VectorType):
                raise self.bad_types(
                    args, label, values, "a vector, or two numbers or vectors of one type"
                )
            return self.emit1(
                args.node, v.type.dtype, [f"warp.{name} ", v.ssa, f" : {v.type.mlir}"]
            )
        ty = self.same_types(values, args, label)
        if not (is_number(ty) or isinstance(ty, wt.VectorType)):
            raise self.bad_types(args, label, values, "two numbers or vectors of one type")
        return self.emit1(
            args.node, ty, [f"warp.{name} ", values[0].ssa, ", ", values[1].ssa, f" : {ty.mlir}"]
        )

    def vector_pair(self, name: str, args: Args, label: str) -> Value:
        self.want_count(args, label, 2)
        a, b = self.arg_values(args, label)
        node = args.node
        if name == "outer":
            if not (
                isinstance(a.type, wt.VectorType)
                and isinstance(b.type, wt.VectorType)
                and a.type.dtype == b.type.dtype
            ):
                raise self.bad_types(args, label, [a, b], "two vectors of one element type")
            result = wt.MatrixType(a.type.length, b.type.length, a.type.dtype)
            return self.emit1(
                node,
                result,
                [
                    "warp.outer ",
                    a.ssa,
                    ", ",
                    b.ssa,
                    f" : {a.type.mlir}, {b.type.mlir} -> {result.mlir}",
                ],
            )
        if a.type != b.type:
            raise self.bad_types(args, label, [a, b], "two values of one type")
        ty = a.type
        if name == "dot":
            if not isinstance(ty, (wt.VectorType, wt.QuatType)):
                raise self.bad_types(args, label, [a, b], "two vectors or two quaternions")
            return self.emit1(node, ty.dtype, ["warp.dot ", a.ssa, ", ", b.ssa, f" : {ty.mlir}"])
        if name == "cross":
            if not (isinstance(ty, wt.VectorType) and ty.length == 3):
                raise self.bad_types(args, label, [a, b], "two 3-vectors")
            return self.emit1(node, ty, ["warp.cross ", a.ssa, ", ", b.ssa, f" : {ty.mlir}"])
        if not isinstance(ty, (wt.VectorType, wt.MatrixType)):
            raise self.bad_types(args, label, [a, b], "two vectors or two matrices of one type")
        return self.emit1(node, ty, [f"warp.{name} ", a.ssa, ", ", b.ssa, f" : {ty.mlir}"])

    def matrix_unary(self, name: str, args: Args, label: str) -> Value:
        self.want_count(args, label, 1)
        (m,) = self.arg_values(args, label)
        ty = m.type
        if not isinstance(ty, wt.MatrixType):
            raise self.bad_types(args, label, [m], "a matrix")
        if name == "transpose":
            result = wt.MatrixType(ty.cols, ty.rows, ty.dtype)
            return self.emit1(args.node, result, ["warp.transpose ", m.ssa, f" : {ty.mlir}"])
        if ty.rows != ty.cols:
            raise self.bad_types(args, label, [m], "a square matrix")
        if name in ("determinant", "inverse") and not (ty.dtype.is_float and 2 <= ty.rows <= 4):
            raise self.bad_types(args, label, [m], "a 2x2, 3x3 or 4x4 float matrix")
        result = ty if name == "inverse" else ty.dtype
        return self.emit1(args.node, result, [f"warp.{name} ", m.ssa, f" : {ty.mlir}"])

    def identity(self, name: str, args: Args, label: str) -> Value:
        params = ["n", "dtype"] if name == "identity" else ["dtype"]
        given: Dict[str, Tuple[Operand, ast.AST]] = {}
        if len(args.positional) > len(params):
            raise self.error(args.node, f"{label}() takes at most {len(params)} arguments")
        for param, operand, node in zip(params, args.positional, args.nodes):
            given[param] = (operand, node)
        for key, operand in args.keywords.items():
            if key not in params or key in given:
                raise self.error(args.keyword_nodes[key], f"{label}() has no argument '{key}' here")
            given[key] = (operand, args.keyword_nodes[key])
        dtype = wt.float32
        if "dtype" in given:
            dtype = self.type_operand(
                given["dtype"][0], given["dtype"][1], f"the dtype of {label}()"
            )
        if name == "identity":
            if "n" not in given:
                raise self.error(args.node, "wp.identity() needs n, the matrix size")
            n_operand, n_node = given["n"]
            if (
                not isinstance(n_operand, Literal)
                or not isinstance(n_operand.value, int)
                or isinstance(n_operand.value, bool)
            ):
                raise self.error(n_node, "the size n of wp.identity() must be a constant integer")
            try:
                result = wt.MatrixType(n_operand.value, n_operand.value, dtype)
            except TypeError as error:
                raise self.error(n_node, str(error)) from None
        else:
            try:
                result = (wt.QuatType if name == "quat_identity" else wt.TransformType)(dtype)
            except TypeError as error:
                raise self.error(args.node, str(error)) from None
        return self.emit1(args.node, result, [f"warp.identity : {result.mlir}"])

    def atomic(self, name: str, args: Args, label: str) -> Value:
        if args.keywords:
            raise self.error(args.node, f"{label}() takes positional arguments")
        if not args.positional:
            raise self.error(args.node, f"{label}() needs an array")
        array = self.value(args.positional[0], args.nodes[0], f"the array of {label}()")
        if not isinstance(array.type, wt.ArrayType):
            raise self.error(
                args.nodes[0],
                f"the first argument of {label}() must be an array, got {type_name(array.type)}",
            )
        trailing = 2 if name == "atomic_cas" else 1
        ndim = array.type.ndim
        if len(args.positional) != 1 + ndim + trailing:
            raise self.error(
                args.node,
                f"{label}() on a {ndim}-d array takes the array, {ndim} ind{'ex' if ndim == 1 else 'ices'} and "
                f"{'the expected and the new value' if trailing == 2 else 'a value'}",
            )
        indices = []
        for operand, node in zip(args.positional[1 : 1 + ndim], args.nodes[1 : 1 + ndim]):
            index = self.value(operand, node, "an index")
            if not is_int(index.type):
                raise self.error(
                    node, f"an index must be a Warp integer, got {type_name(index.type)}"
                )
            indices.append(index)
        dtype = array.type.dtype
        values = [
            self.coerce(operand, dtype, node, f"the value of {label}()")
            for operand, node in zip(args.positional[1 + ndim :], args.nodes[1 + ndim :])
        ]
        kind = ATOMIC_KINDS.get(name, "cas")
        return self.emit_atomic(kind, array, indices, values, args.node)

    def emit_atomic(
        self, kind: str, array: Value, indices: List[Value], values: List[Value], node: ast.AST
    ) -> Value:
        dtype = array.type.dtype
        element = (
            dtype.dtype
            if isinstance(dtype, (wt.VectorType, wt.MatrixType)) and kind != "cas"
            else dtype
        )
        if not isinstance(element, wt.ScalarType) or element.mlir not in _ATOMIC_ELEMENTS[kind]:
            spelled = "atomic_" + kind
            raise self.error(node, f"wp.{spelled} is not defined for arrays of {type_name(dtype)}")
        index_types = "".join(", " + i.type.mlir for i in indices)
        head = "warp.atomic_cas " if kind == "cas" else f"warp.atomic {kind} "
        return self.emit1(
            node,
            dtype,
            [head, array.ssa, "["]
            + join_values(indices)
            + ["], "]
            + join_values(values)
            + [f" : {array.type.mlir}{index_types}"],
        )

    def builtin_tid(self, node: ast.Call, count: int = 1) -> Operand:
        if node.args or node.keywords:
            raise self.error(node, "wp.tid() takes no arguments")
        if not self.is_kernel:
            raise self.error(
                node, "wp.tid() can only be called in a kernel; pass the index to the function"
            )
        if self.tid_dims is not None and self.tid_dims != count:
            raise self.error(
                node,
                f"wp.tid() gives {count} ind{'ex' if count == 1 else 'ices'} here but "
                f"{self.tid_dims} elsewhere in this kernel",
            )
        if not 1 <= count <= 4:
            raise self.error(node, f"wp.tid() gives 1 to 4 indices, not {count}")
        self.tid_dims = count
        values = self.emit(node, [wt.int32] * count, ["warp.tid"])
        return values[0] if count == 1 else TupleValue(values, node)

    # ------------------------------------------------------ Python builtins

    def call_python_builtin(self, name: str, node: ast.Call) -> Operand:
        if name in ("float", "int", "bool"):
            target = {"float": wt.float32, "int": wt.int32, "bool": wt.bool_}[name]
            return self.construct(target, self.call_args(node), node, label=f"{name}")
        if name == "range":
            raise self.error(node, "range() is only supported as the iterable of a for loop")
        args = self.call_args(node)
        if name in ("min", "max"):
            return self.min_max(name, args, name)
        if name == "abs":
            return self.unary_number_or_vector("abs", args, "abs")
        if name == "round":
            self.want_count(args, "round", 1)
            (x,) = self.arg_values(args, "round")
            if not is_float(x.type):
                raise self.bad_types(args, "round", [x], "a float")
            return self.emit1(node, x.type, ["warp.round ", x.ssa, f" : {x.type.mlir}"])
        if name == "len":
            self.want_count(args, "len", 1)
            (x,) = self.arg_values(args, "len")
            ty = x.type
            if isinstance(ty, wt.ArrayType):
                return self.emit1(node, wt.int32, ["warp.shape ", x.ssa, f"[0] : {ty.mlir}"])
            size = {
                wt.VectorType: lambda: ty.length,
                wt.MatrixType: lambda: ty.rows,
                wt.QuatType: lambda: 4,
                wt.TransformType: lambda: 7,
            }.get(type(ty))
            if size is None:
                raise self.bad_types(
                    args, "len", [x], "an array, vector, matrix, quaternion or transform"
                )
            return self.constant(node, size(), wt.int32)
        raise self.error(node, f"{name}() is not supported in Warp kernels")

    # --------------------------------------------------- constructors, casts
