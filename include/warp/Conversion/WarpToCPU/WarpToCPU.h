//===- WarpToCPU.h - warp kernels to CPU entry points -----------*- C++ -*-===//

#ifndef WARP_CONVERSION_WARPTOCPU_WARPTOCPU_H
#define WARP_CONVERSION_WARPTOCPU_WARPTOCPU_H

#include "mlir/Pass/Pass.h"

namespace mlir::warp {
#define GEN_PASS_DECL_CONVERTWARPTOCPU
#include "warp/Conversion/Passes.h.inc"

/// The suffix of a kernel's CPU entry point: kernel `k` is run by
/// `void k_cpu(const void *args)` (docs/abi.md, "CPU entry").
inline constexpr llvm::StringLiteral kCpuEntrySuffix = "_cpu";
} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOCPU_WARPTOCPU_H
