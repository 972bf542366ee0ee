"""Warp's type names as Python objects.

Kernel and function annotations are evaluated when Python defines them, so
``def k(a: wm.array(dtype=wm.float32), v: wm.vec3)`` needs every name Warp
uses to exist here. Each type object knows the ``warp`` dialect type it stands
for (``mlir``), and the name Warp's Python surface spells it with
(``surface``). Nothing here needs numpy or warp-lang.
"""

from __future__ import annotations

import builtins
import re
from typing import Any, Dict, List, Optional, Tuple

__all__ = [
    "WarpType",
    "ScalarType",
    "VectorType",
    "MatrixType",
    "QuatType",
    "TransformType",
    "ArrayType",
    "StructType",
    "ScalarValue",
    "vector",
    "matrix",
    "array",
    "array1d",
    "array2d",
    "array3d",
    "array4d",
    "struct",
    "constant",
    "type_of_annotation",
    "SCALAR_TYPES",
    "NAMED_TYPES",
]

MAX_COMPOSITE_EXTENT = 16
"""The largest vector length or matrix extent the dialect accepts."""


class WarpType:
    """A Warp type: ``mlir`` is its dialect spelling, ``surface`` its Python one."""

    mlir: str = ""
    surface: str = ""

    def __repr__(self) -> str:
        return self.surface

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WarpType) and other.mlir == self.mlir

    def __hash__(self) -> int:
        return hash(self.mlir)


class ScalarType(WarpType):
    """bool, intN, uintN or floatN. Calling it with a Python number gives a
    typed value (``wm.float64(0.25)``), as ``wm.constant`` wants."""

    def __init__(self, surface: str, mlir: str, kind: str, bits: int) -> None:
        self.surface = surface
        self.mlir = mlir
        self.kind = kind  # "bool", "int", "uint" or "float"
        self.bits = bits
        self.__name__ = surface

    @property
    def is_float(self) -> bool:
        return self.kind == "float"

    @property
    def is_int(self) -> bool:
        return self.kind in ("int", "uint")

    @property
    def is_signed(self) -> bool:
        return self.kind == "int"

    @property
    def is_bool(self) -> bool:
        return self.kind == "bool"

    def __call__(self, value: Any = 0) -> "ScalarValue":
        if isinstance(value, ScalarValue):
            value = value.value
        if self.kind == "bool":
            return ScalarValue(self, builtins.bool(value))
        if self.kind == "float":
            return ScalarValue(self, float(value))
        return ScalarValue(self, int(value))


class ScalarValue:
    """A Python number tagged with its Warp scalar type, e.g. ``wm.int64(5)``."""

    def __init__(self, dtype: ScalarType, value: Any) -> None:
        self.dtype = dtype
        self.value = value

    def __repr__(self) -> str:
        return f"{self.dtype.surface}({self.value!r})"

    def __int__(self) -> int:
        return int(self.value)

    def __float__(self) -> float:
        return float(self.value)

    def __bool__(self) -> builtins.bool:
        return builtins.bool(self.value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ScalarValue):
            return self.dtype == other.dtype and self.value == other.value
        return self.value == other

    def __hash__(self) -> int:
        return hash((self.dtype.mlir, self.value))


def _scalar(name: str, mlir: str, kind: str, bits: int) -> ScalarType:
    return ScalarType(name, mlir, kind, bits)


bool_ = _scalar("bool", "i1", "bool", 1)
int8 = _scalar("int8", "si8", "int", 8)
int16 = _scalar("int16", "si16", "int", 16)
int32 = _scalar("int32", "si32", "int", 32)
int64 = _scalar("int64", "si64", "int", 64)
uint8 = _scalar("uint8", "ui8", "uint", 8)
uint16 = _scalar("uint16", "ui16", "uint", 16)
uint32 = _scalar("uint32", "ui32", "uint", 32)
uint64 = _scalar("uint64", "ui64", "uint", 64)
float16 = _scalar("float16", "f16", "float", 16)
float32 = _scalar("float32", "f32", "float", 32)
float64 = _scalar("float64", "f64", "float", 64)
# Warp spells a few of them twice.
half = float16
# ``bool`` is Warp's name (wp.bool); the module attribute is set below so that
# the builtin stays usable inside this file.

SCALAR_TYPES: Dict[str, ScalarType] = {
    t.surface: t
    for t in (
        bool_,
        int8,
        int16,
        int32,
        int64,
        uint8,
        uint16,
        uint32,
        uint64,
        float16,
        float32,
        float64,
    )
}
"""Warp's scalar type names (``bool``, ``int8`` .. ``float64``)."""

# The suffix Warp's vector, matrix, quaternion and transform names carry for
# each element type, with the first one being the spelling a printer uses.
_SUFFIXES: Dict[str, List[str]] = {
    "float32": ["", "f"],
    "float64": ["d"],
    "float16": ["h"],
    "int8": ["b"],
    "uint8": ["ub"],
    "int16": ["s"],
    "uint16": ["us"],
    "int32": ["i"],
    "uint32": ["ui"],
    "int64": ["l"],
    "uint64": ["ul"],
}
_FLOAT_SUFFIXES = ("float32", "float64", "float16")


def _check_element(dtype: Any, what: str, floats_only: bool = False) -> ScalarType:
    dtype = type_of_annotation(dtype)
    if not isinstance(dtype, ScalarType) or dtype.is_bool:
        raise TypeError(f"{what} element type must be a Warp integer or float, got {dtype!r}")
    if floats_only and not dtype.is_float:
        raise TypeError(f"{what} element type must be float16, float32 or float64, got {dtype!r}")
    return dtype


def _check_extent(extent: Any, what: str) -> int:
    if not isinstance(extent, int) or isinstance(extent, builtins.bool):
        raise TypeError(f"{what} must be an integer, got {extent!r}")
    if not 1 <= extent <= MAX_COMPOSITE_EXTENT:
        raise TypeError(f"{what} must be 1 to {MAX_COMPOSITE_EXTENT}, got {extent}")
    return extent


class VectorType(WarpType):
    """``wp.vec3`` and friends, or ``wp.types.vector(length, dtype)``."""

    def __init__(self, length: int, dtype: Any) -> None:
        self.length = _check_extent(length, "vector length")
        self.dtype = _check_element(dtype, "vector")
        self.mlir = f"!warp.vec<{self.length}x{self.dtype.mlir}>"
        self.surface = _composite_surface("vec", str(self.length), self.dtype) or (
            f"wp.types.vector(length={self.length}, dtype=wp.{self.dtype.surface})"
        )
        self.__name__ = self.surface


class MatrixType(WarpType):
    """``wp.mat33`` and friends, or ``wp.types.matrix(shape, dtype)``."""

    def __init__(self, rows: int, cols: int, dtype: Any) -> None:
        self.rows = _check_extent(rows, "matrix rows")
        self.cols = _check_extent(cols, "matrix columns")
        self.dtype = _check_element(dtype, "matrix")
        self.mlir = f"!warp.mat<{self.rows}x{self.cols}x{self.dtype.mlir}>"
        square = self.rows == self.cols and 2 <= self.rows <= 4
        named = (
            _composite_surface("mat", f"{self.rows}{self.cols}", self.dtype, floats_only=True)
            if square
            else None
        )
        self.surface = named or (
            f"wp.types.matrix(shape=({self.rows}, {self.cols}), dtype=wp.{self.dtype.surface})"
        )
        self.__name__ = self.surface

    @property
    def shape(self) -> Tuple[int, int]:
        return (self.rows, self.cols)


class QuatType(WarpType):
    """``wp.quat`` / ``wp.quatd`` / ``wp.quath``."""

    def __init__(self, dtype: Any) -> None:
        self.dtype = _check_element(dtype, "quaternion", floats_only=True)
        self.mlir = f"!warp.quat<{self.dtype.mlir}>"
        self.surface = "wp.quat" + _SUFFIXES[self.dtype.surface][0]
        self.__name__ = self.surface


class TransformType(WarpType):
    """``wp.transform`` / ``wp.transformd`` / ``wp.transformh``."""

    def __init__(self, dtype: Any) -> None:
        self.dtype = _check_element(dtype, "transform", floats_only=True)
        self.mlir = f"!warp.transform<{self.dtype.mlir}>"
        self.surface = "wp.transform" + _SUFFIXES[self.dtype.surface][0]
        self.__name__ = self.surface


class ArrayType(WarpType):
    """``wp.array(dtype=T, ndim=N)``, ``wp.array2d(dtype=T)``, ..."""

    def __init__(self, dtype: Any, ndim: int = 1) -> None:
        dtype = type_of_annotation(dtype)
        if not isinstance(dtype, WarpType) or isinstance(dtype, ArrayType):
            raise TypeError(
                "array dtype must be a Warp scalar, vector, matrix, quaternion, "
                f"transform or struct, got {dtype!r}"
            )
        if not isinstance(ndim, int) or isinstance(ndim, builtins.bool) or not 1 <= ndim <= 4:
            raise TypeError(f"array ndim must be 1 to 4, got {ndim!r}")
        self.dtype = dtype
        self.ndim = ndim
        self.mlir = f"!warp.array<{dtype.mlir}, {ndim}>"
        name = "wp.array" if ndim == 1 else f"wp.array{ndim}d"
        self.surface = f"{name}(dtype={_dtype_surface(dtype)})"
        self.__name__ = self.surface


_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.]*$")


def _mlir_name(name: str) -> str:
    """A struct or field name as the dialect's parser reads it back."""
    if _IDENTIFIER.match(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class StructType(WarpType):
    """A ``@wp.struct`` class's type: its name and ordered fields."""

    def __init__(self, name: str, fields: List[Tuple[str, WarpType]], cls: Any = None) -> None:
        self.name = name
        self.fields = list(fields)
        self.cls = cls
        body = ", ".join(f"{_mlir_name(n)}: {t.mlir}" for n, t in self.fields)
        self.mlir = f"!warp.struct<{_mlir_name(name)} {{{body}}}>"
        self.surface = name
        self.__name__ = name

    def field_type(self, name: str) -> Optional[WarpType]:
        for field, ty in self.fields:
            if field == name:
                return ty
        return None


def _dtype_surface(dtype: WarpType) -> str:
    if isinstance(dtype, ScalarType):
        return "wp." + dtype.surface
    return dtype.surface


def _composite_surface(
    stem: str, extent: str, dtype: ScalarType, floats_only: bool = False
) -> Optional[str]:
    if stem == "vec" and extent not in ("2", "3", "4"):
        return None
    if floats_only and dtype.surface not in _FLOAT_SUFFIXES:
        return None
    suffixes = _SUFFIXES.get(dtype.surface)
    if suffixes is None:
        return None
    return f"wp.{stem}{extent}{suffixes[0]}"


def vector(length: int, dtype: Any = float32) -> VectorType:
    """``wp.types.vector(length=N, dtype=T)``: a vector type of any length 1-16."""
    return VectorType(length, dtype)


def matrix(shape: Tuple[int, int], dtype: Any = float32) -> MatrixType:
    """``wp.types.matrix(shape=(R, C), dtype=T)``: a matrix type."""
    if not isinstance(shape, (tuple, list)) or len(shape) != 2:
        raise TypeError(f"matrix shape must be a pair (rows, cols), got {shape!r}")
    return MatrixType(shape[0], shape[1], dtype)


def array(dtype: Any = float32, ndim: int = 1) -> ArrayType:
    """``wp.array(dtype=T)`` (1-D) or ``wp.array(dtype=T, ndim=N)``."""
    return ArrayType(dtype, ndim)


def array1d(dtype: Any = float32) -> ArrayType:
    return ArrayType(dtype, 1)


def array2d(dtype: Any = float32) -> ArrayType:
    return ArrayType(dtype, 2)


def array3d(dtype: Any = float32) -> ArrayType:
    return ArrayType(dtype, 3)


def array4d(dtype: Any = float32) -> ArrayType:
    return ArrayType(dtype, 4)


def type_of_annotation(annotation: Any) -> Any:
    """The WarpType an annotation names: a WarpType itself, a @struct class,
    or the Python builtins ``float``/``int``/``bool`` (Warp reads them as
    float32, int32 and bool). Anything else is returned unchanged."""
    if isinstance(annotation, WarpType):
        return annotation
    if annotation is float:
        return float32
    if annotation is int:
        return int32
    if annotation is builtins.bool:
        return bool_
    struct_type = getattr(annotation, "__warp_type__", None)
    if isinstance(struct_type, StructType):
        return struct_type
    return annotation


def struct(cls: type) -> type:
    """``@wm.struct``: records the class's annotated fields, in order, as a
    StructType (``cls.__warp_type__``); the class stays a plain Python class
    whose instances take the fields as keyword arguments."""
    import sys

    annotations = dict(cls.__dict__.get("__annotations__", {}))
    module_globals = (
        dict(vars(sys.modules[cls.__module__])) if cls.__module__ in sys.modules else {}
    )
    # String annotations (``from __future__ import annotations``) may name
    # classes local to the function defining the struct.
    caller = sys._getframe(1)
    if caller is not None and caller.f_globals is not caller.f_locals:
        module_globals.update(caller.f_locals)
    fields: List[Tuple[str, WarpType]] = []
    for name, annotation in annotations.items():
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, dict(module_globals), dict(vars(cls)))
            except Exception as error:  # an unresolvable string annotation
                raise TypeError(
                    f"struct {cls.__name__} field '{name}': cannot evaluate "
                    f"annotation {annotation!r} ({error})"
                ) from None
        ty = type_of_annotation(annotation)
        if not isinstance(ty, WarpType):
            raise TypeError(
                f"struct {cls.__name__} field '{name}' has annotation {annotation!r}, "
                "which is not a Warp type"
            )
        fields.append((name, ty))
    cls.__warp_type__ = StructType(cls.__name__, fields, cls)
    cls.__warp_mlir__ = "struct"
    if "__init__" not in cls.__dict__:

        def __init__(self: Any, **values: Any) -> None:
            for field, _ in fields:
                setattr(self, field, values.pop(field, None))
            if values:
                raise TypeError(f"{cls.__name__} has no field(s) {', '.join(sorted(values))}")

        cls.__init__ = __init__
    return cls


def constant(value: Any) -> Any:
    """``wm.constant(x)``: a module-level compile-time constant. Kernels read
    it by name; an int is int32, a float float32, ``wm.T(x)`` has type T."""
    return value


NAMED_TYPES: Dict[str, WarpType] = dict(SCALAR_TYPES)
"""Every type name Warp's module defines (``vec3``, ``mat33d``, ``quath``,
``spatial_vector``, ...), mapped to its type object."""


def _define_named_types() -> None:
    module = globals()
    for dtype_name, suffixes in _SUFFIXES.items():
        dtype = SCALAR_TYPES[dtype_name]
        for suffix in suffixes:
            for n in (2, 3, 4):
                NAMED_TYPES[f"vec{n}{suffix}"] = VectorType(n, dtype)
            if dtype_name in _FLOAT_SUFFIXES:
                for n in (2, 3, 4):
                    NAMED_TYPES[f"mat{n}{n}{suffix}"] = MatrixType(n, n, dtype)
                NAMED_TYPES[f"quat{suffix}"] = QuatType(dtype)
                NAMED_TYPES[f"transform{suffix}"] = TransformType(dtype)
                NAMED_TYPES[f"spatial_vector{suffix}"] = VectorType(6, dtype)
                NAMED_TYPES[f"spatial_matrix{suffix}"] = MatrixType(6, 6, dtype)
    for name, ty in NAMED_TYPES.items():
        module[name] = ty
        if name not in __all__:
            __all__.append(name)


_define_named_types()
globals()["bool"] = bool_
__all__.append("half")
