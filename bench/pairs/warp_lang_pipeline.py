#!/usr/bin/env python3
"""Python -> C++/CUDA pairs through warp-lang's own code generator: the
Python pipeline warp-pairs replaces, as a baseline.

  python3 bench/pairs/warp_lang_pipeline.py --input pairs.jsonl --out DIR [--jobs 2]

Input: JSONL whose lines hold `python` (a standalone module: `import warp as
wp`, `@wp.func` helpers and one `@wp.kernel`), `kernel_name` and `strategy`
(warp-pairs output, or make_input.py's). As the original pipeline does, each
kernel's source is saved to a temporary file and imported with importlib,
and warp-lang generates its CPU C++ and its CUDA C++ source (no GPU needed):
`warp._src.context.ModuleBuilder` builds the kernel's module (adjoints of
the kernel and its helpers) with warp's resolved default options, then
`builder.codegen("cpu")` and `builder.codegen("cuda")` print it, the source
`Module._compile` hands to a compiler. One build serves both devices (the
output is the same; `--build-per-device` builds once per device, as
`Module._compile` does). Work is spread over `--jobs` processes
(multiprocessing, spawn).

`--compile ARCH` also has warp-lang make what warp-pairs' PTX and LLVM
targets stand for: `wp.compile_aot_module(module, device="cpu", arch=ARCH,
use_ptx=True)` compiles the kernel's module to a native CPU object (warp's
own clang) and to PTX for sm_ARCH (NVRTC, no GPU needed), into a scratch
folder; the PTX text goes into the sample. Output: DIR/dataset.jsonl,
one DIR/samples/sample_<index>.json per pair, and DIR/stats.json (strategy
distribution, average line counts, pairs/s).
"""

import argparse
import importlib.util
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time

_TEMP_DIR = None
_SAMPLES_DIR = None
_OPTIONS = {}


def _init_worker(temp_dir, samples_dir, options):
    """Each spawned worker imports and initializes warp once, as the original
    batch generator's workers did."""
    global _TEMP_DIR, _SAMPLES_DIR, _OPTIONS
    _TEMP_DIR, _SAMPLES_DIR, _OPTIONS = temp_dir, samples_dir, options
    import warp as wp

    wp.config.quiet = True
    wp.init()


def load_kernel(source, kernel_name, module_name):
    """Saves `source` to a file and imports it: warp-lang reads a kernel's
    source through `inspect`, so it cannot come from `exec` of a string."""
    path = os.path.join(_TEMP_DIR, module_name + ".py")
    with open(path, "w") as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[module_name]
        os.remove(path)
    return getattr(module, kernel_name)


def module_builder(kernel, device=None):
    """A built `ModuleBuilder` for the kernel's module with warp's resolved
    default options (backward on unless --forward-only). `device` only sets
    `output_arch`, which matters to tile/LTO builtins these kernels lack."""
    import warp as wp
    from warp._src.context import ModuleBuilder

    options = kernel.module.resolve_options(wp.config)
    if _OPTIONS.get("forward_only"):
        options["enable_backward"] = False
    options["output_arch"] = 90 if device == "cuda" else None
    return ModuleBuilder(kernel.module, options, target=device)


def generate_sources(kernel):
    """(C++ source, CUDA C++ source) as warp-lang would compile them."""
    if _OPTIONS.get("build_per_device"):
        return tuple(module_builder(kernel, d).codegen(d) for d in ("cpu", "cuda"))
    builder = module_builder(kernel)
    return builder.codegen("cpu"), builder.codegen("cuda")


def compile_targets(kernel, arch):
    """(PTX text, CPU object size in bytes): warp-lang compiling the kernel's
    module for the CPU and for sm_`arch`, as a launch would, in a scratch
    folder so that no kernel cache answers instead."""
    import warp as wp

    if _OPTIONS.get("forward_only"):
        kernel.module.options["enable_backward"] = False
    module_dir = tempfile.mkdtemp(dir=_TEMP_DIR)
    try:
        cpu_object, ptx = wp.compile_aot_module(
            kernel.module, device="cpu", arch=arch, module_dir=module_dir, use_ptx=True
        )
        with open(ptx) as f:
            return f.read(), os.path.getsize(cpu_object)
    finally:
        shutil.rmtree(module_dir, ignore_errors=True)


def synthesize(item):
    """One pair: import, generate cpu and cuda source, save its JSON file."""
    index, record = item
    sample_id = record.get("id", index)
    kernel_name = record["kernel_name"]
    sample = {"id": sample_id, "kernel_name": kernel_name, "strategy": record.get("strategy")}
    try:
        kernel = load_kernel(record["python"], kernel_name, f"pair_{index}_{kernel_name}")
        sample["python_code"] = record["python"]
        sample["cpp_code"], sample["cuda_code"] = generate_sources(kernel)
        if _OPTIONS.get("compile"):
            sample["ptx_code"], sample["cpu_object_bytes"] = compile_targets(
                kernel, _OPTIONS["compile"]
            )
    except Exception as e:  # a failed kernel is counted, not fatal
        return {"id": sample_id, "kernel_name": kernel_name, "error": f"{type(e).__name__}: {e}"}
    with open(os.path.join(_SAMPLES_DIR, f"sample_{index:06d}.json"), "w") as f:
        json.dump(sample, f, indent=2)
    return sample


def read_records(path, limit):
    """(index, record) for the input's first `limit` lines, keeping only the
    fields a worker needs (a warp-pairs line also holds every target)."""
    with open(path) as f:
        for index, line in enumerate(f):
            if limit is not None and index >= limit:
                return
            record = json.loads(line)
            keep = {
                k: record[k] for k in ("id", "kernel_name", "strategy", "python") if k in record
            }
            yield index, keep


def line_count(text):
    return text.count("\n") + 1


def compute_stats(rows, failures, seconds, jobs):
    """The original compute_stats figures (strategy distribution, average
    line counts) from (strategy, python, cpp, cuda, ptx line counts) rows, plus
    the rate this run reached."""
    n = len(rows)
    strategies = {}
    for row in rows:
        strategies[row[0]] = strategies.get(row[0], 0) + 1

    def average(column):
        return round(sum(row[column] for row in rows) / n, 2) if n else 0.0

    return {
        "total_samples": n,
        "failures": len(failures),
        "failed": failures[:20],
        "strategy_distribution": {
            name: {"count": count, "percent": round(100.0 * count / n, 2)}
            for name, count in sorted(strategies.items(), key=lambda kv: (-kv[1], kv[0]))
        },
        "average_python_lines": average(1),
        "average_cpp_lines": average(2),
        "average_cuda_lines": average(3),
        "average_ptx_lines": average(4),
        "jobs": jobs,
        "seconds": round(seconds, 3),
        "pairs_per_second": round(n / seconds, 2) if seconds > 0 else None,
    }


def run(input_path, out_dir, jobs, limit=None, chunksize=4, options=None):
    """The whole pipeline, timed from before the pool starts to the stats:
    the workers' start (interpreter, `import warp`, `wp.init()`) is part of
    what a run costs."""
    start = time.perf_counter()
    samples_dir = os.path.join(out_dir, "samples")
    os.makedirs(samples_dir, exist_ok=True)
    temp_dir = tempfile.mkdtemp(prefix="warp_lang_pipeline_")
    rows, failures = [], []
    try:
        context = multiprocessing.get_context("spawn")
        init_args = (temp_dir, samples_dir, options or {})
        pool = context.Pool(jobs, initializer=_init_worker, initargs=init_args)
        with pool, open(os.path.join(out_dir, "dataset.jsonl"), "w") as dataset:
            for result in pool.imap(synthesize, read_records(input_path, limit), chunksize):
                if "error" in result:
                    failures.append(result)
                    continue
                dataset.write(json.dumps(result) + "\n")
                rows.append(
                    (result["strategy"],)
                    + tuple(
                        line_count(result.get(k, ""))
                        for k in ("python_code", "cpp_code", "cuda_code", "ptx_code")
                    )
                )
    finally:
        shutil.rmtree(temp_dir, ignore_errors=True)
    seconds = time.perf_counter() - start
    stats = compute_stats(rows, failures, seconds, jobs)
    stats["options"] = options or {}
    with open(os.path.join(out_dir, "stats.json"), "w") as f:
        json.dump(stats, f, indent=2)
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--input", required=True, help="JSONL of kernels (python, kernel_name, strategy)"
    )
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--limit", type=int, help="only the first LIMIT kernels")
    ap.add_argument("--chunksize", type=int, default=4, help="kernels per task (default 4)")
    ap.add_argument(
        "--forward-only",
        action="store_true",
        help="enable_backward=False (not the original's setting: warp's default emits adjoints)",
    )
    ap.add_argument(
        "--build-per-device",
        action="store_true",
        help="one ModuleBuilder per device, as Module._compile does (slower, same output)",
    )
    ap.add_argument(
        "--compile",
        type=int,
        metavar="ARCH",
        help="also compile each module: CPU object (warp's clang) and PTX for sm_ARCH (NVRTC)",
    )
    opts = ap.parse_args()
    options = {
        "forward_only": opts.forward_only,
        "build_per_device": opts.build_per_device,
        "compile": opts.compile,
    }
    stats = run(opts.input, opts.out, opts.jobs, opts.limit, opts.chunksize, options)
    print(json.dumps({k: v for k, v in stats.items() if k != "failed"}, indent=2))
    for failure in stats["failed"]:
        print(f"failed: {failure['kernel_name']}: {failure['error']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
