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
} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOCF_WARPTOCF_H
