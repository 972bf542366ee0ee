//===- PTXCompiler.h - warp kernels to PTX text -----------------*- C++ -*-===//
//-*-===//
//
// What a host runtime loads into the CUDA driver: the PTX of every kernel of
// a module, compiled by the warp-to-ptx pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_EXECUTION_PTXCOMPILER_H
#define WARP_EXECUTION_PTXCOMPILER_H

#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::warp {

/// Runs warp-to-ptx on `module` and returns the contents of the gpu.binary
/// objects it produced (PTX text, or a cubin with format=bin). Failures are
/// reported through the context's diagnostics.
LogicalResult compileToPTX(ModuleOp module, const WarpToPTXOptions &options,
                           std::string &ptx);

/// Appends the objects of every gpu.binary in `module` (after warp-to-ptx)
/// to `out`.
void appendGPUBinaryObjects(ModuleOp module, std::string &out);

} // namespace mlir::warp

#endif // WARP_EXECUTION_PTXCOMPILER_H
