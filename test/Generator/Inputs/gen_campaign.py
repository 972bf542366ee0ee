#!/usr/bin/env python3
"""Checks on the output of `warp-opt --gen-random-kernels` (docs/generator.md).

  gen_campaign.py split FILE DIR          one module per kernel (with helpers)
  gen_campaign.py translate FILE WARP_TRANSLATE [--jobs N]
        every kernel through --warp-to-llvmir, --warp-to-ptx, --warp-to-cpp
  gen_campaign.py distribution FILE LIST [--sigmas S]
        strategy counts against the weights of `list-strategies` output LIST
  gen_campaign.py size FILE TARGET        every kernel's ops within 25%
  gen_campaign.py execute FILE WARP_RUN OUTDIR [--jobs N]
        every kernel run on the CPU by warp-run --check-bounds on the inputs
        --seed draws (the generator's declared ranges): no index out of
        bounds, and every float output finite
"""

import argparse
import collections
import concurrent.futures
import math
import os
import re
import subprocess
import sys
import tempfile

KERNEL_RE = re.compile(r"^  warp\.(kernel|func) @(gen_\d+)")
STRATEGY_RE = re.compile(r'strategy = "([a-z0-9_]+)"')
OPS_RE = re.compile(r"\bops = (\d+)")


def split_kernels(text):
    """{kernel name: module text} grouping each kernel with its helpers."""
    groups = collections.OrderedDict()
    current = None
    for line in text.splitlines():
        m = KERNEL_RE.match(line)
        if m:
            current = m.group(2)
            groups.setdefault(current, [])
        if current is not None:
            groups[current].append(line)
            if line == "  }":
                current = None
    return {k: "module {\n" + "\n".join(v) + "\n}\n" for k, v in groups.items()}


def kernel_headers(text):
    return [l for l in text.splitlines() if l.startswith("  warp.kernel @")]


def cmd_split(args):
    os.makedirs(args.dir, exist_ok=True)
    for name, module in split_kernels(open(args.file).read()).items():
        with open(os.path.join(args.dir, name + ".mlir"), "w") as f:
            f.write(module)


def translate_one(tool, name, module, tmp):
    path = os.path.join(tmp, name + ".mlir")
    with open(path, "w") as f:
        f.write(module)
    failures = []
    for flag in ("--warp-to-llvmir", "--warp-to-ptx", "--warp-to-cpp"):
        r = subprocess.run([tool, flag, path, "-o", os.devnull],
                           capture_output=True, text=True)
        if r.returncode != 0:
            failures.append("%s %s: %s" % (name, flag,
                                           r.stderr.strip()[:400]))
    return failures


def cmd_translate(args):
    kernels = split_kernels(open(args.file).read())
    failures = []
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(translate_one, args.tool, n, m, tmp)
                   for n, m in kernels.items()]
        for fut in futures:
            failures += fut.result()
    for f in failures:
        print("FAIL", f)
    print("translated %d kernels to 3 targets: %d failures"
          % (len(kernels), len(failures)))
    return 1 if failures else 0


LAUNCH_RE = re.compile(r"launch_dims = \[([0-9, ]+)\]")


# A generated kernel runs in milliseconds; one still running after this
# long does not terminate.
RUN_TIMEOUT = 60


def execute_one(warp_run, outdir, name, module):
    import numpy as np
    path = os.path.join(outdir, name + ".mlir")
    with open(path, "w") as f:
        f.write(module)
    dims = LAUNCH_RE.search(module).group(1).replace(" ", "")
    results = os.path.join(outdir, name)
    try:
        r = subprocess.run([warp_run, path, "--kernel", name, "--dim", dims,
                            "--seed", "1", "--check-bounds", "--outputs",
                            results], capture_output=True, text=True,
                           timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return ["%s: did not finish in %d s" % (name, RUN_TIMEOUT)]
    if r.returncode != 0:
        return ["%s: warp-run failed: %s" % (name, r.stderr.strip()[:400])]
    failures = []
    for npy in sorted(os.listdir(results)):
        data = np.load(os.path.join(results, npy))
        if data.dtype.kind == "f" and not np.isfinite(data).all():
            failures.append("%s: %s has %d non-finite values"
                            % (name, npy, int((~np.isfinite(data)).sum())))
    return failures


def cmd_execute(args):
    kernels = split_kernels(open(args.file).read())
    os.makedirs(args.outdir, exist_ok=True)
    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(execute_one, args.warp_run, args.outdir, n, m)
                   for n, m in kernels.items()]
        for fut in futures:
            failures += fut.result()
    for f in failures:
        print("FAIL", f)
    print("ran %d kernels with bounds checks: %d failures"
          % (len(kernels), len(failures)))
    return 1 if failures else 0


def cmd_distribution(args):
    weights = {}
    for line in open(args.list):
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            weights[parts[0]] = int(parts[1])
    counts = collections.Counter(
        STRATEGY_RE.search(h).group(1) for h in kernel_headers(
            open(args.file).read()))
    n = sum(counts.values())
    total = sum(weights.values())
    bad = 0
    for name, w in weights.items():
        p = w / total
        expected = n * p
        sigma = math.sqrt(n * p * (1 - p)) or 1
        ok = abs(counts[name] - expected) <= args.sigmas * sigma
        bad += not ok
        print("%-18s weight %3d expected %7.1f got %5d %s"
              % (name, w, expected, counts[name], "ok" if ok else "OFF"))
    unknown = set(counts) - set(weights)
    if unknown:
        print("unknown strategies:", sorted(unknown))
        bad += 1
    print("distribution of %d kernels: %s" % (n, "OK" if not bad else "BAD"))
    return 1 if bad else 0


def cmd_size(args):
    headers = kernel_headers(open(args.file).read())
    target = args.target
    bad = [h.split("(")[0].strip() for h in headers
           if not 0.75 * target <= int(OPS_RE.search(h).group(1)) <= 1.25 * target]
    sizes = [int(OPS_RE.search(h).group(1)) for h in headers]
    print("sizes of %d kernels: min %d max %d mean %.1f (target %d): %d outside 25%%"
          % (len(sizes), min(sizes), max(sizes), sum(sizes) / len(sizes),
             target, len(bad)))
    for b in bad[:20]:
        print("OUTSIDE", b)
    return 1 if len(bad) > args.allow else 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("split")
    s.add_argument("file")
    s.add_argument("dir")
    s = sub.add_parser("translate")
    s.add_argument("file")
    s.add_argument("tool")
    s.add_argument("--jobs", type=int, default=os.cpu_count())
    s = sub.add_parser("distribution")
    s.add_argument("file")
    s.add_argument("list")
    s.add_argument("--sigmas", type=float, default=4.5)
    s = sub.add_parser("size")
    s.add_argument("file")
    s.add_argument("target", type=int)
    s.add_argument("--allow", type=int, default=0,
                   help="kernels allowed outside 25%%")
    s = sub.add_parser("execute")
    s.add_argument("file")
    s.add_argument("warp_run")
    s.add_argument("outdir")
    s.add_argument("--jobs", type=int, default=os.cpu_count())
    args = p.parse_args()
    return {"split": cmd_split, "translate": cmd_translate,
            "distribution": cmd_distribution, "size": cmd_size,
            "execute": cmd_execute}[args.cmd](args) or 0


if __name__ == "__main__":
    sys.exit(main())
