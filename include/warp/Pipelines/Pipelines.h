//===- Pipelines.h - registered pipelines from warp to targets --*- C++ -*-===//

#ifndef WARP_PIPELINES_PIPELINES_H
#define WARP_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
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
};

/// warp IR -> gpu.module -> NVVM -> a gpu.binary holding PTX text.
void buildWarpToPTXPipeline(OpPassManager &pm, const WarpToPTXOptions &options);

/// Registers `warp-to-ptx` with the global pipeline registry.
void registerWarpPipelines();

} // namespace mlir::warp

#endif // WARP_PIPELINES_PIPELINES_H
