//===- WarpCompareOps.cpp - comparisons and `not` -------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// CmpOp
//===----------------------------------------------------------------------===//

ParseResult mlir::warp::parseCompareTypes(OpAsmParser &parser, Type &lhs,
                                          Type &rhs) {
  if (parser.parseType(lhs))
    return failure();
  rhs = lhs;
  if (succeeded(parser.parseOptionalComma()) && parser.parseType(rhs))
    return failure();
  return success();
}

void mlir::warp::printCompareTypes(OpAsmPrinter &printer, Operation *, Type lhs,
                                   Type rhs) {
  printer << lhs;
  if (rhs != lhs)
    printer << ", " << rhs;
}

LogicalResult CmpOp::verify() {
  Type lhs = getLhs().getType(), rhs = getRhs().getType();
  if (isWarpScalar(lhs) && isWarpScalar(rhs)) {
    // half's comparison operators take a half only; the mix is ambiguous in
    // Warp's C++.
    if (lhs != rhs && (lhs.isF16() || rhs.isF16()))
      return emitOpError() << "Warp cannot compare " << lhs << " with " << rhs
                           << ": f16 compares only with f16, cast explicitly";
    return success();
  }
  if (lhs != rhs)
    return emitOpError() << "Warp compares a vector, matrix, quaternion or "
                            "transform only with a value of its own type, got "
                         << lhs << " and " << rhs;
  if (getPredicate() != CmpPredicate::eq)
    return emitOpError() << "Warp compares vectors, matrices, quaternions and "
                            "transforms only with `==`, not `"
                         << stringifyCmpPredicate(getPredicate()) << "`";
  return success();
}

Type mlir::warp::getComparisonType(Type lhs, Type rhs) {
  if (lhs == rhs)
    return lhs;
  MLIRContext *context = lhs.getContext();
  if (isWarpFloat(lhs) || isWarpFloat(rhs))
    return lhs.isF64() || rhs.isF64() ? Type(Float64Type::get(context))
                                      : Type(Float32Type::get(context));
  // Integral promotion: bool and anything narrower than int become int.
  auto promote = [&](Type type) -> Type {
    if (type.getIntOrFloatBitWidth() < 32)
      return IntegerType::get(context, 32, IntegerType::Signed);
    return type;
  };
  lhs = promote(lhs);
  rhs = promote(rhs);
  unsigned lhsWidth = lhs.getIntOrFloatBitWidth();
  unsigned rhsWidth = rhs.getIntOrFloatBitWidth();
  if (lhs.isUnsignedInteger() == rhs.isUnsignedInteger())
    return lhsWidth >= rhsWidth ? lhs : rhs;
  Type unsignedType = lhs.isUnsignedInteger() ? lhs : rhs;
  Type signedType = lhs.isUnsignedInteger() ? rhs : lhs;
  // A wider signed type holds every unsigned value; otherwise the unsigned
  // type wins.
  return signedType.getIntOrFloatBitWidth() >
                 unsignedType.getIntOrFloatBitWidth()
             ? signedType
             : unsignedType;
}

static bool evaluate(CmpPredicate predicate, std::optional<int> order) {
  // `order` is the sign of lhs - rhs, or nothing when unordered (NaN).
  if (!order)
    return predicate == CmpPredicate::ne;
  switch (predicate) {
  case CmpPredicate::eq:
    return *order == 0;
  case CmpPredicate::ne:
    return *order != 0;
  case CmpPredicate::lt:
    return *order < 0;
  case CmpPredicate::le:
    return *order <= 0;
  case CmpPredicate::gt:
    return *order > 0;
  case CmpPredicate::ge:
    return *order >= 0;
  }
  llvm_unreachable("unknown predicate");
}

OpFoldResult CmpOp::fold(FoldAdaptor adaptor) {
  MLIRContext *context = getContext();
  // x == x and friends, for bools and integers (and composites of integers),
  // where no NaN can make x unequal to itself.
  if (getLhs() == getRhs()) {
    Type element = getWarpElementType(getLhs().getType());
    if (element && (element.isInteger(1) || isWarpInteger(element)))
      return BoolAttr::get(context, evaluate(getPredicate(), 0));
  }

  if (!adaptor.getLhs() || !adaptor.getRhs())
    return {};
  Type common = getComparisonType(getLhs().getType(), getRhs().getType());
  Attribute lhs = foldScalarCast(adaptor.getLhs(), common);
  Attribute rhs = foldScalarCast(adaptor.getRhs(), common);
  std::optional<int> order;
  if (auto a = dyn_cast_or_null<IntegerAttr>(lhs)) {
    auto b = dyn_cast_or_null<IntegerAttr>(rhs);
    if (!b)
      return {};
    const APInt &x = a.getValue(), &y = b.getValue();
    // i1 and unsigned types compare unsigned.
    bool isSigned = common.isSignedInteger();
    order = x == y ? 0 : (isSigned ? x.slt(y) : x.ult(y)) ? -1 : 1;
  } else if (auto a = dyn_cast_or_null<FloatAttr>(lhs)) {
    auto b = dyn_cast_or_null<FloatAttr>(rhs);
    if (!b)
      return {};
    switch (a.getValue().compare(b.getValue())) {
    case APFloat::cmpLessThan:
      order = -1;
      break;
    case APFloat::cmpEqual:
      order = 0;
      break;
    case APFloat::cmpGreaterThan:
      order = 1;
      break;
    case APFloat::cmpUnordered:
      break;
    }
  } else {
    return {};
  }
  return BoolAttr::get(context, evaluate(getPredicate(), order));
}

//===----------------------------------------------------------------------===//
// NotOp
//===----------------------------------------------------------------------===//

LogicalResult NotOp::verify() {
  Type type = getOperand().getType();
  if (type.isInteger(1) || isWarpInteger(type) || isa<ArrayType>(type))
    return success();
  return emitOpError() << "Warp's `not` takes a bool, an integer or an array, "
                          "got "
                       << type << "; compare with zero explicitly";
}

OpFoldResult NotOp::fold(FoldAdaptor adaptor) {
  if (auto integer = dyn_cast_or_null<IntegerAttr>(adaptor.getOperand()))
    return BoolAttr::get(getContext(), integer.getValue().isZero());
  // not not b is b only for a bool (not not 5 is true).
  if (auto inner = getOperand().getDefiningOp<NotOp>())
    if (inner.getOperand().getType().isInteger(1))
      return inner.getOperand();
  return {};
}

static CmpPredicate invert(CmpPredicate predicate) {
  switch (predicate) {
  case CmpPredicate::eq:
    return CmpPredicate::ne;
  case CmpPredicate::ne:
    return CmpPredicate::eq;
  case CmpPredicate::lt:
    return CmpPredicate::ge;
  case CmpPredicate::le:
    return CmpPredicate::gt;
  case CmpPredicate::gt:
    return CmpPredicate::le;
  case CmpPredicate::ge:
    return CmpPredicate::lt;
  }
  llvm_unreachable("unknown predicate");
}

namespace {
/// not (a < b) -> a >= b, for scalars that cannot be NaN (integers, bools):
/// with a NaN both `a < b` and `a >= b` are false.
struct InvertComparison : OpRewritePattern<NotOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(NotOp op,
                                PatternRewriter &rewriter) const override {
    auto cmp = op.getOperand().getDefiningOp<CmpOp>();
    if (!cmp)
      return failure();
    for (Value operand : {cmp.getLhs(), cmp.getRhs()}) {
      Type type = operand.getType();
      if (!type.isInteger(1) && !isWarpInteger(type))
        return failure();
    }
    rewriter.replaceOpWithNewOp<CmpOp>(op, invert(cmp.getPredicate()),
                                       cmp.getLhs(), cmp.getRhs());
    return success();
  }
};
} // namespace

void NotOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                        MLIRContext *context) {
  results.add<InvertComparison>(context);
}
