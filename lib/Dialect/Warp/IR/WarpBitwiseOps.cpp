//===- WarpBitwiseOps.cpp - Python bitwise operators ----------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;

/// Folds two integer constants with `fn`; bitwise ops take no floats.
template <typename Fn>
static Attribute foldIntegers(Attribute lhs, Attribute rhs, Fn fn) {
  return foldScalarBinary(
      lhs, rhs, fn,
      [](const APFloat &, const APFloat &) -> std::optional<APFloat> {
        return std::nullopt;
      });
}

static bool isZero(Attribute attr) {
  auto integer = dyn_cast_or_null<IntegerAttr>(attr);
  return integer && integer.getValue().isZero();
}

static bool isAllOnes(Attribute attr) {
  auto integer = dyn_cast_or_null<IntegerAttr>(attr);
  return integer && integer.getValue().isAllOnes();
}

OpFoldResult BitAndOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldIntegers(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a & b; }))
    return folded;
  if (getLhs() == getRhs() || isAllOnes(adaptor.getRhs()))
    return getLhs();
  if (isZero(adaptor.getRhs()))
    return adaptor.getRhs();
  return {};
}

OpFoldResult BitOrOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldIntegers(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a | b; }))
    return folded;
  if (getLhs() == getRhs() || isZero(adaptor.getRhs()))
    return getLhs();
  if (isAllOnes(adaptor.getRhs()))
    return adaptor.getRhs();
  return {};
}

OpFoldResult BitXorOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldIntegers(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a ^ b; }))
    return folded;
  if (isZero(adaptor.getRhs()))
    return getLhs();
  // x ^ x is 0; only scalars have a constant to fold to.
  if (getLhs() == getRhs() && isWarpInteger(getType()))
    return IntegerAttr::get(getType(), 0);
  return {};
}

/// Shift amounts Warp defines: 0 <= b < the width of the type. (si8..ui16
/// shift in 32-bit int, so more is defined there, but is left alone.)
static bool isDefinedShift(const APInt &amount, bool isSigned) {
  if (isSigned && amount.isNegative())
    return false;
  return amount.ult(amount.getBitWidth());
}

OpFoldResult ShlOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded =
          foldIntegers(adaptor.getLhs(), adaptor.getRhs(),
                       [](const APInt &a, const APInt &b,
                          bool isSigned) -> std::optional<APInt> {
                         if (!isDefinedShift(b, isSigned))
                           return std::nullopt;
                         return a.shl(b);
                       }))
    return folded;
  if (isZero(adaptor.getRhs()))
    return getLhs();
  return {};
}

OpFoldResult ShrOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded =
          foldIntegers(adaptor.getLhs(), adaptor.getRhs(),
                       [](const APInt &a, const APInt &b,
                          bool isSigned) -> std::optional<APInt> {
                         if (!isDefinedShift(b, isSigned))
                           return std::nullopt;
                         return isSigned ? a.ashr(b) : a.lshr(b);
                       }))
    return folded;
  if (isZero(adaptor.getRhs()))
    return getLhs();
  return {};
}

LogicalResult BitNotOp::verify() {
  using namespace operand_kind;
  return verifyUnaryOperator(getOperation(), "~", Scalar | Vec | Mat,
                             ElementClass::Integer);
}

OpFoldResult BitNotOp::fold(FoldAdaptor adaptor) {
  if (auto integer = dyn_cast_or_null<IntegerAttr>(adaptor.getOperand()))
    return IntegerAttr::get(getType(), ~integer.getValue());
  if (auto inner = getOperand().getDefiningOp<BitNotOp>())
    return inner.getOperand();
  return {};
}
