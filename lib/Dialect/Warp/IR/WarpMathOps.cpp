//===- WarpMathOps.cpp - Warp's scalar math builtins ----------------------===//
//
// Only exact operations fold: nothing here calls libm, whose results may
// differ from the ones Warp's kernels compute at runtime, and float min/max
// stay unfolded because their choice between -0.0 and +0.0 is unspecified.
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// min / max
//===----------------------------------------------------------------------===//

ParseResult mlir::warp::parseMinMax(OpAsmParser &parser,
                                    OperationState &result) {
  SmallVector<OpAsmParser::UnresolvedOperand, 2> operands;
  SMLoc loc = parser.getCurrentLocation();
  Type type;
  if (parser.parseOperandList(operands) ||
      parser.parseOptionalAttrDict(result.attributes) ||
      parser.parseColonType(type))
    return failure();
  if (operands.size() == 2) {
    result.addTypes(type);
  } else if (operands.size() == 1) {
    auto vec = dyn_cast<VecType>(type);
    if (!vec)
      return parser.emitError(loc)
             << "of one operand reduces a vector, got " << type;
    result.addTypes(vec.getElementType());
  } else {
    return parser.emitError(loc)
           << "takes two values, or one vector to reduce, got "
           << operands.size() << " operands";
  }
  return parser.resolveOperands(operands, type, loc, result.operands);
}

void mlir::warp::printMinMax(OpAsmPrinter &printer, Operation *op) {
  printer << ' ' << op->getOperands();
  printer.printOptionalAttrDict(op->getAttrs());
  printer << " : " << op->getOperand(0).getType();
}

LogicalResult mlir::warp::verifyMinMax(Operation *op) {
  if (op->getNumOperands() == 2)
    return verifySameTypeOperands(op);
  Type operand = op->getOperand(0).getType();
  Type result = op->getResult(0).getType();
  auto vec = dyn_cast<VecType>(operand);
  if (!vec)
    return op->emitOpError()
           << "of one operand reduces a vector, got " << operand;
  if (result != vec.getElementType())
    return op->emitOpError()
           << "reduces " << operand << " to " << vec.getElementType()
           << ", but the result has type " << result;
  return success();
}

//===----------------------------------------------------------------------===//
// Folding exact operations on constants
//===----------------------------------------------------------------------===//

/// Folds a unary builtin of a constant scalar, with `onInt(value, signed)`
/// for integers and `onFloat` for floats.
static OpFoldResult foldUnary(Attribute operand, Type type,
                              function_ref<APInt(const APInt &, bool)> onInt,
                              function_ref<APFloat(const APFloat &)> onFloat) {
  if (auto value = dyn_cast_or_null<IntegerAttr>(operand))
    return IntegerAttr::get(type,
                            onInt(value.getValue(), type.isSignedInteger()));
  if (auto value = dyn_cast_or_null<FloatAttr>(operand))
    return FloatAttr::get(type, onFloat(value.getValue()));
  return {};
}

/// `value < 0` as Warp compares it (false for NaN and -0.0).
static bool isNegative(const APFloat &value) {
  return value.compare(APFloat::getZero(value.getSemantics())) ==
         APFloat::cmpLessThan;
}

static APFloat floatOne(const APFloat &like, bool negative = false) {
  return APFloat::getOne(like.getSemantics(), negative);
}

OpFoldResult AbsOp::fold(FoldAdaptor adaptor) {
  return foldUnary(
      adaptor.getX(), getType(),
      [](const APInt &x, bool isSigned) { return isSigned ? x.abs() : x; },
      [](const APFloat &x) { return abs(x); });
}

OpFoldResult SignOp::fold(FoldAdaptor adaptor) {
  return foldUnary(
      adaptor.getX(), getType(),
      [](const APInt &x, bool isSigned) {
        return isSigned && x.isNegative() ? APInt::getAllOnes(x.getBitWidth())
                                          : APInt(x.getBitWidth(), 1);
      },
      [](const APFloat &x) { return floatOne(x, isNegative(x)); });
}

OpFoldResult StepOp::fold(FoldAdaptor adaptor) {
  return foldUnary(
      adaptor.getX(), getType(),
      [](const APInt &x, bool isSigned) {
        return APInt(x.getBitWidth(), isSigned && x.isNegative());
      },
      [](const APFloat &x) {
        return isNegative(x) ? floatOne(x) : APFloat::getZero(x.getSemantics());
      });
}

OpFoldResult NonzeroOp::fold(FoldAdaptor adaptor) {
  return foldUnary(
      adaptor.getX(), getType(),
      [](const APInt &x, bool) { return APInt(x.getBitWidth(), !x.isZero()); },
      [](const APFloat &x) {
        return x.isZero() ? APFloat::getZero(x.getSemantics()) : floatOne(x);
      });
}

/// The smaller (or larger) of two integer constants, with signedness.
static APInt pickInt(const APInt &a, const APInt &b, bool isSigned,
                     bool isMin) {
  bool aLess = isSigned ? a.slt(b) : a.ult(b);
  return aLess == isMin ? a : b;
}

/// min/max: x op x is x (for floats too: fmin(x, x) is x, NaN included);
/// integer constants fold.
static OpFoldResult foldMinMax(Operation *op, Attribute lhs, Attribute rhs,
                               bool isMin) {
  if (op->getNumOperands() != 2)
    return {};
  if (op->getOperand(0) == op->getOperand(1))
    return op->getOperand(0);
  auto a = dyn_cast_or_null<IntegerAttr>(lhs);
  auto b = dyn_cast_or_null<IntegerAttr>(rhs);
  if (!a || !b)
    return {};
  Type type = op->getResult(0).getType();
  return IntegerAttr::get(
      type, pickInt(a.getValue(), b.getValue(), type.isSignedInteger(), isMin));
}

OpFoldResult MinOp::fold(FoldAdaptor adaptor) {
  return foldMinMax(*this, adaptor.getLhs(), adaptor.getRhs(), /*isMin=*/true);
}

OpFoldResult MaxOp::fold(FoldAdaptor adaptor) {
  return foldMinMax(*this, adaptor.getLhs(), adaptor.getRhs(),
                    /*isMin=*/false);
}

OpFoldResult ClampOp::fold(FoldAdaptor adaptor) {
  auto x = dyn_cast_or_null<IntegerAttr>(adaptor.getX());
  auto low = dyn_cast_or_null<IntegerAttr>(adaptor.getLow());
  auto high = dyn_cast_or_null<IntegerAttr>(adaptor.getHigh());
  if (!x || !low || !high)
    return {};
  bool isSigned = getType().isSignedInteger();
  // Warp's order: min(max(low, x), high).
  APInt raised = pickInt(low.getValue(), x.getValue(), isSigned, false);
  return IntegerAttr::get(getType(),
                          pickInt(raised, high.getValue(), isSigned, true));
}
