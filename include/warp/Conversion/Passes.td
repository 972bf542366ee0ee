//===- Passes.td - conversions out of the warp dialect -----*- tablegen -*-===//

#ifndef WARP_CONVERSION_PASSES_TD
#define WARP_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertWarpToCF : Pass<"convert-warp-to-cf", "::mlir::ModuleOp"> {
  let summary = "Lower kernels and functions to func.func in CFG form";
  let description = [{
    The first step of every lowering to machine code. Each `warp.kernel`
    becomes a `func.func` of the same name that takes its launch indices
    (one `si32` per launch dimension) before its arguments and carries the
    `warp.kernel` attribute (with `warp.launch_dims`); each `warp.func`
    becomes a `func.func` and each `warp.call` a `func.call`. Structured
    control flow (`warp.if`, `warp.for`, `warp.while`, `break`, `continue`,
    early `return`, the ternary and short-circuit `and`/`or`) becomes `cf`
    branches between blocks. Value ops stay warp ops, and `warp.var` slots
    stay slots, which `--mem2reg` then promotes to SSA values completely.

    A kernel without `dims(N)` takes as many indices as its `warp.tid` ops
    yield; when they disagree the kernel is rejected with a located error.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::cf::ControlFlowDialect"];
}

def ConvertWarpToLLVM : Pass<"convert-warp-to-llvm", "::mlir::ModuleOp"> {
  let summary = "Lower warp ops in CFG form to the LLVM, arith and math dialects";
  let description = [{
    Runs after `convert-warp-to-cf` (and `mem2reg`). Every warp op becomes
    LLVM-dialect, arith or math ops; `func.func`, `func.call` and `cf`
    branches become their LLVM forms; types follow docs/abi.md. arith and math
    ops are left for the target (`convert-gpu-to-nvvm` on the GPU), unless
    `host-math` is given: then they become LLVM ops in the same conversion,
    math as an LLVM intrinsic where LLVM has one (as `convert-math-to-llvm`)
    and a libm call otherwise (as `convert-math-to-libm`), which is what
    `convert-warp-to-cpu` asks for. An op that has no lowering yet is
    reported at its location.

    With `check-bounds`, every array index (of a load, store, view or
    atomic), after a negative one has wrapped, is passed with its extent and
    dimension to `void warp_check_index(int64_t index, int64_t extent,
    int32_t dim)`, which the host provides (`warp-run --check-bounds`
    reports an index outside [0, extent) and exits).
  }];
  let options = [
    Option<"checkBounds", "check-bounds", "bool", /*default=*/"false",
           "Pass every array index to warp_check_index (a host function)">,
    Option<"hostMath", "host-math", "bool", /*default=*/"false",
           "Also lower arith and math for a host CPU: LLVM intrinsics where "
           "LLVM has them, libm calls for the rest">
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::math::MathDialect"];
}

def ConvertWarpToGPU : Pass<"convert-warp-to-gpu", "::mlir::ModuleOp"> {
  let summary = "Lower warp kernels to a gpu.module of kernel entry points";
  let description = [{
    Lowers the module with `convert-warp-to-cf`, `mem2reg` and
    `convert-warp-to-llvm`, then moves every function into
    `gpu.module @warp_kernels`. Each kernel `@k` becomes a `gpu.func @k`
    kernel taking the launch bounds and the kernel's arguments as laid out
    by docs/abi.md; each thread runs one unit of work, with no loop: it
    unravels its index row-major into the kernel's launch indices and runs
    the kernel body (`@k_body`, inlined) there. The module declares each
    kernel's rows per thread (`@k__rows_per_thread`, an i32 constant) so that
    the runtime launches as many threads as the kernel needs (docs/abi.md,
    "GPU launch"). arith and math ops are left for `convert-gpu-to-nvvm`.

    With `host-launchers` (the default), each kernel also gets the host
    function `func.func @k_launch(%args: !llvm.ptr, %grid: i64, %block: i64)`,
    which loads the launch bounds and arguments from the C struct `args`
    points to (docs/abi.md) and launches `@k` with `gpu.launch_func`
    (`grid` 0, or fewer blocks than the kernel needs: as many as it needs);
    `gpu-to-llvm` lowers it to the
    runtime calls runtime/lib/MgpuRuntime.cpp implements.

    With `fuse-fp` (the default, as warp-lang's `fuse_fp` module option and
    its CUDA build with `--fmad=true`), float additions, subtractions and
    multiplications carry the `contract` fast-math flag, so that LLVM may
    fuse `a * b + c` into one fma: faster, and rounded once instead of
    twice. `fuse-fp=false` keeps every operation rounded on its own, which
    agrees bit for bit with warp-lang's CPU kernels.

    A small straight-line body runs several launch indices per thread,
    every copy's loads before the first store: in one dimension 4 indices a
    grid apart, in more `rows-per-thread` consecutive values of launch index
    0 at the same inner indices, so that neighbouring rows' loads merge
    (docs/abi.md, "GPU launch"). Every loop of the device code
    is annotated for LLVM's unroller: fully when its trip count is a
    constant and the unrolled loop stays within `full-unroll-budget`
    estimated instructions, else by 4 (by 8 or 16 for small bodies). With
    `specialize-contiguous` (`auto` by default: only kernels with a loop that
    loads or stores memory), a kernel tests whether its arrays are
    C-contiguous and then runs a copy of its body with constant strides; it
    also gets a second entry, `@k__contiguous`, with that copy only, which
    the runtime launches when the arrays are contiguous (docs/abi.md).
  }];
  let options = [
    Option<"fuseFp", "fuse-fp", "bool", /*default=*/"true",
           "Let float multiply-adds fuse into fma (warp-lang's fuse_fp)">,
    Option<"hostLaunchers", "host-launchers", "bool", /*default=*/"true",
           "Give each kernel @k a host func.func @k_launch(args, grid, "
           "block) that launches it with gpu.launch_func">,
    Option<"specializeContiguous", "specialize-contiguous", "std::string",
           /*default=*/"\"auto\"",
           "Run a copy of the loops specialized for C-contiguous arrays when "
           "the arrays are: true, false, or auto (kernels with a loop that "
           "loads or stores memory; on an H100 the others got no faster or "
           "slower)">,
    Option<"rowsPerThread", "rows-per-thread", "int64_t", /*default=*/"5",
           "Rows (values of launch index 0) a thread runs for a small "
           "straight-line body of a launch of two or more dimensions, loads "
           "first (1: one; 1-d launches run 4 indices a thread). The module "
           "declares it, and the runtime sizes the launch by it">,
    Option<"fullUnrollBudget", "full-unroll-budget", "int64_t",
           /*default=*/"1024",
           "Fully unroll loops with a constant trip count whose unrolled "
           "size, in estimated instructions, is at most this; other loops "
           "are unrolled by 4 (0: every loop by 4)">
  ];
  // Everything the nested lowering pipeline creates, too.
  let dependentDialects = ["::mlir::gpu::GPUDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::cf::ControlFlowDialect"];
}

def DropUnusedDeviceLibraries
    : Pass<"warp-drop-unused-device-libraries", "::mlir::gpu::GPUModuleOp"> {
  let summary = "Link libdevice only into GPU modules that call it";
  let description = [{
    `gpu-nvvm-attach-target` lists libdevice among the link files of every
    GPU module; `gpu-module-to-binary` then parses and links its bitcode
    (about 500 KB) for each module, which costs more than compiling a small
    kernel. Run after the device code is in the LLVM dialect, this pass
    removes the link files from the NVVM targets of a module that declares
    no `__nv_` function: nothing of libdevice would have stayed in it.
  }];
}

def ConvertWarpToCPU : Pass<"convert-warp-to-cpu", "::mlir::ModuleOp"> {
  let summary = "Lower warp kernels to CPU entry points looping over the launch";
  let description = [{
    Lowers the module with `convert-warp-to-cf`, `mem2reg` and
    `convert-warp-to-llvm`; then each kernel `@k` becomes `@k_body`
    (internal, always inlined) and gets the entry point
    `llvm.func @k_cpu(%args: !llvm.ptr)`: `args` points to the launch bounds
    and the kernel's arguments laid out as one C struct (docs/abi.md), and
    the entry runs the body for every launch index in row-major order (the
    last index varies fastest), as warp-lang's CPU kernels do. arith and
    math ops are left for `convert-arith-to-llvm` and `convert-math-to-llvm`
    / `convert-math-to-libm`.

    With `specialize-contiguous` (the default), a kernel with arrays tests
    at the start whether they are all C-contiguous and then runs a copy of
    the loops in which their strides are computed from extents and element
    sizes, so that LLVM folds addresses and vectorizes; otherwise the
    general loops run.
  }];
  let options = [
    Option<"specializeContiguous", "specialize-contiguous", "bool",
           /*default=*/"true",
           "Run a copy of the loops specialized for C-contiguous arrays when "
           "the arrays are">,
    Option<"checkBounds", "check-bounds", "bool", /*default=*/"false",
           "Pass every array index to warp_check_index (convert-warp-to-llvm)">
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::cf::ControlFlowDialect"];
}

def ConvertWarpToEmitC : Pass<"convert-warp-to-emitc", "::mlir::ModuleOp"> {
  let summary = "Lower warp kernels to EmitC: C++ or CUDA C++ source";
  let description = [{
    Lowers the module with `convert-warp-to-cf` and `canonicalize`, then
    every function to an `emitc.func` whose ops are one C++ statement each:
    calls of the builtins of `runtime/include/warp-source` (`wp::add`,
    `wp::length`, `wp::load`, ...) and C++ operators where they mean what
    Warp means (float arithmetic, scalar comparisons, integer `& | ^`). The
    module includes `warp-source/warp.h`, defines its `!warp.struct` types
    as C++ structs, and names parameters and local variables after the
    Python names the IR carries. MLIR's C++ emitter then prints it
    (`warp-translate --warp-to-cpp`, `--warp-to-cuda`), with variables
    declared at the top of each function, as Warp's own generated code does.

    Each kernel `@k` becomes `k_body(launch indices..., arguments...)`, and
    with `target=cpp` gets Warp's CPU entry point
    `extern "C" void k_cpu(const void *args)` (the arguments as one struct,
    docs/abi.md; row-major loops over the launch), or with `target=cuda`
    `extern "C" __global__ void k(bounds, arguments...)`, which takes the
    PTX target's parameters and runs a grid-stride loop over the launch.
    With `target=none` it lowers the bodies only, each `k_body` keeping what
    its entries need in a `warp.source_entry` attribute; `addSourceEntries`
    (WarpToEmitC.h) then adds either language's entries, so that a caller
    wanting both lowers the bodies once.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpp\"",
           "The source language: cpp (Warp's CPU style), cuda (CUDA C++) or "
           "none (bodies only, entries added by addSourceEntries)">
  ];
  let dependentDialects = ["::mlir::emitc::EmitCDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::cf::ControlFlowDialect"];
}

#endif // WARP_CONVERSION_PASSES_TD
