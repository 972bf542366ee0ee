#!/usr/bin/env python3
"""CPU kernels: warp-mlir's CPU target against warp-lang's own CPU kernels on
the same kernels and inputs (docs/performance.md, "CPU kernels").

  taskset -c 1 python3 bench/cpu/run.py [--build build]
      [--out build-cpubench] [--rounds 10] [--repeat 10] [KERNEL ...]

(taskset: one core for everything, which steadies the times; see
docs/performance.md.)

For each kernel in kernels/ or ../compute/kernels/ (NAME.mlir and NAME.py,
the same operations):

- ours: `warp-translate --warp-to-llvmir NAME.mlir` (LLVM IR with the entry
  NAME_cpu(args), docs/abi.md "CPU entry"), compiled with harness.c by
  `clang-22 -O3 -march=native` (and, as a second variant, `-O2
  -march=native`, warp-lang's own optimization level) into OUT/NAME.O3.bench
  and OUT/NAME.O2.bench. OUT/NAME.O3.s is the assembly, for reading.
- ours, C++ source: `warp-translate --warp-to-cpp NAME.mlir` (the source
  target, docs/source-targets.md), compiled by `clang++-22 -std=c++17 -O2
  -march=native -ffp-contract=off` (warp-lang's compiler, level and -march
  policy; no contraction, as the JIT and warp-lang) and linked with
  harness.c into OUT/NAME.cpp.bench.
- diagnostics (DIAGNOSTICS below; not compiler outputs): the same IR
  edited, or compiled with an LLVM option, to measure what a change to our
  CPU target would give; each at -O3, each alone.
- warp-lang: NAME.py launched with `wp.launch(..., device="cpu")` in release
  mode with warp's default CPU options (its bundled clang at -O2 with
  warp.config.cpu_compiler_flags: -march=native and raised inline
  thresholds). Its generated C++ and object stay in OUT/warp-cache.

Both get the same input bytes (numpy, fixed seeds). Each runs once on them,
and the outputs are compared: integers exactly, floats with
|x - ref| <= RTOL*|ref| + ATOL*max|ref| (ref: warp-lang), reporting the
largest difference in units in the last place. Then, ROUNDS times, round
robin (ours -O3, ours -O2, each diagnostic, warp-lang): one warm-up launch and
REPEAT timed launches of each; harness.c times the call of NAME_cpu with
clock_gettime(CLOCK_MONOTONIC), warp-lang is timed as wp.launch(...) +
wp.synchronize() with time.perf_counter. Reported: the best of all
ROUNDS*REPEAT launches and their median. Launches are single-threaded on
both sides (warp-lang runs a CPU launch as one loop on the calling thread).

Also measures warp-lang's launch overhead: an empty kernel with no
arguments and one with four array arguments, dim=1, 1000 launches each.
"""

import argparse
import datetime
import importlib.util
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KERNEL_DIR = os.path.join(HERE, "kernels")
# The compute benchmark's kernels are shared, not copied.
COMPUTE_KERNEL_DIR = os.path.join(HERE, "..", "compute", "kernels")


def kernel_file(name, suffix):
    """kernels/NAME.SUFFIX here, else the compute benchmark's."""
    path = os.path.join(KERNEL_DIR, name + suffix)
    return path if os.path.exists(path) else os.path.join(COMPUTE_KERNEL_DIR,
                                                          name + suffix)
CLANG = os.environ.get("CLANG", "clang-22")
CLANGXX = os.environ.get("CLANGXX", "clang++-22")
CPP_FLAGS = ["-std=c++17", "-O2", "-march=native", "-ffp-contract=off"]
# Ours at -O3 and at warp-lang's -O2, both with warp-lang's -march policy
# (warp.config.cpu_compiler_flags starts with -march=native).
VARIANTS = [("O3", ["-O3", "-march=native"]), ("O2", ["-O2", "-march=native"])]
# Diagnostics: not compiler outputs. Each is our IR compiled with an extra
# option, at the first variant's flags:
#   unroll  -mllvm -unroll-threshold=4000: constant-trip loops fully
#           unrolled, as warp-lang's code generator unrolls loops of up to
#           max_unroll = 16 trips before clang sees them.
# (Two earlier diagnostics are now what the compiler does: `contig`, the
# kernel specialized for C-contiguous arrays, and `got`, libm called
# through the GOT; docs/performance.md has their measurements.)
DIAGNOSTICS = [  # label, IR edit or None, extra clang flags
    ("unroll", None, ["-mllvm", "-unroll-threshold=4000"]),
]
RTOL = 1e-5
ATOL = 1e-5


# Argument specs, in kernel order:
#   ("array", numpy dtype, components per element, count or None for the
#    launch size, fill, output?)  fill: ("uniform", lo, hi) | ("bits",) |
#    ("coef",) | ("zero",)
#   ("f32", value)
def A(dtype, comps, fill, count=None, out=False):
    return ("array", dtype, comps, count, fill, out)


KERNELS = {
    "math_chain": (1 << 16, [A(np.float32, 1, ("uniform", -4.0, 4.0)),
                             A(np.float32, 1, ("uniform", 0.1, 3.0)),
                             A(np.float32, 1, ("zero",), out=True)]),
    "vec3_geom": (1 << 16, [A(np.float32, 3, ("uniform", -1.0, 1.0)),
                            A(np.float32, 3, ("uniform", -1.0, 1.0)),
                            A(np.float32, 3, ("zero",), out=True),
                            A(np.float32, 1, ("zero",), out=True)]),
    "mat33_solve": (1 << 16, [A(np.float32, 9, ("uniform", -0.3, 0.3)),
                              A(np.float32, 3, ("uniform", -1.0, 1.0)),
                              A(np.float32, 3, ("zero",), out=True),
                              A(np.float32, 1, ("zero",), out=True)]),
    "newton_poly": (1 << 16, [A(np.float32, 1, ("uniform", 0.5, 8.0)),
                              A(np.float32, 1, ("coef",), count=16),
                              A(np.float32, 1, ("zero",), out=True)]),
    "nbody": (1 << 13, [A(np.float32, 3, ("uniform", -1.0, 1.0)),
                        A(np.float32, 3, ("uniform", -1.0, 1.0), count=256),
                        A(np.float32, 1, ("uniform", 0.002, 0.006), count=256),
                        A(np.float32, 3, ("zero",), out=True)]),
    "int_hash": (1 << 17, [A(np.uint32, 1, ("bits",)),
                           A(np.uint32, 1, ("zero",), out=True)]),
    "saxpy": (1 << 23, [("f32", 1.5),
                        A(np.float32, 1, ("uniform", -1.0, 1.0)),
                        A(np.float32, 1, ("uniform", -1.0, 1.0), out=True)]),
}


def sh(cmd):
    return " ".join(shlex.quote(c) for c in cmd)


def run(cmd, log, **kw):
    log.append(sh(cmd))
    return subprocess.run(cmd, check=True, **kw)


def make_inputs(name, n, specs):
    """numpy arrays (flat per element: shape (count, comps)) and scalars."""
    values = []
    for k, spec in enumerate(specs):
        if spec[0] != "array":
            values.append(np.float32(spec[1]))
            continue
        _, dtype, comps, count, fill, _ = spec
        count = n if count is None else count
        rng = np.random.default_rng([sum(map(ord, name)), k])
        shape = (count, comps)
        if fill[0] == "uniform":
            u = rng.random(shape, dtype=np.float32)
            a = (np.float32(fill[1]) + np.float32(fill[2] - fill[1]) * u)
        elif fill[0] == "bits":
            a = rng.integers(0, 2**32, shape, dtype=np.uint64).astype(dtype)
        elif fill[0] == "coef":
            # Horner coefficients of exp's Taylor series, highest power first.
            a = np.array([[1.0 / np.prod(np.arange(1, count - w, dtype=np.float64))]
                          for w in range(count)])
        else:
            a = np.zeros(shape)
        values.append(np.ascontiguousarray(a, dtype=dtype))
    return values


def ordered(a):
    """float32 bits as integers ordered like the floats (for ulp distance)."""
    i = a.view(np.int32).astype(np.int64)
    return np.where(i < 0, -(i & 0x7FFFFFFF), i)


def compare(ours, ref):
    """(ok, text) for one output array."""
    if ref.dtype.kind in "ui":
        bad = int(np.count_nonzero(ours != ref))
        return bad == 0, f"exact: {bad} of {ref.size} differ"
    o, r = ours.ravel(), ref.ravel()
    if not np.all(np.isfinite(r)) or not np.all(np.isfinite(o)):
        nan_ok = np.array_equal(np.isnan(o), np.isnan(r))
        if not nan_ok:
            return False, "non-finite values differ"
    ulp = np.abs(ordered(o) - ordered(r))
    diff = np.abs(o.astype(np.float64) - r.astype(np.float64))
    scale = np.max(np.abs(r)) if r.size else 0.0
    tol = RTOL * np.abs(r.astype(np.float64)) + ATOL * scale
    ok = bool(np.all(diff <= tol))
    return ok, (f"max ulp {int(ulp.max())}, {int(np.count_nonzero(ulp))} of "
                f"{r.size} differ, max abs {diff.max():.3g}")


def stats(times):
    return min(times), statistics.median(times)


def build_ours(name, out, build, log):
    mlir = kernel_file(name, ".mlir")
    ll = os.path.join(out, name + ".ll")
    run([os.path.join(build, "bin", "warp-translate"), "--warp-to-llvmir",
         mlir, "-o", ll], log)
    text = open(ll).read()
    builds = [(label, flags, ll) for label, flags in VARIANTS]
    for label, edit, extra in DIAGNOSTICS:
        src = ll
        if edit:
            src = os.path.join(out, f"{name}.{label}.ll")
            edited, count = edit(name, text)
            with open(src, "w") as f:
                f.write(edited)
            log.append(f"# {src}: diagnostic {label}, "
                       f"{count} edit(s)")
        builds.append((label, [*VARIANTS[0][1], *extra], src))
    exes = {}
    for label, flags, src in builds:
        exe = os.path.join(out, f"{name}.{label}.bench")
        run([CLANG, *flags, "-w", f"-DENTRY={name}_cpu", src,
             os.path.join(HERE, "harness.c"), "-o", exe, "-lm"], log)
        if label != VARIANTS[1][0]:  # assembly to read, all but -O2
            run([CLANG, *flags, "-w", "-S", src, "-o",
                 os.path.join(out, f"{name}.{label}.s")], log)
        exes[label] = exe
    cpp = os.path.join(out, name + ".cpp")
    run([os.path.join(build, "bin", "warp-translate"), "--warp-to-cpp", mlir,
         "-o", cpp], log)
    obj = os.path.join(out, name + ".cpp.o")
    run([CLANGXX, *CPP_FLAGS, "-I", os.path.join(ROOT, "runtime", "include"),
         "-c", cpp, "-o", obj], log)
    exe = os.path.join(out, f"{name}.cpp.bench")
    run([CLANG, *VARIANTS[0][1], "-w", f"-DENTRY={name}_cpu",
         os.path.join(HERE, "harness.c"), obj, "-o", exe, "-lm"], log)
    exes["cpp"] = exe
    return exes


def harness_args(name, n, specs, values, out, with_outputs):
    args = ["--dim", str(n)]
    for k, (spec, v) in enumerate(zip(specs, values)):
        if spec[0] != "array":
            args.append(f"f32:{float(v)!r}")
            continue
        path = os.path.join(out, f"{name}.arg{k}.in")
        v.tofile(path)
        dst = (os.path.join(out, f"{name}.arg{k}.ours") if with_outputs and spec[5]
               else "-")
        args.append(f"array:{v.itemsize * v.shape[1]}:{v.shape[0]}:{path}:{dst}")
    return args


def run_harness(exe, args, repeat):
    p = subprocess.run([exe, *args, "--repeat", str(repeat)], check=True,
                       capture_output=True, text=True)
    for line in p.stdout.splitlines():
        if line.startswith("times_ms"):
            return [float(t) for t in line.split()[1:]]
    sys.exit(f"no times from {exe}: {p.stdout} {p.stderr}")


def load_warp_kernel(name):
    path = kernel_file(name, ".py")
    spec = importlib.util.spec_from_file_location("cpubench_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kernel = getattr(module, name)
    kernel.module.options["enable_backward"] = False  # forward only
    return kernel


def warp_args(wp, specs, values):
    args = []
    for spec, v in zip(specs, values):
        if spec[0] != "array":
            args.append(float(v))
            continue
        comps = spec[2]
        dtype = {1: None, 3: wp.vec3, 9: wp.mat33}[comps]
        if dtype is None:
            args.append(wp.array(v[:, 0], dtype=wp.uint32 if v.dtype == np.uint32
                                 else wp.float32, device="cpu"))
        else:
            data = v.reshape(-1, 3, 3) if comps == 9 else v
            args.append(wp.array(data, dtype=dtype, device="cpu"))
    return args


def time_warp(wp, kernel, n, args, repeat):
    wp.launch(kernel, dim=n, inputs=args, device="cpu")  # warm-up
    wp.synchronize()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        wp.launch(kernel, dim=n, inputs=args, device="cpu")
        wp.synchronize()
        times.append((time.perf_counter() - t0) * 1e3)
    return times


def launch_overhead(wp, out):
    """Best and median ms of wp.launch + wp.synchronize of empty kernels."""
    src = os.path.join(out, "cpubench_empty.py")
    with open(src, "w") as f:
        f.write("import warp as wp\n\n\n@wp.kernel\ndef empty():\n    pass\n\n\n"
                "@wp.kernel\ndef empty4(a: wp.array(dtype=float), b: wp.array(dtype=float),\n"
                "           c: wp.array(dtype=float), d: wp.array(dtype=float)):\n"
                "    pass\n")
    spec = importlib.util.spec_from_file_location("cpubench_empty", src)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    arrays = [wp.zeros(16, dtype=float, device="cpu") for _ in range(4)]
    result = {}
    for label, kernel, inputs in [("empty kernel, no arguments", module.empty, []),
                                  ("empty kernel, 4 array arguments", module.empty4,
                                   arrays)]:
        kernel.module.options["enable_backward"] = False
        result[label] = stats(time_warp(wp, kernel, 1, inputs, 1000))
    return result


def machine_info():
    lines = []
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                lines.append("cpu: " + line.split(":", 1)[1].strip())
                break
    except OSError:
        pass
    lines.append(f"cores: {os.cpu_count()}, this process may run on "
                 f"{sorted(os.sched_getaffinity(0))}  platform: {platform.platform()}")
    clang = subprocess.run([CLANG, "--version"], capture_output=True, text=True)
    lines.append("ours: " + clang.stdout.splitlines()[0])
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build-cpubench"))
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("kernels", nargs="*", default=list(KERNELS))
    opts = ap.parse_args()
    os.makedirs(opts.out, exist_ok=True)
    log = []

    import warp as wp
    wp.config.log_level = wp.LOG_WARNING  # no greeting, no module-load lines
    wp.config.kernel_cache_dir = os.path.join(opts.out, "warp-cache")
    wp.init()

    print(f"# bench/cpu/run.py, {datetime.datetime.now().isoformat(timespec='seconds')}")
    print("# command: " + sh([sys.executable, *sys.argv]))
    for line in machine_info():
        print("# " + line)
    print(f"# warp-lang {wp.__version__}: mode {wp.config.mode}, optimization_level "
          f"{wp.config.optimization_level} (None: -O2 on the CPU), "
          f"cpu_compiler_flags {wp.config.cpu_compiler_flags!r}")
    print(f"# ours: warp-translate --warp-to-llvmir, then {CLANG} "
          + " | ".join(" ".join(f) for _, f in VARIANTS))
    print(f"# rounds {opts.rounds} x repeat {opts.repeat}; best and median of all "
          "timed launches; tolerance rtol {RTOL} atol {ATOL}*max|ref|".format(
              RTOL=RTOL, ATOL=ATOL))
    print()

    rows = []
    all_ok = True
    for name in opts.kernels:
        n, specs = KERNELS[name]
        exes = build_ours(name, opts.out, opts.build, log)
        values = make_inputs(name, n, specs)
        hargs = harness_args(name, n, specs, values, opts.out, True)
        log.append(sh([exes["O3"], *hargs, "--repeat", "0"]))
        for label in exes:
            subprocess.run([exes[label], *hargs, "--repeat", "0"], check=True)
            for k, spec in enumerate(specs):
                if spec[0] == "array" and spec[5]:
                    os.replace(os.path.join(opts.out, f"{name}.arg{k}.ours"),
                               os.path.join(opts.out, f"{name}.arg{k}.{label}"))

        kernel = load_warp_kernel(name)
        wargs = warp_args(wp, specs, values)
        wp.launch(kernel, dim=n, inputs=wargs, device="cpu")
        wp.synchronize()
        for k, spec in enumerate(specs):
            if spec[0] != "array" or not spec[5]:
                continue
            ref = wargs[k].numpy().reshape(values[k].shape)
            for label in exes:
                ours = np.fromfile(os.path.join(opts.out, f"{name}.arg{k}.{label}"),
                                   dtype=ref.dtype).reshape(ref.shape)
                ok, text = compare(ours, ref)
                all_ok &= ok
                print(f"check {name} arg{k} ours-{label} vs warp-lang: "
                      f"{'ok' if ok else 'FAIL'} ({text})")

        # Timing: round robin, fresh warp-lang arguments (saxpy updates y).
        hargs = harness_args(name, n, specs, values, opts.out, False)
        wargs = warp_args(wp, specs, values)
        times = {label: [] for label in exes}
        times["warp"] = []
        for _ in range(opts.rounds):
            for label, exe in exes.items():
                times[label] += run_harness(exe, hargs, opts.repeat)
            times["warp"] += time_warp(wp, kernel, n, wargs, opts.repeat)
        for label, t in times.items():
            print(f"times {name} {label}: " + " ".join(f"{x:.3f}" for x in t))
        rows.append((name, n, {label: stats(t) for label, t in times.items()}))
        sys.stdout.flush()

    overhead = launch_overhead(wp, opts.out)
    print()
    labels = [label for label, _, _ in DIAGNOSTICS]
    print("| Kernel | Launch size | ours -O3 ms | ours -O2 ms | ours C++ ms | "
          "warp-lang ms | warp-lang / ours -O3 | warp-lang / ours -O2 | "
          "warp-lang / ours C++ |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, s in rows:
        w = s["warp"][0]
        print(f"| {name} | {n} | {s['O3'][0]:.3f} | {s['O2'][0]:.3f} | "
              f"{s['cpp'][0]:.3f} | {w:.3f} | {w / s['O3'][0]:.2f} | "
              f"{w / s['O2'][0]:.2f} | {w / s['cpp'][0]:.2f} |")
    print()
    print("Best ms of all timed launches; ratio >= 1: ours at least as fast.")
    print()
    print("Diagnostics (-O3; best ms, warp-lang / diagnostic):")
    print()
    print("| Kernel | ours -O3 | " + " | ".join(labels) + " |")
    print("|---|---:|" + "---:|" * len(labels))
    for name, n, s in rows:
        w = s["warp"][0]
        cells = [f"{s[l][0]:.3f}, {w / s[l][0]:.2f}" for l in ["O3", *labels]]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print("Medians (ms): " + " / ".join(["ours -O3", "ours -O2", "ours C++",
                                         "warp-lang", *labels]))
    for name, n, s in rows:
        print(f"  {name}: " + " / ".join(f"{s[l][1]:.3f}" for l in
                                          ["O3", "O2", "cpp", "warp", *labels]))
    print()
    print("warp-lang launch overhead (wp.launch + wp.synchronize, dim=1, 1000 launches):")
    for label, (best, median) in overhead.items():
        print(f"  {label}: best {best * 1e3:.1f} us, median {median * 1e3:.1f} us")
    print()
    print("Commands (ours; paths relative to the repository root):")
    for line in log:
        print("  " + line.replace(ROOT + os.sep, ""))
    if not all_ok:
        print("\nSOME OUTPUTS DISAGREE")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
