"""Names: what a name in a kernel refers to, and the static values of
module-level type aliases, constants and annotations.

A name resolves to an *entity*: the ``warp``/``warp_mlir`` module (under any
alias), Warp's ``types`` submodule, a Warp builtin, a type, a constant, a
``@wp.func`` overload set, a ``@wp.kernel``, a Python builtin (``float``,
``range``, ...), or something the frontend cannot use (kept with a
description, so that the error says what it is). Two scopes produce them:
``SourceScope`` scans a module's AST (``compile_source``) and ``LiveScope``
reads a live function's globals and closure (``compile_function``).
"""

from __future__ import annotations

import ast
import builtins
import inspect
import math
import textwrap
import types as pytypes
from typing import Any, Callable, Dict, List, Optional, Tuple

from .. import types as wt
from .errors import FrontendError, SourceFile

# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------


class Entity:
    """Something a name refers to."""

    def describe(self) -> str:
        return type(self).__name__

    def __repr__(self) -> str:
        return self.describe()


class Namespace(Entity):
    """The ``warp`` module (``kind == "warp"``) or its ``types`` submodule."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def describe(self) -> str:
        return "the module " + self.kind


class PyModuleRef(Entity):
    """A Python module other than warp's (``import helpers``): its
    attributes are looked up in it (compile_function only)."""

    def __init__(self, module: pytypes.ModuleType, registry: "LiveRegistry") -> None:
        self.module = module
        self.registry = registry

    def attribute(self, name: str) -> "Entity":
        if not hasattr(self.module, name):
            return Unusable(f"{self.module.__name__}.{name} (no such attribute)")
        return self.registry.entity_of(getattr(self.module, name), f"{self.module.__name__}.{name}")

    def describe(self) -> str:
        return f"the module {self.module.__name__}"


class BuiltinRef(Entity):
    """A Warp builtin function, ``wp.NAME``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"wp.{self.name}"


class PyBuiltinRef(Entity):
    """A Python builtin Warp kernels may call (``float``, ``range``, ...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"the Python builtin {self.name}()"


class TypeRef(Entity):
    def __init__(self, type: wt.WarpType) -> None:
        self.type = type

    def describe(self) -> str:
        return f"the type {self.type!r}"


class ConstantRef(Entity):
    """A module-level constant: a Python number (typed like a literal), a
    ``wp.T(x)`` ScalarValue, or a composite constant (``CompositeConstant``)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def describe(self) -> str:
        return f"the constant {self.value!r}"


class CompositeConstant:
    """``wp.constant(wp.vec3(1.0, 2.0, 3.0))``: a vector, matrix or quaternion
    constant, its elements converted to the element type."""

    def __init__(self, type: wt.WarpType, elements: List[Any]) -> None:
        self.type = type
        self.elements = elements

    def __repr__(self) -> str:
        return f"{self.type!r}({', '.join(map(repr, self.elements))})"


class FuncDef:
    """One ``@wp.func`` or ``@wp.kernel`` definition: its AST, source file
    and the scope its names resolve in."""

    def __init__(
        self,
        kind: str,
        node: ast.FunctionDef,
        source: SourceFile,
        scope: "Scope",
        order: Tuple[str, int],
    ) -> None:
        self.kind = kind  # "kernel" or "func"
        self.node = node
        self.source = source
        self.scope = scope
        self.name = node.name
        self.order = order  # (filename, line) for source ordering
        self.overloads: Optional["FuncRef"] = None
        # A live function's decorators already ran; a source's are checked.
        self.live = False
        self.assigned: Optional[set] = None  # the body's assigned names, once computed


class FuncRef(Entity):
    """A ``@wp.func`` name: every overload defined under it."""

    def __init__(self, name: str, defs: List[FuncDef]) -> None:
        self.name = name
        self.defs = defs

    def describe(self) -> str:
        return f"the function {self.name}"


class KernelRef(Entity):
    def __init__(self, definition: FuncDef) -> None:
        self.definition = definition

    def describe(self) -> str:
        return f"the kernel {self.definition.name}"


class DecoratorRef(Entity):
    """``wp.kernel``, ``wp.func`` or ``wp.struct`` itself."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def describe(self) -> str:
        return f"the decorator wp.{self.kind}"


class TypeFactory(Entity):
    """``wp.array``, ``wp.array2d``, ..., ``wp.types.vector``, ``wp.types.matrix``, ``wp.constant``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"wp.{self.name}"


class Unusable(Entity):
    """A name bound to something a kernel cannot use; ``what`` says what."""

    def __init__(self, what: str) -> None:
        self.what = what

    def describe(self) -> str:
        return self.what


# The Python builtins a Warp kernel may call.
PYTHON_BUILTINS = ("float", "int", "bool", "range", "len", "min", "max", "abs", "round")

# Warp's float constants (wp.pi, ...), typed float32 like a float literal.
WARP_CONSTANTS = {
    "pi": math.pi,
    "e": math.e,
    "tau": 2.0 * math.pi,
    "inf": math.inf,
    "nan": math.nan,
    "phi": (1.0 + math.sqrt(5.0)) / 2.0,
    "half_pi": math.pi / 2.0,
    "log2e": math.log2(math.e),
    "log10e": math.log10(math.e),
    "ln2": math.log(2.0),
    "ln10": math.log(10.0),
}

_TYPE_FACTORIES = ("array", "array1d", "array2d", "array3d", "array4d", "constant")


def namespace_attribute(namespace: Namespace, name: str) -> Entity:
    """``wp.NAME`` or ``wp.types.NAME``."""
    if name in wt.NAMED_TYPES:
        return TypeRef(wt.NAMED_TYPES[name])
    if namespace.kind == "warp":
        if name == "types":
            return Namespace("warp.types")
        if name in ("kernel", "func", "struct"):
            return DecoratorRef(name)
        if name in _TYPE_FACTORIES:
            return TypeFactory(name)
        if name in WARP_CONSTANTS:
            return ConstantRef(WARP_CONSTANTS[name])
        if name == "half":
            return TypeRef(wt.float16)
        return BuiltinRef(name)
    if name in ("vector", "matrix") or name in _TYPE_FACTORIES:
        return TypeFactory(name)
    if name == "half":
        return TypeRef(wt.float16)
    return Unusable(f"wp.types.{name}")


# --------------------------------------------------------------------------
# Scopes
# --------------------------------------------------------------------------


class Scope:
    """Looks names up; ``None`` when a name is not bound."""

    def lookup(self, name: str) -> Optional[Entity]:
        raise NotImplementedError

    def python_builtin(self, name: str) -> Optional[Entity]:
        if name in PYTHON_BUILTINS:
            return PyBuiltinRef(name)
        if name == "print":
            return Unusable("print() (not supported by warp-mlir)")
        if hasattr(builtins, name):
            return Unusable(f"the Python builtin {name}")
        return None


class SourceScope(Scope):
    """The module-level names of a source text."""

    def __init__(self) -> None:
        self.names: Dict[str, Entity] = {}

    def lookup(self, name: str) -> Optional[Entity]:
        if name in self.names:
            return self.names[name]
        return self.python_builtin(name)


class LiveScope(Scope):
    """A live function's closure and globals, converted to entities."""

    def __init__(self, program: "LiveRegistry", function: pytypes.FunctionType) -> None:
        self.program = program
        self.globals = function.__globals__
        self.closure: Dict[str, Any] = {}
        if function.__closure__:
            for name, cell in zip(function.__code__.co_freevars, function.__closure__):
                try:
                    self.closure[name] = cell.cell_contents
                except ValueError:
                    pass

    def lookup(self, name: str) -> Optional[Entity]:
        if name in self.closure:
            return self.program.entity_of(self.closure[name], name)
        if name in self.globals:
            return self.program.entity_of(self.globals[name], name)
        return self.python_builtin(name)


# --------------------------------------------------------------------------
# Static evaluation: annotations, aliases, constants, decorators
# --------------------------------------------------------------------------


class StaticError(Exception):
    """Raised by static evaluation; carries the offending node."""

    def __init__(self, node: ast.AST, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


def static_eval(node: ast.AST, scope: Scope) -> Any:
    """The compile-time value of an annotation, a type alias or a constant
    expression: a WarpType, an Entity, a number, a ScalarValue, a
    CompositeConstant, a tuple, or ("tuple", [types]) for ``tuple[A, B]``."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            try:
                expression = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                raise StaticError(node, f"cannot parse the annotation {node.value!r}")
            ast.copy_location(expression, node)
            for child in ast.walk(expression):
                child.lineno, child.col_offset = node.lineno, node.col_offset
            return static_eval(expression, scope)
        return node.value
    if isinstance(node, ast.Name):
        entity = scope.lookup(node.id)
        if entity is None:
            raise StaticError(node, f"name '{node.id}' is not defined")
        return _entity_value(entity)
    if isinstance(node, ast.Attribute):
        base = static_eval(node.value, scope)
        if isinstance(base, Namespace):
            return _entity_value(namespace_attribute(base, node.attr))
        if isinstance(base, PyModuleRef):
            return _entity_value(base.attribute(node.attr))
        raise StaticError(node, f"cannot evaluate '.{node.attr}' at compile time")
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = static_eval(node.operand, scope)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(value, wt.ScalarValue) and isinstance(node.op, ast.USub):
            return value.dtype(-value.value)
        raise StaticError(node, "cannot negate this at compile time")
    if isinstance(node, ast.Tuple):
        return tuple(static_eval(e, scope) for e in node.elts)
    if isinstance(node, ast.Subscript):
        base = node.value
        is_tuple = (isinstance(base, ast.Name) and base.id in ("tuple", "Tuple")) or (
            isinstance(base, ast.Attribute) and base.attr == "Tuple"
        )
        if is_tuple:
            inner = node.slice
            elements = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            return ("tuple", [static_type(e, scope) for e in elements])
        raise StaticError(node, "cannot evaluate this subscript at compile time")
    if isinstance(node, ast.Call):
        return _static_call(node, scope)
    raise StaticError(node, f"cannot evaluate {type(node).__name__} at compile time")


def _entity_value(entity: Entity) -> Any:
    if isinstance(entity, TypeRef):
        return entity.type
    if isinstance(entity, ConstantRef):
        return entity.value
    if isinstance(entity, PyBuiltinRef) and entity.name in ("float", "int", "bool"):
        return {"float": wt.float32, "int": wt.int32, "bool": wt.bool_}[entity.name]
    return entity


def static_type(node: ast.AST, scope: Scope) -> wt.WarpType:
    """An annotation that must name a Warp type."""
    if isinstance(node, ast.Constant) and node.value is None:
        raise StaticError(node, "None is not a Warp type")
    value = static_eval(node, scope)
    if isinstance(value, wt.WarpType):
        return value
    if isinstance(value, Unusable):
        raise StaticError(node, f"{value.what} is not a Warp type")
    if isinstance(value, Entity):
        raise StaticError(node, f"{value.describe()} is not a Warp type")
    raise StaticError(node, f"{value!r} is not a Warp type")


def _static_call(node: ast.Call, scope: Scope) -> Any:
    callee = static_eval(node.func, scope)
    args = [static_eval(a, scope) for a in node.args]
    kwargs = {k.arg: static_eval(k.value, scope) for k in node.keywords if k.arg is not None}
    if any(k.arg is None for k in node.keywords):
        raise StaticError(node, "**kwargs are not supported")
    if isinstance(callee, TypeFactory):
        try:
            return _apply_factory(callee.name, args, kwargs)
        except TypeError as error:
            raise StaticError(node, str(error))
    if isinstance(callee, wt.ScalarType):
        if len(args) != 1 or kwargs or not isinstance(args[0], (int, float, wt.ScalarValue)):
            raise StaticError(node, f"wp.{callee.surface}() takes one number here")
        value = args[0].value if isinstance(args[0], wt.ScalarValue) else args[0]
        from .literals import convert

        return callee(convert(value, callee))
    if isinstance(callee, (wt.VectorType, wt.MatrixType, wt.QuatType)):
        return _composite_constant(node, callee, args)
    if isinstance(callee, Entity):
        raise StaticError(node, f"cannot call {callee.describe()} at compile time")
    raise StaticError(node, "cannot evaluate this call at compile time")


def _apply_factory(name: str, args: List[Any], kwargs: Dict[str, Any]) -> Any:
    if name == "constant":
        if len(args) != 1 or kwargs:
            raise TypeError("wp.constant() takes one value")
        return args[0]
    table: Dict[str, Callable[..., Any]] = {
        "array": wt.array,
        "array1d": wt.array1d,
        "array2d": wt.array2d,
        "array3d": wt.array3d,
        "array4d": wt.array4d,
        "vector": wt.vector,
        "matrix": wt.matrix,
    }
    if name in ("array", "array1d", "array2d", "array3d", "array4d"):
        allowed = {"dtype", "ndim"} if name == "array" else {"dtype"}
        unknown = set(kwargs) - allowed
        if unknown:
            raise TypeError(f"wp.{name}() has no parameter {sorted(unknown)[0]!r} here")
    return table[name](*args, **kwargs)


def _composite_constant(node: ast.AST, ty: wt.WarpType, args: List[Any]) -> CompositeConstant:
    from .literals import convert

    size = {wt.VectorType: lambda t: t.length, wt.MatrixType: lambda t: t.rows * t.cols}.get(
        type(ty), lambda t: 4
    )(ty)
    values = []
    for arg in args:
        if isinstance(arg, wt.ScalarValue):
            arg = arg.value
        if not isinstance(arg, (int, float)):
            raise StaticError(node, f"a {ty!r} constant takes numbers")
        values.append(convert(arg, ty.dtype))
    if len(values) == 1:
        values = values * size
    if len(values) != size:
        raise StaticError(node, f"{ty!r} takes {size} elements, got {len(values)}")
    return CompositeConstant(ty, values)


def decorator_kind(node: ast.AST, scope: Scope) -> Optional[str]:
    """ "kernel", "func" or "struct" when ``node`` is one of Warp's decorators
    (``@wp.kernel``, ``@wp.kernel(enable_backward=False)``, ...)."""
    target = node.func if isinstance(node, ast.Call) else node
    try:
        value = static_eval(target, scope)
    except StaticError:
        return None
    if isinstance(value, DecoratorRef):
        return value.kind
    return None


# --------------------------------------------------------------------------
# Live objects (compile_function)
# --------------------------------------------------------------------------


def function_source(function: pytypes.FunctionType) -> Tuple[ast.FunctionDef, SourceFile]:
    """The AST of a live function and its source file, line numbers kept."""
    try:
        lines, start = inspect.getsourcelines(function)
        filename = inspect.getsourcefile(function) or function.__code__.co_filename
    except (OSError, TypeError) as error:
        raise FrontendError(
            f"cannot read the source of {function.__qualname__}: {error}",
            function.__code__.co_filename,
            function.__code__.co_firstlineno,
            1,
        ) from None
    text = "".join(lines)
    dedented = textwrap.dedent(text)
    indent = 0
    for original, stripped in zip(text.splitlines(), dedented.splitlines()):
        if stripped.strip():
            indent = len(original) - len(stripped)
            break
    source = SourceFile(dedented, filename, line_offset=max(start - 1, 0), col_offset=indent)
    try:
        tree = ast.parse(dedented)
    except SyntaxError as error:
        raise FrontendError(
            f"cannot parse the source of {function.__qualname__}: {error.msg}",
            filename,
            (error.lineno or 1) + source.line_offset,
            (error.offset or 1) + indent,
        ) from None
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return statement, source
    raise FrontendError(
        f"the source of {function.__qualname__} is not a def statement (lambdas are not supported)",
        filename,
        start,
        1,
    )


def class_source(cls: type) -> Optional[Tuple[ast.ClassDef, SourceFile]]:
    try:
        lines, start = inspect.getsourcelines(cls)
        filename = inspect.getsourcefile(cls) or "<unknown>"
    except (OSError, TypeError):
        return None
    text = "".join(lines)
    dedented = textwrap.dedent(text)
    indent = 0
    for original, stripped in zip(text.splitlines(), dedented.splitlines()):
        if stripped.strip():
            indent = len(original) - len(stripped)
            break
    try:
        tree = ast.parse(dedented)
    except SyntaxError:
        return None
    for statement in tree.body:
        if isinstance(statement, ast.ClassDef):
            return statement, SourceFile(dedented, filename, max(start - 1, 0), indent)
    return None


class LiveRegistry:
    """Turns live Python objects into entities, one FuncDef per function."""

    def __init__(self, struct_builder: Callable[[ast.ClassDef, SourceFile, Scope], wt.StructType]):
        self.defs: Dict[int, FuncDef] = {}
        self.struct_types: Dict[int, wt.StructType] = {}
        self.struct_builder = struct_builder
        self.keep: List[Any] = []  # keeps objects alive while ids are keys

    def funcdef(self, function: pytypes.FunctionType, kind: str) -> FuncDef:
        key = id(function)
        if key not in self.defs:
            node, source = function_source(function)
            scope = LiveScope(self, function)
            definition = FuncDef(
                kind, node, source, scope, (source.filename, node.lineno + source.line_offset)
            )
            definition.overloads = FuncRef(node.name, [definition])
            definition.live = True
            self.defs[key] = definition
            self.keep.append(function)
        return self.defs[key]

    def struct_type(self, cls: type) -> wt.StructType:
        key = id(cls)
        if key not in self.struct_types:
            recorded = getattr(cls, "__warp_type__", None)
            if isinstance(recorded, wt.StructType):
                self.struct_types[key] = recorded
            else:
                found = class_source(cls)
                if found is None:
                    raise FrontendError(
                        f"cannot read the source of the struct {cls.__qualname__}",
                        "<unknown>",
                        0,
                        0,
                    )
                node, source = found
                module = inspect.getmodule(cls)
                scope = _ModuleScope(self, vars(module) if module else {})
                self.struct_types[key] = self.struct_builder(node, source, scope)
            self.keep.append(cls)
        return self.struct_types[key]

    def entity_of(self, obj: Any, name: str) -> Entity:
        """The entity a live object stands for."""
        if isinstance(obj, pytypes.ModuleType):
            module = obj.__name__
            if module in ("warp", "warp_mlir"):
                return Namespace("warp")
            if module in ("warp.types", "warp_mlir.types"):
                return Namespace("warp.types")
            if module.split(".")[0] in ("warp", "warp_mlir", "numpy", "math", "builtins"):
                return Unusable(f"the module {module}")
            return PyModuleRef(obj, self)
        marker = getattr(obj, "__warp_mlir__", None)
        if marker in ("kernel", "func"):
            function = getattr(obj, "fn", obj)
            if not isinstance(function, pytypes.FunctionType):
                return Unusable(f"{name} (a @{marker} object without its Python function)")
            definition = self.funcdef(function, marker)
            return KernelRef(definition) if marker == "kernel" else definition.overloads
        if marker == "struct" and isinstance(obj, type):
            return TypeRef(self.struct_type(obj))
        if isinstance(obj, wt.WarpType):
            return TypeRef(obj)
        if isinstance(obj, type) and isinstance(getattr(obj, "__warp_type__", None), wt.StructType):
            return TypeRef(obj.__warp_type__)
        if isinstance(obj, bool) or isinstance(obj, (int, float)):
            return ConstantRef(obj)
        if isinstance(obj, (wt.ScalarValue, CompositeConstant)):
            return ConstantRef(obj)
        if obj is wt.constant:
            return TypeFactory("constant")
        for factory in ("array", "array1d", "array2d", "array3d", "array4d", "vector", "matrix"):
            if obj is getattr(wt, factory):
                return TypeFactory(factory)
        if obj is wt.struct:
            return DecoratorRef("struct")
        owner = (getattr(obj, "__module__", "") or "").split(".")[0]
        if callable(obj) and owner in ("warp", "warp_mlir"):
            if getattr(obj, "__name__", "") in ("kernel", "func", "struct"):
                return DecoratorRef(obj.__name__)
        warp_entity = self._warp_lang_entity(obj)
        if warp_entity is not None:
            return warp_entity
        if obj in (float, int, bool):
            return PyBuiltinRef(obj.__name__)
        if isinstance(obj, pytypes.FunctionType):
            return Unusable(
                f"the Python function {name}() (not a Warp function: decorate it with @wp.func)"
            )
        if isinstance(obj, type):
            return Unusable(f"the Python class {obj.__name__} (not a @wp.struct)")
        return Unusable(f"{name} (a Python {type(obj).__name__})")

    def _warp_lang_entity(self, obj: Any) -> Optional[Entity]:
        """Objects of warp-lang itself (``from warp import vec3``, a
        ``@warp.func``), recognised by shape so that warp-lang need not be
        installed."""
        module = getattr(type(obj), "__module__", "") or ""
        if module.startswith("warp."):
            kind = type(obj).__name__
            if kind == "Kernel" and isinstance(getattr(obj, "func", None), pytypes.FunctionType):
                return KernelRef(self.funcdef(obj.func, "kernel"))
            if kind == "Function":
                function = getattr(obj, "func", None)
                if isinstance(function, pytypes.FunctionType):
                    return self.funcdef(function, "func").overloads
                return BuiltinRef(getattr(obj, "key", "?"))
            if kind == "Struct" and isinstance(getattr(obj, "cls", None), type):
                found = class_source(obj.cls)
                if found is not None:
                    return TypeRef(self.struct_type(obj.cls))
        if isinstance(obj, type) and (getattr(obj, "__module__", "") or "").startswith("warp."):
            converted = _warp_lang_type(obj)
            if converted is not None:
                return TypeRef(converted)
        return None


def _warp_lang_type(cls: type) -> Optional[wt.WarpType]:
    name = cls.__name__
    if name in wt.NAMED_TYPES:
        return wt.NAMED_TYPES[name]
    scalar = getattr(cls, "_wp_scalar_type_", None)
    generic = getattr(cls, "_wp_generic_type_str_", None)
    if scalar is None or scalar.__name__ not in wt.SCALAR_TYPES:
        return None
    dtype = wt.SCALAR_TYPES[scalar.__name__]
    try:
        if generic == "vec_t":
            return wt.VectorType(cls._length_, dtype)
        if generic == "mat_t":
            return wt.MatrixType(cls._shape_[0], cls._shape_[1], dtype)
        if generic == "quat_t":
            return wt.QuatType(dtype)
        if generic == "transform_t":
            return wt.TransformType(dtype)
    except TypeError:
        return None
    return None


class _ModuleScope(Scope):
    """A module's globals (for a struct's field annotations)."""

    def __init__(self, registry: LiveRegistry, namespace: Dict[str, Any]) -> None:
        self.registry = registry
        self.namespace = namespace

    def lookup(self, name: str) -> Optional[Entity]:
        if name in self.namespace:
            return self.registry.entity_of(self.namespace[name], name)
        return self.python_builtin(name)
