"""Calls: what a call's callee is (a Warp builtin, a Python builtin, a type,
a ``@wp.func``) and calls of ``@wp.func`` functions, with Warp's overload
rule: an overload is chosen by exact argument types."""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Tuple

from .. import types as wt
from .expressions import join_values
from .resolve import (
    BuiltinRef,
    DecoratorRef,
    FuncRef,
    KernelRef,
    Namespace,
    PyBuiltinRef,
    StaticError,
    TypeFactory,
    TypeRef,
    Unusable,
    static_eval,
)
from .typing_rules import type_name
from .values import EntityValue, Literal, Operand, TupleValue, Value


class Args:
    """A call's evaluated arguments: positional operands and keywords."""

    def __init__(self, node: ast.Call, positional: List[Operand], keywords: Dict[str, Operand]):
        self.node = node
        self.positional = positional
        self.keywords = keywords
        self.nodes = list(node.args)
        self.keyword_nodes = {k.arg: k.value for k in node.keywords}

    def count(self) -> int:
        return len(self.positional) + len(self.keywords)


class CallLowering:
    """Mixin: dispatches calls and lowers calls of ``@wp.func`` functions."""

    def expr_Call(self, node: ast.Call) -> Operand:
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise self.error(arg, "starred arguments (*args) are not supported in Warp kernels")
        for keyword in node.keywords:
            if keyword.arg is None:
                raise self.error(keyword.value, "**kwargs are not supported in Warp kernels")
        if isinstance(node.func, ast.Call):
            try:
                made = static_eval(node.func, self.scope)
            except StaticError as error:
                raise self.error(error.node, error.message) from None
            if isinstance(made, wt.WarpType):
                return self.construct(made, self.call_args(node), node)
            raise self.error(node.func, "this call does not make a Warp type")
        callee = self.expr(node.func)
        if not isinstance(callee, EntityValue):
            raise self.error(node.func, "only Warp functions, builtins and types can be called")
        entity = callee.entity
        name = _call_name(node.func)
        if isinstance(entity, BuiltinRef):
            return self.call_builtin(entity.name, node)
        if isinstance(entity, PyBuiltinRef):
            return self.call_python_builtin(entity.name, node)
        if isinstance(entity, TypeRef):
            return self.construct(entity.type, self.call_args(node), node)
        if isinstance(entity, FuncRef):
            return self.call_function(entity, self.call_args(node), node)
        if isinstance(entity, KernelRef):
            raise self.error(node, f"kernel {name}() cannot be called; kernels are launched")
        if isinstance(entity, TypeFactory):
            raise self.error(node, f"wp.{entity.name}() makes a type; it is not a value")
        if isinstance(entity, DecoratorRef):
            raise self.error(node, f"wp.{entity.kind} is a decorator")
        if isinstance(entity, Namespace):
            raise self.error(node, f"{entity.describe()} cannot be called")
        if isinstance(entity, Unusable):
            raise self.error(
                node, f"{entity.what} cannot be called in a Warp kernel (not a Warp function)"
            )
        raise self.error(node, f"{entity.describe()} cannot be called")

    def call_args(self, node: ast.Call) -> Args:
        positional = [self.expr(a) for a in node.args]
        keywords = {k.arg: self.expr(k.value) for k in node.keywords}
        return Args(node, positional, keywords)

    # ------------------------------------------------------- @wp.func calls

    def call_function(self, ref: FuncRef, args: Args, node: ast.Call) -> Operand:
        candidates = []
        for definition in ref.defs:
            signature = self.program.signature(definition)
            bound = self.bind_arguments(signature, args, node, len(ref.defs) == 1)
            if bound is not None:
                candidates.append((definition, signature, bound))
        if not candidates:
            got = ", ".join(
                type_name(self.operand_type(a)) if isinstance(a, (Value, Literal)) else "?"
                for a in args.positional
            )
            raise self.error(
                node,
                f"no overload of {ref.name}() takes ({got})"
                + (
                    f"; overloads: {', '.join(self.program.signature(d).describe() for d in ref.defs)}"
                    if len(ref.defs) > 1
                    else ""
                ),
            )
        definition, signature, bound = candidates[0]
        values = []
        for param, (operand, arg_node) in zip(signature.params, bound):
            if operand is None:
                operand = self.constant_operand(param.default, node)
            values.append(
                self.coerce(
                    operand,
                    param.type,
                    arg_node or node,
                    f"argument '{param.name}' of {ref.name}()",
                )
            )
        compiled = self.program.compile_callable(definition, node, self)
        results = compiled.result_types
        arg_types = ", ".join(p.type.mlir for p in signature.params)
        if len(results) == 1:
            result_text = results[0].mlir
        else:
            result_text = "(" + ", ".join(r.mlir for r in results) + ")"
        emitted = self.emit(
            node,
            results,
            [f"warp.call @{compiled.symbol}("]
            + join_values(values)
            + [f") : ({arg_types}) -> {result_text}"],
        )
        if not results:
            return TupleValue([], node)
        if len(results) == 1:
            return emitted[0]
        return TupleValue(emitted, node)

    def bind_arguments(self, signature, args: Args, node: ast.Call, strict: bool):
        """Each parameter's (operand, node), or None when the arguments do
        not fit this overload (an error when there is only one)."""
        params = signature.params
        bound: List[Optional[Tuple[Operand, ast.AST]]] = [None] * len(params)

        def fail(message: str, where: ast.AST = node):
            if strict:
                raise self.error(where, message)
            return None

        if len(args.positional) > len(params):
            return fail(
                f"{signature.name}() takes {len(params)} arguments, got {len(args.positional)}"
            )
        for index, (operand, arg_node) in enumerate(zip(args.positional, args.nodes)):
            bound[index] = (operand, arg_node)
        names = [p.name for p in params]
        for key, operand in args.keywords.items():
            if key not in names:
                return fail(f"{signature.name}() has no parameter '{key}'", args.keyword_nodes[key])
            index = names.index(key)
            if bound[index] is not None:
                return fail(
                    f"{signature.name}() got two values for '{key}'", args.keyword_nodes[key]
                )
            bound[index] = (operand, args.keyword_nodes[key])
        for index, param in enumerate(params):
            if bound[index] is None:
                if param.default is None:
                    return fail(f"{signature.name}() is missing the argument '{param.name}'")
                bound[index] = (None, None)
        for (operand, arg_node), param in zip(bound, params):
            if operand is None:
                continue
            if isinstance(operand, (Value, Literal)):
                actual = self.operand_type(operand)
                if actual != param.type:
                    return fail(
                        f"argument '{param.name}' of {signature.name}() must be "
                        f"{type_name(param.type)}, got {type_name(actual)}",
                        arg_node,
                    )
            else:
                return fail(
                    f"argument '{param.name}' of {signature.name}() is not a value", arg_node
                )
        return bound


def _call_name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return "?"
