//===- Pipelines.h - registered pipelines from warp to targets --*- C++ -*-===//

#ifndef WARP_PIPELINES_PIPELINES_H
#define WARP_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
class DialectRegistry;
class OpPassManager;
} // namespace mlir

namespace mlir::warp {

/// Options of `warp-to-ptx`.
struct WarpToPTXOptions : public PassPipelineOptions<WarpToPTXOptions> {
  Option<std::string> chip{*this, "chip",
                           llvm::cl::desc("The SM architecture to target"),
                           llvm::cl::init("sm_90")};
  Option<std::string> features{*this, "features",
                               llvm::cl::desc("The PTX ISA version to emit"),
                               llvm::cl::init("+ptx80")};
  Option<unsigned> optLevel{*this, "opt-level",
                            llvm::cl::desc("LLVM optimization level (0-3)"),
                            llvm::cl::init(3)};
  Option<std::string> libdevice{
      *this, "libdevice",
      llvm::cl::desc("libdevice bitcode linked for math functions"),
      llvm::cl::init(WARP_DEFAULT_LIBDEVICE)};
  Option<bool> fuseFp{
      *this, "fuse-fp",
      llvm::cl::desc("Let float multiply-adds fuse into fma, as warp-lang's "
                     "CUDA does by default (false: round every operation, "
                     "as warp-lang's CPU kernels do)"),
      llvm::cl::init(true)};
  Option<bool> hostLaunchers{
      *this, "host-launchers",
      llvm::cl::desc("Give each kernel a host launcher (gpu.launch_func) for "
                     "gpu-to-llvm; off when only the device code is wanted"),
      llvm::cl::init(true)};
  Option<std::string> format{
      *this, "format",
      llvm::cl::desc("What the gpu.binary holds: isa (PTX text) or bin (a "
                     "cubin assembled by the toolkit's ptxas)"),
      llvm::cl::init("isa")};
  Option<std::string> cudaPath{
      *this, "cuda-path",
      llvm::cl::desc("The CUDA toolkit whose ptxas makes cubins"),
      llvm::cl::init(WARP_DEFAULT_CUDA_PATH)};
  // convert-warp-to-gpu's tuning knobs. They have no default here: one that
  // is not given keeps the pass's own default.
  Option<std::string> specializeContiguous{
      *this, "specialize-contiguous",
      llvm::cl::desc("convert-warp-to-gpu's specialize-contiguous: true, "
                     "false or auto (default: the pass's)")};
  Option<int64_t> rowsPerThread{
      *this, "rows-per-thread",
      llvm::cl::desc("convert-warp-to-gpu's rows-per-thread (default: the "
                     "pass's)")};
  Option<int64_t> fullUnrollBudget{
      *this, "full-unroll-budget",
      llvm::cl::desc("convert-warp-to-gpu's full-unroll-budget (default: "
                     "the pass's)")};
};

/// Options of `warp-to-llvm`, those of convert-warp-to-cpu. One that is not
/// given keeps the pass's default.
struct WarpToLLVMOptions : public PassPipelineOptions<WarpToLLVMOptions> {
  Option<bool> specializeContiguous{
      *this, "specialize-contiguous",
      llvm::cl::desc("Run a copy of the loops specialized for C-contiguous "
                     "arrays when the arrays are (default: the pass's, on)")};
  Option<bool> checkBounds{
      *this, "check-bounds",
      llvm::cl::desc("Pass every array index to warp_check_index, a host "
                     "function (default: off)")};
};

/// warp IR -> gpu.module -> NVVM -> a gpu.binary holding PTX text (or a
/// cubin, with format=bin).
void buildWarpToPTXPipeline(OpPassManager &pm, const WarpToPTXOptions &options);

/// warp IR -> CPU entry points (`k_cpu`, docs/abi.md) in the LLVM dialect,
/// ready for translation to LLVM IR; math builtins call libm.
void buildWarpToLLVMPipeline(OpPassManager &pm,
                             const WarpToLLVMOptions &options);

/// warp-to-llvm with its defaults; `checkBounds` passes every array index to
/// warp_check_index (convert-warp-to-llvm's check-bounds).
void buildWarpToLLVMPipeline(OpPassManager &pm, bool checkBounds = false);

/// warp-to-cpp (`cuda` false) or warp-to-cuda: the module in EmitC, ready
/// for MLIR's C++ emitter (emitc::translateToCpp with variables declared at
/// the top).
void buildWarpToSourcePipeline(OpPassManager &pm, bool cuda);

/// Registers `warp-to-ptx`, `warp-to-llvm`, `warp-to-cpp` and `warp-to-cuda`
/// with the global pipeline registry.
void registerWarpPipelines();

/// Adds every dialect, extension and LLVM IR translation the pipelines use
/// (upstream's and warp's) to `registry`, for tools that parse warp IR and
/// run the pipelines in their own contexts.
void registerPipelineDialects(DialectRegistry &registry);

} // namespace mlir::warp

#endif // WARP_PIPELINES_PIPELINES_H
