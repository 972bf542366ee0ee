//===- ScalarBuilder.h - Warp scalar arithmetic for the LLVM lowering -----===//
//
// The arithmetic, math and composite lowerings all expand Warp builtins into
// straight-line scalar code that must follow Warp's C++ operation for
// operation. This is the one scalar builder they share, so that an operator
// (integer promotion, half through float, ...) is spelled out once.
//
//===----------------------------------------------------------------------===//

#ifndef LIB_CONVERSION_WARPTOLLVM_SCALARBUILDER_H
#define LIB_CONVERSION_WARPTOLLVM_SCALARBUILDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

namespace mlir::warp {

/// The LLVM type of the Warp scalar type `type`: integers lose their
/// signedness.
Type getLLVMScalarType(Type type);

/// The scalar constant `value` of the (LLVM scalar) type `type`.
Value createScalarConstant(OpBuilder &builder, Location loc, Type type,
                           double value);

/// Rounds the float `value` to the float type `to`. Warp's half has a float
/// constructor only, so f64 reaches f16 through f32 (rounding twice).
Value convertFloat(OpBuilder &builder, Location loc, Value value, Type to);

/// Builds scalar code in one Warp element type, which supplies the
/// signedness LLVM's signless integers lose. `warpType` may be null for
/// lowerings that build no arithmetic.
struct ScalarBuilder {
  OpBuilder &b;
  Location loc;
  Type warpType;

  bool isFloat() const { return isa<FloatType>(warpType); }
  bool isSigned() const { return warpType.isSignedInteger(); }
  bool isUnsigned() const { return warpType.isUnsignedInteger(); }
  /// The LLVM type of values of `warpType`.
  Type type() const { return getLLVMScalarType(warpType); }
  /// The builder for C++ `double` arithmetic in the same place.
  ScalarBuilder f64() const { return {b, loc, b.getF64Type()}; }

  Value constant(double value) const {
    return createScalarConstant(b, loc, type(), value);
  }

  Value add(Value x, Value y) const;
  Value sub(Value x, Value y) const;
  Value mul(Value x, Value y) const;
  /// mat.h's muladd, `acc + x * y`, fused for f32 and f64 as Warp
  /// specializes it to fmaf/fma.
  Value mulAdd(Value x, Value y, Value acc) const;
  /// C++ `/`: IEEE for floats; integers truncate toward zero after integral
  /// promotion.
  Value div(Value x, Value y) const;
  /// C++ `%` on integers, fmod on floats: the sign of the dividend.
  Value mod(Value x, Value y) const;
  /// builtin.h floordiv.
  Value floorDiv(Value x, Value y) const;
  /// powf/pow; builtin.h computes pow(half, half) in float.
  Value pow(Value x, Value y) const;
  /// C unary `-`: a sign flip for floats (not 0 - x), wrapping for integers.
  Value neg(Value x) const;

  Value bitAnd(Value x, Value y) const;
  Value bitOr(Value x, Value y) const;
  Value bitXor(Value x, Value y) const;
  Value shl(Value x, Value y) const;
  /// Arithmetic for signed integers, logical for unsigned ones.
  Value shr(Value x, Value y) const;

  Value select(Value condition, Value t, Value f) const;
  Value cmpf(arith::CmpFPredicate predicate, Value x, Value y) const;
  /// Integer `x < y` (or `x > y`) with the Warp type's signedness.
  Value cmpi(bool less, Value x, Value y) const;
  Value isNegative(Value x) const;
  /// builtin.h `min`: `a < b ? a : b` on integers; on floats the host
  /// `_wp_native_fmin`, `a <= b ? a : (b == b ? b : a)`.
  Value min(Value x, Value y) const;
  /// `a > b ? a : b`; on floats `a >= b ? a : (b == b ? b : a)`.
  Value max(Value x, Value y) const;
  /// `clamp(x, a, b) = min(max(a, x), b)`.
  Value clamp(Value x, Value low, Value high) const;

  /// `fn` of `args`, evaluated in f32 when they are f16 as Warp's half
  /// overloads do, then rounded back.
  Value viaF32(ValueRange args,
               function_ref<Value(const ScalarBuilder &, ValueRange)> fn) const;
  /// A math-dialect function of the same semantics as the C library
  /// function Warp calls.
  template <typename MathOp> Value libm(ValueRange args) const {
    return viaF32(args, [](const ScalarBuilder &w, ValueRange wide) -> Value {
      return MathOp::create(w.b, w.loc, wide.front().getType(), wide);
    });
  }
  Value sqrt(Value x) const;

  /// C++'s implicit conversions to and from `double`.
  Value toF64(Value x) const;
  Value fromF64(Value x) const;

private:
  /// `/` at the operands' own width: div's step after promotion.
  Value narrowDiv(Value x, Value y) const;
  /// `fn(x, y)` after C++'s integral promotion.
  Value promoted(Value x, Value y, function_ref<Value(Value, Value)> fn) const;
};

/// `a[0] * b[0] + a[1] * b[1] + ...`, summed left to right. vec.h's generic
/// `dot` starts from `Type(0)` (`fromZero`), which turns a -0.0 sum into
/// +0.0.
Value dotProduct(const ScalarBuilder &s, ArrayRef<Value> a, ArrayRef<Value> b,
                 bool fromZero = false);

/// quat.h's quat_rotate(q, v), term by term, with q = (x, y, z, w). `one`
/// is the constant 1 if the caller has already built it, else it is built
/// after `2 * q.w * q.w`; the lowering tests pin down both placements.
SmallVector<Value> quatRotate(const ScalarBuilder &s, ArrayRef<Value> q,
                              ArrayRef<Value> v, Value one = {});

} // namespace mlir::warp

#endif // LIB_CONVERSION_WARPTOLLVM_SCALARBUILDER_H
