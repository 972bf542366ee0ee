#!/usr/bin/env python3
"""A test campaign of generated kernels, in two phases.

lowering      N kernels (default 100,000) of the generator through warp-pairs
              (docs/pairs.md): each is generated and verified, then lowered
              to every target (python, mlir, cpp, cuda, ptx, llvm); with the
              round trip (default), each record's Python, compiled again by
              the frontend, must give its warp IR exactly (verify-pairs
              --sample 0). Runs in shards of fixed size (--shard-size); each
              shard's records are checked, summarized and deleted (those of
              kernels that failed the round trip are kept).
differential  M kernels (default 10,000) of the same generator and seed,
              printed as Python 100 to a module, run in warp-lang on its CPU
              device and through wm.launch on the CPU on the same inputs;
              every array must be the same, floats bit for bit (NaN = NaN)
              (warp_mlir/differential.py). Batches run in --jobs worker
              processes.

The campaign is resumable: run the same command again after an interruption
and it continues where it stopped (finished shards and batches are kept as
summaries under --out; a shard cut short is continued by warp-pairs
--resume). It writes OUT/summary.json, prints a summary and exits 1 on any
failure, crash or mismatch (130 when interrupted).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
TARGETS = "python,mlir,cpp,cuda,ptx,llvm"
DEFAULT_SEED = 4242
FAILURE_RE = re.compile(r"^warp-pairs: error: kernel (\d+) \(seed (\d+)\): (.*)$")
SUMMARY_RE = re.compile(r"; (\d+) duplicates dropped, (\d+) failed$", re.MULTILINE)
LISTED = 20  # problems printed per kind; the JSON has them all


class Interrupted(Exception):
    pass


# ------------------------------------------------------------------ helpers


def write_json(path: Path, value: Any) -> None:
    """Writes `value` beside `path` and renames it into place (whole or not
    at all)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(value, indent=1) + "\n")
    os.replace(temporary, path)


def read_json(path: Path) -> Optional[Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def signal_name(status: int) -> str:
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


def tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text[-lines:])[:800]


def duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class Progress:
    """A progress line on stderr when it is a terminal; else one line per
    finished unit (shard or batch)."""

    def __init__(self, label: str, total: int, done: int):
        self.label = label
        self.total = total
        self.start_done = done
        self.done = done
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()

    def _line(self, done: int, note: str) -> str:
        elapsed = time.monotonic() - self.start
        rate = (done - self.start_done) / elapsed if elapsed > 0 else 0.0
        eta = f", ETA {duration((self.total - done) / rate)}" if rate > 0 else ""
        filled = int(30 * done / self.total) if self.total else 30
        bar = "#" * filled + "." * (30 - filled)
        return f"{self.label} [{bar}] {done}/{self.total} kernels, {rate:.1f}/s{eta}{note}"

    def update(self, done: int, note: str = "") -> None:
        if self.tty:
            sys.stderr.write("\r\033[K" + self._line(done, note))
            sys.stderr.flush()

    def unit(self, done: int, message: str) -> None:
        """A shard or batch finished: `done` kernels in all."""
        self.done = done
        if self.tty:
            sys.stderr.write("\r\033[K")
            if message:
                sys.stderr.write(message + "\n")
            self.update(done)
        else:
            sys.stderr.write(self._line(done, f" ({message})" if message else "") + "\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


class Tally:
    """A phase's finished units (shards or batches, by `key`), with their
    summaries, this run's crashes and its progress line."""

    def __init__(self, label: str, total: int, summaries: Dict[int, Any], key: str, bad):
        self.summaries = summaries
        self.key = key
        self.bad = bad  # a summary's failures
        self.crashes: List[Dict[str, Any]] = []
        self.done = sum(s["kernels"] for s in summaries.values())
        self.ran = 0
        self.progress = Progress(label, total, self.done)

    def add(self, unit: int, summary: Dict[str, Any], name: str, fresh: int) -> None:
        """Unit `unit` (called `name`) ended with `summary` (or a crash),
        having run `fresh` kernels."""
        if "crash" in summary:
            self.crashes.append({self.key: unit, "message": summary["crash"]})
            self.progress.unit(self.done, f"{name}: CRASH: {summary['crash']}")
            return
        self.summaries[unit] = summary
        self.done += summary["kernels"]
        self.ran += fresh
        bad = self.bad(summary)
        self.progress.unit(self.done, name + (f": {bad} FAILED" if bad else ""))

    def ordered(self) -> List[Dict[str, Any]]:
        return [self.summaries[unit] for unit in sorted(self.summaries)]


def cpu_seconds() -> float:
    """User and system time of the finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def worker_environment(build: Path) -> Dict[str, str]:
    """The environment of a Python worker: this tree's package, `build`'s
    native module and tools."""
    env = dict(os.environ)
    path = str(ROOT / "python-frontend")
    env["PYTHONPATH"] = path + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["WARP_MLIR_BUILD_DIR"] = str(build)
    return env


def check_config(directory: Path, config: Dict[str, Any], force: bool) -> None:
    """Makes `directory` a phase's output for `config`; refuses one that
    another configuration wrote unless `force` (which empties it)."""
    path = directory / "config.json"
    existing = read_json(path)
    if existing is not None and existing != config:
        if not force:
            differing = ", ".join(
                f"{key} {existing.get(key)!r} (now {config.get(key)!r})"
                for key in config
                if existing.get(key) != config.get(key)
            )
            raise SystemExit(
                f"campaign: error: {directory} holds a campaign with {differing}; "
                "use another --out, the same options, or --force to start over"
            )
    if force and directory.exists() and existing != config:
        shutil.rmtree(directory)
    directory.mkdir(parents=True, exist_ok=True)
    write_json(path, config)


# ---------------------------------------------------------- phase 1: lowering


def count_lines(path: Path, state: Dict[str, int]) -> int:
    """Whole lines of the growing file `path`, read from where the last call
    stopped."""
    try:
        with open(path, "rb") as f:
            f.seek(state.get("offset", 0))
            data = f.read()
    except OSError:
        return state.get("lines", 0)
    end = data.rfind(b"\n") + 1
    state["lines"] = state.get("lines", 0) + data.count(b"\n", 0, end)
    state["offset"] = state.get("offset", 0) + end
    return state["lines"]


def run_warp_pairs(
    args: argparse.Namespace, shard: int, shards: int, records: Path, log: Path, progress, before
) -> Dict[str, Any]:
    """One shard through warp-pairs (continuing a shard cut short): its
    failures, or a crash."""
    command = [
        str(args.build / "bin" / "warp-pairs"),
        "-n",
        str(args.lowering_count),
        "--seed",
        str(args.seed),
        "--shard",
        f"{shard}/{shards}",
        "-j",
        str(args.jobs),
        "--targets",
        TARGETS,
        "--no-dedupe",
        "-o",
        str(records),
    ]
    if args.verify_each:
        command.append("--verify-each")
    if records.exists():  # a shard cut short
        command.append("--resume")
    state: Dict[str, int] = {}
    with open(log, "a") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        try:
            while process.poll() is None:
                progress.update(before + count_lines(records, state), f" (shard {shard})")
                time.sleep(0.5)
        except KeyboardInterrupt:
            process.wait()
            raise Interrupted()
        output = process.stdout.read()
    status = process.returncode
    if status == 130:
        raise Interrupted()
    failures: Dict[int, Dict[str, Any]] = {}
    for line in log.read_text(errors="replace").splitlines():
        match = FAILURE_RE.match(line)
        if match:
            index = int(match.group(1))
            failures[index] = {
                "index": index,
                "seed": int(match.group(2)),
                "message": match.group(3),
            }
    summary = SUMMARY_RE.search(output)
    result: Dict[str, Any] = {"failures": [failures[i] for i in sorted(failures)]}
    if status not in (0, 1) or summary is None or (status == 1 and not failures):
        result["crash"] = f"warp-pairs {signal_name(status)}" + (
            f": {tail(log)}" if tail(log) else ""
        )
    return result


def roundtrip(args: argparse.Namespace, records: Path, result: Path) -> Dict[str, Any]:
    """Every record's Python through the frontend again (verify-pairs
    --sample 0), in a worker process."""
    command = [sys.executable, str(Path(__file__).resolve())]
    command += ["--worker", "roundtrip", str(records), str(result)]
    done = subprocess.run(
        command, env=worker_environment(args.build), capture_output=True, text=True
    )
    report = read_json(result)
    if done.returncode == 130 or done.returncode == -signal.SIGINT:
        raise Interrupted()
    if done.returncode or report is None:
        message = " | ".join(done.stderr.strip().splitlines()[-5:])[:800]
        return {"crash": f"round trip {signal_name(done.returncode)}: {message}"}
    result.unlink()
    return report


def keep_failed(records: Path, ids: set) -> None:
    """The records of `ids` into ``<shard>.failed.jsonl`` beside `records`."""
    with open(records) as lines, open(records.with_suffix(".failed.jsonl"), "w") as kept:
        for line in lines:
            if json.loads(line).get("id") in ids:
                kept.write(line)


def check_shard(
    args: argparse.Namespace, directory: Path, shard: int, shards: int, result: Dict[str, Any]
) -> Dict[str, Any]:
    """Shard `shard` after warp-pairs gave `result`: its records counted and
    round-tripped, its summary written, its records deleted; or a crash
    (the shard stays to do)."""
    name = f"shard-{shard:05d}"
    records, log = directory / f"{name}.jsonl", directory / f"{name}.log"
    expected = len(range(shard, args.lowering_count, shards))
    kept = count_lines(records, {}) if records.exists() else 0
    if "crash" not in result and kept + len(result["failures"]) != expected:
        result["crash"] = (
            f"{expected - kept - len(result['failures'])} of {expected} kernels "
            "neither written nor reported failed"
        )
    if "crash" in result:
        return result
    report: Dict[str, Any] = {"pairs": 0, "same_ir": 0, "failures": [], "seconds": 0.0}
    if args.roundtrip and kept:
        began = time.monotonic()
        report = roundtrip(args, records, directory / f"{name}.roundtrip.json")
        report["seconds"] = time.monotonic() - began
        if "crash" in report:
            return report
    summary = {
        "shard": shard,
        "kernels": expected,
        "records": kept,
        "failures": result["failures"],
        "roundtrip_pairs": report["pairs"],
        "roundtrip_failures": report["failures"],
        "lowering_seconds": round(result["lowering_seconds"], 3),
        "roundtrip_seconds": round(report["seconds"], 3),
    }
    write_json(directory / f"{name}.json", summary)
    if summary["roundtrip_failures"]:
        keep_failed(records, {f["id"] for f in summary["roundtrip_failures"]})
    if not args.keep_records:
        records.unlink()
    if not result["failures"]:
        log.unlink(missing_ok=True)
    return dict(summary, already=result["already"])


def lowering_phase(args: argparse.Namespace) -> Dict[str, Any]:
    directory = args.out / "lowering"
    count, size = args.lowering_count, args.shard_size
    shards = max(1, -(-count // size))
    config = {
        "count": count,
        "seed": args.seed,
        "shards": shards,
        "targets": TARGETS,
        "verify_each": args.verify_each,
        "roundtrip": args.roundtrip,
    }
    check_config(directory, config, args.force)
    summaries: Dict[int, Dict[str, Any]] = {}
    for shard in range(shards):
        summary = read_json(directory / f"shard-{shard:05d}.json")
        if summary is not None:
            summaries[shard] = summary
    tally = Tally(
        "lowering",
        count,
        summaries,
        "shard",
        lambda s: len(s["failures"]) + len(s["roundtrip_failures"]),
    )
    start, cpu = time.monotonic(), cpu_seconds()
    lowered = tally.done

    def settle(shard: int, future: concurrent.futures.Future) -> None:
        summary = future.result()
        fresh = summary.get("kernels", 0) - summary.pop("already", 0)
        tally.add(shard, summary, f"shard {shard} of {shards}", fresh)

    # Shard K's round trip (one process) runs while warp-pairs lowers shard
    # K+1, and ends before shard K+2 starts.
    checker = concurrent.futures.ThreadPoolExecutor(1)
    pending = None
    try:
        for shard in range(shards):
            if shard in summaries:
                continue
            name = f"shard-{shard:05d}"
            records, log = directory / f"{name}.jsonl", directory / f"{name}.log"
            already = count_lines(records, {}) if records.exists() else 0
            began = time.monotonic()
            result = run_warp_pairs(args, shard, shards, records, log, tally.progress, lowered)
            result["lowering_seconds"] = time.monotonic() - began
            result["already"] = already
            lowered += len(range(shard, count, shards))
            future = checker.submit(check_shard, args, directory, shard, shards, result)
            if pending:
                settle(*pending)
            pending = (shard, future)
        if pending:
            settle(*pending)
    except KeyboardInterrupt:
        raise Interrupted()
    finally:
        checker.shutdown(wait=True, cancel_futures=True)
        tally.progress.finish()
    wall = time.monotonic() - start
    ordered, crashes, ran = tally.ordered(), tally.crashes, tally.ran
    lowering_time = sum(s["lowering_seconds"] for s in ordered)
    roundtrip_time = sum(s["roundtrip_seconds"] for s in ordered)
    kernels = sum(s["kernels"] for s in ordered)
    return {
        "kernels": kernels,
        "requested": count,
        "seed": args.seed,
        "targets": TARGETS.split(","),
        "shards": shards,
        "shards_done": len(ordered),
        "records": sum(s["records"] for s in ordered),
        "failures": sum(len(s["failures"]) for s in ordered),
        "failed_kernels": [f for s in ordered for f in s["failures"]],
        "roundtrip": args.roundtrip,
        "roundtrip_pairs": sum(s["roundtrip_pairs"] for s in ordered),
        "roundtrip_failures": sum(len(s["roundtrip_failures"]) for s in ordered),
        "roundtrip_failed": [f for s in ordered for f in s["roundtrip_failures"]],
        "crashes": len(crashes),
        "crashed": crashes,
        "verify_each": args.verify_each,
        "kernels_this_run": ran,
        "wall_seconds": round(wall, 3),
        "kernels_per_second": round(ran / wall, 2) if ran and wall > 0 else None,
        "cpu_seconds": round(cpu_seconds() - cpu, 3),
        "lowering_seconds": round(lowering_time, 3),
        "roundtrip_seconds": round(roundtrip_time, 3),
        "ok": len(ordered) == shards
        and not crashes
        and not any(s["failures"] or s["roundtrip_failures"] for s in ordered),
    }


# ------------------------------------------------------ phase 2: differential


def run_batch(
    args: argparse.Namespace, directory: Path, first: int, count: int, stop: threading.Event
) -> Dict[str, Any]:
    """One batch in a worker process: its summary, or a crash."""
    if stop.is_set():
        return {"first": first, "skipped": True}
    result = directory / f"batch-{first:06d}.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "differential"]
    command += [str(first), str(count), str(args.seed), str(result)]
    began = time.monotonic()
    try:
        done = subprocess.run(
            command,
            env=worker_environment(args.build),
            capture_output=True,
            text=True,
            timeout=args.batch_timeout,
        )
    except subprocess.TimeoutExpired:
        done = None
    finally:
        shutil.rmtree(work_directory(result), ignore_errors=True)
    if done is None:
        return {
            "first": first,
            "kernels": count,
            "crash": f"did not finish in {args.batch_timeout} s",
        }
    if stop.is_set() or done.returncode in (130, -signal.SIGINT):
        return {"first": first, "skipped": True}
    summary = read_json(result)
    if done.returncode or summary is None:
        message = " | ".join(done.stderr.strip().splitlines()[-5:])[:800]
        return {
            "first": first,
            "kernels": count,
            "crash": f"worker {signal_name(done.returncode)}: {message}",
        }
    summary["wall_seconds"] = round(time.monotonic() - began, 3)
    write_json(result, summary)
    return summary


def differential_phase(args: argparse.Namespace) -> Dict[str, Any]:
    directory = args.out / "differential"
    count, size = args.differential_count, args.batch_size
    config = {"count": count, "seed": args.seed, "batch_size": size}
    check_config(directory, config, args.force)
    batches = [(first, min(size, count - first)) for first in range(0, count, size)]
    summaries: Dict[int, Dict[str, Any]] = {}
    for first, _ in batches:
        summary = read_json(directory / f"batch-{first:06d}.json")
        if summary is not None and "problems" in summary:
            summaries[first] = summary
    tally = Tally("differential", count, summaries, "first", lambda s: len(s["problems"]))
    stop = threading.Event()
    start, cpu = time.monotonic(), cpu_seconds()
    pool = concurrent.futures.ThreadPoolExecutor(args.jobs)
    try:
        futures = [
            pool.submit(run_batch, args, directory, first, n, stop)
            for first, n in batches
            if first not in summaries
        ]
        tally.progress.update(tally.done)
        for future in concurrent.futures.as_completed(futures):
            summary = future.result()
            if not summary.get("skipped"):
                first, kernels = summary["first"], summary["kernels"]
                name = f"kernels {first}..{first + kernels - 1}"
                tally.add(first, summary, name, kernels)
    except KeyboardInterrupt:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise Interrupted()
    finally:
        tally.progress.finish()
        pool.shutdown(wait=True, cancel_futures=True)
    wall = time.monotonic() - start
    ordered, crashes, ran = tally.ordered(), tally.crashes, tally.ran
    problems = [p for s in ordered for p in s["problems"]]
    mismatches = [p for p in problems if p["kind"] == "mismatch"]
    errors = [p for p in problems if p["kind"] != "mismatch"]
    return {
        "kernels": sum(s["kernels"] for s in ordered),
        "requested": count,
        "seed": args.seed,
        "batch_size": size,
        "batches": len(batches),
        "batches_done": len(ordered),
        "workers": args.jobs,
        "mismatches": len(mismatches),
        "mismatched": mismatches,
        "errors": len(errors),
        "errored": errors,
        "crashes": len(crashes),
        "crashed": crashes,
        "kernels_this_run": ran,
        "wall_seconds": round(wall, 3),
        "kernels_per_second": round(ran / wall, 3) if ran and wall > 0 else None,
        "cpu_seconds": round(cpu_seconds() - cpu, 3),
        "worker_seconds": round(sum(s.get("wall_seconds", 0.0) for s in ordered), 3),
        "ok": len(ordered) == len(batches) and not problems and not crashes,
    }


# -------------------------------------------------------------------- workers


def worker_roundtrip(records: str, result: str) -> int:
    from warp_mlir.pairs_verify import verify_pairs

    report = verify_pairs(records, sample=0)
    failures = [{"id": f.id, "reason": f.reason} for f in report.failures]
    write_json(
        Path(result), {"pairs": report.pairs, "same_ir": report.same_ir, "failures": failures}
    )
    return 0


def work_directory(result: Path) -> Path:
    """Where the worker writing `result` keeps its files while it runs."""
    return result.with_name("." + result.stem + ".work")


def worker_differential(first: int, count: int, seed: int, result: str) -> int:
    """Kernels first..first+count-1 in warp-lang and warp-mlir. The printed
    module, warp-lang's kernel cache and warp-mlir's disk cache live in a
    work directory removed afterwards (the module of a batch with problems
    is kept beside the result)."""
    workdir = work_directory(Path(result))
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir()
    os.environ["WARP_MLIR_CACHE_DIR"] = str(workdir / "warp-mlir-cache")
    from warp_mlir import differential

    began = time.monotonic()
    differential.init_warp_lang(
        workdir / "warp-lang.log", backward=False, cache=workdir / "warp-cache"
    )
    problems = differential.run_batch(first, count, seed, workdir)
    if problems and (workdir / f"batch{first}.py").exists():
        shutil.copy(workdir / f"batch{first}.py", Path(result).with_suffix(".py"))
    summary = {
        "first": first,
        "kernels": count,
        "seed": seed,
        "problems": problems,
        "seconds": round(time.monotonic() - began, 3),
    }
    write_json(Path(result), summary)
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


# ----------------------------------------------------------------- reporting


def report_lowering(summary: Dict[str, Any]) -> List[str]:
    lines = [
        f"lowering: {summary['kernels']} of {summary['requested']} kernels "
        f"(seed {summary['seed']}, {summary['shards_done']}/{summary['shards']} shards), "
        f"targets {','.join(summary['targets'])}"
        + (", IR verified after every pass" if summary["verify_each"] else ""),
        f"  {summary['failures']} failures, {summary['crashes']} crashes"
        + (
            f", round trip: {summary['roundtrip_pairs']} records, "
            f"{summary['roundtrip_failures']} failures"
            if summary["roundtrip"]
            else ", round trip not run (--no-roundtrip)"
        ),
    ]
    if summary["kernels_this_run"]:
        lines.append(
            f"  this run: {summary['kernels_this_run']} kernels in "
            f"{summary['wall_seconds']:.1f} s, {summary['kernels_per_second']} kernels/s, "
            f"{summary['cpu_seconds']:.1f} CPU s (warp-pairs {summary['lowering_seconds']:.1f} s, "
            f"round trip {summary['roundtrip_seconds']:.1f} s over all shards)"
        )
    for failure in summary["failed_kernels"][:LISTED]:
        lines.append(
            f"  FAIL kernel {failure['index']} (seed {failure['seed']}): {failure['message']}"
        )
    for failure in summary["roundtrip_failed"][:LISTED]:
        reason = failure["reason"].splitlines()[0]
        lines.append(
            f"  FAIL round trip of kernel {failure['id']} (seed {summary['seed']}): {reason}"
        )
    for crash in summary["crashed"]:
        lines.append(f"  CRASH shard {crash['shard']}: {crash['message']}")
    return lines


def report_differential(summary: Dict[str, Any]) -> List[str]:
    lines = [
        f"differential: {summary['kernels']} of {summary['requested']} kernels "
        f"(seed {summary['seed']}, {summary['batches_done']}/{summary['batches']} batches "
        f"of {summary['batch_size']}, {summary['workers']} workers), warp-lang CPU "
        "against warp-mlir CPU",
        f"  {summary['mismatches']} mismatches, {summary['errors']} errors, "
        f"{summary['crashes']} crashes",
    ]
    if summary["kernels_this_run"]:
        lines.append(
            f"  this run: {summary['kernels_this_run']} kernels in "
            f"{summary['wall_seconds']:.1f} s, {summary['kernels_per_second']} kernels/s, "
            f"{summary['cpu_seconds']:.1f} CPU s"
        )
    for kind in ("mismatched", "errored"):
        for problem in summary[kind][:LISTED]:
            lines.append(
                f"  {'MISMATCH' if kind == 'mismatched' else 'ERROR'} kernel "
                f"{problem['index']} (seed {problem['seed']}): {problem['message']}"
            )
    for crash in summary["crashed"]:
        lines.append(f"  CRASH batch from kernel {crash['first']}: {crash['message']}")
    return lines


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--phase", choices=("lowering", "differential", "all"), default="all")
    parser.add_argument("--lowering-count", type=int, default=100000, metavar="N")
    parser.add_argument("--differential-count", type=int, default=10000, metavar="M")
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"the generator's seed, both phases (default {DEFAULT_SEED}); "
        "kernel i is the same kernel in both",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=2,
        help="warp-pairs threads; differential worker processes (default 2)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "out" / "campaign",
        help="the campaign's directory: shard and batch summaries, summary.json "
        "(default out/campaign); the same command with the same --out resumes",
    )
    parser.add_argument(
        "--build",
        type=Path,
        default=Path(os.environ.get("WARP_MLIR_BUILD_DIR", ROOT / "build")),
        help="the build with bin/warp-pairs, bin/warp-opt and the native module "
        "(default $WARP_MLIR_BUILD_DIR or build/)",
    )
    parser.add_argument(
        "--shard-size", type=int, default=1000, help="kernels per warp-pairs shard (default 1000)"
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=100,
        help="kernels per printed module in warp-lang (default 100)",
    )
    parser.add_argument(
        "--no-roundtrip",
        dest="roundtrip",
        action="store_false",
        help="skip the frontend round trip of the records (about a quarter of phase 1)",
    )
    parser.add_argument(
        "--verify-each",
        action="store_true",
        help="verify the IR after every pass of each lowering (about 1.2x the CPU time)",
    )
    parser.add_argument(
        "--keep-records",
        action="store_true",
        help="keep each shard's records (about 25 KB a kernel) instead of deleting them",
    )
    parser.add_argument(
        "--batch-timeout",
        type=int,
        default=3600,
        help="seconds a differential batch may take before it counts as a crash",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace a campaign of other options in --out"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        kind, rest = args.worker[0], args.worker[1:]
        if kind == "roundtrip":
            return worker_roundtrip(*rest)
        return worker_differential(int(rest[0]), int(rest[1]), int(rest[2]), rest[3])
    for name in ("lowering_count", "differential_count", "jobs", "shard_size", "batch_size"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    args.build = args.build.resolve()
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)

    phases = ("lowering", "differential") if args.phase == "all" else (args.phase,)
    summary: Dict[str, Any] = {"seed": args.seed, "phases": list(phases)}
    start = time.monotonic()
    lines: List[str] = []
    status = 0
    try:
        if "lowering" in phases:
            summary["lowering"] = lowering_phase(args)
            lines += report_lowering(summary["lowering"])
        if "differential" in phases:
            summary["differential"] = differential_phase(args)
            lines += report_differential(summary["differential"])
    except (Interrupted, KeyboardInterrupt):
        lines.append("interrupted: run the same command again to continue")
        status = 130
    summary["wall_seconds"] = round(time.monotonic() - start, 3)
    summary["ok"] = status == 0 and all(summary[p]["ok"] for p in phases)
    summary["interrupted"] = status == 130
    write_json(args.out / "summary.json", summary)
    for line in lines:
        print("campaign: " + line if not line.startswith(" ") else line)
    verdict = "PASS" if summary["ok"] else ("INTERRUPTED" if status else "FAIL")
    print(
        f"campaign: {verdict} in {duration(summary['wall_seconds'])}; {args.out / 'summary.json'}"
    )
    return status or (0 if summary["ok"] else 1)


if __name__ == "__main__":
    sys.exit(main())
