"""Warp's typing rules (warp-lang 1.19): which operand types each operator
accepts and what it yields. Warp never promotes implicitly: both operands of
``+`` have one type, and a vector is scaled only by its own element type.
"""

from __future__ import annotations

from typing import Optional

from ..types import (
    ArrayType,
    MatrixType,
    QuatType,
    ScalarType,
    StructType,
    TransformType,
    VectorType,
    WarpType,
    bool_,
    int32,
)

COMPOSITES = (VectorType, MatrixType, QuatType, TransformType)


def type_name(ty: WarpType) -> str:
    """A type as Warp's Python spells it, for messages."""
    if isinstance(ty, ScalarType):
        return ty.surface
    if isinstance(ty, StructType):
        return ty.name
    return ty.surface[3:] if ty.surface.startswith("wp.") else ty.surface


def is_scalar(ty: WarpType) -> bool:
    return isinstance(ty, ScalarType)


def is_number(ty: WarpType) -> bool:
    return isinstance(ty, ScalarType) and not ty.is_bool


def is_int(ty: WarpType) -> bool:
    return isinstance(ty, ScalarType) and ty.is_int


def is_float(ty: WarpType) -> bool:
    return isinstance(ty, ScalarType) and ty.is_float


def is_composite(ty: WarpType) -> bool:
    return isinstance(ty, COMPOSITES)


def element_type(ty: WarpType) -> Optional[ScalarType]:
    """The scalar a composite holds, or the scalar itself."""
    if isinstance(ty, ScalarType):
        return ty
    if isinstance(ty, COMPOSITES):
        return ty.dtype
    return None


def is_int_valued(ty: WarpType) -> bool:
    """An integer, or a vector or matrix of integers (for bitwise ops)."""
    if isinstance(ty, ScalarType):
        return ty.is_int
    if isinstance(ty, (VectorType, MatrixType)):
        return ty.dtype.is_int
    return False


OPERATOR_SPELLING = {
    "add": "+",
    "sub": "-",
    "mul": "*",
    "matmul": "@",
    "div": "/",
    "floordiv": "//",
    "mod": "%",
    "pow": "**",
    "bit_and": "&",
    "bit_or": "|",
    "bit_xor": "^",
    "shl": "<<",
    "shr": ">>",
}


class TypingError(Exception):
    """A rule violation; the caller attaches the source position."""


def _mismatch(op: str, lhs: WarpType, rhs: WarpType, extra: str = "") -> TypingError:
    symbol = OPERATOR_SPELLING[op]
    message = f"operator '{symbol}' is not defined for {type_name(lhs)} and {type_name(rhs)}"
    if is_scalar(lhs) and is_scalar(rhs) and lhs != rhs:
        message = (
            f"operator '{symbol}' needs operands of one type, got {type_name(lhs)} and "
            f"{type_name(rhs)} (Warp does not convert implicitly: write "
            f"wp.{type_name(lhs)}(...) or wp.{type_name(rhs)}(...))"
        )
    return TypingError(message + extra)


def binary_result(op: str, lhs: WarpType, rhs: WarpType) -> WarpType:
    """The result type of ``lhs <op> rhs``, or TypingError."""
    if op in ("add", "sub"):
        if lhs == rhs and (is_number(lhs) or is_composite(lhs)):
            return lhs
        raise _mismatch(op, lhs, rhs)
    if op in ("mul", "matmul"):
        return _product(op, lhs, rhs)
    if op == "div":
        if lhs == rhs and is_number(lhs):
            return lhs
        if isinstance(lhs, (VectorType, MatrixType, QuatType)) and rhs == lhs.dtype:
            return lhs
        if isinstance(rhs, (VectorType, MatrixType, QuatType)) and lhs == rhs.dtype:
            return rhs
        raise _mismatch(op, lhs, rhs)
    if op == "floordiv":
        if lhs == rhs and is_number(lhs):
            return lhs
        raise _mismatch(op, lhs, rhs)
    if op == "mod":
        if lhs == rhs and (is_number(lhs) or isinstance(lhs, VectorType)):
            return lhs
        raise _mismatch(op, lhs, rhs)
    if op == "pow":
        if lhs == rhs and is_float(lhs):
            return lhs
        if lhs == rhs and is_int(lhs):
            raise TypingError(
                f"operator '**' is not defined for integers ({type_name(lhs)}); Warp's pow "
                "takes floats"
            )
        raise _mismatch(op, lhs, rhs)
    if op in ("bit_and", "bit_or", "bit_xor", "shl", "shr"):
        if lhs == rhs and is_int_valued(lhs):
            return lhs
        raise _mismatch(op, lhs, rhs)
    raise TypingError(f"unknown operator {op}")


def _scaled(op: str, composite: WarpType, scalar: WarpType) -> WarpType:
    """A vector, matrix, ... times a scalar (either side): its own type."""
    if scalar == composite.dtype:
        return composite
    raise TypingError(
        f"operator '{OPERATOR_SPELLING[op]}': a {type_name(composite)} is scaled only by its "
        f"element type {type_name(composite.dtype)}, got {type_name(scalar)}"
    )


def _product(op: str, lhs: WarpType, rhs: WarpType) -> WarpType:
    if lhs == rhs and is_number(lhs):
        return lhs
    if is_composite(lhs) and is_scalar(rhs):
        return _scaled(op, lhs, rhs)
    if is_composite(rhs) and is_scalar(lhs):
        return _scaled(op, rhs, lhs)
    if lhs == rhs and isinstance(lhs, (QuatType, TransformType)):
        return lhs
    if isinstance(lhs, MatrixType) and isinstance(rhs, VectorType):
        if lhs.dtype == rhs.dtype and lhs.cols == rhs.length:
            return VectorType(lhs.rows, lhs.dtype)
    elif isinstance(lhs, VectorType) and isinstance(rhs, MatrixType):
        if lhs.dtype == rhs.dtype and lhs.length == rhs.rows:
            return VectorType(rhs.cols, rhs.dtype)
    elif isinstance(lhs, MatrixType) and isinstance(rhs, MatrixType):
        if lhs.dtype == rhs.dtype and lhs.cols == rhs.rows:
            return MatrixType(lhs.rows, rhs.cols, lhs.dtype)
    if isinstance(lhs, VectorType) and isinstance(rhs, VectorType):
        raise TypingError(
            f"operator '{OPERATOR_SPELLING[op]}' is not defined for two vectors "
            "(use wp.cw_mul for the elementwise product or wp.dot)"
        )
    raise _mismatch(op, lhs, rhs)


def negate_result(ty: WarpType) -> WarpType:
    if is_number(ty) or isinstance(ty, (VectorType, MatrixType, QuatType)):
        return ty
    raise TypingError(f"unary '-' is not defined for {type_name(ty)}")


def invert_result(ty: WarpType) -> WarpType:
    if is_int_valued(ty):
        return ty
    raise TypingError(f"operator '~' is not defined for {type_name(ty)}; it takes integers")


def not_operand_ok(ty: WarpType) -> bool:
    return (isinstance(ty, ScalarType) and not ty.is_float) or isinstance(ty, ArrayType)


def compare_ok(predicate: str, lhs: WarpType, rhs: WarpType) -> Optional[str]:
    """None when ``lhs <predicate> rhs`` is legal, else why not."""
    if is_scalar(lhs) and is_scalar(rhs):
        f16 = [t for t in (lhs, rhs) if t.is_float and t.bits == 16]
        if f16 and lhs != rhs:
            return f"float16 compares only with float16, got {type_name(lhs)} and {type_name(rhs)}"
        return None
    if is_composite(lhs) or is_composite(rhs):
        if lhs != rhs:
            return f"cannot compare {type_name(lhs)} with {type_name(rhs)}"
        if predicate != "eq":
            return (
                f"{type_name(lhs)} values compare only with '==' in Warp, not "
                f"'{PREDICATE_SPELLING[predicate]}'"
            )
        return None
    return f"cannot compare {type_name(lhs)} with {type_name(rhs)}"


PREDICATE_SPELLING = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def literal_type(value: object) -> ScalarType:
    """Warp's type of a bare Python literal."""
    from ..types import float32

    if isinstance(value, bool):
        return bool_
    if isinstance(value, int):
        return int32
    return float32
