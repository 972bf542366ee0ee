//===- WarpToGPU.h - warp kernels to gpu.module entry points ----*- C++ -*-===//

#ifndef WARP_CONVERSION_WARPTOGPU_WARPTOGPU_H
#define WARP_CONVERSION_WARPTOGPU_WARPTOGPU_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Pass/Pass.h"

namespace mlir::warp {
#define GEN_PASS_DECL_CONVERTWARPTOGPU
#define GEN_PASS_DECL_DROPUNUSEDDEVICELIBRARIES
#include "warp/Conversion/Passes.h.inc"

/// The gpu.module every kernel and function of a module is placed in.
inline constexpr llvm::StringLiteral kGpuModuleName = "warp_kernels";
} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOGPU_WARPTOGPU_H
