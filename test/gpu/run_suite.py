#!/usr/bin/env python3
"""The GPU differential suite: Warp kernels run by warp-lang on the CPU
against the same kernels in the warp dialect, compiled to PTX by
warp-translate and run on a GPU by warp-launch.

  run_suite.py prepare BUILD_DIR OUTDIR [NAME...]
      Compiles kernels/NAME.mlir to PTX (and checks it with ptxas), runs
      kernels/NAME.py on Warp's CPU device, and writes to OUTDIR the inputs,
      the reference outputs, and run.sh, the warp-launch commands.
  bash OUTDIR/run.sh RESULTS_DIR
      On the GPU machine: runs every kernel and copies its arrays to
      RESULTS_DIR. Needs only warp-launch (no LLVM, no Python).
  DEVICE=cpu|cuda bash OUTDIR/run-warp-run.sh RESULTS_DIR
      The same kernels compiled and run by warp-run (docs/warp-run.md) on
      the CPU target or the GPU, from .npy copies of the inputs; compare
      reads either kind of results. Env: WARP_RUN, the warp-run binary;
      LIBRARY_DIR, a directory of NAME.so built from the kernels' C++
      source (test/Target/Cpp/compile_sources.py), run instead of the JIT.
  run_suite.py compare OUTDIR RESULTS_DIR
      One line per kernel, then "N passed, N failed"; exits 1 on a failure.

A kernel whose .mlir does not compile is recorded at prepare and fails at
compare, so that a compiler error cannot make the suite look smaller.
"""

import importlib.util
import json
import os
import shlex
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS = os.path.join(HERE, "kernels")
PTXAS = os.environ.get("PTXAS", "/usr/local/cuda/bin/ptxas")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from suite import Array, Scalar  # noqa: E402

# Scalar dtypes: the warp-launch / dialect name and the numpy dtype.
SCALARS = {
    "bool": ("i1", np.uint8),
    "int8": ("si8", np.int8), "int16": ("si16", np.int16),
    "int32": ("si32", np.int32), "int64": ("si64", np.int64),
    "uint8": ("ui8", np.uint8), "uint16": ("ui16", np.uint16),
    "uint32": ("ui32", np.uint32), "uint64": ("ui64", np.uint64),
    "float16": ("f16", np.float16), "float32": ("f32", np.float32),
    "float64": ("f64", np.float64),
}


def describe(dtype):
    """(warp-launch dtype, numpy scalar dtype, elements per value)."""
    import warp as wp

    scalar = getattr(dtype, "_wp_scalar_type_", dtype)
    count = 1
    if scalar is not dtype:
        count = int(np.prod(dtype._shape_))
    name, np_dtype = SCALARS[scalar.__name__]
    return (name if count == 1 else f"{name}x{count}"), np_dtype, count


def kernel_names():
    return sorted(f[:-3] for f in os.listdir(KERNELS) if f.endswith(".py"))


def load(name):
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(KERNELS, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def numpy_dtype(dtype):
    """The NumPy dtype of a Warp dtype's components as launchers take them
    (bool as np.bool_, where warp-launch's files hold uint8)."""
    if getattr(dtype, "_wp_scalar_type_", dtype).__name__ == "bool":
        return np.bool_
    return describe(dtype)[1]


def warp_reference(wp, name):
    """Kernel NAME run by warp-lang (`wp`, initialised) on the CPU on its
    case's inputs. Returns (case, args, specs, expected): args holds each
    argument as another launcher takes it (a fresh C-contiguous NumPy copy
    of each array's input, each value as it is), specs (index, spec) for
    each array in compare_array's terms, expected {index: warp-lang's array
    after the launch}."""
    module = load(name)
    case = module.make()
    reference_args, args, specs = [], [], []
    for index, arg in enumerate(case.args):
        if not isinstance(arg, Array):
            reference_args.append(arg.value)
            args.append(arg.value)
            continue
        data = np.ascontiguousarray(arg.data, dtype=numpy_dtype(arg.dtype))
        reference_args.append(wp.array(data.copy(), dtype=arg.dtype, device="cpu"))
        args.append(data.copy())
        ulp = arg.ulp if np.isscalar(arg.ulp) else list(arg.ulp)
        specs.append((index, {"label": f"arg{index}", "dtype": data.dtype.str,
                              "shape": list(data.shape), "ulp": ulp,
                              "order": arg.order}))
    wp.launch(getattr(module, name), dim=case.dim, inputs=reference_args,
              device="cpu")
    wp.synchronize_device("cpu")
    expected = {index: reference_args[index].numpy().astype(spec["dtype"])
                for index, spec in specs}
    return case, args, specs, expected


def compile_ptx(build, name, outdir):
    """PTX of kernels/NAME.mlir in OUTDIR, or the compiler's error. Float
    multiply-adds are not fused (--fuse-fp=false), so that every operation
    rounds as on warp-lang's CPU, the reference."""
    ptx = os.path.join(outdir, name + ".ptx")
    translate = os.path.join(build, "bin", "warp-translate")
    steps = [[translate, "--warp-to-ptx", "--fuse-fp=false",
              os.path.join(KERNELS, name + ".mlir"), "-o", ptx],
             [PTXAS, "-arch=sm_90", ptx, "-o", os.devnull]]
    for cmd in steps:
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode:
            if os.path.exists(ptx):
                os.remove(ptx)
            # The error lines, without the IR dumps that follow them.
            text = (result.stderr or result.stdout).strip().splitlines()
            errors = [l for l in text if "error" in l] or text[:3]
            return None, f"{os.path.basename(cmd[0])} failed:\n" + "\n".join(
                errors[:4])
    return ptx, None


def scalar_text(dtype, value):
    """The --scalar value: floats as repr of the exact value, so strtod
    gives back the same bits."""
    name, np_dtype, count = describe(dtype)
    flat = np.asarray(value, dtype=np_dtype).reshape(-1)
    assert flat.size == count, (dtype, value)
    if np.issubdtype(np_dtype, np.floating):
        parts = [repr(float(v)) for v in flat]
    else:
        parts = [str(int(v)) for v in flat]
    return f"{name}:{','.join(parts)}"


def save_npy(kdir, index, label, dtype, value):
    """Writes argument `index` as a .npy file for warp-run (booleans as
    numpy bools, a value with its own extents) and returns its name."""
    launch_dtype, np_dtype, _ = describe(dtype)
    data = np.asarray(value, dtype=np_dtype)
    if launch_dtype.split("x")[0] == "i1":
        data = data.astype(np.bool_)
    value_shape = tuple(getattr(dtype, "_shape_", ()))
    if data.ndim == 0 and value_shape:
        data = data.reshape(value_shape)
    elif not isinstance(value, np.ndarray) and value_shape:
        data = data.reshape(value_shape)
    file = f"{index}_{label}.npy"
    np.save(os.path.join(kdir, file), np.ascontiguousarray(data))
    return file


def prepare(build, outdir, names):
    import warp as wp

    wp.config.quiet = True
    wp.init()
    os.makedirs(outdir, exist_ok=True)
    launcher = os.path.relpath(
        os.path.join(os.path.abspath(build), "bin", "warp-launch"),
        os.path.abspath(outdir))
    lines = [
        "#!/usr/bin/env bash",
        "# Generated by test/gpu/run_suite.py prepare: runs each kernel of the",
        "# GPU differential suite with warp-launch and copies its arrays to",
        "# RESULTS_DIR, for run_suite.py compare.",
        "# Usage: bash run.sh RESULTS_DIR   (Env: WARP_LAUNCH, the launcher;",
        "#        PTX_DIR: run PTX_DIR/NAME.ptx instead, e.g. the kernels'",
        "#        CUDA source compiled by test/Target/Cpp/compile_sources.py)",
        'set -u',
        'here=$(cd "$(dirname "$0")" && pwd)',
        'results=${1:?usage: run.sh RESULTS_DIR}',
        f'launch=${{WARP_LAUNCH:-$here/{launcher}}}',
        'ptx_dir=${PTX_DIR:-$here}',
        'mkdir -p "$results"',
        '"$launch" --help >/dev/null || { echo "run.sh: no warp-launch at $launch"; exit 1; }',
    ]
    warp_run = os.path.relpath(
        os.path.join(os.path.abspath(build), "bin", "warp-run"),
        os.path.abspath(outdir))
    kernels = os.path.relpath(KERNELS, os.path.abspath(outdir))
    run_lines = [
        "#!/usr/bin/env bash",
        "# Generated by test/gpu/run_suite.py prepare: runs each kernel with",
        "# warp-run on DEVICE (cpu or cuda) and writes its arrays to",
        "# RESULTS_DIR/NAME/argN.npy, for run_suite.py compare.",
        "# Usage: DEVICE=cpu bash run-warp-run.sh RESULTS_DIR",
        "#        (Env: WARP_RUN, the warp-run binary; LIBRARY_DIR: run",
        "#        each kernel from LIBRARY_DIR/NAME.so, its compiled C++",
        "#        source, instead of the JIT)",
        'set -u',
        'here=$(cd "$(dirname "$0")" && pwd)',
        'results=${1:?usage: run-warp-run.sh RESULTS_DIR}',
        f'run=${{WARP_RUN:-$here/{warp_run}}}',
        'device=${DEVICE:-cpu}',
        'library=${LIBRARY_DIR:-}',
        'mkdir -p "$results"',
    ]
    for name in names:
        module = load(name)
        kdir = os.path.join(outdir, name)
        os.makedirs(kdir, exist_ok=True)
        meta = {"name": name, "arrays": []}
        ptx, error = compile_ptx(build, name, outdir)
        if error:
            meta["compile_error"] = error
            print(f"{name}: does not compile:\n  " + error.replace("\n", "\n  "))
        case = module.make()
        kernel = getattr(module, name)
        labels = [arg.label for arg in kernel.adj.args]
        assert len(labels) == len(case.args), f"{name}: argument count"
        wp_args, cli, npy_inputs = [], [], []
        for index, (label, arg) in enumerate(zip(labels, case.args)):
            if isinstance(arg, Scalar):
                wp_args.append(arg.value)
                cli += ["--scalar", scalar_text(arg.dtype, arg.value)]
                npy_inputs.append(save_npy(kdir, index, label, arg.dtype,
                                           arg.value))
                continue
            launch_dtype, np_dtype, count = describe(arg.dtype)
            data = np.ascontiguousarray(arg.data, dtype=np_dtype)
            # Vectors and matrices add their own shape to the data's.
            element_dims = len(getattr(arg.dtype, "_shape_", ()))
            shape = data.shape[:data.ndim - element_dims]
            wp_array = wp.array(data, dtype=arg.dtype, device="cpu")
            assert tuple(wp_array.shape) == tuple(shape), (name, label)
            wp_args.append(wp_array)
            file = f"{index}_{label}.bin"
            data.tofile(os.path.join(kdir, file))
            npy_inputs.append(save_npy(kdir, index, label, arg.dtype, data))
            cli += ["--array", f"{launch_dtype}:{len(shape)}:"
                    f"{','.join(map(str, shape)) }:$here/{name}/{file}"]
            ulp = arg.ulp if np.isscalar(arg.ulp) else list(arg.ulp)
            meta["arrays"].append({
                "label": label, "file": file, "dtype": np.dtype(np_dtype).str,
                "shape": list(data.shape), "ulp": ulp, "order": arg.order,
                "why": arg.why})
        wp.launch(kernel, dim=case.dim, inputs=wp_args, device="cpu")
        wp.synchronize_device("cpu")
        for arg, spec in zip([a for a in wp_args if isinstance(a, wp.array)],
                             meta["arrays"]):
            reference = arg.numpy().astype(spec["dtype"])
            reference.tofile(os.path.join(kdir, spec["file"] + ".ref"))
        with open(os.path.join(kdir, "meta.json"), "w") as f:
            json.dump(meta, f, indent=1)
        if error:
            continue
        options = ["--dim", ",".join(map(str, case.dim))]
        if case.block:
            options += ["--block", str(case.block)]
        if case.grid:
            options += ["--grid", str(case.grid)]
        command = " ".join(
            ['"$launch"', "--ptx", f'"$ptx_dir/{name}.ptx"', "--kernel", name]
            + options + [a if a.startswith("--") else '"' + a + '"'
                         for a in cli])
        lines += [
            f'mkdir -p "$results/{name}"',
            f'{command} >"$results/{name}/log" 2>&1',
            f'echo $? >"$results/{name}/rc"',
            f'cat "$results/{name}/log"',
            f'cp "$here/{name}"/*.bin.out "$results/{name}/" 2>/dev/null || true',
        ]
        run_options = ["--dim", ",".join(map(str, case.dim))]
        if case.block:
            run_options += ["--block", str(case.block)]
        run_lines += [
            f'mkdir -p "$results/{name}"',
            " ".join(['"$run"', f'"$here/{kernels}/{name}.mlir"',
                      "--kernel", name, "--device", '"$device"',
                      "--fuse-fp=false",
                      f'${{library:+--library="$library/{name}.so"}}']
                     + run_options +
                     ["--inputs", ",".join(f'"$here/{name}/{f}"'
                                           for f in npy_inputs),
                      "--outputs", f'"$results/{name}"',
                      f'>"$results/{name}/log" 2>&1']),
            f'echo $? >"$results/{name}/rc"',
            f'cat "$results/{name}/log"',
        ]
        print(f"{name}: ok")
    for script_name, script_lines in (("run.sh", lines),
                                      ("run-warp-run.sh", run_lines)):
        script = os.path.join(outdir, script_name)
        with open(script, "w") as f:
            f.write("\n".join(script_lines) + "\n")
        os.chmod(script, 0o755)
        print(f"wrote {script}")


def ordered(bits, width):
    """Float bits mapped to integers that order as the floats do, with both
    zeros at 0: the difference of two is their distance in ulps."""
    bits = bits.astype(np.int64)  # signed: negative iff the sign bit is set
    magnitude = bits & np.int64(2 ** (width - 1) - 1)
    return np.where(bits < 0, -magnitude, magnitude)


def compare_array(spec, ref, gpu):
    """None when equal under the spec, else a message."""
    kind = np.dtype(spec["dtype"])
    if spec["order"] == "sorted":
        ref, gpu = np.sort(ref, axis=None), np.sort(gpu, axis=None)
    ref, gpu = ref.reshape(spec["shape"]), gpu.reshape(spec["shape"])
    if kind.kind != "f":
        bad = ref != gpu
        dist = None
    else:
        width = kind.itemsize * 8
        ibits = {16: np.int16, 32: np.int32, 64: np.int64}[width]
        rb, gb = ref.view(ibits), gpu.view(ibits)
        both_nan = np.isnan(ref) & np.isnan(gpu)
        dist = np.abs(ordered(rb, width) - ordered(gb, width))
        ulp = np.broadcast_to(np.asarray(spec["ulp"]), ref.shape)
        # ULP 0 means bit-exact: the sign of zero counts.
        exact = ulp == 0
        bad = np.where(exact, rb != gb, dist > ulp) & ~both_nan
        bad |= np.isnan(ref) != np.isnan(gpu)
    if not bad.any():
        return None
    where = np.argwhere(bad)
    first = tuple(int(v) for v in where[0])
    text = (f"{spec['label']}: {len(where)} of {bad.size} elements differ"
            + (" (sorted)" if spec["order"] == "sorted" else ""))
    shown = where[:5]
    if dist is not None:
        worst = np.unravel_index(np.argmax(np.where(bad, dist, -1)), bad.shape)
        shown = [first, worst] if worst != first else [first]
        text += f"; worst {int(dist[worst])} ulp"
    for index in shown:
        index = tuple(int(v) for v in index)
        text += (f"\n      [{', '.join(map(str, index))}] gpu {gpu[index].item()!r} "
                 f"ref {ref[index].item()!r}")
        if dist is not None:
            text += f" ({int(dist[index])} ulp)"
    return text


def compare(outdir, results):
    passed, failed = 0, 0
    names = sorted(d for d in os.listdir(outdir)
                   if os.path.exists(os.path.join(outdir, d, "meta.json")))
    for name in names:
        kdir = os.path.join(outdir, name)
        with open(os.path.join(kdir, "meta.json")) as f:
            meta = json.load(f)
        problems = []
        rdir = os.path.join(results, name)
        if "compile_error" in meta:
            problems.append("does not compile: "
                            + meta["compile_error"].replace("\n", "\n      "))
        elif not os.path.exists(os.path.join(rdir, "rc")):
            problems.append("not run (no results)")
        elif open(os.path.join(rdir, "rc")).read().strip() != "0":
            problems.append("the run failed: "
                            + open(os.path.join(rdir, "log")).read().strip())
        else:
            for spec in meta["arrays"]:
                ref = np.fromfile(os.path.join(kdir, spec["file"] + ".ref"),
                                  dtype=spec["dtype"])
                out = os.path.join(rdir, spec["file"] + ".out")
                # warp-run names its outputs argN.npy, N the parameter index.
                npy = os.path.join(rdir,
                                   "arg" + spec["file"].split("_")[0] + ".npy")
                if os.path.exists(out):
                    gpu = np.fromfile(out, dtype=spec["dtype"])
                elif os.path.exists(npy):
                    gpu = np.load(npy).astype(spec["dtype"]).reshape(-1)
                else:
                    problems.append(f"{spec['label']}: no output")
                    continue
                if gpu.size != ref.size:
                    problems.append(f"{spec['label']}: {gpu.size} elements "
                                    f"from the GPU, {ref.size} expected")
                    continue
                problem = compare_array(spec, ref, gpu)
                if problem:
                    problems.append(problem)
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "\n    ".join(problems))
        else:
            passed += 1
            bounds = [f"{s['label']} ≤{s['ulp']} ulp" for s in meta["arrays"]
                      if s["ulp"] != 0]
            print(f"PASS {name}" + (f" ({'; '.join(bounds)})" if bounds else ""))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "prepare":
        names = argv[3:] or kernel_names()
        unknown = set(names) - set(kernel_names())
        if unknown:
            sys.exit(f"run_suite.py: no kernels/{sorted(unknown)[0]}.py")
        prepare(argv[1], argv[2], names)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(argv[1], argv[2])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
