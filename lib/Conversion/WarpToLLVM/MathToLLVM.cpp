//===- MathToLLVM.cpp - math builtins to the math and LLVM dialects -------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::populateWarpMathToLLVMPatterns(
    const WarpToLLVMTypeConverter &converter, RewritePatternSet &patterns) {}
