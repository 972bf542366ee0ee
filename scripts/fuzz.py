#!/usr/bin/env python3
"""Runs every fuzz target for a bounded time (`make fuzz`, docs/testing.md).

  python3 scripts/fuzz.py [--seconds 60] [--targets ir,lowering,frontend]
                          [--jobs 2] [--sanitize-build build-sanitize]
                          [--build build] [--merge]

Targets:
  ir        warp-fuzz-ir: parse, verify, round trip, canonicalize warp IR
  lowering  warp-fuzz-lowering: generated kernels mutated at the IR level
            through LLVM IR, C++, CUDA C++, PTX and Python
  frontend  python-frontend/tests/fuzz_frontend.py (atheris): the Python
            frontend on mutated kernel sources

The C++ targets come from the sanitized, coverage-instrumented build
(`-DLLVM_USE_SANITIZER="Address;Undefined" -DLLVM_USE_SANITIZE_COVERAGE=ON`,
with leak detection); the frontend target uses the native module of the
plain build. Each target starts from its seed corpus in test/fuzz/TARGET/
(the IR target also reads examples/kernels/ and test/Dialect/Warp/, the
frontend target python-frontend/tests/frontend_cases/) and adds what it
finds to a working corpus in SANITIZE_BUILD/fuzz/TARGET/;
a crash, leak or timeout is saved as test/fuzz/TARGET/crash-* (or leak-*,
timeout-*), where `make check` replays it until it is fixed. `--merge`
then folds the inputs that add coverage back into test/fuzz/TARGET/.
Prints each target's runs, corpus size and findings, and writes them to
SANITIZE_BUILD/fuzz/results.json; exits 1 when anything was found.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sanitizer_env import asan_runtime, sanitizer_env

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "test" / "fuzz"
FINDING = re.compile(r"^(crash|leak|timeout|oom|slow-unit)-")

MAX_LEN = {"ir": 16384, "lowering": 128, "frontend": 8192}
# More seeds, read only: the example kernels and the dialect's own tests
# (their split-input-file cases and expected errors are good IR to start
# from), and the frontend's test kernels.
EXTRA_SEEDS = {
    "ir": [ROOT / "examples" / "kernels", ROOT / "test" / "Dialect" / "Warp"],
    "frontend": [ROOT / "python-frontend" / "tests" / "frontend_cases"],
}


def command_of(target, opts):
    if target == "frontend":
        return [sys.executable, str(ROOT / "python-frontend" / "tests" / "fuzz_frontend.py")]
    return [str(Path(opts.sanitize_build) / "bin" / f"warp-fuzz-{target}")]


def findings(target):
    return sorted(p.name for p in (SEEDS / target).iterdir() if FINDING.match(p.name))


def run_target(target, opts):
    work = Path(opts.sanitize_build) / "fuzz" / target
    work.mkdir(parents=True, exist_ok=True)
    seeds = SEEDS / target
    before = set(findings(target))
    log_path = work.parent / f"{target}.log"
    command = (
        command_of(target, opts)
        + [
            f"-max_total_time={opts.seconds}",
            f"-max_len={MAX_LEN[target]}",
            "-timeout=30",
            "-rss_limit_mb=4096",
            "-print_final_stats=1",
            f"-artifact_prefix={seeds}/",
            str(work),
            str(seeds),
        ]
        + [str(extra) for extra in EXTRA_SEEDS.get(target, [])]
    )
    env = dict(os.environ, WARP_MLIR_BUILD_DIR=str(Path(opts.build).resolve()))
    if target != "frontend":
        env.update(sanitizer_env(asan_runtime(Path(opts.sanitize_build)), leaks=True))
    print(f"== fuzz {target}: {' '.join(command)}", flush=True)
    start = time.monotonic()
    with open(log_path, "w") as log:
        code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    seconds = time.monotonic() - start
    stats = {}
    for line in log_path.read_text(errors="replace").splitlines():
        match = re.match(r"stat::(\w+):\s+(\d+)", line)
        if match:
            stats[match.group(1)] = int(match.group(2))
    new = sorted(set(findings(target)) - before)
    result = {
        "target": target,
        "seconds": round(seconds, 1),
        "exit_code": code,
        "runs": stats.get("number_of_executed_units"),
        "runs_per_second": stats.get("average_exec_per_sec"),
        "new_units": stats.get("new_units_added"),
        "corpus": sum(1 for _ in work.iterdir()),
        "peak_rss_mb": stats.get("peak_rss_mb"),
        "findings": new,
        "log": str(log_path),
    }
    if opts.merge and not new:
        subprocess.call(
            command_of(target, opts)
            + ["-merge=1", f"-max_len={MAX_LEN[target]}", str(seeds), str(work)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        result["seed_corpus"] = sum(1 for p in seeds.iterdir() if not FINDING.match(p.name))
    state = "FOUND " + ", ".join(new) if new else "nothing found"
    print(
        f"== fuzz {target}: {result['runs']} runs in {result['seconds']} s "
        f"({result['runs_per_second']}/s), corpus {result['corpus']}: {state}",
        flush=True,
    )
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seconds", type=int, default=60, help="per target (default 60)")
    ap.add_argument("--targets", default="ir,lowering,frontend", help="comma-separated")
    ap.add_argument("--jobs", type=int, default=2, help="targets run at once (default 2)")
    ap.add_argument("--sanitize-build", default=str(ROOT / "build-sanitize"))
    ap.add_argument("--build", default=str(ROOT / "build"), help="for the frontend target")
    ap.add_argument("--merge", action="store_true", help="fold new coverage into test/fuzz/")
    opts = ap.parse_args()
    targets = [t for t in opts.targets.split(",") if t]
    for target in targets:
        if target not in MAX_LEN:
            ap.error(f"unknown target {target!r} (ir, lowering, frontend)")
        tool = command_of(target, opts)[-1]
        if not Path(tool).exists():
            ap.error(f"{tool} does not exist: build it first (make fuzz builds it)")
    with ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        results = list(pool.map(lambda t: run_target(t, opts), targets))
    out = Path(opts.sanitize_build) / "fuzz" / "results.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    found = [f for r in results for f in r["findings"]]
    total = sum(r["seconds"] for r in results)
    print(f"fuzz: {len(results)} targets, {total:.0f} s in all; {len(found)} findings")
    return 1 if found or any(r["exit_code"] not in (0,) for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
