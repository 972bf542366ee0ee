//===- WarpToCF.h - kernels and functions to func.func + cf -----*- C++ -*-===//

#ifndef WARP_CONVERSION_WARPTOCF_WARPTOCF_H
#define WARP_CONVERSION_WARPTOCF_WARPTOCF_H

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::warp {
#define GEN_PASS_DECL_CONVERTWARPTOCF
#include "warp/Conversion/Passes.h.inc"

/// The attributes a lowered kernel carries: it is a kernel, and its launch
/// rank (the number of leading launch-index arguments).
inline constexpr llvm::StringLiteral kKernelAttr = "warp.kernel";
inline constexpr llvm::StringLiteral kLaunchDimsAttr = "warp.launch_dims";
/// Bytes per element of each kernel argument that is an array of scalars,
/// vectors, matrices, quaternions or transforms (0 for other arguments), so
/// that targets can specialize for C-contiguous arrays.
inline constexpr llvm::StringLiteral kElementBytesAttr =
    "warp.array_element_bytes";
} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOCF_WARPTOCF_H
