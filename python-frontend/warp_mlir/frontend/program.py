"""A whole program: the definitions a module (or a live kernel) holds, their
signatures and symbols, compiling each once (callees on demand, recursion
refused), and the module text with struct aliases."""

from __future__ import annotations

import ast
import re
import sys
from typing import Dict, List, Optional, Tuple

from .. import types as wt
from .errors import FrontendError, SourceFile
from .function import Param, Signature, function_text, lower_definition
from .resolve import (
    ConstantRef,
    CompositeConstant,
    FuncDef,
    FuncRef,
    KernelRef,
    Namespace,
    Scope,
    SourceScope,
    StaticError,
    TypeRef,
    Unusable,
    decorator_kind,
    namespace_attribute,
    static_eval,
    static_type,
)
from .writer import FunctionText, Loc, render_module


class Compiled:
    """A compiled definition: its symbol, results and text."""

    def __init__(
        self, definition: FuncDef, symbol: str, result_types: List[wt.WarpType], text: FunctionText
    ):
        self.definition = definition
        self.symbol = symbol
        self.result_types = result_types
        self.text = text


def build_struct(node: ast.ClassDef, source: SourceFile, scope: Scope) -> wt.StructType:
    """A ``@wp.struct`` class's StructType, from its annotated fields."""
    fields: List[Tuple[str, wt.WarpType]] = []
    for index, statement in enumerate(node.body):
        if (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            continue  # docstring
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if statement.value is not None:
                raise source.error(
                    statement.value,
                    f"struct field '{statement.target.id}' cannot have a default value",
                )
            try:
                field_type = static_type(statement.annotation, scope)
            except StaticError as error:
                raise source.error(error.node, error.message) from None
            name = statement.target.id
            if any(name == existing for existing, _ in fields):
                raise source.error(statement, f"struct {node.name} has two fields named '{name}'")
            fields.append((name, field_type))
            continue
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            raise source.error(
                statement,
                f"struct {node.name} defines a method; @wp.struct classes hold fields only",
            )
        raise source.error(
            statement,
            f"struct {node.name} may only declare fields ('name: type'), not a {type(statement).__name__}",
        )
    return wt.StructType(node.name, fields)


_DIALECT_NAMES = {
    "warp",
    "builtin",
    "func",
    "llvm",
    "arith",
    "math",
    "scf",
    "cf",
    "gpu",
    "nvvm",
    "memref",
    "emitc",
    "vector",
    "index",
    "affine",
    "tensor",
    "ptr",
    "ub",
}


class Program:
    """Compiles definitions; ``render`` gives the module."""

    def __init__(self) -> None:
        self.signatures: Dict[int, Signature] = {}
        self.compiled: Dict[int, Compiled] = {}
        self.in_progress: List[FuncDef] = []
        self.order: List[Compiled] = []
        self.symbols: Dict[int, str] = {}
        self.used_symbols: Dict[str, int] = {}
        self.struct_order: List[wt.StructType] = []

    # ----------------------------------------------------------------- types

    def note_type(self, ty: wt.WarpType) -> None:
        """Remembers the struct types a module uses, for its aliases."""
        if isinstance(ty, wt.StructType):
            if ty not in self.struct_order:
                for _, field in ty.fields:
                    self.note_type(field)
                self.struct_order.append(ty)
        elif isinstance(ty, wt.ArrayType):
            self.note_type(ty.dtype)
        elif hasattr(ty, "element"):
            self.note_type(ty.element)

    # ------------------------------------------------------------- signatures

    def signature(self, definition: FuncDef) -> Signature:
        key = id(definition)
        if key in self.signatures:
            return self.signatures[key]
        node = definition.node
        source = definition.source
        arguments = node.args
        if arguments.vararg is not None:
            raise source.error(
                arguments.vararg,
                f"*{arguments.vararg.arg} parameters are not supported in Warp functions",
            )
        if arguments.kwarg is not None:
            raise source.error(
                arguments.kwarg,
                f"**{arguments.kwarg.arg} parameters are not supported in Warp functions",
            )
        if arguments.kwonlyargs or arguments.posonlyargs:
            first = (arguments.kwonlyargs or arguments.posonlyargs)[0]
            raise source.error(
                first, "keyword-only and positional-only parameters are not supported"
            )
        if not definition.live:
            for decorator in node.decorator_list:
                if decorator_kind(decorator, definition.scope) is None:
                    raise source.error(
                        decorator, "only @wp.kernel or @wp.func may decorate a Warp function"
                    )
        defaults = [None] * (len(arguments.args) - len(arguments.defaults)) + list(
            arguments.defaults
        )
        params = []
        for arg, default in zip(arguments.args, defaults):
            if arg.annotation is None:
                raise source.error(
                    arg, f"parameter '{arg.arg}' of {node.name}() needs a type annotation"
                )
            try:
                param_type = static_type(arg.annotation, definition.scope)
            except StaticError as error:
                raise source.error(error.node, error.message) from None
            default_value = None
            if default is not None:
                if definition.kind == "kernel":
                    raise source.error(default, "kernel parameters cannot have default values")
                try:
                    default_value = static_eval(default, definition.scope)
                except StaticError as error:
                    raise source.error(error.node, error.message) from None
                if not isinstance(default_value, (int, float, wt.ScalarValue, CompositeConstant)):
                    raise source.error(default, "a parameter default must be a constant number")
            params.append(Param(arg.arg, param_type, default_value, arg))
        results: Optional[List[wt.WarpType]] = None
        if node.returns is not None:
            if definition.kind == "kernel":
                if not (isinstance(node.returns, ast.Constant) and node.returns.value is None):
                    raise source.error(node.returns, "a kernel returns nothing")
                results = []
            elif isinstance(node.returns, ast.Constant) and node.returns.value is None:
                results = []
            else:
                try:
                    declared = static_eval(node.returns, definition.scope)
                    if (
                        isinstance(declared, tuple)
                        and len(declared) == 2
                        and declared[0] == "tuple"
                    ):
                        results = list(declared[1])
                    else:
                        results = [static_type(node.returns, definition.scope)]
                except StaticError as error:
                    raise source.error(error.node, error.message) from None
        signature = Signature(node.name, params, results)
        self.signatures[key] = signature
        for param in params:
            self.note_type(param.type)
        return signature

    # ---------------------------------------------------------------- symbols

    def reserve_symbol(self, definition: FuncDef) -> str:
        key = id(definition)
        if key in self.symbols:
            return self.symbols[key]
        base = definition.name
        if (
            definition.kind == "func"
            and definition.overloads is not None
            and len(definition.overloads.defs) > 1
        ):
            signature = self.signature(definition)
            base = (
                base + "_" + "_".join(_mangle(p.type) for p in signature.params)
                if signature.params
                else base
            )
        symbol = base
        counter = 1
        while symbol in self.used_symbols and self.used_symbols[symbol] != key:
            symbol = f"{base}_{counter}"
            counter += 1
        self.used_symbols[symbol] = key
        self.symbols[key] = symbol
        return symbol

    # -------------------------------------------------------------- compiling

    def compile_callable(
        self, definition: FuncDef, call_node: Optional[ast.AST] = None, caller=None
    ) -> Compiled:
        key = id(definition)
        if key in self.compiled:
            return self.compiled[key]
        if definition in self.in_progress:
            chain = self.in_progress[self.in_progress.index(definition) :] + [definition]
            names = " -> ".join(d.name for d in chain)
            where = caller.source if caller is not None else definition.source
            raise where.error(call_node, f"recursion is not supported in Warp: {names}")
        self.in_progress.append(definition)
        try:
            signature = self.signature(definition)
            symbol = self.reserve_symbol(definition)
            lowering = lower_definition(self, definition, signature)
        finally:
            self.in_progress.pop()
        compiled = Compiled(
            definition, symbol, list(lowering.result_types or []), function_text(lowering, symbol)
        )
        self.compiled[key] = compiled
        self.order.append(compiled)
        return compiled

    # -------------------------------------------------------------- rendering

    def render(
        self, compiled: List[Compiled], structs: List[wt.StructType], loc: Optional[Loc]
    ) -> str:
        for ty in structs:
            self.note_type(ty)
        aliases: Dict[str, str] = {}
        taken: set = set()
        lines = []
        replacements: List[Tuple[str, str]] = []
        for ty in self.struct_order:
            alias = _alias_name(ty.name, taken)
            taken.add(alias)
            aliases[ty.mlir] = alias
        for ty in self.struct_order:
            body = ty.mlir
            # Nested structs refer to their own aliases (defined earlier).
            for inner, alias in sorted(replacements, key=lambda item: -len(item[0])):
                body = body.replace(inner, alias)
            lines.append(f"{aliases[ty.mlir]} = {body}")
            replacements.append((ty.mlir, aliases[ty.mlir]))
        text = render_module([], [c.text for c in compiled], loc)
        for full, alias in sorted(replacements, key=lambda item: -len(item[0])):
            text = text.replace(full, alias)
        return "\n".join(lines + [""]) + text if lines else text


def _mangle(ty: wt.WarpType) -> str:
    if isinstance(ty, wt.ScalarType):
        return ty.mlir
    if isinstance(ty, wt.VectorType):
        return f"vec{ty.length}{ty.dtype.mlir}"
    if isinstance(ty, wt.MatrixType):
        return f"mat{ty.rows}{ty.cols}{ty.dtype.mlir}"
    if isinstance(ty, wt.QuatType):
        return f"quat{ty.dtype.mlir}"
    if isinstance(ty, wt.TransformType):
        return f"transform{ty.dtype.mlir}"
    if isinstance(ty, wt.ArrayType):
        return f"array{ty.ndim}{_mangle(ty.dtype)}"
    if isinstance(ty, wt.StructType):
        return re.sub(r"[^A-Za-z0-9_]", "_", ty.name)
    return "t"


def _alias_name(name: str, taken: set) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "S"
    if base[0].isdigit():
        base = "S_" + base
    if base in _DIALECT_NAMES:
        base += "_struct"
    alias = base
    counter = 1
    while "!" + alias in taken:
        alias = f"{base}_{counter}"
        counter += 1
    return "!" + alias


# ---------------------------------------------------------------------------
# compile_source: scanning a module
# ---------------------------------------------------------------------------


class ModuleScan:
    """The module-level names and definitions of a source text."""

    def __init__(self, tree: ast.Module, source: SourceFile) -> None:
        self.source = source
        self.scope = SourceScope()
        self.definitions: List[Tuple[str, object]] = []  # ("struct", StructType) / ("def", FuncDef)
        for statement in tree.body:
            self.scan(statement)

    def scan(self, statement: ast.stmt) -> None:
        names = self.scope.names
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                module = alias.name
                if alias.asname:
                    names[alias.asname] = _module_entity(module)
                else:
                    top = module.split(".")[0]
                    names[top] = _module_entity(top)
            return
        if isinstance(statement, ast.ImportFrom):
            module = statement.module or ""
            namespace = _module_entity(module) if statement.level == 0 else None
            for alias in statement.names:
                bound = alias.asname or alias.name
                if alias.name == "*":
                    continue
                if isinstance(namespace, Namespace):
                    names[bound] = namespace_attribute(namespace, alias.name)
                elif module in ("warp", "warp_mlir") and alias.name == "types":
                    names[bound] = Namespace("warp.types")
                else:
                    names[bound] = Unusable(f"{alias.name} (imported from {module or '.'})")
            return
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            kinds = [decorator_kind(d, self.scope) for d in statement.decorator_list]
            kind = next((k for k in kinds if k in ("kernel", "func")), None)
            if kind is None or isinstance(statement, ast.AsyncFunctionDef):
                names[statement.name] = Unusable(
                    f"the Python function {statement.name}() (not a Warp function: decorate it with @wp.func)"
                )
                return
            definition = FuncDef(
                kind, statement, self.source, self.scope, (self.source.filename, statement.lineno)
            )
            if kind == "kernel":
                names[statement.name] = KernelRef(definition)
            else:
                existing = names.get(statement.name)
                if isinstance(existing, FuncRef):
                    existing.defs.append(definition)
                    definition.overloads = existing
                else:
                    definition.overloads = FuncRef(statement.name, [definition])
                    names[statement.name] = definition.overloads
            self.definitions.append(("def", definition))
            return
        if isinstance(statement, ast.ClassDef):
            kinds = [decorator_kind(d, self.scope) for d in statement.decorator_list]
            if "struct" in kinds:
                struct_type = build_struct(statement, self.source, self.scope)
                names[statement.name] = TypeRef(struct_type)
                self.definitions.append(("struct", struct_type))
            else:
                names[statement.name] = Unusable(
                    f"the Python class {statement.name} (not a @wp.struct)"
                )
            return
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            value = statement.value
            if value is None:
                return
            try:
                result = static_eval(value, self.scope)
                entity = _value_entity(result)
            except StaticError:
                entity = None
            for target in targets:
                if isinstance(target, ast.Name):
                    names[target.id] = entity or Unusable(
                        f"'{target.id}' (a module-level value warp-mlir cannot evaluate at compile time)"
                    )
            return


def _module_entity(module: str):
    if module in ("warp", "warp_mlir"):
        return Namespace("warp")
    if module in ("warp.types", "warp_mlir.types"):
        return Namespace("warp.types")
    return Unusable(f"the module {module}")


def _value_entity(value: object):
    if isinstance(value, wt.WarpType):
        return TypeRef(value)
    if isinstance(value, (bool, int, float, wt.ScalarValue, CompositeConstant)):
        return ConstantRef(value)
    from .resolve import Entity

    if isinstance(value, Entity):
        return value
    return None


def compile_module_source(text: str, filename: str) -> str:
    try:
        return _compile_module_source(text, filename)
    except RecursionError:
        # Python's parser and this frontend's expression compiler recurse
        # once per nesting level; past the interpreter's limit neither can
        # say where, so the error names the file.
        raise FrontendError(
            "the source nests expressions or statements too deeply to compile "
            f"(more than Python's recursion limit, {sys.getrecursionlimit()})",
            filename,
            1,
            1,
            SourceFile(text, filename).line_text(1),
        ) from None


def _compile_module_source(text: str, filename: str) -> str:
    source = SourceFile(text, filename)
    try:
        tree = ast.parse(text, filename=filename)
    except SyntaxError as error:
        line = error.lineno or 1
        raise FrontendError(
            f"invalid Python syntax: {error.msg}",
            filename,
            line,
            error.offset or 1,
            source.line_text(line),
        ) from None
    scan = ModuleScan(tree, source)
    program = Program()
    structs = [d for kind, d in scan.definitions if kind == "struct"]
    defs = [d for kind, d in scan.definitions if kind == "def"]
    for definition in defs:
        program.reserve_symbol(definition)
    for definition in defs:
        program.compile_callable(definition)
    ordered = [program.compiled[id(d)] for d in defs]
    program.struct_order = []
    for ty in structs:
        program.note_type(ty)
    for compiled in ordered:
        for param in program.signature(compiled.definition).params:
            program.note_type(param.type)
    _collect_text_structs(program, ordered)
    return program.render(ordered, structs, Loc(filename, 1, 1))


def _collect_text_structs(program: Program, compiled: List[Compiled]) -> None:
    """Re-notes struct types of every op result, in module order, so that
    aliases come out in a stable order."""
    for item in compiled:
        for ty in item.result_types:
            program.note_type(ty)
        _note_block(program, item.text.body)


def _note_block(program: Program, block) -> None:
    for op in block.ops:
        for result in op.results:
            program.note_type(result.type)
        for region in op.regions:
            _note_block(program, region)
