//===- WarpMathOps.cpp - Warp's scalar math builtins ----------------------===//
//
// Exact operations fold; float min/max stay unfolded because their choice
// between -0.0 and +0.0 is unspecified. Of the libm functions only sinh,
// cosh and log10 fold, the way Warp's CPU compiler folds them (below).
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"

#include <cfenv>
#include <cmath>

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

//===----------------------------------------------------------------------===//
// sinh, cosh and log10 of constants
//===----------------------------------------------------------------------===//
//
// Warp's CPU kernels call libm (`::coshf(x)`, `::coshf(float(x))` for f16).
// Given a constant, the compiler warp-lang builds them with (LLVM) folds the
// call: the double function, rounded once to float, unless the double
// computation raised an exception other than inexact (then the call stays);
// log10 only for positive arguments. glibc's sinhf, coshf and log10f are not
// correctly rounded, so that fold and the float function, which is what
// upstream math's folders compute when these ops reach them, differ in the
// last bit for many arguments. The other libm builtins are left to the
// lowering: glibc rounds them correctly, so either way gives one value.

/// `fn` of a constant float as LLVM's constant folder computes it, or null.
static OpFoldResult foldLikeLibmCall(Attribute operand, Type type,
                                     double (*fn)(double),
                                     bool positiveOnly = false) {
  auto constant = dyn_cast_or_null<FloatAttr>(operand);
  if (!constant)
    return {};
  APFloat input = constant.getValue();
  if (positiveOnly && (input.isNegative() || input.isZero()))
    return {};
  bool losesInfo;
  APFloat wide = input;
  wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
               &losesInfo);
  std::feclearexcept(FE_ALL_EXCEPT);
  double result = fn(wide.convertToDouble());
  if (std::fetestexcept(FE_ALL_EXCEPT & ~FE_INEXACT)) {
    std::feclearexcept(FE_ALL_EXCEPT);
    return {};
  }
  APFloat folded(result);
  // f16 goes through the float function's result, as `::coshf(float(x))`.
  if (!type.isF64())
    folded.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
                   &losesInfo);
  folded.convert(cast<FloatType>(type).getFloatSemantics(),
                 APFloat::rmNearestTiesToEven, &losesInfo);
  return FloatAttr::get(type, folded);
}

OpFoldResult SinhOp::fold(FoldAdaptor adaptor) {
  return foldLikeLibmCall(adaptor.getX(), getType(),
                          [](double x) { return std::sinh(x); });
}

OpFoldResult CoshOp::fold(FoldAdaptor adaptor) {
  return foldLikeLibmCall(adaptor.getX(), getType(),
                          [](double x) { return std::cosh(x); });
}

OpFoldResult Log10Op::fold(FoldAdaptor adaptor) {
  return foldLikeLibmCall(adaptor.getX(), getType(),
                          [](double x) { return std::log10(x); },
                          /*positiveOnly=*/true);
}
