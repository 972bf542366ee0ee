"""``wm.launch``: runs a kernel over a launch grid on NumPy arrays.

On the CPU the kernel's code (compiled once, see cache.py) runs in this
process on the caller's arrays, in place and at their strides. On CUDA
(GPU 0, through the CUDA driver) arrays are copied to the device before the
launch and back after it; without a driver or GPU the launch raises
DeviceError saying so.
"""

from __future__ import annotations

from typing import Any, Sequence

from . import cache, native
from .arguments import BOUNDS_SIZE, DeviceArrays, HostArrays, Signature, launch_bounds
from .errors import ArgumentError

DEVICES = ("cpu", "cuda")


class CpuLauncher:
    """A kernel's CPU entry point and its argument struct's layout."""

    def __init__(self, signature: Signature, entry: Any) -> None:
        self.signature = signature
        self.entry = entry
        self.address_of = native.load().data_address
        offset = BOUNDS_SIZE
        self.offsets = []
        for layout in signature.layouts:
            offset = (offset + layout.align - 1) // layout.align * layout.align
            self.offsets.append(offset)
            offset += layout.size
        self.size = (offset + 7) // 8 * 8

    def run(self, dim: Any, args: Sequence[Any], block_dim: int) -> None:
        signature = self.signature
        bounds, _ = launch_bounds(signature.kernel, dim, signature.launch_dims)
        signature.check_count(args)
        buffer = bytearray(self.size)
        buffer[:BOUNDS_SIZE] = bounds
        arrays = HostArrays(self.address_of)
        for index, (packer, offset, value) in enumerate(zip(signature.packers, self.offsets, args)):
            packer.pack(value, buffer, offset, arrays, index)
        self.entry.launch(bytes(buffer))
        arrays.finish()


class CudaLauncher:
    """A kernel loaded on GPU 0; each parameter is passed as its own bytes."""

    def __init__(self, signature: Signature, kernel: Any) -> None:
        self.signature = signature
        self.kernel = kernel

    def run(self, dim: Any, args: Sequence[Any], block_dim: int) -> None:
        signature = self.signature
        bounds, size = launch_bounds(signature.kernel, dim, signature.launch_dims)
        signature.check_count(args)
        if not 1 <= block_dim <= 1024:
            raise ArgumentError(f"block_dim is 1 to 1024 threads, not {block_dim}")
        parameters = [bounds]
        arrays = DeviceArrays()
        for index, (packer, layout, value) in enumerate(
            zip(signature.packers, signature.layouts, args)
        ):
            buffer = bytearray(layout.size)
            packer.pack(value, buffer, 0, arrays, index + 1)
            parameters.append(bytes(buffer))
        self.kernel.launch(parameters, arrays.slots, size, block_dim)
        arrays.finish()


def cpu_launcher(ir: str, filename: str, kernel: str, signature: Signature) -> CpuLauncher:
    """Kernel ``kernel`` of ``ir`` compiled for the CPU (or found in the
    cache)."""
    nat = native.load()
    options = {"opt_level": 3}
    key = cache.cache_key(ir, "cpu", options)
    module = cache.cached(
        key,
        ".o",
        compile=lambda: nat.compile_cpu(ir, filename, options["opt_level"]),
        load=nat.load_cpu,
    )
    return CpuLauncher(signature, module.kernel(kernel))


def cuda_launcher(ir: str, filename: str, kernel: str, signature: Signature) -> CudaLauncher:
    """Kernel ``kernel`` of ``ir`` compiled to PTX for GPU 0 (or found in
    the cache) and loaded there. Raises DeviceError first when there is no
    CUDA driver or GPU."""
    nat = native.load()
    device = nat.cuda_device()  # DeviceError without a driver or GPU
    chip = "sm_" + device.rsplit("(sm_", 1)[1].rstrip(")")
    options = {"chip": chip, "fuse_fp": True}
    key = cache.cache_key(ir, "ptx", options)
    ptx = cache.cached(
        key,
        ".ptx",
        compile=lambda: nat.compile_ptx(ir, filename, chip, True).encode(),
        load=lambda data: data.decode(),
    )
    return CudaLauncher(signature, nat.load_cuda(ptx, kernel))


def normalize_device(device: Any) -> str:
    """ "cpu" or "cuda" ("cuda:0" too; None is the CPU)."""
    if device is None:
        return "cpu"
    name = str(device)
    if name in ("cuda:0",):
        return "cuda"
    if name not in DEVICES:
        raise ArgumentError(f"device must be 'cpu' or 'cuda', not {device!r}")
    return name


def launch(
    kernel: Any,
    dim: Any,
    inputs: Sequence[Any] = (),
    outputs: Sequence[Any] = (),
    device: Any = "cpu",
    block_dim: int = 256,
) -> None:
    """Runs ``kernel`` (a ``@wm.kernel`` or ``wm.Kernel.from_ir(...)``) once
    over ``dim`` (an int or a tuple of 1 to 4 ints) with the arguments
    ``inputs`` then ``outputs``, in the kernel's parameter order, on
    ``device`` ("cpu" or "cuda"; ``block_dim`` threads per block there).

    Arrays are NumPy arrays of the parameter's dtype (a vector or matrix
    element adds its extents as trailing dimensions; a struct element is a
    structured dtype at the struct's C layout); scalars are Python or NumPy
    numbers, sequences for vectors and matrices, @wm.struct instances for
    structs. See docs/python-api.md for the rules.
    """
    launchers = getattr(kernel, "_launchers", None)
    if launchers is None:
        raise ArgumentError(
            f"wm.launch needs a kernel made by @wm.kernel or wm.Kernel.from_ir, got "
            f"{type(kernel).__name__}"
        )
    args = list(inputs) + list(outputs)
    name = device if device in DEVICES else normalize_device(device)
    launcher = launchers.get(name)
    if launcher is None:
        launcher = kernel._launcher(name)
    launcher.run(dim, args, block_dim)
