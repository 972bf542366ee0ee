"""The ``warp-mlir`` command (also ``python3 -m warp_mlir``).

    warp-mlir compile FILE.py [--kernel NAME] --target TARGET [-o OUT]
    warp-mlir verify-pairs FILE.jsonl [--sample K]

``compile`` compiles the Warp kernels of a Python file (or of a warp IR
file, FILE.mlir) to one of mlir, ptx, llvm, cpp, cuda or python, and prints
the result or writes it to OUT. Every error is printed on stderr as
``file:line:col: error: message`` (1:1 when the error has no position in
the file), and the exit status is 1; nothing prints a traceback.

``verify-pairs`` checks a (Python, warp IR) pairs dataset (see
pairs_verify.py): prints a one-line summary, each failing pair's id and
reason on stderr, and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import List, NoReturn, Optional

from .errors import CompileError, NativeModuleError
from .targets import TARGETS, check_chip


class CommandError(Exception):
    """An error to print as ``file:line:col: error: message``."""

    def __init__(self, file: str, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(f"{file}:{line}:{col}: error: {message}")


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors exiting 1 like every other error."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def _chip(text: str) -> str:
    try:
        return check_chip(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _sample(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a count of 0 or more, not {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="warp-mlir",
        description="Compile Warp kernels (Python) with warp-mlir.",
        epilog="Example: warp-mlir compile kernels.py --kernel saxpy --target ptx -o saxpy.ptx",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    compile_command = commands.add_parser(
        "compile",
        help="compile the kernels of a Python (or .mlir) file to a target",
        description=(
            "Compile the @wp.kernel functions of FILE (Python; a .mlir file is read as "
            "warp IR) to TARGET: mlir (warp IR), ptx, llvm (LLVM IR of the CPU entry "
            "points), cpp or cuda (C++ / CUDA C++ source), python (Warp Python from the "
            "IR). Errors go to stderr as file:line:col: error: message, exit status 1."
        ),
    )
    compile_command.add_argument(
        "file", metavar="FILE", help="a Python file of Warp kernels, or a .mlir file"
    )
    compile_command.add_argument(
        "--kernel", metavar="NAME", help="only this kernel (and the functions it calls)"
    )
    compile_command.add_argument(
        "--target", required=True, choices=TARGETS, metavar="TARGET", help=" | ".join(TARGETS)
    )
    compile_command.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT (default: stdout)"
    )
    compile_command.add_argument(
        "--chip", default="sm_90", type=_chip, help="ptx: the SM architecture (default sm_90)"
    )
    verify_command = commands.add_parser(
        "verify-pairs",
        help="check a (Python, warp IR) pairs dataset",
        description=(
            "Check a JSONL dataset of (Python, warp IR) pairs: every pair's warp_mlir must be "
            "the IR the frontend makes of its python, and K pairs spread over the file must "
            "run the same in warp-lang (CPU) and warp-mlir (CPU) on inputs drawn from their "
            "metadata. Prints a summary line; failures go to stderr; exit status 1 on any."
        ),
    )
    verify_command.add_argument("file", metavar="FILE", help="the pairs (JSONL)")
    verify_command.add_argument(
        "--sample",
        type=_sample,
        default=20,
        metavar="K",
        help="pairs to run in warp-lang and warp-mlir (default 20; 0: none)",
    )
    return parser


def verify_pairs_file(path: str, sample: int) -> int:
    from .pairs_verify import verify_pairs

    if Path(path).is_dir():
        raise CommandError(path, "is a directory, not a file")
    if not Path(path).is_file():
        raise CommandError(path, "no such file")
    try:
        report = verify_pairs(path, sample=sample)
    except OSError as error:
        raise CommandError(path, f"cannot read: {error.strerror}") from None
    if report.pairs == 0:
        raise CommandError(path, "holds no pairs")
    for failure in report.failures:
        sys.stderr.write(f"verify-pairs: {failure}\n")
    _write_stdout(report.summary() + "\n")
    return 0 if report.ok else 1


def _write_stdout(text: str) -> None:
    """Writes `text` to stdout; a write that fails (a full disk) is an
    error, and stdout is then pointed at /dev/null so that Python's own
    flush at exit does not fail again."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as error:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise CommandError("<stdout>", f"cannot write: {error.strerror}") from None


def _read_source(path: str) -> str:
    try:
        return Path(path).read_text()
    except FileNotFoundError:
        raise CommandError(path, "no such file") from None
    except IsADirectoryError:
        raise CommandError(path, "is a directory, not a file") from None
    except UnicodeDecodeError as error:
        raise CommandError(path, f"is not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise CommandError(path, f"cannot read: {error.strerror}") from None


def _frontend_ir(source: str, path: str) -> str:
    """The warp IR of every kernel in a Python file."""
    from . import frontend

    try:
        return frontend.compile_source(source, path)
    except frontend.FrontendError as error:
        raise _Located(str(error)) from None


class _Located(Exception):
    """An error whose text is already ``file:line:col: error: ...``."""


def _compile_error_text(error: CompileError, path: str) -> str:
    """MLIR's diagnostics, each located; those without a position point at
    the input file's 1:1."""
    text = str(error)
    lines = []
    for line in text.splitlines():
        for severity in ("error: ", "warning: ", "note: "):
            if line.startswith(severity):
                line = f"{path}:1:1: {line}"
                break
        lines.append(line)
    return "\n".join(lines)


def compile_file(
    path: str, target: str, kernel: Optional[str], output: Optional[str], chip: str
) -> None:
    from . import native
    from .targets import translate

    source = _read_source(path)
    if path.endswith(".mlir"):
        ir, ir_name = source, path
    else:
        ir, ir_name = _frontend_ir(source, path), f"<warp IR of {path}>"
    nat = native.load()
    try:
        kernels = nat.kernels(ir, ir_name)
    except CompileError as error:
        raise _Located(_compile_error_text(error, path)) from None
    if not kernels:
        what = "warp.kernel" if path.endswith(".mlir") else "@wp.kernel function"
        raise CommandError(path, f"no kernel to compile (the file has no {what})")
    if kernel is not None and kernel not in kernels:
        raise CommandError(path, f"no kernel named '{kernel}' (kernels: {', '.join(kernels)})")
    try:
        text = translate(ir, target, kernel=kernel, filename=ir_name, chip=chip)
    except CompileError as error:
        raise _Located(_compile_error_text(error, path)) from None
    if output is None or output == "-":
        _write_stdout(text if not text or text.endswith("\n") else text + "\n")
        return
    try:
        Path(output).write_text(text)
    except OSError as error:
        raise CommandError(output, f"cannot write: {error.strerror}") from None


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "compile":
            compile_file(args.file, args.target, args.kernel, args.output, args.chip)
        elif args.command == "verify-pairs":
            return verify_pairs_file(args.file, args.sample)
        return 0
    except (CommandError, _Located) as error:
        message = str(error)
    except NativeModuleError as error:
        message = f"{args.file}:1:1: error: {error}"
    except CompileError as error:
        message = _compile_error_text(error, args.file)
    except Exception as error:  # a fault of the compiler itself, reported briefly
        message = (
            f"{args.file}:1:1: error: internal compiler error: {type(error).__name__}: {error}"
        )
    sys.stderr.write(message.rstrip("\n") + "\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
