#!/usr/bin/env python3
"""Fuzz target for the Python frontend (atheris, libFuzzer's engine).

  python3 python-frontend/tests/fuzz_frontend.py [libFuzzer flags] CORPUS...
  python3 python-frontend/tests/fuzz_frontend.py --replay FILE...

An input is Python source. ``compile_source`` must either return IR that
the native module verifies (``translate(ir, "mlir")``), or raise a
FrontendError located in the file: ``fuzz.py:LINE:COL: error: ...`` with
LINE and COL >= 1. Any other exception, or IR that does not verify, is a
bug; atheris then saves the input as a crash. ``--replay`` runs files once
without atheris (test/fuzz/frontend.test replays the corpus this way).

Mutations: an input that parses is changed on its syntax tree, as the
frontend's robustness test does (``test_frontend_robustness.mutate``:
names, constants, operators, annotations, call arguments, statements);
text that does not parse gets libFuzzer's byte mutations. Needs the native
module: WARP_MLIR_BUILD_DIR names the build (docs/testing.md, "Fuzzing").
"""

from __future__ import annotations

import ast
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

FILENAME = "fuzz.py"


def check(data: bytes) -> None:
    """The property every input must keep (see the module's docstring)."""
    from warp_mlir.frontend import FrontendError, compile_source
    from warp_mlir.targets import translate

    source = data.decode("utf-8", errors="replace")
    try:
        ir = compile_source(source, FILENAME)
    except FrontendError as error:
        prefix = f"{FILENAME}:{error.line}:{error.col}: error: "
        if error.filename != FILENAME or error.line < 1 or error.col < 1:
            raise AssertionError(f"FrontendError without a location: {error}") from None
        if not str(error).startswith(prefix):
            raise AssertionError(f"FrontendError not in the form {prefix!r}: {error}") from None
        return
    translate(ir, "mlir", filename=FILENAME)


def mutate_source(data: bytes, max_size: int, seed: int, byte_mutation) -> bytes:
    """A syntax-tree mutant of `data` when it parses, else a byte mutant."""
    from test_frontend_robustness import mutate

    rng = random.Random(seed)
    try:
        tree = ast.parse(data.decode("utf-8"))
        if rng.random() < 0.2:
            raise ValueError("a byte mutation now and then")
        text = ast.unparse(mutate(tree, rng)).encode()
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return byte_mutation(data, max_size)
    return text[:max_size]


def replay(paths) -> int:
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            check(data)
        except Exception:
            print(f"fuzz_frontend: {path} breaks the property:", file=sys.stderr)
            raise
    print(f"fuzz_frontend: {len(paths)} inputs replayed")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--replay"]:
        return replay(sys.argv[2:])
    import atheris

    with atheris.instrument_imports():
        import warp_mlir.frontend  # noqa: F401  (instrumented for coverage)

    def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
        return mutate_source(data, max_size, seed, atheris.Mutate)

    atheris.Setup(sys.argv, check, custom_mutator=custom_mutator)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
