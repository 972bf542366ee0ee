"""The Python frontend of warp-mlir: ``@wp.kernel``, ``@wp.func`` and
``@wp.struct`` Python compiled to ``warp`` dialect IR (MLIR custom assembly,
every op located at its Python ``file:line:col``).

    compile_source(source, filename="<string>") -> str
    compile_function(fn) -> str
    FrontendError(Exception): filename, line, col, message

It is pure Python (the ``ast`` module); warp-lang need not be installed.
See docs/python-frontend.md.
"""

from __future__ import annotations

import types as _pytypes
from typing import Any

from .errors import FrontendError
from .program import Program, build_struct, compile_module_source
from .resolve import LiveRegistry, decorator_kind, function_source
from .writer import Loc

__all__ = ["compile_source", "compile_function", "FrontendError"]


def compile_source(source: str, filename: str = "<string>") -> str:
    """Every ``@wp.struct``, ``@wp.func`` and ``@wp.kernel`` of a Python
    module's source, in source order, as one MLIR module.

    ``warp`` and ``warp_mlir`` are recognised under any alias; module-level
    ``NAME = wp.constant(...)``, plain numbers and type aliases
    (``vec5f = wp.types.vector(length=5, dtype=wp.float32)``) are resolved.
    Raises FrontendError for anything Warp (or warp-mlir) does not accept.
    """
    return compile_module_source(source, filename)


def compile_function(fn: Any) -> str:
    """The kernel (or function) ``fn`` and everything it calls, transitively,
    as one MLIR module: callees first, ``fn`` last.

    ``fn`` is a plain Python function, the object ``@wm.kernel``/``@wm.func``
    return (``__warp_mlir__`` = "kernel"/"func", the function kept as
    ``.fn``), or a warp-lang kernel/function. Names resolve through the
    function's globals and closure.
    """
    function, kind = _unwrap(fn)
    registry = LiveRegistry(build_struct)
    if kind is None:
        node, _ = function_source(function)
        kinds = []
        probe = registry.funcdef(function, "kernel")
        for decorator in node.decorator_list:
            kinds.append(decorator_kind(decorator, probe.scope))
        kind = "func" if "func" in kinds and "kernel" not in kinds else "kernel"
        probe.kind = kind
        definition = probe
    else:
        definition = registry.funcdef(function, kind)
    program = Program()
    program.compile_callable(definition)
    return program.render(program.order, [], Loc(definition.source.filename, 1, 1))


def _unwrap(fn: Any):
    marker = getattr(fn, "__warp_mlir__", None)
    if marker in ("kernel", "func"):
        inner = getattr(fn, "fn", fn)
        if isinstance(inner, _pytypes.FunctionType):
            return inner, marker
    if isinstance(fn, _pytypes.FunctionType):
        return fn, None
    kind = type(fn).__name__
    module = getattr(type(fn), "__module__", "") or ""
    inner = getattr(fn, "func", None)
    if module.startswith("warp.") and isinstance(inner, _pytypes.FunctionType):
        return inner, "kernel" if kind == "Kernel" else "func"
    raise TypeError(
        f"compile_function() takes a Python function or a @kernel/@func object, got {type(fn).__name__}"
    )
