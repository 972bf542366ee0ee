"""Robustness: randomly mutated kernels (names swapped, constants and
operators changed, statements and arguments dropped or duplicated, types
changed) either compile to IR that warp-opt verifies or raise a located
FrontendError; nothing else escapes the frontend."""

from __future__ import annotations

import ast
import copy
import random
import subprocess
from pathlib import Path


from frontend_cases import differential_kernels
from frontend_cases.support import tool
from warp_mlir.frontend import FrontendError, compile_source

SOURCE = Path(differential_kernels.__file__).read_text()
MUTANTS = 100

_CONSTANTS = [0, 1, -1, 2.5, 0.0, True, 7, 3000000000, "text", None]
_OPERATORS = [
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.Pow,
    ast.BitAnd,
    ast.LShift,
    ast.MatMult,
]
_TYPES = ["float", "int", "wp.float64", "wp.vec3", "wp.mat33", "wp.uint8", "wp.quat", "bool"]


def mutate(tree: ast.Module, rng: random.Random) -> ast.Module:
    tree = copy.deepcopy(tree)
    nodes = list(ast.walk(tree))
    names = sorted({n.id for n in nodes if isinstance(n, ast.Name)})
    attributes = sorted({n.attr for n in nodes if isinstance(n, ast.Attribute)})
    for _ in range(rng.randint(1, 3)):
        node = rng.choice(nodes)
        if isinstance(node, ast.Name) and rng.random() < 0.6:
            node.id = rng.choice(names)
        elif isinstance(node, ast.Attribute):
            node.attr = rng.choice(attributes)
        elif isinstance(node, ast.Constant):
            node.value = rng.choice(_CONSTANTS)
        elif isinstance(node, ast.BinOp):
            node.op = rng.choice(_OPERATORS)()
        elif isinstance(node, ast.arg) and node.annotation is not None:
            node.annotation = ast.parse(rng.choice(_TYPES), mode="eval").body
        elif isinstance(node, ast.Call) and node.args:
            if rng.random() < 0.5:
                node.args.pop()
            else:
                node.args.append(copy.deepcopy(rng.choice(node.args)))
        elif isinstance(getattr(node, "body", None), list) and len(node.body) > 1:
            body = node.body
            index = rng.randrange(len(body))
            if rng.random() < 0.5:
                del body[index]
            else:
                body.insert(rng.randrange(len(body)), copy.deepcopy(body[index]))
    return tree


def test_mutants_compile_or_fail_cleanly():
    tree = ast.parse(SOURCE)
    rng = random.Random(20240611)
    compiled, rejected = [], 0
    for _ in range(MUTANTS):
        source = ast.unparse(mutate(tree, rng))
        try:
            compiled.append(compile_source(source, "mutant.py"))
        except FrontendError as error:
            rejected += 1
            assert error.filename == "mutant.py" and error.line >= 1 and error.col >= 1
            assert str(error).startswith(f"mutant.py:{error.line}:{error.col}: error: ")
    # Both outcomes are exercised.
    assert len(compiled) > MUTANTS // 5 and rejected > MUTANTS // 5
    result = subprocess.run(
        [str(tool("warp-opt")), "-", "--split-input-file"],
        input="\n// -----\n".join(compiled),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[:4000]
