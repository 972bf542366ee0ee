//===- ElementwiseLowering.h - one scalar lowering per component -*- C++ -*-===//
//
// Most warp ops on vectors, matrices, quaternions and transforms are one
// scalar op per component; this pattern lowers all of them from a function
// that builds the scalar op.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_CONVERSION_WARPTOLLVM_ELEMENTWISELOWERING_H
#define WARP_LIB_CONVERSION_WARPTOLLVM_ELEMENTWISELOWERING_H

#include "ScalarBuilder.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"

namespace mlir::warp {

/// A scalar lowering: the result of one component from the operands'
/// corresponding components.
using ScalarFn = Value (*)(const ScalarBuilder &, ValueRange);

/// Lowers `WarpOp` by applying `fn` component by component; a scalar operand
/// (lerp's `t`) is used for every component. `ScalarBuilder` has the element
/// type of the first operand.
template <typename WarpOp>
struct ElementwiseLowering : ConvertOpToLLVMPattern<WarpOp> {
  ElementwiseLowering(const LLVMTypeConverter &converter, ScalarFn fn)
      : ConvertOpToLLVMPattern<WarpOp>(converter), fn(fn) {}

  LogicalResult
  matchAndRewrite(WarpOp op, typename WarpOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type warpElement = getWarpElementType(op->getOperand(0).getType());
    Type type = this->getTypeConverter()->convertType(op.getType());
    if (!warpElement || !type)
      return rewriter.notifyMatchFailure(op, "unsupported operand type");
    Value result = buildElementwise(
        rewriter, op.getLoc(), type, adaptor.getOperands(),
        [&](OpBuilder &builder, Location loc, ValueRange args) {
          return fn(ScalarBuilder{builder, loc, warpElement}, args);
        });
    rewriter.replaceOp(op, result);
    return success();
  }

  ScalarFn fn;
};

/// A two-operand ScalarBuilder operation as a ScalarFn.
template <Value (ScalarBuilder::*op)(Value, Value) const>
Value binaryScalar(const ScalarBuilder &s, ValueRange args) {
  return (s.*op)(args[0], args[1]);
}

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOLLVM_ELEMENTWISELOWERING_H
