//===- WarpArithSupport.h - helpers for Warp's Python operators -*- C++ -*-===//
//
// Declarations the generated classes of the operator families (arithmetic,
// comparisons, bitwise, casts) refer to.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H
#define WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"

#include <optional>

namespace mlir::warp {
/// Verifies that every operand and the result share one type, naming both
/// types when they do not (Warp has no implicit promotion).
LogicalResult verifySameTypeOperands(Operation *op);

/// The shapes of value Warp's operators act on, as bits of a mask.
namespace operand_kind {
enum : unsigned {
  Scalar = 1 << 0,
  Vec = 1 << 1,
  Mat = 1 << 2,
  Quat = 1 << 3,
  Transform = 1 << 4,
};
} // namespace operand_kind

/// Which scalars an operator takes (as such, or as the element of a vector,
/// matrix, ...).
enum class ElementClass { Numeric, Float, Integer };

/// The operand combinations one Python operator accepts in Warp
/// (warp/_src/builtins.py lists them as overloads).
struct OperatorRules {
  /// The Python spelling, for messages: "*", "//", ...
  const char *pyOp;
  /// Kinds K accepted as `K op K` with both operands of one type.
  unsigned sameType;
  /// Kinds K accepted as `K op s` and `s op K`, s being K's element type.
  unsigned scaled;
  /// Whether mat*vec, vec*mat and mat*mat (shapes permitting) are accepted.
  bool linearAlgebra;
  ElementClass elements;
};

/// A value Warp's operators may take: a Warp scalar, vector, matrix,
/// quaternion or transform.
bool isWarpOperatorOperand(Type type);

/// The result type of `lhs op rhs` under `rules`, or a null type after
/// reporting through `emitError` why Warp rejects the combination.
Type inferOperatorResultType(const OperatorRules &rules, Type lhs, Type rhs,
                             function_ref<InFlightDiagnostic()> emitError);

/// Verifies a binary operator op (operands lhs, rhs; one result).
LogicalResult verifyBinaryOperator(Operation *op, const OperatorRules &rules);

/// Verifies a unary operator whose result has its operand's type; `kinds` is
/// the operand_kind mask it accepts.
LogicalResult verifyUnaryOperator(Operation *op, const char *pyOp,
                                  unsigned kinds, ElementClass elements);

/// `T` when lhs, rhs and result agree, `(L, R) -> Res` otherwise. Since no
/// Warp value is a function type, the parser tells the two forms apart by the
/// type it reads.
ParseResult parseOperatorTypes(OpAsmParser &parser, Type &lhs, Type &rhs,
                               Type &result);
void printOperatorTypes(OpAsmPrinter &printer, Operation *op, Type lhs,
                        Type rhs, Type result);

/// `T` when both comparands have one type, `L, R` otherwise.
ParseResult parseCompareTypes(OpAsmParser &parser, Type &lhs, Type &rhs);
void printCompareTypes(OpAsmPrinter &printer, Operation *op, Type lhs,
                       Type rhs);

/// The type two scalars of different types compare in: C++'s usual
/// arithmetic conversions, which Warp inherits by emitting `a < b` as C++.
/// CmpOp's folder and its LLVM lowering must agree on it.
Type getComparisonType(Type lhs, Type rhs);

/// The constant `value` (an IntegerAttr or FloatAttr of a Warp scalar type)
/// converted to the Warp scalar type `target` as Warp's scalar constructors
/// do, or null where the conversion is undefined (float to integer out of
/// range or NaN).
Attribute foldScalarCast(Attribute value, Type target);

/// Folds `lhs op rhs` for two scalar constants of the same Warp type.
/// `intFn(a, b, isSigned)` and `floatFn(a, b)` return the result, or nothing
/// where folding would not be sound (undefined behaviour, a floating-point
/// exception Warp's fp checks would report, ...).
template <typename IntFn, typename FloatFn>
Attribute foldScalarBinary(Attribute lhs, Attribute rhs, IntFn intFn,
                           FloatFn floatFn) {
  if (auto a = dyn_cast_or_null<IntegerAttr>(lhs)) {
    auto b = dyn_cast_or_null<IntegerAttr>(rhs);
    if (!b || a.getType() != b.getType())
      return {};
    if (std::optional<APInt> r =
            intFn(a.getValue(), b.getValue(), !a.getType().isUnsignedInteger()))
      return IntegerAttr::get(a.getType(), *r);
    return {};
  }
  if (auto a = dyn_cast_or_null<FloatAttr>(lhs)) {
    auto b = dyn_cast_or_null<FloatAttr>(rhs);
    if (!b || a.getType() != b.getType())
      return {};
    if (std::optional<APFloat> r = floatFn(a.getValue(), b.getValue()))
      return FloatAttr::get(a.getType(), *r);
  }
  return {};
}

} // namespace mlir::warp

#endif // WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H
