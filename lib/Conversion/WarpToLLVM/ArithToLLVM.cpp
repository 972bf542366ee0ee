//===- ArithToLLVM.cpp - literals and Python operators to LLVM ------------===//
//
// Integer ops take their signedness from the warp type, since LLVM integers
// are signless; float ops follow Warp's C++ exactly (e.g. scalar -x is 0 - x).
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

/// Literals become signless arith constants of the same value.
struct ConstantLowering : ConvertOpToLLVMPattern<ConstantOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    TypedAttr value;
    if (auto integer = dyn_cast<IntegerAttr>(op.getValue()))
      value = IntegerAttr::get(type, integer.getValue());
    else
      value = cast<FloatAttr>(op.getValue());
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, value);
    return success();
  }
};

struct ZeroLowering : ConvertOpToLLVMPattern<ZeroOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ZeroOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOpWithNewOp<LLVM::ZeroOp>(op, type);
    return success();
  }
};

/// `+` on numbers and, component by component, on composites of one type.
struct AddLowering : ConvertOpToLLVMPattern<AddOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(AddOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    bool isFloat = isWarpFloat(getWarpElementType(op.getType()));
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(
        op, buildElementwise(
                rewriter, op.getLoc(), type,
                {adaptor.getLhs(), adaptor.getRhs()},
                [&](OpBuilder &builder, Location loc, ValueRange v) -> Value {
                  if (isFloat)
                    return arith::AddFOp::create(builder, loc, v[0], v[1]);
                  return arith::AddIOp::create(builder, loc, v[0], v[1]);
                }));
    return success();
  }
};

} // namespace

void mlir::warp::populateWarpArithToLLVMPatterns(
    const WarpToLLVMTypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, ZeroLowering, AddLowering>(converter);
}
