//===- WarpArithOps.cpp - Python arithmetic operators ---------------------===//
//
// The operand rules shared by every Python operator, the assembly of their
// types, and the arithmetic ops' folders. Folders follow Warp's C++: integers
// wrap at their width, floats round to nearest in their own precision, and
// nothing folds where Warp's result is undefined or raises an fp exception.
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// Operand rules
//===----------------------------------------------------------------------===//

LogicalResult mlir::warp::verifySameTypeOperands(Operation *op) {
  Type resultType = op->getResult(0).getType();
  for (auto [index, operand] : llvm::enumerate(op->getOperands())) {
    if (operand.getType() != resultType)
      return op->emitOpError()
             << "operand #" << index << " has type " << operand.getType()
             << " but the result has type " << resultType
             << "; Warp does not convert implicitly, cast explicitly";
  }
  return success();
}

/// The operand_kind bit of `type`, or 0 for anything else.
static unsigned getOperandKind(Type type) {
  if (isWarpScalar(type))
    return operand_kind::Scalar;
  if (isa<VecType>(type))
    return operand_kind::Vec;
  if (isa<MatType>(type))
    return operand_kind::Mat;
  if (isa<QuatType>(type))
    return operand_kind::Quat;
  if (isa<TransformType>(type))
    return operand_kind::Transform;
  return 0;
}

bool mlir::warp::isWarpOperatorOperand(Type type) {
  return getOperandKind(type) != 0;
}

/// "scalars, vectors or matrices" for a kind mask.
static std::string describeKinds(unsigned kinds) {
  static constexpr std::pair<unsigned, const char *> names[] = {
      {operand_kind::Scalar, "scalars"},
      {operand_kind::Vec, "vectors"},
      {operand_kind::Mat, "matrices"},
      {operand_kind::Quat, "quaternions"},
      {operand_kind::Transform, "transforms"}};
  SmallVector<const char *> present;
  for (auto [bit, name] : names)
    if (kinds & bit)
      present.push_back(name);
  std::string text;
  for (auto [index, name] : llvm::enumerate(present)) {
    if (index)
      text += index + 1 == present.size() ? " or " : ", ";
    text += name;
  }
  return text;
}

static bool acceptsElement(ElementClass elements, Type element) {
  switch (elements) {
  case ElementClass::Numeric:
    return isWarpNumeric(element);
  case ElementClass::Float:
    return isWarpFloat(element);
  case ElementClass::Integer:
    return isWarpInteger(element);
  }
  llvm_unreachable("unknown element class");
}

static const char *describeElements(ElementClass elements) {
  switch (elements) {
  case ElementClass::Numeric:
    return "numbers (si8..si64, ui8..ui64, f16, f32, f64)";
  case ElementClass::Float:
    return "floats (f16, f32, f64)";
  case ElementClass::Integer:
    return "integers (si8..si64, ui8..ui64)";
  }
  llvm_unreachable("unknown element class");
}

/// Checks the scalar (or element) class of `type`.
static LogicalResult
checkElements(const char *pyOp, unsigned kinds, ElementClass elements,
              Type type, function_ref<InFlightDiagnostic()> emitError) {
  if (acceptsElement(elements, getWarpElementType(type)))
    return success();
  InFlightDiagnostic diag = emitError();
  diag << "Warp's `" << pyOp << "` takes " << describeElements(elements);
  if (kinds != operand_kind::Scalar)
    diag << " and " << describeKinds(kinds & ~operand_kind::Scalar)
         << " of them";
  return diag << ", got " << type;
}

/// mat*vec, vec*mat and mat*mat: the result type, a null type after an error,
/// or std::nullopt when the operands are not such a pair.
static std::optional<Type>
inferLinearAlgebraType(Type lhs, Type rhs,
                       function_ref<InFlightDiagnostic()> emitError) {
  auto lhsMat = dyn_cast<MatType>(lhs), rhsMat = dyn_cast<MatType>(rhs);
  auto lhsVec = dyn_cast<VecType>(lhs), rhsVec = dyn_cast<VecType>(rhs);
  if (!(lhsMat && (rhsVec || rhsMat)) && !(lhsVec && rhsMat))
    return std::nullopt;
  Type element = getWarpElementType(lhs);
  if (element != getWarpElementType(rhs)) {
    emitError() << "cannot multiply " << lhs << " by " << rhs
                << ": element types differ and Warp does not convert "
                   "implicitly";
    return Type();
  }
  // The contracted extents: columns of the left operand, rows (or length)
  // of the right one.
  unsigned inner = lhsMat ? lhsMat.getCols() : lhsVec.getLength();
  unsigned rhsInner = rhsMat ? rhsMat.getRows() : rhsVec.getLength();
  if (inner != rhsInner) {
    emitError() << "cannot multiply " << lhs << " by " << rhs
                << ": the left operand has " << inner
                << (lhsMat ? " columns" : " components")
                << " but the right one has " << rhsInner
                << (rhsMat ? " rows" : " components");
    return Type();
  }
  if (lhsMat && rhsVec)
    return Type(VecType::get(lhs.getContext(), lhsMat.getRows(), element));
  if (lhsVec)
    return Type(VecType::get(lhs.getContext(), rhsMat.getCols(), element));
  return Type(MatType::get(lhs.getContext(), lhsMat.getRows(), rhsMat.getCols(),
                           element));
}

Type mlir::warp::inferOperatorResultType(
    const OperatorRules &rules, Type lhs, Type rhs,
    function_ref<InFlightDiagnostic()> emitError) {
  unsigned lhsKind = getOperandKind(lhs), rhsKind = getOperandKind(rhs);
  unsigned kinds =
      rules.sameType | rules.scaled |
      (rules.linearAlgebra ? operand_kind::Vec | operand_kind::Mat : 0);
  for (Type type : {lhs, rhs})
    if (failed(
            checkElements(rules.pyOp, kinds, rules.elements, type, emitError)))
      return {};

  if (lhs == rhs && (rules.sameType & lhsKind))
    return lhs;
  if (lhsKind == rhsKind && (rules.sameType & lhsKind)) {
    emitError() << "operands have types " << lhs << " and " << rhs
                << "; Warp does not convert implicitly, cast one explicitly";
    return {};
  }

  // A composite scaled by a scalar, on either side.
  bool scalarLeft = lhsKind == operand_kind::Scalar && (rules.scaled & rhsKind);
  bool scalarRight =
      rhsKind == operand_kind::Scalar && (rules.scaled & lhsKind);
  if (scalarLeft || scalarRight) {
    Type scalar = scalarLeft ? lhs : rhs;
    Type composite = scalarLeft ? rhs : lhs;
    if (getWarpElementType(composite) != scalar) {
      emitError() << "cannot scale " << composite << " by " << scalar
                  << ": the scalar must have the element type "
                  << getWarpElementType(composite)
                  << "; Warp does not convert implicitly";
      return {};
    }
    return composite;
  }

  if (rules.linearAlgebra)
    if (std::optional<Type> product =
            inferLinearAlgebraType(lhs, rhs, emitError))
      return *product;

  InFlightDiagnostic diag = emitError();
  diag << "Warp has no `" << rules.pyOp << "` for " << lhs << " and " << rhs
       << "; it takes two " << describeKinds(rules.sameType) << " of one type";
  if (rules.scaled)
    diag << ", " << describeKinds(rules.scaled)
         << " with their element type on either side";
  if (rules.linearAlgebra)
    diag << ", or matrix-vector, vector-matrix and matrix-matrix products";
  return {};
}

LogicalResult mlir::warp::verifyBinaryOperator(Operation *op,
                                               const OperatorRules &rules) {
  Type lhs = op->getOperand(0).getType(), rhs = op->getOperand(1).getType();
  Type result = op->getResult(0).getType();
  Type expected = inferOperatorResultType(rules, lhs, rhs,
                                          [op] { return op->emitOpError(); });
  if (!expected)
    return failure();
  if (result != expected)
    return op->emitOpError()
           << "result has type " << result << " but Warp's `" << rules.pyOp
           << "` of " << lhs << " and " << rhs << " yields " << expected;
  return success();
}

LogicalResult mlir::warp::verifyUnaryOperator(Operation *op, const char *pyOp,
                                              unsigned kinds,
                                              ElementClass elements) {
  Type type = op->getOperand(0).getType();
  auto emitError = [op] { return op->emitOpError(); };
  if (failed(checkElements(pyOp, kinds, elements, type, emitError)))
    return failure();
  if (!(getOperandKind(type) & kinds))
    return emitError() << "Warp has no unary `" << pyOp << "` for " << type
                       << "; it takes " << describeKinds(kinds);
  return success();
}

//===----------------------------------------------------------------------===//
// Assembly
//===----------------------------------------------------------------------===//

ParseResult mlir::warp::parseOperatorTypes(OpAsmParser &parser, Type &lhs,
                                           Type &rhs, Type &result) {
  SMLoc loc = parser.getCurrentLocation();
  Type type;
  if (parser.parseType(type))
    return failure();
  auto function = dyn_cast<FunctionType>(type);
  if (!function) {
    lhs = rhs = result = type;
    return success();
  }
  if (function.getNumInputs() != 2 || function.getNumResults() != 1)
    return parser.emitError(loc, "expected one type, or '(lhs, rhs) -> "
                                 "result' for operands of different types");
  lhs = function.getInput(0);
  rhs = function.getInput(1);
  result = function.getResult(0);
  return success();
}

void mlir::warp::printOperatorTypes(OpAsmPrinter &printer, Operation *,
                                    Type lhs, Type rhs, Type result) {
  if (lhs == rhs && rhs == result)
    printer << result;
  else
    printer.printFunctionalType(TypeRange{lhs, rhs}, TypeRange{result});
}

//===----------------------------------------------------------------------===//
// Folding
//===----------------------------------------------------------------------===//

/// A float result, unless the operation raised invalid or divide-by-zero:
/// Warp's fp checks report those at run time, and NaN payloads differ
/// between backends.
static std::optional<APFloat> checked(APFloat::opStatus status,
                                      const APFloat &value) {
  if (status & (APFloat::opInvalidOp | APFloat::opDivByZero))
    return std::nullopt;
  return value;
}

static constexpr APFloat::roundingMode kNearest = APFloat::rmNearestTiesToEven;

/// Whether a signed integer division `a / b` is defined in Warp's C++: no
/// zero divisor, and no overflow of the minimum value divided by -1 (which
/// traps at 32 and 64 bits; narrower types are kept alike for simplicity).
static bool isDefinedDivision(const APInt &a, const APInt &b, bool isSigned) {
  if (b.isZero())
    return false;
  return !(isSigned && a.isMinSignedValue() && b.isAllOnes());
}

static bool isIntegerConstant(Attribute attr, int64_t value) {
  auto integer = dyn_cast_or_null<IntegerAttr>(attr);
  return integer &&
         integer.getValue() ==
             APInt(integer.getValue().getBitWidth(), value, /*isSigned=*/true);
}

/// `attr` is a float constant bitwise equal to `value` (a small constant that
/// every Warp float represents exactly).
static bool isFloatConstant(Attribute attr, double value) {
  auto number = dyn_cast_or_null<FloatAttr>(attr);
  if (!number)
    return false;
  APFloat expected(value);
  bool losesInfo;
  expected.convert(number.getValue().getSemantics(), kNearest, &losesInfo);
  return number.getValue().bitwiseIsEqual(expected);
}

/// The scalar constant `attr` is exactly one (integer 1 or float 1.0).
static bool isOne(Attribute attr) {
  return isIntegerConstant(attr, 1) || isFloatConstant(attr, 1.0);
}

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldScalarBinary(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a + b; },
          [](APFloat a, const APFloat &b) {
            return checked(a.add(b, kNearest), a);
          }))
    return folded;
  // x + 0 is x for integers; for floats only x + (-0.0) is (0.0 + -0.0 is
  // +0.0, so x + 0.0 is not x when x is -0.0).
  if (isIntegerConstant(adaptor.getRhs(), 0) ||
      isFloatConstant(adaptor.getRhs(), -0.0))
    return getLhs();
  return {};
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldScalarBinary(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a - b; },
          [](APFloat a, const APFloat &b) {
            return checked(a.subtract(b, kNearest), a);
          }))
    return folded;
  // x - 0 is x for integers, x - (+0.0) is x for floats.
  if (isIntegerConstant(adaptor.getRhs(), 0) ||
      isFloatConstant(adaptor.getRhs(), 0.0))
    return getLhs();
  // x - x is 0 for integers only (inf - inf and NaN - NaN are NaN).
  if (getLhs() == getRhs() && isWarpInteger(getType()))
    return IntegerAttr::get(getType(), 0);
  return {};
}

/// `*` and `@`: constant scalars, x * 1 and 1 * x (exact for every type,
/// composites scaled by 1 included), and integer x * 0.
template <typename MulLikeOp>
static OpFoldResult foldMultiply(MulLikeOp op,
                                 typename MulLikeOp::FoldAdaptor adaptor) {
  if (Attribute folded = foldScalarBinary(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b, bool) { return a * b; },
          [](APFloat a, const APFloat &b) {
            return checked(a.multiply(b, kNearest), a);
          }))
    return folded;
  Type type = op.getType();
  if (isOne(adaptor.getRhs()) && op.getLhs().getType() == type)
    return op.getLhs();
  if (isOne(adaptor.getLhs()) && op.getRhs().getType() == type)
    return op.getRhs();
  if (isWarpInteger(type) && (isIntegerConstant(adaptor.getLhs(), 0) ||
                              isIntegerConstant(adaptor.getRhs(), 0)))
    return IntegerAttr::get(type, 0);
  return {};
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  return foldMultiply(*this, adaptor);
}

OpFoldResult MatmulOp::fold(FoldAdaptor adaptor) {
  return foldMultiply(*this, adaptor);
}

OpFoldResult DivOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldScalarBinary(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b,
             bool isSigned) -> std::optional<APInt> {
            if (!isDefinedDivision(a, b, isSigned))
              return std::nullopt;
            return isSigned ? a.sdiv(b) : a.udiv(b);
          },
          [](APFloat a, const APFloat &b) {
            return checked(a.divide(b, kNearest), a);
          }))
    return folded;
  // x / 1 is x, for integers, floats and composites divided by a scalar.
  if (isOne(adaptor.getRhs()) && getLhs().getType() == getType())
    return getLhs();
  return {};
}

OpFoldResult FloorDivOp::fold(FoldAdaptor adaptor) {
  if (Attribute folded = foldScalarBinary(
          adaptor.getLhs(), adaptor.getRhs(),
          [](const APInt &a, const APInt &b,
             bool isSigned) -> std::optional<APInt> {
            if (!isDefinedDivision(a, b, isSigned))
              return std::nullopt;
            if (!isSigned)
              return a.udiv(b);
            // Truncate, then step down when the remainder has the opposite
            // sign of the divisor (warp/native/builtin.h floordiv_signed).
            APInt quotient = a.sdiv(b), remainder = a.srem(b);
            if (!remainder.isZero() && remainder.isNegative() != b.isNegative())
              --quotient;
            return quotient;
          },
          [](APFloat a, const APFloat &b) -> std::optional<APFloat> {
            // floor(a / b), the quotient rounded to the type first.
            if (!checked(a.divide(b, kNearest), a))
              return std::nullopt;
            return checked(a.roundToIntegral(APFloat::rmTowardNegative), a);
          }))
    return folded;
  // x // 1 is x for integers only (for floats it is floor(x)).
  if (isWarpInteger(getType()) && isIntegerConstant(adaptor.getRhs(), 1))
    return getLhs();
  return {};
}

OpFoldResult ModOp::fold(FoldAdaptor adaptor) {
  return foldScalarBinary(
      adaptor.getLhs(), adaptor.getRhs(),
      [](const APInt &a, const APInt &b,
         bool isSigned) -> std::optional<APInt> {
        if (!isDefinedDivision(a, b, isSigned))
          return std::nullopt;
        // C++ `%`: the remainder takes the dividend's sign.
        return isSigned ? a.srem(b) : a.urem(b);
      },
      [](APFloat a, const APFloat &b) {
        // fmod, exact; APFloat::mod has fmod's sign convention.
        return checked(a.mod(b), a);
      });
}

LogicalResult NegOp::verify() {
  using namespace operand_kind;
  return verifyUnaryOperator(getOperation(), "-", Scalar | Vec | Mat | Quat,
                             ElementClass::Numeric);
}

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  if (auto integer = dyn_cast_or_null<IntegerAttr>(adaptor.getOperand()))
    return IntegerAttr::get(type, -integer.getValue());
  if (auto number = dyn_cast_or_null<FloatAttr>(adaptor.getOperand())) {
    // Warp computes T(0) - x: -(0.0) and -(-0.0) are both +0.0.
    APFloat result = APFloat::getZero(number.getValue().getSemantics());
    if (std::optional<APFloat> difference =
            checked(result.subtract(number.getValue(), kNearest), result))
      return FloatAttr::get(type, *difference);
    return {};
  }
  // -(-x) is x except for float scalars: 0 - (0 - (-0.0)) is +0.0. Composites
  // flip signs componentwise, which is exact.
  if (auto inner = getOperand().getDefiningOp<NegOp>())
    if (!isWarpFloat(type))
      return inner.getOperand();
  return {};
}
