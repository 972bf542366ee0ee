"""Launch arguments checked against a kernel's signature and laid out as
docs/abi.md says: the launch bounds, then each argument by value (arrays as
descriptors pointing at NumPy memory).

Each parameter gets a packer when the kernel is loaded, so that a launch
only checks and writes its arguments. Errors name the kernel, the parameter
and what was expected; they are ``ArgumentError`` (a TypeError and a
ValueError).
"""

from __future__ import annotations

import numbers
import struct as _struct
from typing import Any, Callable, List, Optional, Sequence, Tuple

import numpy as np

from .errors import ArgumentError
from .layout import SCALAR_CODES, Layout, array_descriptor_layout, same_struct_dtype
from .types import ScalarValue

INT32_MAX = 2**31 - 1
BOUNDS_SIZE = 32
_BOUNDS = _struct.Struct("<4iixxxxq")

# A packer writes one argument at an offset of a buffer; arrays go through
# the placement, which says where their data is (host or device).
Packer = Callable[[Any, bytearray, int, "ArrayPlacement", int], None]


class ArrayPlacement:
    """Where the arrays of one launch live while it runs."""

    def place(self, array: np.ndarray, parameter: int, offset: int) -> Tuple[int, Sequence[int]]:
        """The data address and byte strides to describe ``array`` with; its
        descriptor goes at ``offset`` of parameter ``parameter``'s bytes."""
        raise NotImplementedError

    def finish(self) -> None:
        """Called after the launch: results go back into the caller's arrays."""


class HostArrays(ArrayPlacement):
    """CPU launches: kernels work on the caller's memory, in place, at its
    strides. An array whose element (the trailing extents of a vector or
    matrix) is not contiguous runs on a contiguous copy written back after."""

    def __init__(self, address_of: Callable[[np.ndarray], int]) -> None:
        self.address_of = address_of
        self.writebacks: List[Tuple[np.ndarray, np.ndarray]] = []

    def place(self, array, parameter, offset):
        return self.address_of(array), array.strides

    def place_copy(self, array: np.ndarray) -> np.ndarray:
        copy = np.ascontiguousarray(array)
        self.writebacks.append((array, copy))
        return copy

    def finish(self) -> None:
        for original, copy in self.writebacks:
            original[...] = copy


class DeviceArrays(ArrayPlacement):
    """CUDA launches: each array is copied (C-contiguous) to a device
    buffer of its own before the launch and back after it."""

    def __init__(self) -> None:
        self.slots: List[Tuple[int, int, int, int, int]] = []
        self.writebacks: List[Tuple[np.ndarray, np.ndarray]] = []

    def place(self, array, parameter, offset):
        contiguous = np.ascontiguousarray(array)
        self.writebacks.append((array, contiguous))
        address = contiguous.__array_interface__["data"][0]
        self.slots.append((parameter, offset, address, contiguous.nbytes, 0))
        return 0, contiguous.strides

    def place_copy(self, array: np.ndarray) -> np.ndarray:
        return array  # place() copies every array

    def finish(self) -> None:
        for original, copy in self.writebacks:
            if copy is not original:
                original[...] = copy


def launch_bounds(kernel: str, dim: Any, launch_dims: Optional[int]) -> Tuple[bytes, int]:
    """The launch bounds' bytes and the number of launch indices for
    ``dim`` (an int or a tuple of 1 to 4 ints)."""
    if type(dim) is int and 0 <= dim <= INT32_MAX and launch_dims in (None, 1):
        return _BOUNDS.pack(dim, 1, 1, 1, 1, dim), dim  # the common case, quickly
    if isinstance(dim, (numbers.Integral, np.integer)) and not isinstance(dim, bool):
        extents = (int(dim),)
    elif isinstance(dim, (tuple, list)) and all(
        isinstance(d, (numbers.Integral, np.integer)) and not isinstance(d, bool) for d in dim
    ):
        extents = tuple(int(d) for d in dim)
    else:
        raise ArgumentError(
            f"launch of kernel '{kernel}': dim must be an int or a tuple of 1 to 4 ints, "
            f"got {dim!r}"
        )
    if not 1 <= len(extents) <= 4:
        raise ArgumentError(
            f"launch of kernel '{kernel}': dim has {len(extents)} extents; launches have 1 to 4"
        )
    for extent in extents:
        if not 0 <= extent <= INT32_MAX:
            raise ArgumentError(
                f"launch of kernel '{kernel}': extent {extent} of dim {extents} is outside "
                f"[0, {INT32_MAX}]"
            )
    if launch_dims is not None and launch_dims != len(extents):
        raise ArgumentError(
            f"kernel '{kernel}' is launched over {launch_dims} dimension"
            f"{'s' if launch_dims != 1 else ''} (wp.tid() in it unpacks {launch_dims}), "
            f"dim {extents} has {len(extents)}"
        )
    size = 1
    for extent in extents:
        size *= extent
    if size > 2**63 - 1:
        raise ArgumentError(
            f"launch of kernel '{kernel}': dim {extents} has over 2**63 - 1 indices"
        )
    shape = extents + (1,) * (4 - len(extents))
    return _BOUNDS.pack(*shape, len(extents), size), size


def _type_name(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"{value.dtype} array of shape {value.shape}"
    if isinstance(value, np.generic):
        return f"numpy.{type(value).__name__} {value!r}"
    return f"{type(value).__name__} {value!r}" if np.isscalar(value) else type(value).__name__


def _array_shape_text(ndim: int, element: Layout) -> str:
    names = ["n", "m", "k", "l"][:ndim]
    return (
        "("
        + ", ".join(names + [str(e) for e in element.shape])
        + ("," if ndim == 1 and not element.shape else "")
        + ")"
    )


class ParameterPacker:
    """Checks and writes one parameter's argument."""

    def __init__(self, kernel: str, index: int, name: str, layout: Layout) -> None:
        self.kernel = kernel
        self.index = index
        self.name = name
        self.layout = layout
        self.where = f"kernel '{kernel}', argument {index} ('{name}': {layout.describe()})"
        self.pack: Packer = self._packer(layout, self.where)

    def fail(self, where: str, message: str) -> ArgumentError:
        return ArgumentError(f"{where}: {message}")

    def _packer(self, layout: Layout, where: str) -> Packer:
        if layout.kind == "array":
            return self._array_packer(layout, where)
        if layout.kind == "struct":
            return self._struct_packer(layout, where)
        if layout.kind == "scalar":
            return self._scalar_packer(layout, where)
        return self._composite_packer(layout, where)

    # Scalars ---------------------------------------------------------------

    def _scalar_packer(self, layout: Layout, where: str) -> Packer:
        code = SCALAR_CODES[layout.scalar.name]
        packer = _struct.Struct("<" + code)
        convert = _scalar_converter(layout.scalar, lambda message: self.fail(where, message))

        def pack(value, buffer, offset, placement, parameter):
            try:
                packer.pack_into(buffer, offset, convert(value))
            except OverflowError:
                # Floats beyond the type's range round to infinity, as a
                # NumPy cast does.
                with np.errstate(over="ignore"):
                    wide = np.array(convert(value), dtype=np.float64)
                    buffer[offset : offset + layout.size] = wide.astype(layout.scalar).tobytes()

        return pack

    # Vectors, matrices, quaternions, transforms --------------------------

    def _composite_packer(self, layout: Layout, where: str) -> Packer:
        dtype = layout.scalar
        shape = layout.shape
        integral = dtype.kind in "iu"
        limits = np.iinfo(dtype) if integral else None

        def pack(value, buffer, offset, placement, parameter):
            try:
                data = np.asarray(value)
            except Exception:
                data = np.asarray(None)
            if data.dtype.kind not in "biuf":
                raise self.fail(
                    where,
                    f"expected {layout.components} numbers of shape {shape}, got {_type_name(value)}",
                )
            # A matrix may also come as its components row by row (as
            # warp-lang's own matrix objects hold them).
            if data.shape != shape and data.shape == (layout.components,):
                data = data.reshape(shape)
            if data.shape != shape:
                raise self.fail(
                    where, f"expected shape {shape}, got {_type_name(value)} of shape {data.shape}"
                )
            if integral:
                if data.dtype.kind == "f":
                    raise self.fail(
                        where,
                        f"expected {dtype.name} components, got floats; convert them explicitly",
                    )
                if data.size and (int(data.min()) < limits.min or int(data.max()) > limits.max):
                    raise self.fail(
                        where,
                        f"a component is outside the range of {dtype.name} [{limits.min}, {limits.max}]",
                    )
            buffer[offset : offset + layout.size] = data.astype(dtype, copy=False).tobytes()

        return pack

    # Structs ---------------------------------------------------------------

    def _struct_packer(self, layout: Layout, where: str) -> Packer:
        fields = [
            (name, field_offset, self._packer(field_layout, f"{where}, field '{name}'"))
            for name, field_offset, field_layout in layout.fields
        ]
        numpy_dtype = layout.numpy_dtype()

        def pack(value, buffer, offset, placement, parameter):
            if isinstance(value, (np.void, np.ndarray)) and value.dtype.fields is not None:
                if numpy_dtype is None or not same_struct_dtype(value.dtype, numpy_dtype):
                    raise self.fail(
                        where,
                        f"the structured value's dtype {value.dtype} does not lay out "
                        f"{layout.name} (expected {numpy_dtype})",
                    )
                if isinstance(value, np.ndarray) and value.shape != ():
                    raise self.fail(
                        where, f"expected one {layout.name}, got an array of shape {value.shape}"
                    )
                buffer[offset : offset + layout.size] = np.asarray(value).tobytes()
                return
            if isinstance(value, dict):
                get = value.get
                missing = [name for name in value if name not in {n for n, _, _ in fields}]
                if missing:
                    raise self.fail(where, f"{layout.name} has no field(s) {', '.join(missing)}")
            else:
                if (
                    isinstance(
                        value, (numbers.Number, np.generic, str, bytes, list, tuple, np.ndarray)
                    )
                    or value is None
                ):
                    raise self.fail(
                        where,
                        f"expected a {layout.name} instance (a @wm.struct object), got {_type_name(value)}",
                    )
                # A @wm.struct instance, or warp-lang's (whose class derives
                # from the decorated one).
                names = {cls.__name__ for cls in type(value).__mro__}
                warp_type = getattr(type(value), "__warp_type__", None)
                if warp_type is not None:
                    names.add(warp_type.name)
                if layout.name not in names:
                    raise self.fail(
                        where, f"expected a {layout.name}, got a {type(value).__name__}"
                    )

                def get(name, default=None, value=value):
                    return getattr(value, name, default)

            for name, field_offset, field_pack in fields:
                field_value = get(name)
                # An unset field is zero, as in a fresh Warp struct.
                if field_value is not None:
                    field_pack(field_value, buffer, offset + field_offset, placement, parameter)

        return pack

    # Arrays ----------------------------------------------------------------

    def _array_packer(self, layout: Layout, where: str) -> Packer:
        ndim = layout.ndim
        element = layout.element
        strides_at, _ = array_descriptor_layout(ndim)
        descriptor = _struct.Struct(f"<Q{ndim}i{strides_at - 8 - 4 * ndim}x{ndim}q")
        element_dtype = element.numpy_dtype()
        element_shape = element.shape if element.kind != "struct" else ()
        total_ndim = ndim + len(element_shape)
        # The strides of one C-contiguous element (a vector's components).
        element_strides: Tuple[int, ...] = ()
        if element_dtype is not None:
            stride = element_dtype.itemsize
            for extent in reversed(element_shape):
                element_strides = (stride,) + element_strides
                stride *= extent
        if element.kind == "struct":
            expected = f"a numpy array of a structured dtype laying out {element.name} ({element_dtype}), {ndim}-d"
        else:
            expected = (
                f"a numpy array of {element_dtype} with shape {_array_shape_text(ndim, element)}"
            )
        if element_dtype is None:
            unsupported = f"arrays of {element.name} cannot be passed: it holds arrays, which no NumPy dtype can lay out"
        else:
            unsupported = None

        def pack(value, buffer, offset, placement, parameter):
            if unsupported:
                raise self.fail(where, unsupported)
            if not isinstance(value, np.ndarray):
                raise self.fail(where, f"expected {expected}, got {_type_name(value)}")
            if element.kind == "struct":
                if not same_struct_dtype(value.dtype, element_dtype):
                    raise self.fail(where, f"expected {expected}, got dtype {value.dtype}")
            elif value.dtype != element_dtype:
                raise self.fail(where, f"expected {expected}, got a {value.dtype} array")
            if value.ndim != total_ndim or value.shape[ndim:] != element_shape:
                raise self.fail(where, f"expected {expected}, got shape {value.shape}")
            if not value.flags.writeable:
                raise self.fail(
                    where, "the array is read-only (kernels may write their arrays); pass a copy"
                )
            shape = value.shape[:ndim]
            for extent in shape:
                if extent > INT32_MAX:
                    raise self.fail(
                        where, f"extent {extent} is over the int32 limit of array shapes"
                    )
            if value.strides[ndim:] != element_strides:
                value = placement.place_copy(value)
            address, strides = placement.place(value, parameter, offset)
            descriptor.pack_into(buffer, offset, address, *shape, *strides[:ndim])

        return pack


def _scalar_converter(
    dtype: np.dtype, fail: Callable[[str], ArgumentError]
) -> Callable[[Any], Any]:
    """A function that checks a Python or NumPy scalar for a parameter of
    type ``dtype`` and returns the Python value to pack."""
    kind = dtype.kind
    if kind == "b":

        def convert(value):
            value = value.value if isinstance(value, ScalarValue) else value
            if isinstance(value, (bool, np.bool_)):
                return bool(value)
            if isinstance(value, (numbers.Integral, np.integer)) and int(value) in (0, 1):
                return bool(value)
            raise fail(f"expected a bool, got {_type_name(value)}")

        return convert
    if kind in "iu":
        info = np.iinfo(dtype)
        low, high = int(info.min), int(info.max)

        def convert(value):
            if type(value) is int and low <= value <= high:
                return value
            value = value.value if isinstance(value, ScalarValue) else value
            if isinstance(value, (numbers.Integral, np.integer)):
                value = int(value)
                if low <= value <= high:
                    return value
                raise fail(f"{value} is outside the range of {dtype.name} [{low}, {high}]")
            if isinstance(value, np.ndarray) and value.shape == () and value.dtype.kind in "biu":
                return convert(value.item())
            raise fail(f"expected an integer, got {_type_name(value)}")

        return convert

    def convert(value):
        if type(value) is float or type(value) is int:
            return float(value)
        value = value.value if isinstance(value, ScalarValue) else value
        if isinstance(value, (numbers.Real, np.integer, np.floating)) and not isinstance(
            value, (bool, np.bool_)
        ):
            return float(value)
        if isinstance(value, np.ndarray) and value.shape == () and value.dtype.kind in "iuf":
            return float(value.item())
        raise fail(f"expected a number, got {_type_name(value)}")

    return convert


class Signature:
    """A kernel's parameters with their layouts and packers, from the native
    module's description."""

    def __init__(self, description: dict) -> None:
        from .layout import layout_of

        self.kernel: str = description["name"]
        self.launch_dims: Optional[int] = description["launch_dims"]
        self.names: List[str] = []
        self.layouts: List[Layout] = []
        self.packers: List[ParameterPacker] = []
        for index, (name, type_info) in enumerate(description["parameters"]):
            layout = layout_of(type_info)
            self.names.append(name)
            self.layouts.append(layout)
            self.packers.append(ParameterPacker(self.kernel, index, name, layout))

    def check_count(self, args: Sequence[Any]) -> None:
        if len(args) != len(self.packers):
            listed = ", ".join(
                f"{name}: {layout.describe()}" for name, layout in zip(self.names, self.layouts)
            )
            raise ArgumentError(
                f"kernel '{self.kernel}' takes {len(self.packers)} argument"
                f"{'s' if len(self.packers) != 1 else ''} ({listed}), {len(args)} given"
            )
