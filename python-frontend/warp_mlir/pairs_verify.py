"""Checks a dataset of (Warp Python, warp IR) pairs, as ``warp-pairs`` writes
it (JSONL, one object per kernel; docs/pairs.md).

For every line, the frontend compiles the pair's ``python`` and that
kernel's IR (``wm.translate(..., "mlir", kernel=kernel_name)``, without
locations) must be the pair's ``warp_mlir`` exactly (trailing newlines
aside): the dataset's IR is what the frontend makes of its Python.

Then, when warp-lang is installed, ``sample`` pairs spread evenly over the
file run twice on inputs drawn from their metadata (each input array's
``range``, zeros for the rest, from a generator seeded by the pair's id):
the Python in warp-lang on its CPU device, and ``warp_mlir`` through
warp-mlir's CPU launch. Every array must be the same afterwards: integers
equal, floats bit for bit (NaN equals NaN).

    report = verify_pairs("pairs.jsonl", sample=20)
    print(report.summary())   # verify-pairs: 1000 pairs, 1000 same IR, ...
    for failure in report.failures:
        print(failure)

``python3 -m warp_mlir verify-pairs FILE [--sample K]`` does the same and
exits 1 on any failure.
"""

from __future__ import annotations

import contextlib
import difflib
import importlib.util
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

LOCATION_RE = re.compile(r"\s*loc\(.*\)$|^#loc.*$", re.MULTILINE)
ARRAY_TYPE_RE = re.compile(r"!warp\.array<")
VEC_RE = re.compile(r"!warp\.vec<(\d+)x(\w+)>")
MAT_RE = re.compile(r"!warp\.mat<(\d+)x(\d+)x(\w+)>")
QUAT_RE = re.compile(r"!warp\.(quat|transform)<(\w+)>")
SCALARS = {
    "f16": np.float16,
    "f32": np.float32,
    "f64": np.float64,
    "si8": np.int8,
    "si16": np.int16,
    "si32": np.int32,
    "si64": np.int64,
    "ui8": np.uint8,
    "ui16": np.uint16,
    "ui32": np.uint32,
    "ui64": np.uint64,
    "i1": np.bool_,
}
DIFF_LINES = 16
DEFAULT_SAMPLE = 20


@dataclass
class Failure:
    """A pair that did not verify: its id (the line number, ``line N``,
    when the line has none) and why."""

    id: Any
    reason: str

    def __str__(self) -> str:
        return f"id {self.id}: {self.reason}"


@dataclass
class Report:
    pairs: int = 0
    same_ir: int = 0
    ran: int = 0
    matched: int = 0
    warp_lang: bool = True
    failures: List[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        runs = f"{self.ran} run in warp-lang, {self.matched} match"
        if not self.warp_lang:
            runs = "none run (warp-lang is not installed)"
        return f"verify-pairs: {self.pairs} pairs, {self.same_ir} same IR, {runs}"


# ------------------------------------------------------------------ inputs


def element_of(dtype: str) -> Tuple[Any, Tuple[int, ...]]:
    """(NumPy scalar type, element shape) of an MLIR element type:
    ``f16``, ``!warp.vec<3xf32>``, ``!warp.mat<3x3xf64>``, ``!warp.quat<f32>``."""
    vec = VEC_RE.fullmatch(dtype)
    if vec:
        return SCALARS[vec.group(2)], (int(vec.group(1)),)
    mat = MAT_RE.fullmatch(dtype)
    if mat:
        return SCALARS[mat.group(3)], (int(mat.group(1)), int(mat.group(2)))
    quat = QUAT_RE.fullmatch(dtype)
    if quat:
        return SCALARS[quat.group(2)], (4 if quat.group(1) == "quat" else 7,)
    if dtype not in SCALARS:
        raise ValueError(f"unknown element type {dtype!r}")
    return SCALARS[dtype], ()


def is_array(argument: Dict[str, Any]) -> bool:
    kind = argument.get("type")
    if kind is not None:
        return bool(ARRAY_TYPE_RE.match(kind))
    return argument.get("ndim", 0) > 0


def element_type(argument: Dict[str, Any]) -> str:
    """An array's ``dtype``; a scalar argument's ``type``."""
    return argument.get("dtype") or argument["type"]


def draw_argument(rng: np.random.Generator, argument: Dict[str, Any]) -> np.ndarray:
    """An argument's value: elements uniform in its ``range`` (integers with
    both ends included), or zeros for an output, a zero accumulator and an
    argument without a range. A scalar argument is a 0-d array."""
    scalar, element = element_of(element_type(argument))
    shape = tuple(int(s) for s in argument.get("shape", [])) if is_array(argument) else ()
    shape += element
    bounds = argument.get("range")
    if not bounds or argument.get("role") in ("output", "zero_accumulator"):
        return np.zeros(shape, scalar)
    low, high = (float(v) for v in bounds)
    if np.issubdtype(scalar, np.floating):
        return rng.uniform(low, high, shape).astype(scalar)
    if scalar is np.bool_:
        return rng.integers(0, 1, shape, endpoint=True).astype(scalar)
    return rng.integers(int(low), int(high), shape, endpoint=True).astype(scalar)


def draw_inputs(pair: Dict[str, Any]) -> List[np.ndarray]:
    """Every argument's value for `pair`, in parameter order; the same for
    the same pair id and metadata."""
    seed = pair.get("id")
    rng = np.random.default_rng(seed if isinstance(seed, int) and seed >= 0 else 0)
    return [draw_argument(rng, a) for a in pair["metadata"]["arguments"]]


def same(expected: np.ndarray, actual: np.ndarray) -> Optional[str]:
    """None when the arrays agree (integers equal, floats bit for bit, NaN
    equals NaN), else what differs."""
    if expected.shape != actual.shape or expected.dtype != actual.dtype:
        return (
            f"{actual.dtype}{list(actual.shape)} instead of "
            f"{expected.dtype}{list(expected.shape)}"
        )
    if expected.dtype.kind == "f":
        bits = {2: np.uint16, 4: np.uint32, 8: np.uint64}[expected.itemsize]
        bad = (expected.view(bits) != actual.view(bits)) & ~(np.isnan(expected) & np.isnan(actual))
    else:
        bad = expected != actual
    if not bad.any():
        return None
    first = tuple(int(i) for i in np.argwhere(bad)[0])
    return (
        f"{int(bad.sum())} of {bad.size} elements differ, first at {list(first)}: "
        f"warp-lang {expected[first]!r}, warp-mlir {actual[first]!r}"
    )


# ---------------------------------------------------------------- the IR


def without_locations(ir: str) -> str:
    return LOCATION_RE.sub("", ir)


def frontend_ir(pair: Dict[str, Any]) -> str:
    """The IR the frontend makes of the pair's Python, for its kernel."""
    from . import frontend
    from .targets import translate

    module = frontend.compile_source(pair["python"], f"<pair {pair['id']}>")
    return without_locations(translate(module, "mlir", kernel=pair["kernel_name"]))


def ir_difference(pair: Dict[str, Any]) -> Optional[str]:
    """None when the pair's warp_mlir is what the frontend makes of its
    Python; else why not (a short unified diff)."""
    from .errors import CompileError
    from .frontend import FrontendError

    try:
        made = frontend_ir(pair)
    except FrontendError as error:
        return "the frontend cannot compile its python: " + str(error).splitlines()[0]
    except CompileError as error:
        return "its python's IR does not translate: " + str(error).splitlines()[0]
    except Exception as error:  # a fault of the frontend itself, reported briefly
        return f"internal error compiling its python: {type(error).__name__}: {error}"
    stored = pair["warp_mlir"]
    if made.rstrip("\n") == stored.rstrip("\n"):
        return None
    diff = list(
        difflib.unified_diff(
            stored.rstrip("\n").splitlines(),
            made.rstrip("\n").splitlines(),
            "warp_mlir",
            "frontend",
            n=1,
            lineterm="",
        )
    )
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f"... ({len(diff) - DIFF_LINES} more diff lines)"]
    return "warp_mlir differs from the frontend's IR of its python:\n" + "\n".join(diff)


# ----------------------------------------------------------- running pairs


def warp_lang_available() -> bool:
    return importlib.util.find_spec("warp") is not None


def warp_dtype(dtype: str) -> Any:
    """The warp-lang type of an MLIR element type."""
    import warp as wp

    scalar, shape = element_of(dtype)
    wp_scalar = wp.dtype_from_numpy(np.dtype(scalar))
    quat = QUAT_RE.fullmatch(dtype)
    if quat and quat.group(1) == "quat":
        return wp.types.quaternion(dtype=wp_scalar)
    if quat:
        return wp.types.transformation(dtype=wp_scalar)
    if len(shape) == 1:
        return wp.types.vector(length=shape[0], dtype=wp_scalar)
    if len(shape) == 2:
        return wp.types.matrix(shape=shape, dtype=wp_scalar)
    return wp_scalar


@contextlib.contextmanager
def stderr_to(path: Path) -> Iterator[None]:
    """File descriptor 2 (warp-lang's C++ compiler) into `path`."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "a") as log:
        os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


class _WarpLang:
    """Runs pairs' Python in warp-lang on its CPU device."""

    def __init__(self, workdir: Path) -> None:
        import warp as wp

        # Its messages (module loads, no CUDA driver) go to a log, not to
        # the summary's stdout.
        wp.config.log_level = wp.LOG_WARNING
        with stderr_to(workdir / "warp-lang.log"):
            wp.init()
        self.workdir = workdir
        self.count = 0

    def run(self, pair: Dict[str, Any], inputs: Sequence[np.ndarray]) -> List[np.ndarray]:
        import warp as wp

        self.count += 1
        name = f"warp_mlir_pair_{self.count}"
        path = self.workdir / f"{name}.py"
        path.write_text(pair["python"])
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        with stderr_to(self.workdir / "warp-lang.log"):
            wp.load_module(module, device="cpu")
        args = []
        for argument, value in zip(arguments(pair), inputs):
            dtype = warp_dtype(element_type(argument))
            if is_array(argument):
                args.append(wp.array(value, dtype=dtype, device="cpu"))
            elif value.ndim == 0:
                args.append(dtype(value.item()))
            else:
                args.append(dtype(*value.flatten().tolist()))
        wp.launch(
            getattr(module, pair["kernel_name"]),
            dim=tuple(pair["metadata"]["launch_dims"]),
            inputs=args,
            device="cpu",
        )
        wp.synchronize_device("cpu")
        return [a.numpy() if isinstance(a, wp.array) else None for a in args]


def run_warp_mlir(pair: Dict[str, Any], inputs: Sequence[np.ndarray]) -> List[np.ndarray]:
    """The arguments after warp-mlir's CPU launch of the pair's warp_mlir."""
    from .api import Kernel
    from .launch import launch

    kernel = Kernel.from_ir(pair["warp_mlir"], pair["kernel_name"], f"<pair {pair['id']}>")
    args = [np.array(value, copy=True) for value in inputs]
    values = []
    for argument, value in zip(arguments(pair), args):
        if is_array(argument):
            values.append(value)
        else:  # a scalar, vector or matrix passed by value
            values.append(value.item() if value.ndim == 0 else value.tolist())
    launch(kernel, tuple(pair["metadata"]["launch_dims"]), inputs=values, device="cpu")
    return [value if is_array(a) else None for a, value in zip(arguments(pair), args)]


def arguments(pair: Dict[str, Any]) -> List[Dict[str, Any]]:
    return pair["metadata"]["arguments"]


def run_difference(pair: Dict[str, Any], warp_lang: _WarpLang) -> Optional[str]:
    """None when warp-lang and warp-mlir leave every array the same."""
    try:
        inputs = draw_inputs(pair)
    except (KeyError, TypeError, ValueError) as error:
        return f"cannot draw inputs from its metadata: {error}"
    try:
        reference = warp_lang.run(pair, inputs)
    except Exception as error:  # warp-lang's own failure, reported briefly
        return "warp-lang cannot run its python: " + _brief(error)
    try:
        ours = run_warp_mlir(pair, inputs)
    except Exception as error:
        return "warp-mlir cannot run its warp_mlir: " + _brief(error)
    problems = []
    for argument, expected, actual in zip(arguments(pair), reference, ours):
        if expected is None:
            continue
        problem = same(expected, actual)
        if problem:
            problems.append(f"array '{argument['name']}': {problem}")
    return "; ".join(problems) or None


def _brief(error: Exception) -> str:
    lines = str(error).strip().splitlines() or [type(error).__name__]
    return " ".join(line.strip() for line in lines[-3:])[:600]


# ------------------------------------------------------------------ driver

REQUIRED = ("id", "kernel_name", "python", "warp_mlir", "metadata")
TYPES = {"id": int, "kernel_name": str, "python": str, "warp_mlir": str, "metadata": dict}


def _pairs(path: Path) -> Iterator[Tuple[int, Any, Optional[str]]]:
    """(line number, pair or None, what is wrong with the line)."""
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, None, f"not UTF-8 text: {error.reason} at byte {error.start}"
                continue
            try:
                pair = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"not JSON: {error}"
                continue
            if not isinstance(pair, dict):
                yield number, None, "not a JSON object"
                continue
            missing = [key for key in REQUIRED if key not in pair]
            if missing:
                yield number, pair, "missing " + ", ".join(missing)
                continue
            wrong = [
                key
                for key, kind in TYPES.items()
                if not isinstance(pair[key], kind) or isinstance(pair[key], bool)
            ]
            if wrong:
                yield number, pair, "wrong type of " + ", ".join(wrong)
                continue
            yield number, pair, None


def spread(count: int, sample: int) -> set:
    """`sample` of `count` positions, evenly spread (all when fewer)."""
    if sample <= 0 or count <= 0:
        return set()
    if sample >= count:
        return set(range(count))
    return {(2 * k + 1) * count // (2 * sample) for k in range(sample)}


def verify_pairs(path: Any, sample: int = DEFAULT_SAMPLE, warp_lang: bool = True) -> Report:
    """Checks the dataset at `path` (see the module's docstring)."""
    path = Path(path)
    with open(path, "rb") as lines:
        count = sum(1 for line in lines if line.strip())
    report = Report(warp_lang=warp_lang and warp_lang_available())
    chosen = spread(count, sample) if report.warp_lang else set()
    with tempfile.TemporaryDirectory(prefix="verify-pairs-") as workdir:
        runner = None
        for position, (number, pair, problem) in enumerate(_pairs(path)):
            report.pairs += 1
            ident = pair.get("id", f"line {number}") if isinstance(pair, dict) else f"line {number}"
            if problem:
                report.failures.append(Failure(ident, problem))
                continue
            difference = ir_difference(pair)
            if difference:
                report.failures.append(Failure(ident, difference))
            else:
                report.same_ir += 1
            if position not in chosen:
                continue
            if runner is None:
                runner = _WarpLang(Path(workdir))
            report.ran += 1
            difference = run_difference(pair, runner)
            if difference:
                report.failures.append(Failure(ident, difference))
            else:
                report.matched += 1
    return report
