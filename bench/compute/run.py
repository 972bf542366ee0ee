#!/usr/bin/env python3
"""The compute-heavy benchmark: kernels compiled by warp-mlir against the
same kernels in warp-lang (its own generated CUDA) and in hand-written CUDA
C++ (docs/performance.md, "Compute-heavy kernels").

  run.py prepare BUILD OUTDIR
      Here, with no GPU: compiles kernels/NAME.mlir to OUTDIR/NAME.ptx with
      BUILD/bin/warp-translate; generates warp-lang's CUDA source for
      kernels/NAME.py with warp's code generator and builds it twice, with
      nvcc -O3 against the headers in the warp package (linked into the
      harness) and with warp's own NVRTC path (OUTDIR/NAME.warp_nvrtc.cubin);
      compiles kernels/NAME.cu (hand-written) and harness.cu with nvcc -O3
      into OUTDIR/compute-bench; writes OUTDIR/run.sh. Also writes the
      diagnostic variants of our PTX (DIAGNOSTICS below) and
      OUTDIR/ptx_variants.txt, which lists them. PTX of every variant, for
      reading, goes to OUTDIR/ptx/; every command run, to OUTDIR/BUILD.txt.
  bash OUTDIR/run.sh RESULTS_DIR
      On the GPU machine (needs only the NVIDIA driver): runs compute-bench,
      which checks that the variants agree and times them;
      RESULTS_DIR/compute.txt and RESULTS_DIR/device.txt.
  run.py report OUTDIR RESULTS_DIR
      Prints a markdown table: per kernel, the best time of each variant and
      the ratios warp-lang / ours and hand / ours (>= 1: ours is as fast).

Environment: NVCC (default /usr/local/cuda/bin/nvcc).
"""

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL_DIR = os.path.join(HERE, "kernels")
# The order of harness.cu's KERNELS list.
KERNELS = ["math_chain", "vec3_geom", "mat33_solve", "newton_poly", "nbody",
           "int_hash"]
NVCC = os.environ.get("NVCC", "/usr/local/cuda/bin/nvcc")
ARCH = 90
REPEAT = 30
MAIN = ["ours", "warp-nvcc", "warp-nvrtc", "hand"]

# Diagnostics: our PTX edited, or built with an LLVM option, to measure
# what a compiler change would give. Not compiler outputs; the edits are
# sound for these kernels only (every array is 1-D and contiguous, and no
# kernel reads an array it writes). Cumulative, in this order:
#   fma     mul/add/sub.rn.f32 -> .f32: ptxas may contract into fma, as it
#           does nvcc's PTX (--fmad=true).
#   contig  each array's stride parameter replaced by its element size, as
#           if the compiler specialised for contiguous arrays.
#   unroll  warp-translate --unroll-partial-threshold=300: LLVM's runtime
#           unrolling, which NVPTX limits to loops of cost < 75.
#   nc      ld.global.b32 -> ld.global.nc.b32 (read-only data cache).
DIAGNOSTICS = [  # label, file suffix, warp-translate flags, edits
    ("ours-unroll", "diag_unroll", ["--unroll-partial-threshold=300"], []),
    ("ours-fma", "diag_fma", [], ["fma"]),
    ("ours-fma-contig", "diag_fma_contig", [], ["fma", "contig"]),
    ("ours-fma-contig-unroll", "diag_fma_contig_unroll",
     ["--unroll-partial-threshold=300"], ["fma", "contig"]),
    ("ours-fma-contig-unroll-nc", "diag_fma_contig_unroll_nc",
     ["--unroll-partial-threshold=300"], ["fma", "contig", "nc"]),
]
VARIANTS = MAIN + [d[0] for d in DIAGNOSTICS]
# Element bytes of each kernel's array arguments, in order.
ELEM_BYTES = {"math_chain": [4, 4, 4], "vec3_geom": [12, 12, 12, 4],
              "mat33_solve": [36, 12, 12, 4], "newton_poly": [4, 4, 4],
              "nbody": [12, 12, 4, 12], "int_hash": [4, 4]}
FMA_EDIT = re.compile(r"\b(mul|add|sub)\.rn\.f32\b")
NC_EDIT = re.compile(r"\bld\.global\.b32\b")


def edit_ptx(name, ptx, edits):
    """Applies the diagnostic edits; returns the PTX and a count of each."""
    counts = {}
    if "fma" in edits:
        ptx, counts["fma"] = FMA_EDIT.subn(r"\1.f32", ptx)
    if "contig" in edits:
        stride = re.compile(r"ld\.param\.b64(\s+)(%rd\d+), \[" + name +
                            r"_param_(\d+)\+16\];")
        ptx, counts["contig"] = stride.subn(
            lambda m: f"mov.b64{m[1]}{m[2]}, {ELEM_BYTES[name][int(m[3]) - 1]};",
            ptx)
    if "nc" in edits:
        ptx, counts["nc"] = NC_EDIT.subn("ld.global.nc.b32", ptx)
    return ptx, counts

# nvcc flags for warp-lang's source: warp's NVRTC options
# (warp/native/warp.cu, wp_cuda_compile_program, release mode, O3, fuse_fp,
# no fast_math), as far as nvcc has them.
WARP_FLAGS = ["-std=c++17", "-DNDEBUG", "-UWP_VERIFY_FP",
              "-DWP_ENABLE_MATHDX=0", "-DWP_ENABLE_CUDA=1", "--fmad=true",
              "-extra-device-vectorization", "-restrict",
              "-diag-suppress=68,177,550,2361"]
HAND_FLAGS = ["-std=c++17"]


def run(cmd, log):
    log.append(" ".join(shlex.quote(c) for c in cmd))
    subprocess.run(cmd, check=True)


def warp_sources(outdir, log):
    """For each kernel: warp-lang's CUDA source (as warp compiles it), the
    entry name, the argument C types, and the NVRTC cubin and PTX."""
    import importlib.util
    import warp as wp
    wp.config.quiet = True
    wp.init()
    info = {"warp": wp.__version__}
    result = {}
    for name in KERNELS:
        path = os.path.join(KERNEL_DIR, name + ".py")
        spec = importlib.util.spec_from_file_location("bench_" + name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        kernel = getattr(module, name)
        # Forward only, as for a kernel that is never differentiated.
        kernel.module.options["enable_backward"] = False
        with tempfile.TemporaryDirectory() as tmp:
            # warp's own build: NVRTC, sm_90 cubin (what warp runs on an
            # H100), and PTX to read.
            kernel.module._compile(device=None, output_dir=tmp,
                                   output_name=f"{name}.cubin",
                                   output_arch=ARCH, use_ptx=False)
            kernel.module._compile(device=None, output_dir=tmp,
                                   output_name=f"{name}.ptx",
                                   output_arch=ARCH, use_ptx=True)
            sources = glob.glob(os.path.join(tmp, "*.cu"))
            if len(sources) != 1:
                sys.exit(f"prepare: expected one .cu from warp for {name}, "
                         f"got {sources}")
            source = open(sources[0]).read()
            shutil.copy(os.path.join(tmp, f"{name}.cubin"),
                        os.path.join(outdir, f"{name}.warp_nvrtc.cubin"))
            shutil.copy(os.path.join(tmp, f"{name}.ptx"),
                        os.path.join(outdir, "ptx", f"{name}.warp_nvrtc.ptx"))
        log.append(f"# {name}: warp {wp.__version__} Module._compile("
                   f"output_arch={ARCH}) -> {name}.warp_nvrtc.cubin")
        entries = re.findall(r'extern "C" __global__ void (\w+_cuda_kernel_forward)\(',
                             source)
        if len(entries) != 1:
            sys.exit(f"prepare: expected one forward kernel for {name}: {entries}")
        args = [(a.label, a.ctype()) for a in kernel.adj.args]
        result[name] = (source, entries[0], args)
    return info, result


def glue(name, entry, args):
    """The harness's entry points, appended to warp-lang's source."""
    lines = [
        "",
        "// ---- appended by bench/compute/run.py: entry points for harness.cu ----",
        "// warp's source defines int(x) and float(x) as macros.",
        "#undef int",
        "#undef float",
        "#include <new>",
        "#include <type_traits>",
        '#include "bench.h"',
        f'extern "C" const void *warp_{name}_kernel(void) {{ return (const void *)&{entry}; }}',
        f'extern "C" const char *warp_{name}_entry(void) {{ return "{entry}"; }}',
        f'extern "C" int warp_{name}_params(const BenchArg *args, int n, void *storage, void **params) {{',
        "  char *p = (char *)storage;",
        "  auto *dim = new (p) wp::launch_bounds_t<1>();",
        "  dim->shape[0] = n;",
        "  dim->size = size_t(n);",
        "  dim->coord_mult = 1;",
        "  params[0] = dim;",
        "  p += 64;",
    ]
    for i, (label, ctype) in enumerate(args):
        if not ctype.startswith("wp::array_t<"):
            sys.exit(f"prepare: {name}: argument {label} is not an array")
        lines += [
            f"  {{  // {label}",
            f"    typedef {ctype} A;",
            "    typedef std::remove_pointer<decltype(A::data)>::type T;",
            "    static_assert(sizeof(A) <= 64, \"array_t fits its slot\");",
            f"    if (sizeof(T) != size_t(args[{i}].elemBytes)) return -1;",
            f"    params[{i + 1}] = new (p) A((T *)args[{i}].data, args[{i}].n);",
            "    p += 64;",
            "  }",
        ]
    lines += [f"  return {len(args) + 1};", "}", ""]
    return "\n".join(lines)


def prepare(build, outdir):
    import warp
    warp_native = os.path.join(os.path.dirname(warp.__file__), "native")
    outdir = os.path.abspath(outdir)
    src = os.path.join(outdir, "src")
    ptxdir = os.path.join(outdir, "ptx")
    for d in (outdir, src, ptxdir):
        os.makedirs(d, exist_ok=True)
    log = [f"# bench/compute/run.py prepare {build} {outdir}"]
    translate = os.path.join(build, "bin", "warp-translate")
    arch = f"-arch=sm_{ARCH}"

    # Ours.
    for name in KERNELS:
        run([translate, "--warp-to-ptx", os.path.join(KERNEL_DIR, name + ".mlir"),
             "-o", os.path.join(outdir, name + ".ptx")], log)
        shutil.copy(os.path.join(outdir, name + ".ptx"),
                    os.path.join(ptxdir, name + ".ours.ptx"))
        for label, suffix, flags, edits in DIAGNOSTICS:
            path = os.path.join(outdir, f"{name}.{suffix}.ptx")
            run([translate, "--warp-to-ptx"] + flags +
                [os.path.join(KERNEL_DIR, name + ".mlir"), "-o", path], log)
            with open(path) as f:
                ptx, counts = edit_ptx(name, f.read(), edits)
            with open(path, "w") as f:
                f.write(ptx)
            log.append(f"# {label}: edits {counts}")
    with open(os.path.join(outdir, "ptx_variants.txt"), "w") as f:
        for label, suffix, _, _ in DIAGNOSTICS:
            f.write(f"{label} {suffix}\n")

    # warp-lang.
    info, sources = warp_sources(outdir, log)
    objects = []
    for name in KERNELS:
        source, entry, args = sources[name]
        # The source is written for NVRTC, which has no C runtime headers
        # (WP_NO_CRT); nvcc includes them, so crt.h must use them too.
        source = source.replace("#define WP_NO_CRT\n", "", 1)
        cu = os.path.join(src, f"warp_{name}.cu")
        with open(cu, "w") as f:
            f.write(f"// warp-lang {info['warp']} codegen of bench/compute/kernels/"
                    f"{name}.py, for nvcc (WP_NO_CRT removed), with entry points "
                    "for harness.cu appended.\n")
            f.write(source)
            f.write(glue(name, entry, args))
        flags = ["-O3", arch] + WARP_FLAGS + ["-I" + warp_native, "-I" + HERE]
        obj = os.path.join(src, f"warp_{name}.o")
        run([NVCC] + flags + ["-c", cu, "-o", obj], log)
        run([NVCC] + flags + ["-ptx", cu, "-o",
                              os.path.join(ptxdir, f"{name}.warp_nvcc.ptx")], log)
        objects.append(obj)

    # By hand.
    for name in KERNELS:
        cu = os.path.join(KERNEL_DIR, name + ".cu")
        obj = os.path.join(src, f"hand_{name}.o")
        run([NVCC, "-O3", arch] + HAND_FLAGS + ["-c", cu, "-o", obj], log)
        run([NVCC, "-O3", arch] + HAND_FLAGS + ["-ptx", cu, "-o",
                                                os.path.join(ptxdir, f"{name}.hand.ptx")], log)
        objects.append(obj)

    # The harness: static cudart, libstdc++ linked in, libcuda from the driver.
    harness = os.path.join(HERE, "harness.cu")
    obj = os.path.join(src, "harness.o")
    run([NVCC, "-O3", arch, "-std=c++17", "-c", harness, "-o", obj], log)
    cuda_lib = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(NVCC))),
                            "lib64", "stubs")
    run([NVCC, arch, "-o", os.path.join(outdir, "compute-bench"), obj] + objects
        + ["-L" + cuda_lib, "-lcuda", "-Xcompiler", "-static-libstdc++",
           "-Xcompiler", "-static-libgcc"], log)

    version = subprocess.run([NVCC, "--version"], capture_output=True,
                             text=True).stdout.strip().splitlines()[-1]
    with open(os.path.join(outdir, "BUILD.txt"), "w") as f:
        f.write(f"nvcc: {version}\nwarp-lang: {info['warp']}\n"
                + "\n".join(log) + "\n")

    lines = [
        "#!/usr/bin/env bash",
        "# Generated by bench/compute/run.py prepare: checks and times every",
        "# kernel variant; RESULTS_DIR/compute.txt for run.py report.",
        "# Usage: bash run.sh RESULTS_DIR   (needs only the NVIDIA driver)",
        "set -u",
        'here=$(cd "$(dirname "$0")" && pwd)',
        "results=${1:?usage: run.sh RESULTS_DIR}",
        'mkdir -p "$results"',
        "(nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm,"
        "clocks.max.memory --format=csv 2>&1 || true) > \"$results/device.txt\"",
        f'"$here/compute-bench" --dir "$here" --repeat {REPEAT} 2>&1'
        ' | tee "$results/compute.txt"',
        'exit "${PIPESTATUS[0]}"',
    ]
    path = os.path.join(outdir, "run.sh")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(path, 0o755)
    print(f"wrote {path}, compute-bench and {len(KERNELS)} kernels' PTX "
          f"and cubins in {outdir}")


TIMING = re.compile(r"^timing: (\S+) (\S+) repeat=(\d+) best_ms=([\d.]+) "
                    r"median_ms=([\d.]+)(?: regs=(-?\d+))?", re.M)
CHECK = re.compile(r"^check: (\S+) (\S+) vs hand: (\S+) mismatches=(\d+) "
                   r"max_abs=(\S+) max_rel=(\S+)", re.M)
UNAVAILABLE = re.compile(r"^variant: (\S+) (\S+) unavailable: (.*)$", re.M)


def report(outdir, results):
    path = os.path.join(results, "compute.txt")
    try:
        text = open(path).read()
    except OSError as e:
        sys.exit(f"report: {e}")
    times, checks = {}, {}
    for m in TIMING.finditer(text):
        times[(m[1], m[2])] = (float(m[4]), float(m[5]), m[6] or "?")
    for m in CHECK.finditer(text):
        checks[(m[1], m[2])] = (m[3], m[4], m[5], m[6])
    for m in UNAVAILABLE.finditer(text):
        print(f"note: {m[1]} {m[2]} unavailable: {m[3]}")
    device = os.path.join(results, "device.txt")
    if os.path.exists(device):
        print("Device: " + " / ".join(
            open(device).read().strip().splitlines()[1:]))
    m = re.search(r"^device: .*$", text, re.M)
    if m:
        print(m[0])
    print()

    def ms(name, variant, which=0):
        t = times.get((name, variant))
        return f"{t[which]:.3f}" if t else "—"

    def ratio(name, variant):
        t, ours = times.get((name, variant)), times.get((name, "ours"))
        if not t or not ours:
            return "—"
        r = t[0] / ours[0]
        return f"**{r:.2f}**" if r < 1 else f"{r:.2f}"

    print("Best of the timed launches, ms; ratio = their time / our time "
          "(>= 1: ours is at least as fast; **bold** < 1).")
    print()
    print("| Kernel | ours | warp-lang (nvcc) | warp-lang (NVRTC) | hand CUDA "
          "| warp-lang (nvcc) / ours | warp-lang (NVRTC) / ours "
          "| hand / ours |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in KERNELS:
        print(f"| {name} | {ms(name, 'ours')} | {ms(name, 'warp-nvcc')} | "
              f"{ms(name, 'warp-nvrtc')} | {ms(name, 'hand')} | "
              f"{ratio(name, 'warp-nvcc')} | {ratio(name, 'warp-nvrtc')} | "
              f"{ratio(name, 'hand')} |")
    print()
    print("Median ms (registers per thread) of every variant:")
    print()
    print("| Kernel | " + " | ".join(MAIN) + " |")
    print("|---|" + "---:|" * len(MAIN))
    for name in KERNELS:
        cells = []
        for v in MAIN:
            t = times.get((name, v))
            cells.append(f"{t[1]:.3f} ({t[2]})" if t else "—")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print("Diagnostics (our PTX edited or built with an LLVM option; see "
          "run.py DIAGNOSTICS): best ms (registers), and hand / variant:")
    print()
    labels = [d[0] for d in DIAGNOSTICS]
    print("| Kernel | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for name in KERNELS:
        cells = []
        hand = times.get((name, "hand"))
        for v in labels:
            t = times.get((name, v))
            cells.append(f"{t[0]:.3f} ({t[2]}), {hand[0] / t[0]:.2f}"
                         if t and hand else "—")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print("| Kernel | variant | vs hand | mismatches | max abs diff "
          "| max rel diff |")
    print("|---|---|---|---:|---:|---:|")
    for name in KERNELS:
        for variant in VARIANTS:
            c = checks.get((name, variant))
            if c:
                print(f"| {name} | {variant} | {c[0]} | {c[1]} | {c[2]} "
                      f"| {c[3]} |")


def main(argv):
    if len(argv) == 4 and argv[1] == "prepare":
        prepare(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == "report":
        report(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
