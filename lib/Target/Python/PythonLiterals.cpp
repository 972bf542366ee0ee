//===- PythonLiterals.cpp - scalar constants as Python literals -----------===//

#include "PythonLiterals.h"

#include "PythonTypes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/SmallString.h"

#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace mlir::warp::python;

/// `magnitude` (positive, finite, non-zero) to `digits` significant digits:
/// the digits, and the decimal exponent of the first one.
static std::pair<std::string, int> roundToDigits(double magnitude, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.*e", digits - 1, magnitude);
  StringRef text(buffer);
  auto [mantissa, exponent] = text.split('e');
  std::string result;
  for (char c : mantissa)
    if (c != '.')
      result += c;
  while (result.size() > 1 && result.back() == '0')
    result.pop_back();
  return {result, std::atoi(exponent.str().c_str())};
}

/// Python's float repr layout of `digits` x 10^(exponent - digits + 1):
/// positional for exponents in [-4, 16), else scientific (without `+`, as
/// black writes exponents).
static std::string layoutDecimal(StringRef digits, int exponent) {
  int count = digits.size();
  if (exponent < -4 || exponent >= 16) {
    std::string text = digits.take_front(1).str();
    if (count > 1)
      text += "." + digits.drop_front(1).str();
    return text + "e" + std::to_string(exponent);
  }
  int point = exponent + 1; // digits before the decimal point
  if (point <= 0)
    return "0." + std::string(-point, '0') + digits.str();
  if (point >= count)
    return digits.str() + std::string(point - count, '0') + ".0";
  return digits.take_front(point).str() + "." + digits.drop_front(point).str();
}

/// Whether `text` (a decimal) converts, through a double, to `target`.
static bool readsBackAs(StringRef text, const llvm::APFloat &target) {
  double parsed = std::strtod(text.str().c_str(), nullptr);
  llvm::APFloat value(parsed);
  bool lostInfo = false;
  value.convert(target.getSemantics(), llvm::APFloat::rmNearestTiesToEven,
                &lostInfo);
  return value.bitwiseIsEqual(target);
}

std::string
mlir::warp::python::formatFloatMagnitude(const llvm::APFloat &value) {
  llvm::APFloat magnitude = abs(value);
  if (magnitude.isZero())
    return "0.0";
  bool lostInfo = false;
  llvm::APFloat asDouble = magnitude;
  asDouble.convert(llvm::APFloat::IEEEdouble(),
                   llvm::APFloat::rmNearestTiesToEven, &lostInfo);
  double exact = asDouble.convertToDouble();
  // 17 digits always read back as the same double, which every narrower
  // type's value is exactly.
  for (int digits = 1; digits <= 17; ++digits) {
    auto [text, exponent] = roundToDigits(exact, digits);
    std::string decimal = layoutDecimal(text, exponent);
    if (readsBackAs(decimal, magnitude))
      return decimal;
  }
  auto [text, exponent] = roundToDigits(exact, 17);
  return layoutDecimal(text, exponent);
}

/// `callee(argument)`.
static ExprPtr wrapInCall(StringRef callee, ExprPtr argument) {
  SmallVector<ExprPtr> args;
  args.push_back(std::move(argument));
  return Expr::call(callee.str(), std::move(args));
}

static ExprPtr negated(ExprPtr magnitude, bool negative) {
  return negative ? Expr::unary("-", std::move(magnitude))
                  : std::move(magnitude);
}

bool mlir::warp::python::isBareLiteralType(Type type) {
  return type.isInteger(1) || type.isF32() ||
         (type.isSignedInteger() && type.getIntOrFloatBitWidth() == 32);
}

ExprPtr mlir::warp::python::literalExpr(TypedAttr value, bool forVariable) {
  Type type = value.getType();
  std::string typeName = spellScalarType(type);
  ExprPtr plain;
  if (auto integer = dyn_cast<IntegerAttr>(value)) {
    if (type.isInteger(1)) {
      plain = Expr::atom(integer.getValue().isZero() ? "False" : "True");
    } else {
      const APInt &bits = integer.getValue();
      bool isSigned = !type.isUnsignedInteger();
      bool negative = isSigned && bits.isNegative();
      SmallString<24> digits;
      (negative ? -bits : bits).toString(digits, 10, /*Signed=*/false);
      plain = negated(Expr::atom(digits.str().str()), negative);
    }
  } else {
    const llvm::APFloat &number = cast<FloatAttr>(value).getValue();
    if (number.isNaN())
      plain = Expr::atom("wp.nan");
    else if (number.isInfinity())
      plain = negated(Expr::atom("wp.inf"), number.isNegative());
    else
      plain = negated(Expr::atom(formatFloatMagnitude(number)),
                      number.isNegative());
  }
  // int32, float32 and bool are what bare literals mean in Warp.
  if (isBareLiteralType(type) && !forVariable)
    return plain;
  return wrapInCall(typeName, std::move(plain));
}
