"""The decorators of Warp's Python surface: ``@wm.kernel``, ``@wm.func``,
``@wm.struct`` and ``wm.constant``, and the Kernel objects they make.

A kernel is compiled when it is first launched or translated: the frontend
turns the function (and every function it calls) into warp IR once per
Kernel object, and the compiled code is cached by a hash of that IR (see
cache.py). Kernels can also be made from warp IR text
(``Kernel.from_ir``).
"""

from __future__ import annotations

import functools
import types
from typing import Any, Callable, Dict, Optional

from . import native
from .arguments import Signature
from .types import constant, struct  # noqa: F401  (re-exported)

__all__ = ["Kernel", "Function", "kernel", "func", "struct", "constant"]


class Kernel:
    """A Warp kernel: a Python function given to ``@wm.kernel``, or a
    kernel of warp IR text. ``wm.launch`` runs it; ``translate`` prints it
    for a target."""

    __warp_mlir__ = "kernel"

    def __init__(self, fn: Callable[..., Any]) -> None:
        fn = _python_function(fn)
        self.fn = fn
        self.name = fn.__name__
        self._ir_text: Optional[str] = None
        self._ir_name = f"<warp IR of {fn.__qualname__}>"
        self._kernel_symbol = ""  # the module's only kernel
        self._signature: Optional[Signature] = None
        self._launchers: Dict[str, Any] = {}
        functools.update_wrapper(self, fn)

    @classmethod
    def from_ir(cls, ir: str, name: Optional[str] = None, filename: str = "<ir>") -> "Kernel":
        """Kernel ``name`` (optional when there is one) of the warp IR module
        ``ir``; ``filename`` names the text in diagnostics. Raises
        CompileError when the IR does not parse or verify, or has no such
        kernel."""
        kernel = cls.__new__(cls)
        kernel.fn = None
        kernel._ir_text = ir
        kernel._ir_name = filename
        description = native.load().describe_kernel(ir, filename, name or "")
        kernel.name = description["name"]
        kernel.__name__ = kernel.name
        kernel._kernel_symbol = kernel.name
        kernel._signature = Signature(description)
        kernel._launchers = {}
        return kernel

    def __repr__(self) -> str:
        return f"<warp_mlir.Kernel {self.name}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(
            f"kernel '{self.name}' cannot be called from Python: run it with "
            f"wm.launch({self.name}, dim, inputs=[...])"
        )

    @property
    def ir(self) -> str:
        """The warp IR module: the kernel and every function it calls."""
        if self._ir_text is None:
            from . import frontend

            self._ir_text = frontend.compile_function(self)
        return self._ir_text

    @property
    def signature(self) -> Signature:
        """The kernel's parameters (names and layouts), read from its IR."""
        if self._signature is None:
            description = native.load().describe_kernel(self.ir, self._ir_name, self._kernel_symbol)
            self._kernel_symbol = description["name"]
            self._signature = Signature(description)
        return self._signature

    def translate(self, target: str, **options: Any) -> str:
        """The kernel as ``target`` text: mlir, ptx, llvm, cpp, cuda or
        python (see ``wm.translate``)."""
        from .targets import translate

        return translate(self, target, **options)

    def _launcher(self, device: str) -> Any:
        from .launch import cpu_launcher, cuda_launcher

        signature = self.signature
        make = cpu_launcher if device == "cpu" else cuda_launcher
        launcher = make(self.ir, self._ir_name, self._kernel_symbol, signature)
        self._launchers[device] = launcher
        return launcher


class Function:
    """A ``@wm.func``: a function kernels call. Calling it from Python runs
    the Python function."""

    __warp_mlir__ = "func"

    def __init__(self, fn: Callable[..., Any]) -> None:
        fn = _python_function(fn)
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __repr__(self) -> str:
        return f"<warp_mlir.Function {self.fn.__name__}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)


def _python_function(fn: Any) -> Callable[..., Any]:
    """The Python function of ``fn``: itself, or the one a warp-lang
    ``@wp.kernel``/``@wp.func`` object holds."""
    if isinstance(fn, types.FunctionType):
        return fn
    inner = getattr(fn, "func", None)
    if type(fn).__module__.startswith("warp") and isinstance(inner, types.FunctionType):
        return inner
    raise TypeError(f"expected a Python function, got {type(fn).__name__}")


def kernel(fn: Optional[Callable[..., Any]] = None, *, enable_backward: Any = None) -> Any:
    """``@wm.kernel``: makes a Kernel of a function. Also ``@wm.kernel()``
    and ``@wm.kernel(enable_backward=False)`` (accepted as Warp does; there
    is no backward pass here)."""
    if fn is None:
        return lambda f: Kernel(f)
    return Kernel(fn)


def func(fn: Optional[Callable[..., Any]] = None) -> Any:
    """``@wm.func``: a function that kernels (and other functions) call."""
    if fn is None:
        return lambda f: Function(f)
    return Function(fn)
