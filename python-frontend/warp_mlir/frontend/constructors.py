"""Type constructors and casts: ``wp.float64(x)``, ``int(x)``, ``wp.vec3(...)``,
``wp.mat22(...)``, ``wp.quat(...)``, ``wp.transform(p, q)``, ``Particle(...)``.
Only constructors convert literals (to the element type); a cast of a
literal or a constant is one constant."""

from __future__ import annotations

import ast
from typing import Dict, Optional, Tuple

from .. import types as wt
from . import literals
from .calls import Args
from .expressions import join_values
from .typing_rules import is_composite, type_name
from .values import Literal, Operand, Value


class ConstructorLowering:
    """Mixin: lowers constructor and cast calls."""

    def construct(
        self, ty: wt.WarpType, args: Args, node: ast.Call, label: Optional[str] = None
    ) -> Value:
        label = label or _surface_call(ty)
        if isinstance(ty, wt.ScalarType):
            return self.cast_scalar(ty, args, label)
        if isinstance(ty, wt.StructType):
            return self.construct_struct(ty, args)
        if isinstance(ty, wt.ArrayType):
            raise self.error(node, "arrays cannot be created in a Warp kernel")
        if args.keywords:
            key = next(iter(args.keywords))
            raise self.error(
                args.keyword_nodes[key], f"{label}() takes no keyword argument '{key}'"
            )
        count = len(args.positional)
        if count == 0:
            return self.emit1(node, ty, [f"warp.zero : {ty.mlir}"])
        if isinstance(ty, wt.VectorType):
            return self.construct_elements(ty, args, label, "warp.vec", ty.length)
        if isinstance(ty, wt.MatrixType):
            if count == 1 or count == ty.rows * ty.cols:
                return self.construct_elements(ty, args, label, "warp.mat", ty.rows * ty.cols)
            if count == ty.rows and all(
                isinstance(a, Value) and isinstance(a.type, wt.VectorType) for a in args.positional
            ):
                raise self.error(
                    node,
                    f"{label}() does not take row vectors in Warp 1.19; use wp.matrix_from_rows(...)",
                )
            raise self.error(node, f"{label}() takes 1 or {ty.rows * ty.cols} scalars, got {count}")
        if isinstance(ty, wt.QuatType):
            if count == 1:
                return self.construct_elements(ty, args, label, "warp.quat", 4)
            if count != 4:
                raise self.error(node, f"{label}() takes 4 components (x, y, z, w), got {count}")
            values = []
            for operand, arg_node in zip(args.positional, args.nodes):
                if isinstance(operand, Literal) and isinstance(operand.value, float):
                    values.append(self.literal_value(operand, ty.dtype))
                else:
                    values.append(
                        self.coerce(operand, ty.dtype, arg_node, f"a component of {label}()")
                    )
            return self.emit1(node, ty, ["warp.quat "] + join_values(values) + [f" : {ty.mlir}"])
        if isinstance(ty, wt.TransformType):
            if count != 2:
                raise self.error(
                    node, f"{label}() takes a translation and a rotation, got {count} arguments"
                )
            p = self.coerce(
                args.positional[0],
                wt.VectorType(3, ty.dtype),
                args.nodes[0],
                f"the translation of {label}()",
            )
            q = self.coerce(
                args.positional[1],
                wt.QuatType(ty.dtype),
                args.nodes[1],
                f"the rotation of {label}()",
            )
            return self.emit1(node, ty, ["warp.transform ", p.ssa, ", ", q.ssa, f" : {ty.mlir}"])
        raise self.error(node, f"{label}() cannot be constructed")

    def construct_elements(
        self, ty: wt.WarpType, args: Args, label: str, op: str, size: int
    ) -> Value:
        """``wp.vec3(x, y, z)``, ``wp.vec3(s)``, ``wp.vec3d(v)``: literals take
        the element type; one composite argument is a componentwise cast."""
        node = args.node
        positional = args.positional
        if (
            len(positional) == 1
            and isinstance(positional[0], Value)
            and is_composite(positional[0].type)
        ):
            source = positional[0]
            same_shape = (
                (
                    isinstance(ty, wt.VectorType)
                    and isinstance(source.type, wt.VectorType)
                    and source.type.length == ty.length
                )
                or (
                    isinstance(ty, wt.MatrixType)
                    and isinstance(source.type, wt.MatrixType)
                    and source.type.shape == ty.shape
                )
                or (isinstance(ty, wt.QuatType) and isinstance(source.type, wt.QuatType))
            )
            if not same_shape:
                raise self.error(
                    node, f"cannot convert {type_name(source.type)} to {type_name(ty)}"
                )
            return self.emit1(
                node, ty, ["warp.cast ", source.ssa, f" : {source.type.mlir} to {ty.mlir}"]
            )
        if len(positional) not in (1, size):
            raise self.error(node, f"{label}() takes 1 or {size} scalars, got {len(positional)}")
        values = []
        for operand, arg_node in zip(positional, args.nodes):
            if isinstance(operand, Literal) and not isinstance(operand.value, bool):
                values.append(self.literal_value(operand, ty.dtype))
                continue
            val = self.value(operand, arg_node, f"a component of {label}()")
            if val.type != ty.dtype:
                raise self.error(
                    arg_node,
                    f"all values used to initialize {type_name(ty)} must be {type_name(ty.dtype)}, "
                    f"got {type_name(val.type)}",
                )
            values.append(val)
        return self.emit1(node, ty, [op + " "] + join_values(values) + [f" : {ty.mlir}"])

    def cast_scalar(self, ty: wt.ScalarType, args: Args, label: str) -> Value:
        self.want_count(args, label, 1)
        operand, node = args.positional[0], args.nodes[0]
        if isinstance(operand, Literal):
            return self.literal_value(operand, ty)
        val = self.value(operand, node, f"the argument of {label}()")
        if not isinstance(val.type, wt.ScalarType):
            raise self.error(args.node, f"{label}() converts a scalar, got {type_name(val.type)}")
        if val.type == ty:
            # A conversion to the value's own type is the value, as in Warp.
            return val
        if val.const is not None:
            # A cast of a constant is the constant converted
            # (wp.float64(wp.float32(0.1))); a constant made just for it goes.
            try:
                converted = literals.convert(val.const, ty)
            except ValueError as error:
                raise self.error(args.node, str(error)) from None
            if not isinstance(node, (ast.Name, ast.Attribute)):
                self.discard_if_last(val)
            return self.constant(args.node, converted, ty)
        return self.emit1(
            args.node, ty, ["warp.cast ", val.ssa, f" : {val.type.mlir} to {ty.mlir}"]
        )

    def construct_struct(self, ty: wt.StructType, args: Args) -> Value:
        node = args.node
        if args.count() == 0:
            return self.emit1(node, ty, [f"warp.zero : {ty.mlir}"])
        fields = ty.fields
        if len(args.positional) > len(fields):
            raise self.error(
                node, f"{ty.name}() takes {len(fields)} fields, got {len(args.positional)}"
            )
        given: Dict[str, Tuple[Operand, ast.AST]] = {}
        for (field, _), operand, arg_node in zip(fields, args.positional, args.nodes):
            given[field] = (operand, arg_node)
        for key, operand in args.keywords.items():
            if ty.field_type(key) is None:
                raise self.error(args.keyword_nodes[key], f"struct {ty.name} has no field '{key}'")
            if key in given:
                raise self.error(
                    args.keyword_nodes[key], f"field '{key}' of {ty.name}() is given twice"
                )
            given[key] = (operand, args.keyword_nodes[key])
        missing = [field for field, _ in fields if field not in given]
        if missing:
            raise self.error(
                node,
                f"{ty.name}() takes every field or none; missing {', '.join(missing)}",
            )
        values = [
            self.coerce(
                given[field][0], field_type, given[field][1], f"field '{field}' of {ty.name}"
            )
            for field, field_type in fields
        ]
        return self.emit1(node, ty, ["warp.struct "] + join_values(values) + [f" : {ty.mlir}"])

    # ------------------------------------------------------- user functions


def _surface_call(ty: wt.WarpType) -> str:
    if isinstance(ty, wt.ScalarType):
        return "wp." + ty.surface
    return ty.surface
