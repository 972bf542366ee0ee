"""Generated kernels run in warp-lang and in warp-mlir on the CPU, compared.

The kernels come from ``warp-opt --gen-random-kernels`` (docs/generator.md),
each with its ``warp.gen`` provenance: every parameter's dtype, shape, role
and range, and the launch shape. A batch of them is printed as one Python
module (``wm.translate(ir, "python")``, the warp-to-python target; warp-lang
compiles a module at once, so batching amortizes its compile). Then, for
each kernel, on the same inputs (drawn from the provenance by a generator
seeded with ``(seed, index)``):

* warp-lang runs the printed Python on its CPU device;
* ``wm.launch`` runs the frontend's IR of the same Python on the CPU;

and every array afterwards must be the same: integers equal, floats bit for
bit (NaN equals NaN; ``pairs_verify.same``).

    kernels = kernels_of(generate(100, seed=7, first=200), seed=7)
    module = Module(kernels, ir, Path("batch.py"))
    for kernel in kernels:
        problem = compare(kernel, module, Path("warp-lang.log"))

``run_batch`` does this for one range of kernel indices (what
``scripts/campaign.py`` and python-frontend/tests/test_generated_*.py run).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from .pairs_verify import element_of, same, stderr_to, warp_dtype

ARRAY_RE = re.compile(
    r'\{dtype = (?P<dtype>[^,]+), name = "(?P<name>[^"]+)", '
    r"(?:range = \[(?P<range>[^\]]*)\], )?"
    r'role = "(?P<role>\w+)", shape = \[(?P<shape>[0-9, ]*)\]\}'
)
PARAM_RE = re.compile(r'warp\.name = "([^"]+)"')
LAUNCH_RE = re.compile(r"launch_dims = \[([0-9, ]+)\]")
KERNEL_RE = re.compile(r"^\s*warp\.kernel @(gen_(\d+))\(", re.MULTILINE)


def parameter_names(signature: str) -> List[str]:
    """Each parameter's `warp.name`, else `argN` (warp-run's names)."""
    params, depth, start = [], 0, signature.index("(") + 1
    for index in range(start, len(signature)):
        c = signature[index]
        if c in "(<[{":
            depth += 1
        elif c in ")>]}":
            depth -= 1
        if (c == "," and depth == 0) or depth < 0:
            if signature[start:index].strip():
                params.append(signature[start:index])
            start = index + 1
        if depth < 0:
            break
    names = []
    for index, param in enumerate(params):
        name = PARAM_RE.search(param)
        names.append(name.group(1) if name else f"arg{index}")
    return names


class Kernel:
    """One generated kernel: the IR that holds it (`module`), its parameters,
    launch shape and inputs, drawn from its provenance with a generator
    seeded by ``(seed, index)``."""

    def __init__(self, name: str, module: str, seed: int, index: int):
        self.name = name
        self.module = module
        self.seed = seed
        self.index = index
        header = next(
            line
            for line in module.splitlines()
            if line.lstrip().startswith(f"warp.kernel @{name}(")
        )
        signature, _, attributes = header.partition(" attributes ")
        self.params = parameter_names(signature)
        self.dims = tuple(int(d) for d in LAUNCH_RE.search(attributes).group(1).split(","))
        self.arrays = {m.group("name"): m.groupdict() for m in ARRAY_RE.finditer(attributes)}
        rng = np.random.default_rng([seed, index])
        self.inputs = [self.draw(rng, self.arrays[p]) for p in self.params]

    @staticmethod
    def draw(rng: np.random.Generator, spec: Dict[str, Any]) -> np.ndarray:
        scalar, element = element_of(spec["dtype"])
        shape = tuple(int(s) for s in spec["shape"].split(",") if s) + element
        if spec["role"] in ("output", "zero_accumulator"):
            return np.zeros(shape, scalar)
        low, high = (float(v) for v in spec["range"].split(","))
        if np.issubdtype(scalar, np.floating):
            return rng.uniform(low, high, shape).astype(scalar)
        return rng.integers(int(low), int(high), shape, endpoint=True).astype(scalar)


def warp_opt() -> str:
    """``$WARP_MLIR_BUILD_DIR/bin/warp-opt`` (default: this tree's build/)."""
    root = Path(__file__).resolve().parents[2]
    build = os.environ.get("WARP_MLIR_BUILD_DIR", str(root / "build"))
    return os.path.join(build, "bin", "warp-opt")


def generate(count: int, seed: int, first: int = 0, options: str = "") -> str:
    """The IR module of kernels ``first .. first+count-1`` of
    ``--gen-random-kernels`` with `seed` (and more generator `options`)."""
    spec = f"count={count} seed={seed} first={first} {options}".strip()
    return subprocess.run(
        [warp_opt(), f"--gen-random-kernels={spec}", os.devnull],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def kernels_of(ir: str, seed: int) -> List[Kernel]:
    """Every generated kernel (``gen_<index>``) of the module `ir`."""
    return [Kernel(name, ir, seed, int(index)) for name, index in KERNEL_RE.findall(ir)]


# ---------------------------------------------------------------- warp-lang


def load_printed(path: Any, log: Any):
    """The printed module at `path`, compiled by warp-lang (its compiler's
    output into `log`), or an error."""
    import warp as wp

    name = "printed_" + os.path.splitext(os.path.basename(path))[0]
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        with stderr_to(log):
            wp.load_module(module, device="cpu")
    except Exception as error:  # the module is reported, not the traceback
        lines = str(error).strip().splitlines()
        return None, (
            f"warp-lang cannot load {os.path.basename(path)}: "
            + " ".join(line.strip() for line in lines[-3:])[:600]
        )
    return module, None


def run_warp_lang(module: Any, kernel: Kernel):
    """The arrays by parameter name after warp-lang runs `kernel`, or an
    error."""
    import warp as wp

    try:
        args = {}
        for param, data in zip(kernel.params, kernel.inputs):
            dtype = warp_dtype(kernel.arrays[param]["dtype"])
            if kernel.arrays[param]["shape"].strip():
                args[param] = wp.array(data, dtype=dtype, device="cpu")
            else:  # a scalar parameter (provenance shape [])
                args[param] = dtype(data.item())
        wp.launch(
            getattr(module, kernel.name),
            dim=kernel.dims,
            inputs=list(args.values()),
            device="cpu",
        )
        wp.synchronize_device("cpu")
    except Exception as error:
        return None, "warp-lang launch failed: " + str(error).strip()[:600]
    arrays = {p: a.numpy() for p, a in args.items() if isinstance(a, wp.array)}
    return arrays, None


def init_warp_lang(log: Path, backward: bool = True, cache: Optional[Path] = None) -> None:
    """warp-lang quiet (its messages into `log`), optionally without the
    adjoint kernels (half the code to compile) and with its kernel cache in
    `cache`."""
    import logging

    import warp as wp

    wp.config.log_level = logging.WARNING
    wp.config.enable_backward = backward
    if cache is not None:
        wp.config.kernel_cache_dir = str(cache)
    with stderr_to(log):
        wp.init()


# ------------------------------------------------------------ the comparison


class Module:
    """One printed Python module of `kernels` (the IR module `ir` that holds
    them, printed to `path`) and what both sides make of it."""

    def __init__(self, kernels: Sequence[Kernel], ir: str, path: Path):
        from . import frontend
        from .targets import translate

        self.kernels = list(kernels)
        self.python = translate(ir, "python")
        self.path = Path(path)
        self.path.write_text(self.python)
        self.ir = frontend.compile_source(self.python, str(self.path))
        self._warp_lang = None

    def warp_lang(self, log: Path):
        """The module as warp-lang compiled it, or an error."""
        if self._warp_lang is None:
            self._warp_lang = load_printed(str(self.path), str(log))
        return self._warp_lang


@dataclass
class Problem:
    """Why a kernel did not pass: ``mismatch`` (an array differs) or
    ``error`` (a side could not run it)."""

    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def compare(kernel: Kernel, module: Module, log: Path) -> Optional[Problem]:
    """None when warp-lang and ``wm.launch`` leave every array of `kernel`
    the same; else the first array that differs, or the error."""
    from .api import Kernel as WmKernel
    from .launch import launch

    printed, error = module.warp_lang(log)
    if error is None:
        reference, error = run_warp_lang(printed, kernel)
    if error is not None:
        return Problem("error", error)
    try:
        ours = WmKernel.from_ir(module.ir, kernel.name, filename=str(module.path))
        inputs = [np.array(value, copy=True) for value in kernel.inputs]
        launch(ours, kernel.dims, inputs=inputs, device="cpu")
    except Exception as error:  # warp-mlir's failure, reported briefly
        return Problem("error", f"warp-mlir cannot run it: {type(error).__name__}: {error}")
    arrays = {p: a for p, a in zip(kernel.params, inputs) if a.ndim and p in reference}
    if arrays.keys() != reference.keys():
        return Problem(
            "error", f"arrays {sorted(arrays)} of warp-mlir, {sorted(reference)} of warp-lang"
        )
    for name, expected in reference.items():
        problem = same(expected, arrays[name])
        if problem:
            return Problem("mismatch", f"array '{name}': {problem}")
    return None


def run_batch(first: int, count: int, seed: int, workdir: Path) -> List[Dict[str, Any]]:
    """Kernels ``first .. first+count-1`` of `seed` through `compare`, as one
    printed module in `workdir`: one dict per kernel that did not pass
    (``index``, ``name``, ``seed``, ``kind``, ``message``). warp-lang must
    be initialized (``init_warp_lang``)."""
    ir = generate(count, seed, first)
    kernels = kernels_of(ir, seed)
    if len(kernels) != count:
        raise RuntimeError(f"warp-opt made {len(kernels)} kernels, not {count}")
    try:
        module = Module(kernels, ir, workdir / f"batch{first}.py")
    except Exception as error:  # printing or the frontend failed: every kernel
        module = None
        failed = Problem(
            "error", f"printing or compiling the Python: {type(error).__name__}: {error}"
        )
    problems = []
    for kernel in kernels:
        if module is None:
            problem = failed
        else:
            problem = compare(kernel, module, workdir / "warp-lang.log")
        if problem:
            problems.append(
                {
                    "index": kernel.index,
                    "name": kernel.name,
                    "seed": seed,
                    "kind": problem.kind,
                    "message": problem.message,
                }
            )
    return problems
