//===- WarpCastOps.cpp - scalar and composite conversions -----------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::warp;

LogicalResult CastOp::verify() {
  Type from = getInput().getType(), to = getType();
  if (isWarpScalar(from) && isWarpScalar(to))
    return success();
  auto emitCastError = [&]() {
    return emitOpError() << "cannot cast " << from << " to " << to << ": ";
  };
  if (auto fromVec = dyn_cast<VecType>(from))
    if (auto toVec = dyn_cast<VecType>(to)) {
      if (fromVec.getLength() == toVec.getLength())
        return success();
      return emitCastError()
             << "Warp converts a vector only to one of the same length";
    }
  if (auto fromMat = dyn_cast<MatType>(from))
    if (auto toMat = dyn_cast<MatType>(to)) {
      if (fromMat.getRows() == toMat.getRows() &&
          fromMat.getCols() == toMat.getCols())
        return success();
      return emitCastError()
             << "Warp converts a matrix only to one of the same shape";
    }
  if (isa<QuatType>(from) && isa<QuatType>(to))
    return success();
  if (isa<TransformType>(from) && isa<TransformType>(to)) {
    if (from == to)
      return success();
    return emitCastError() << "Warp does not convert a transform's dtype";
  }
  return emitCastError() << "Warp converts a scalar to a scalar, and a vector, "
                            "matrix or quaternion to one of the same shape";
}

static const llvm::fltSemantics &getSemantics(Type floatType) {
  return cast<FloatType>(floatType).getFloatSemantics();
}

/// Rounds `value` to the float type `target` as Warp does: f16 is built from
/// an f32 only, so anything else reaching f16 rounds to f32 first.
static std::optional<APFloat> roundToFloat(APFloat value, Type target) {
  bool losesInfo;
  if (target.isF16() && &value.getSemantics() != &APFloat::IEEEhalf()) {
    if (value.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
                      &losesInfo) &
        APFloat::opInvalidOp)
      return std::nullopt;
  }
  if (value.convert(getSemantics(target), APFloat::rmNearestTiesToEven,
                    &losesInfo) &
      APFloat::opInvalidOp)
    return std::nullopt;
  return value;
}

Attribute mlir::warp::foldScalarCast(Attribute value, Type target) {
  MLIRContext *context = target.getContext();
  if (auto integer = dyn_cast_or_null<IntegerAttr>(value)) {
    const APInt &bits = integer.getValue();
    // i1 is a bool: 0 or 1, never -1.
    bool isSigned = integer.getType().isSignedInteger();
    if (target.isInteger(1))
      return BoolAttr::get(context, !bits.isZero());
    if (isWarpInteger(target)) {
      unsigned width = target.getIntOrFloatBitWidth();
      return IntegerAttr::get(target, isSigned ? bits.sextOrTrunc(width)
                                               : bits.zextOrTrunc(width));
    }
    if (isWarpFloat(target)) {
      // Integers reach f16 through f32 too (half has only a float
      // constructor).
      APFloat number(target.isF16() ? APFloat::IEEEsingle()
                                    : getSemantics(target));
      number.convertFromAPInt(bits, isSigned, APFloat::rmNearestTiesToEven);
      if (std::optional<APFloat> rounded = roundToFloat(number, target))
        return FloatAttr::get(target, *rounded);
    }
    return {};
  }
  auto number = dyn_cast_or_null<FloatAttr>(value);
  if (!number)
    return {};
  const APFloat &x = number.getValue();
  if (target.isInteger(1))
    return BoolAttr::get(context, !x.isZero()); // NaN is true, as in C++.
  if (isWarpInteger(target)) {
    // Truncation toward zero; NaN and out-of-range values are undefined.
    llvm::APSInt result(target.getIntOrFloatBitWidth(),
                        target.isUnsignedInteger());
    bool isExact;
    if (x.convertToInteger(result, APFloat::rmTowardZero, &isExact) &
        APFloat::opInvalidOp)
      return {};
    return IntegerAttr::get(target, result);
  }
  if (isWarpFloat(target))
    if (std::optional<APFloat> rounded = roundToFloat(x, target))
      return FloatAttr::get(target, *rounded);
  return {};
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  return foldScalarCast(adaptor.getInput(), getType());
}

/// Whether every value of the scalar type `from` converts exactly to `to`
/// and back, so that a conversion through `to` loses nothing.
static bool isLosslessScalarCast(Type from, Type to) {
  if (from == to)
    return true;
  if (isWarpInteger(to) && from.isInteger(1))
    return true;
  if (isWarpFloat(to) && from.isInteger(1))
    return true;
  if (isWarpInteger(from) && isWarpInteger(to)) {
    unsigned fromWidth = from.getIntOrFloatBitWidth();
    unsigned toWidth = to.getIntOrFloatBitWidth();
    if (from.isUnsignedInteger() == to.isUnsignedInteger())
      return toWidth >= fromWidth;
    // Unsigned into a wider signed type.
    return from.isUnsignedInteger() && toWidth > fromWidth;
  }
  if (isWarpFloat(from) && isWarpFloat(to))
    return to.getIntOrFloatBitWidth() >= from.getIntOrFloatBitWidth();
  if (isWarpInteger(from) && isWarpFloat(to)) {
    // The float's significand must hold every integer of the type.
    unsigned bits = from.getIntOrFloatBitWidth() - from.isSignedInteger();
    return APFloat::semanticsPrecision(getSemantics(to)) >= bits;
  }
  return false;
}

namespace {
/// cast(cast(x : A -> B) : B -> C) -> cast(x : A -> C), or x when C is A,
/// if A -> B is lossless: Warp's conversions act on values, so going through
/// a type that holds every A value exactly changes nothing.
struct FoldLosslessCastChain : OpRewritePattern<CastOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CastOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<CastOp>();
    if (!inner)
      return failure();
    Value source = inner.getInput();
    Type from = getWarpElementType(source.getType());
    Type through = getWarpElementType(inner.getType());
    if (!isLosslessScalarCast(from, through))
      return failure();
    if (source.getType() == op.getType())
      rewriter.replaceOp(op, source);
    else
      rewriter.replaceOpWithNewOp<CastOp>(op, op.getType(), source);
    return success();
  }
};
} // namespace

void CastOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  results.add<FoldLosslessCastChain>(context);
}
