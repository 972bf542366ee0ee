"""Warp's literals: how a Python number becomes a typed constant, and how
that constant is spelled in MLIR so that it parses back to the same bits.

Warp types an int literal as int32, a float literal as float32 (its Python
double rounded to nearest float32, as the C++ ``const float32 x = 0.1;``
that warp-lang emits does) and True/False as bool. ``wp.T(literal)`` is a
constant of type T with C++ conversion semantics (integers wrap, floats
truncate toward zero when made integers).
"""

from __future__ import annotations

import math
import struct
from typing import Union

from ..types import ScalarType

Number = Union[bool, int, float]


def round_to_float(value: float, bits: int) -> float:
    """``value`` rounded to nearest in IEEE binary16/32/64 (overflow gives inf).
    Half goes through float32 first, as Warp's half conversions do."""
    if bits == 64:
        return float(value)
    if math.isnan(value) or math.isinf(value):
        return value
    try:
        single = struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:
        single = math.copysign(math.inf, value)
    if bits == 32:
        return single
    try:
        return struct.unpack("<e", struct.pack("<e", single))[0]
    except OverflowError:
        return math.copysign(math.inf, single)


def wrap_int(value: int, dtype: ScalarType) -> int:
    """``value`` wrapped to ``dtype``'s width and signedness (C++ conversion)."""
    mask = (1 << dtype.bits) - 1
    value &= mask
    if dtype.is_signed and value >= 1 << (dtype.bits - 1):
        value -= 1 << dtype.bits
    return value


def int_fits(value: int, dtype: ScalarType) -> bool:
    if dtype.is_signed:
        return -(1 << (dtype.bits - 1)) <= value < (1 << (dtype.bits - 1))
    return 0 <= value < (1 << dtype.bits)


def convert(value: Number, dtype: ScalarType) -> Number:
    """A Python literal converted to ``dtype`` as Warp's scalar constructor
    converts it: the constant's value."""
    if dtype.is_bool:
        return bool(value)
    if dtype.is_float:
        return round_to_float(float(value), dtype.bits)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"cannot convert {value!r} to {dtype.surface}")
        value = int(value)  # truncates toward zero
    return wrap_int(int(value), dtype)


_HEX_WIDTH = {16: ("<e", "<H", 4), 32: ("<f", "<I", 8), 64: ("<d", "<Q", 16)}


def _hex_bits(value: float, bits: int) -> str:
    float_fmt, int_fmt, digits = _HEX_WIDTH[bits]
    if math.isnan(value):
        pattern = {16: 0x7E00, 32: 0x7FC00000, 64: 0x7FF8000000000000}[bits]
        if math.copysign(1.0, value) < 0:
            pattern |= 1 << (bits - 1)
        return "0x%0*X" % (digits, pattern)
    raw = struct.unpack(int_fmt, struct.pack(float_fmt, value))[0]
    return "0x%0*X" % (digits, raw)


def _mlir_decimal(text: str) -> str:
    """Python's float text in MLIR's float-literal grammar (a '.' is
    required before any exponent: ``1e-05`` is written ``1.0e-05``)."""
    mantissa, _, exponent = text.lower().partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + ("e" + exponent if exponent else "")


def format_float(value: float, bits: int) -> str:
    """The shortest decimal that MLIR's parser (decimal to double, then
    rounded to the type) reads back as exactly ``value``; infinities and
    NaNs as hexadecimal bit patterns."""
    if math.isnan(value) or math.isinf(value):
        return _hex_bits(value, bits)
    if bits == 64:
        return _mlir_decimal(repr(float(value)))
    for precision in range(1, 18):
        text = "%.*g" % (precision, value)
        if round_to_float(float(text), bits) == value and (
            value != 0.0 or math.copysign(1.0, float(text)) == math.copysign(1.0, value)
        ):
            # Python's spelling of that decimal: 10.0, not 1e+01.
            return _mlir_decimal(repr(float(text)))
    return _mlir_decimal(repr(float(value)))


def format_constant(value: Number, dtype: ScalarType) -> str:
    """The operand text of ``warp.constant`` for ``value`` of ``dtype``."""
    if dtype.is_bool:
        return "true" if value else "false"
    if dtype.is_float:
        return f"{format_float(float(value), dtype.bits)} : {dtype.mlir}"
    return f"{int(value)} : {dtype.mlir}"
