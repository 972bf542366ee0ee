"""One ``@wp.kernel`` or ``@wp.func`` lowered to a ``warp.kernel`` or
``warp.func``: parameters, the two-pass local plan, the body, and the
function's header text."""

from __future__ import annotations

import ast
from typing import List, Optional

from .. import types as wt
from .builtins import BuiltinLowering
from .calls import CallLowering
from .constructors import ConstructorLowering
from .dynamic_loops import DynamicLoopRule
from .emitter import EmitterCore
from .expressions import ExpressionLowering
from .locals_plan import LocalPlan
from .resolve import FuncDef
from .statements import StatementLowering
from .values import Value
from .writer import SSA, FunctionText, is_mlir_identifier, quote


class Param:
    __slots__ = ("name", "type", "default", "node")

    def __init__(self, name: str, type: wt.WarpType, default: object, node: ast.arg) -> None:
        self.name = name
        self.type = type
        self.default = default  # a Python number / ScalarValue, or None
        self.node = node


class Signature:
    """A definition's parameters and declared results (None: inferred from
    its return statements)."""

    def __init__(
        self, name: str, params: List[Param], results: Optional[List[wt.WarpType]]
    ) -> None:
        self.name = name
        self.params = params
        self.results = results

    def describe(self) -> str:
        from .typing_rules import type_name

        return f"{self.name}(" + ", ".join(type_name(p.type) for p in self.params) + ")"


def assigned_names(statements: List[ast.stmt]) -> set:
    """The names a function body assigns (Python's rule for locals)."""
    names: set = set()

    def targets(node: ast.AST) -> None:
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for element in node.elts:
                targets(element)
        elif isinstance(node, ast.Starred):
            targets(node.value)

    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    targets(target)
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                targets(node.target)
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                targets(node.target)
    return names


class FunctionLowering(
    ExpressionLowering,
    CallLowering,
    BuiltinLowering,
    ConstructorLowering,
    StatementLowering,
    DynamicLoopRule,
    EmitterCore,
):
    """Lowers one definition; ``run`` fills ``self.entry``."""

    def __init__(
        self, program, definition: FuncDef, signature: Signature, plan: Optional[LocalPlan]
    ):
        EmitterCore.__init__(self, program, definition, plan)
        self.signature = signature
        self.result_types: Optional[List[wt.WarpType]] = (
            []
            if definition.kind == "kernel"
            else (list(signature.results) if signature.results is not None else None)
        )
        self.param_values: List[Value] = []

    def emit(self, node, result_types, body, regions=(), joiners=(), tail=(), terminator=False):
        for ty in result_types:
            self.program.note_type(ty)
        return EmitterCore.emit(self, node, result_types, body, regions, joiners, tail, terminator)

    def run(self) -> None:
        node = self.definition.node
        params = self.signature.params
        self.param_names = [p.name for p in params]
        if self.definition.assigned is None:
            self.definition.assigned = assigned_names(node.body)
        self.local_names = set(self.param_names) | self.definition.assigned
        taken = {p.name for p in params}
        for index, param in enumerate(params):
            fixed = param.name
            if not is_mlir_identifier(fixed):
                # A name MLIR cannot spell (non-ASCII): argN, unused by the others.
                fixed = f"arg{index}"
                while fixed in taken:
                    fixed += "_"
                taken.add(fixed)
            value = Value(SSA(param.type, fixed), param.type)
            self.param_values.append(value)
            self.locals[param.name] = value
            self.record(param.name, "param", param.type, param.node)
        if self.plan is not None:
            for name in self.plan.var_names:
                where = self.plan.var_nodes.get(name) or node
                self.declare_slot(name, self.plan.var_types[name], where)
            for param, value in zip(params, self.param_values):
                if self.plan.is_var(param.name):
                    slot = self.locals[param.name]
                    self.emit(
                        param.node,
                        [],
                        [
                            "warp.write ",
                            value.ssa,
                            ", ",
                            slot.ref,
                            f" : !warp.ref<{param.type.mlir}>",
                        ],
                    )
        self.lower_body(node.body)
        if not self.entry.terminated:
            if self.result_types:
                raise self.error(
                    node,
                    f"function {node.name}() can reach its end without returning a value",
                )
            if self.result_types is None:
                self.result_types = []
            # The implicit return at the end of the body is located at the def.
            self.emit(node, [], ["warp.return"], terminator=True)

    def header(self, symbol: str) -> List:
        """``warp.kernel @k(%a: T {warp.name = "a"} loc(...), ...) dims(N)``."""
        kind = "warp.kernel" if self.is_kernel else "warp.func"
        tokens: List = [f"{kind} @{symbol}("]
        for index, (param, value) in enumerate(zip(self.signature.params, self.param_values)):
            if index:
                tokens.append(", ")
            tokens += [
                value.ssa,
                f": {param.type.mlir} {{warp.name = {quote(param.name)}}} {self.loc(param.node).render()}",
            ]
        tokens.append(")")
        if self.is_kernel:
            if self.tid_dims is not None:
                tokens.append(f" dims({self.tid_dims})")
        else:
            results = self.result_types or []
            if len(results) == 1:
                tokens.append(f" -> {results[0].mlir}")
            elif results:
                tokens.append(" -> (" + ", ".join(r.mlir for r in results) + ")")
            if symbol != self.definition.name:
                tokens.append(f" attributes {{py_name = {quote(self.definition.name)}}}")
        return tokens


def lower_definition(program, definition: FuncDef, signature: Signature) -> FunctionLowering:
    """Both passes: the analysis pass decides the locals, the second emits."""
    analysis = FunctionLowering(program, definition, signature, None)
    analysis.run()
    plan = LocalPlan(analysis.events, [p.name for p in signature.params])
    final = FunctionLowering(program, definition, signature, plan)
    final.run()
    return final


def function_text(lowering: FunctionLowering, symbol: str) -> FunctionText:
    return FunctionText(
        lowering.header(symbol), lowering.entry, lowering.loc(lowering.definition.node)
    )
