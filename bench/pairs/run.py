#!/usr/bin/env python3
"""Pairs per second and peak memory of warp-pairs against the warp-lang
pipeline it replaces (bench/pairs/README.md).

  python3 bench/pairs/run.py [--n 1000] [--seed 1] [--jobs 2] [--out DIR] [--repeat 1]

In one run:
  1. `warp-pairs -n N --seed S -j JOBS --targets python,mlir,cpp,cuda,ptx,llvm
     -o DIR/pairs.jsonl`, then the same without ptx (DIR/pairs-noptx.jsonl),
     then without ptx for 10*N kernels (DIR/pairs-10x.jsonl, deleted after
     unless --keep-10x) to show whether peak memory grows with N.
  2. warp_lang_pipeline.py on the N kernels of DIR/pairs.jsonl with JOBS
     processes (output in DIR/warp-lang/), then with `--compile 90` on the
     first --compile-n of them (default N/10): warp-lang also compiling each
     module to a CPU object and to sm_90 PTX, the work warp-pairs' PTX and
     LLVM targets stand for (output in DIR/warp-lang-compiled/).
  3. A table on stdout and DIR/results.json: pairs/s of each run, warp-pairs'
     pairs/s over warp-lang's (every target, and every target but PTX;
     every target over the compiling pipeline),
     CPU seconds and peak RSS.

Every step is one child process, timed by wall clock (--repeat R: R runs,
the fastest kept, every run's seconds recorded). Its CPU time and the
peak RSS of its largest process come from os.wait4 (the child's own
rusage; RUSAGE_CHILDREN would keep the largest child of the whole run).
The peak summed PSS of the child's process tree (the pipeline's workers
included; shared pages counted once) is sampled from /proc every 0.1 s.

--skip-warp-pairs runs step 2 alone, on --input FILE (kernels as
make_input.py writes them) or, without --input, on N kernels that
make_input.py generates into DIR/input.jsonl (warp-opt + warp-translate
--warp-to-python, the same kernels warp-pairs generates for N and S). The
results then hold no warp-pairs figures and no ratios.
"""

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EVERY_TARGET = "python,mlir,cpp,cuda,ptx,llvm"
NO_PTX = "python,mlir,cpp,cuda,llvm"


def parents():
    """{pid: ppid} of every process /proc shows."""
    table = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                table[int(name)] = int(f.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
    return table


def pss_kib(pid):
    """Proportional set size: shared pages (warp's library in every worker)
    count once across the processes that map them, as RSS would not."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_kib(root):
    """Summed PSS of `root` and its descendants."""
    children = {}
    for pid, ppid in parents().items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += pss_kib(pid)
        stack.extend(children.get(pid, ()))
    return total


def measure_once(command, log_path, before=None, after=None):
    """Runs `command` to completion: wall seconds, CPU seconds, peak RSS of
    its largest process (wait4) and peak PSS of its whole tree (sampled)."""
    if before is not None:
        before()
    with open(log_path, "w") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        peak_tree = [0]
        done = threading.Event()

        def sample():
            while not done.wait(0.1):
                peak_tree[0] = max(peak_tree[0], tree_pss_kib(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        with open(log_path) as f:
            tail = f.read()[-3000:]
        raise RuntimeError(f"{' '.join(command)} exited with {proc.returncode}:\n{tail}")
    result = {
        "command": command,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "peak_tree_pss_mib": round(peak_tree[0] / 1024, 1),
    }
    if after is not None:
        after(result)
    return result


def measure(command, log_path, repeat, before=None, after=None):
    """The fastest of `repeat` runs (its own CPU time and memory), with every
    run's wall seconds: the machine may be shared."""
    runs = [measure_once(command, log_path, before, after) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    best["all_seconds"] = [r["seconds"] for r in runs]
    return best


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def with_rates(result, pairs):
    result["pairs"] = pairs
    result["pairs_per_second"] = round(pairs / result["seconds"], 2)
    result["pairs_per_cpu_second"] = round(pairs / result["cpu_seconds"], 2)
    return result


def run_warp_pairs(opts, n, targets, output, name):
    command = [opts.warp_pairs, "-n", str(n), "--seed", str(opts.seed), "-j", str(opts.jobs)]
    command += ["--targets", targets, "-o", output]
    print(f"# {name}: {' '.join(command)}", flush=True)

    def before():
        """warp-pairs refuses to replace an existing OUT."""
        if os.path.exists(output):
            os.remove(output)

    def after(result):
        result["output_bytes"] = os.path.getsize(output)
        with_rates(result, count_lines(output))

    return measure(command, os.path.join(opts.out, name + ".log"), opts.repeat, before, after)


def run_warp_lang(opts, input_path, name, limit, extra=()):
    out_dir = os.path.join(opts.out, name)
    command = [sys.executable, os.path.join(HERE, "warp_lang_pipeline.py"), "--input", input_path]
    command += ["--out", out_dir, "--jobs", str(opts.jobs), "--limit", str(limit), *extra]
    print(f"# {name}: {' '.join(command)}", flush=True)

    def before():
        """No sample files left from an earlier, larger run."""
        shutil.rmtree(out_dir, ignore_errors=True)

    def after(result):
        with open(os.path.join(out_dir, "stats.json")) as f:
            stats = json.load(f)
        result["failures"] = stats["failures"]
        result["pipeline_seconds"] = stats["seconds"]
        result["average_cpp_lines"] = stats["average_cpp_lines"]
        result["average_cuda_lines"] = stats["average_cuda_lines"]
        with_rates(result, stats["total_samples"])

    return measure(command, os.path.join(opts.out, name + ".log"), opts.repeat, before, after)


def print_table(runs, ratios):
    print("| Run | pairs | s | pairs/s | CPU s | pairs/CPU s | peak RSS MiB | tree PSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in runs.items():
        print(
            f"| {name} | {r['pairs']} | {r['seconds']:.2f} | {r['pairs_per_second']:.1f} | "
            f"{r['cpu_seconds']:.2f} | {r['pairs_per_cpu_second']:.1f} | "
            f"{r['peak_rss_mib']:.0f} | {r['peak_tree_pss_mib']:.0f} |"
        )
    for name, ratio in ratios.items():
        print(f"{name}: {ratio:.1f}x")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="kernels (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--jobs", type=int, default=2, help="threads / processes (default 2)")
    ap.add_argument(
        "--out",
        default=os.path.join(tempfile.gettempdir(), "bench-pairs"),
        help="output folder (default: bench-pairs in the temporary folder)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs of each step, fastest kept")
    ap.add_argument(
        "--warp-pairs",
        default=os.path.join(REPO, "build", "bin", "warp-pairs"),
        help="warp-pairs binary (default build/bin/warp-pairs of this repository)",
    )
    ap.add_argument("--skip-warp-pairs", action="store_true", help="the warp-lang pipeline only")
    ap.add_argument("--input", help="with --skip-warp-pairs: the kernels' JSONL")
    ap.add_argument("--keep-10x", action="store_true", help="keep DIR/pairs-10x.jsonl")
    ap.add_argument(
        "--compile-n",
        type=int,
        help="kernels for the compiling warp-lang pipeline (default N/10; 0 skips it)",
    )
    opts = ap.parse_args()
    if opts.compile_n is None:
        opts.compile_n = max(1, opts.n // 10)
    if opts.input and not opts.skip_warp_pairs:
        ap.error("--input goes with --skip-warp-pairs (otherwise warp-pairs writes the input)")
    if not opts.skip_warp_pairs and not os.access(opts.warp_pairs, os.X_OK):
        ap.error(f"no warp-pairs at {opts.warp_pairs} (--warp-pairs PATH, or --skip-warp-pairs)")
    opts.out = os.path.abspath(opts.out)
    os.makedirs(opts.out, exist_ok=True)

    runs, ratios = {}, {}
    load_before = os.getloadavg()
    if opts.skip_warp_pairs:
        input_path = opts.input
        if input_path is None:
            input_path = os.path.join(opts.out, "input.jsonl")
            subprocess.run(
                [sys.executable, os.path.join(HERE, "make_input.py"), "--n", str(opts.n)]
                + ["--seed", str(opts.seed), "-o", input_path],
                check=True,
            )
    else:
        input_path = os.path.join(opts.out, "pairs.jsonl")
        runs["warp-pairs, every target"] = run_warp_pairs(
            opts, opts.n, EVERY_TARGET, input_path, "warp-pairs"
        )
        runs["warp-pairs, no PTX"] = run_warp_pairs(
            opts, opts.n, NO_PTX, os.path.join(opts.out, "pairs-noptx.jsonl"), "warp-pairs-noptx"
        )
        big = os.path.join(opts.out, "pairs-10x.jsonl")
        runs["warp-pairs, no PTX, 10N"] = run_warp_pairs(
            opts, 10 * opts.n, NO_PTX, big, "warp-pairs-10x"
        )
        if not opts.keep_10x:
            os.remove(big)
    runs["warp-lang pipeline"] = run_warp_lang(opts, input_path, "warp-lang", opts.n)
    if opts.compile_n > 0:
        runs["warp-lang pipeline, compiled"] = run_warp_lang(
            opts, input_path, "warp-lang-compiled", opts.compile_n, ["--compile", "90"]
        )
    load_after = os.getloadavg()

    if not opts.skip_warp_pairs:
        baseline = runs["warp-lang pipeline"]["pairs_per_second"]
        ratios["warp-pairs / warp-lang, every target"] = round(
            runs["warp-pairs, every target"]["pairs_per_second"] / baseline, 2
        )
        ratios["warp-pairs / warp-lang, no PTX"] = round(
            runs["warp-pairs, no PTX"]["pairs_per_second"] / baseline, 2
        )
        if opts.compile_n > 0:
            ratios["warp-pairs / warp-lang compiling, every target"] = round(
                runs["warp-pairs, every target"]["pairs_per_second"]
                / runs["warp-lang pipeline, compiled"]["pairs_per_second"],
                2,
            )
        ratios["peak RSS 10N / N, no PTX"] = round(
            runs["warp-pairs, no PTX, 10N"]["peak_rss_mib"]
            / runs["warp-pairs, no PTX"]["peak_rss_mib"],
            2,
        )
    print(
        f"# bench/pairs/run.py: n {opts.n}, seed {opts.seed}, jobs {opts.jobs}, "
        f"best of {opts.repeat}; "
        f"{os.cpu_count()} cores; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    print_table(runs, ratios)
    results = {
        "config": {
            "n": opts.n,
            "compile_n": opts.compile_n,
            "seed": opts.seed,
            "jobs": opts.jobs,
            "repeat": opts.repeat,
            "cores": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": load_after,
            "warp_pairs": None if opts.skip_warp_pairs else opts.warp_pairs,
            "input": input_path,
            "python": platform.python_version(),
            "warp_lang": importlib.metadata.version("warp-lang"),
        },
        "runs": runs,
        "ratios": ratios,
    }
    with open(os.path.join(opts.out, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
