"""The C layout of Warp values (docs/abi.md), read from a kernel's signature.

The native module describes each kernel parameter's type as a dict (kind,
scalar, shape, fields, ndim, dtype). ``Layout`` adds what a launch needs to
pass a value of that type: its size and alignment, its field offsets, and
the NumPy dtype that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple

import numpy as np

# Each scalar's NumPy dtype and the `struct` module's code for it.
SCALAR_CODES: Dict[str, str] = {
    "bool": "?",
    "int8": "b",
    "int16": "h",
    "int32": "i",
    "int64": "q",
    "uint8": "B",
    "uint16": "H",
    "uint32": "I",
    "uint64": "Q",
    "float16": "e",
    "float32": "f",
    "float64": "d",
}

# Warp's name suffix for each component type (vec3f, mat22d, quath, ...).
_SUFFIX = {
    "float32": "f",
    "float64": "d",
    "float16": "h",
    "int8": "b",
    "uint8": "ub",
    "int16": "s",
    "uint16": "us",
    "int32": "i",
    "uint32": "ui",
    "int64": "l",
    "uint64": "ul",
}


def _align(offset: int, alignment: int) -> int:
    return (offset + alignment - 1) // alignment * alignment


@dataclass(frozen=True)
class Layout:
    """A Warp type with its C layout.

    ``kind`` is scalar, vec, mat, quat, transform, struct or array;
    ``scalar`` the components' NumPy dtype (None for structs and arrays);
    ``shape`` the value's own extents ((3,) for a vec3, (3, 3) for a mat33);
    ``fields`` a struct's (name, offset, Layout); ``ndim`` and ``element``
    an array's; ``text`` the MLIR spelling.
    """

    kind: str
    size: int
    align: int
    text: str
    scalar: Optional[np.dtype] = None
    shape: Tuple[int, ...] = ()
    name: str = ""
    fields: Tuple[Tuple[str, int, "Layout"], ...] = ()
    ndim: int = 0
    element: Optional["Layout"] = None
    _numpy: Any = field(default=None, compare=False, repr=False)

    @property
    def is_array(self) -> bool:
        return self.kind == "array"

    @property
    def components(self) -> int:
        """Scalars in one value of a scalar or composite type."""
        count = 1
        for extent in self.shape:
            count *= extent
        return count

    @property
    def has_arrays(self) -> bool:
        """True for arrays and structs holding arrays (at any depth)."""
        if self.kind == "array":
            return True
        return any(layout.has_arrays for _, _, layout in self.fields)

    def numpy_dtype(self) -> Optional[np.dtype]:
        """The dtype of one NumPy element holding a value of this type: the
        scalar dtype for scalars and composites (whose extents are the
        array's trailing dimensions), a structured dtype at this layout's
        offsets for structs; None for a struct holding arrays."""
        if self.kind == "struct":
            return self._numpy
        return self.scalar

    def describe(self) -> str:
        """The type as Warp's Python spells it (``wp.vec3f``, ``Particle``,
        ``wp.array2d(dtype=wp.float32)``)."""
        if self.kind == "scalar":
            return f"wp.{self.scalar.name}"
        if self.kind == "array":
            stem = "wp.array" if self.ndim == 1 else f"wp.array{self.ndim}d"
            return f"{stem}(dtype={self.element.describe()})"
        if self.kind == "struct":
            return self.name
        suffix = _SUFFIX[self.scalar.name]
        if self.kind == "vec":
            if self.shape[0] in (2, 3, 4):
                return f"wp.vec{self.shape[0]}{suffix}"
            return f"wp.types.vector(length={self.shape[0]}, dtype=wp.{self.scalar.name})"
        if self.kind == "mat":
            rows, cols = self.shape
            if rows == cols and rows in (2, 3, 4) and self.scalar.kind == "f":
                return f"wp.mat{rows}{cols}{suffix}"
            return f"wp.types.matrix(shape=({rows}, {cols}), dtype=wp.{self.scalar.name})"
        return f"wp.{self.kind}{suffix}"


def array_descriptor_layout(ndim: int) -> Tuple[int, int]:
    """(offset of the strides, size) of an ndim-dimensional array
    descriptor: {void *data; int32 shape[ndim]; int64 strides[ndim]}."""
    strides = _align(8 + 4 * ndim, 8)
    return strides, strides + 8 * ndim


def layout_of(type_info: Dict[str, Any]) -> Layout:
    """The Layout of a type as the native module describes it."""
    kind = type_info["kind"]
    text = type_info["text"]
    if kind == "array":
        element = layout_of(type_info["dtype"])
        _, size = array_descriptor_layout(type_info["ndim"])
        return Layout(
            kind="array", size=size, align=8, text=text, ndim=type_info["ndim"], element=element
        )
    if kind == "struct":
        offset = 0
        align = 1
        fields = []
        for name, field_info in type_info["fields"]:
            field_layout = layout_of(field_info)
            offset = _align(offset, field_layout.align)
            fields.append((name, offset, field_layout))
            offset += field_layout.size
            align = max(align, field_layout.align)
        size = _align(offset, align)
        numpy = None
        if not any(f.has_arrays for _, _, f in fields):
            numpy = np.dtype(
                {
                    "names": [name for name, _, _ in fields],
                    "formats": [_field_format(f) for _, _, f in fields],
                    "offsets": [offset for _, offset, _ in fields],
                    "itemsize": size,
                }
            )
        return Layout(
            kind="struct",
            size=size,
            align=align,
            text=text,
            name=type_info["name"],
            fields=tuple(fields),
            _numpy=numpy,
        )
    scalar = np.dtype(type_info["scalar"])
    shape = tuple(type_info["shape"])
    count = 1
    for extent in shape:
        count *= extent
    return Layout(
        kind=kind,
        size=scalar.itemsize * count,
        align=scalar.itemsize,
        text=text,
        scalar=scalar,
        shape=shape,
    )


def _field_format(layout: Layout) -> Any:
    """A struct field's format in a NumPy structured dtype."""
    if layout.kind == "struct":
        return layout.numpy_dtype()
    if layout.shape:
        return (layout.scalar, layout.shape)
    return layout.scalar


def same_struct_dtype(actual: np.dtype, expected: np.dtype) -> bool:
    """True when a structured dtype lays out the same fields, of the same
    types, at the same offsets, in an element of the same size."""
    if actual.fields is None or expected.fields is None:
        return False
    if actual.itemsize != expected.itemsize or actual.names != expected.names:
        return False
    for name in expected.names:
        a_type, a_offset = actual.fields[name][:2]
        e_type, e_offset = expected.fields[name][:2]
        if a_offset != e_offset or a_type.shape != e_type.shape:
            return False
        a_base, e_base = a_type.base, e_type.base
        if e_base.fields is not None:
            if not same_struct_dtype(a_base, e_base):
                return False
        elif a_base != e_base or not a_base.isnative:
            return False
    return True


def type_info_of(warp_type: Any) -> Dict[str, Any]:
    """The type dict (as the native module describes types) of a Warp type
    object from warp_mlir.types, or of a @wm.struct class."""
    from . import types

    warp_type = types.type_of_annotation(warp_type)

    def composite(kind: str, element: Any, shape: Tuple[int, ...]) -> Dict[str, Any]:
        return {"kind": kind, "scalar": element.surface, "shape": shape, "text": warp_type.mlir}

    if isinstance(warp_type, types.ScalarType):
        return {"kind": "scalar", "scalar": warp_type.surface, "shape": (), "text": warp_type.mlir}
    if isinstance(warp_type, types.VectorType):
        return composite("vec", warp_type.dtype, (warp_type.length,))
    if isinstance(warp_type, types.MatrixType):
        return composite("mat", warp_type.dtype, (warp_type.rows, warp_type.cols))
    if isinstance(warp_type, types.QuatType):
        return composite("quat", warp_type.dtype, (4,))
    if isinstance(warp_type, types.TransformType):
        return composite("transform", warp_type.dtype, (7,))
    if isinstance(warp_type, types.ArrayType):
        return {
            "kind": "array",
            "scalar": "",
            "shape": (),
            "text": warp_type.mlir,
            "ndim": warp_type.ndim,
            "dtype": type_info_of(warp_type.dtype),
        }
    if isinstance(warp_type, types.StructType):
        return {
            "kind": "struct",
            "scalar": "",
            "shape": (),
            "text": warp_type.mlir,
            "name": warp_type.name,
            "fields": [(name, type_info_of(field)) for name, field in warp_type.fields],
        }
    raise TypeError(f"{warp_type!r} is not a Warp type")


def struct_dtype(struct: Any) -> np.dtype:
    """The NumPy structured dtype of a @wm.struct class at its C layout
    (docs/abi.md): what an array of that struct is made of."""
    layout = layout_of(type_info_of(struct))
    if layout.kind != "struct":
        raise TypeError(f"{struct!r} is not a @wm.struct class")
    dtype = layout.numpy_dtype()
    if dtype is None:
        raise TypeError(f"struct {layout.name} holds arrays, which no NumPy dtype can lay out")
    return dtype
