//===- Passes.h - conversions out of the warp dialect -----------*- C++ -*-===//

#ifndef WARP_CONVERSION_PASSES_H
#define WARP_CONVERSION_PASSES_H

#include "warp/Conversion/WarpToCF/WarpToCF.h"
#include "warp/Conversion/WarpToCPU/WarpToCPU.h"
#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"
#include "warp/Conversion/WarpToGPU/WarpToGPU.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

namespace mlir::warp {
#define GEN_PASS_REGISTRATION
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

#endif // WARP_CONVERSION_PASSES_H
