//===- ScalarBuilder.cpp - Warp scalar arithmetic for the LLVM lowering ---===//
//
// The C++ references are warp/native/builtin.h (scalars) and quat.h.
//
//===----------------------------------------------------------------------===//

#include "ScalarBuilder.h"

#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::warp;

Type mlir::warp::getLLVMScalarType(Type type) {
  if (isWarpInteger(type))
    return IntegerType::get(type.getContext(), type.getIntOrFloatBitWidth());
  return type;
}

Value mlir::warp::createScalarConstant(OpBuilder &builder, Location loc,
                                       Type type, double value) {
  TypedAttr attr;
  if (isa<FloatType>(type))
    attr = builder.getFloatAttr(type, value);
  else
    attr = builder.getIntegerAttr(type, APInt(type.getIntOrFloatBitWidth(),
                                              static_cast<int64_t>(value),
                                              /*isSigned=*/value < 0));
  return arith::ConstantOp::create(builder, loc, attr);
}

Value mlir::warp::convertFloat(OpBuilder &builder, Location loc, Value value,
                               Type to) {
  unsigned fromWidth = value.getType().getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(builder, loc, to, value);
  if (to.isF16() && fromWidth > 32)
    value = arith::TruncFOp::create(builder, loc, builder.getF32Type(), value);
  if (value.getType() == to)
    return value;
  return arith::TruncFOp::create(builder, loc, to, value);
}

//===----------------------------------------------------------------------===//
// ScalarBuilder
//===----------------------------------------------------------------------===//

Value ScalarBuilder::add(Value x, Value y) const {
  if (isFloat())
    return arith::AddFOp::create(b, loc, x, y);
  return arith::AddIOp::create(b, loc, x, y);
}

Value ScalarBuilder::sub(Value x, Value y) const {
  if (isFloat())
    return arith::SubFOp::create(b, loc, x, y);
  return arith::SubIOp::create(b, loc, x, y);
}

Value ScalarBuilder::mul(Value x, Value y) const {
  if (isFloat())
    return arith::MulFOp::create(b, loc, x, y);
  return arith::MulIOp::create(b, loc, x, y);
}

Value ScalarBuilder::mulAdd(Value x, Value y, Value acc) const {
  if (isFloat() && !x.getType().isF16())
    return math::FmaOp::create(b, loc, x, y, acc);
  return add(acc, mul(x, y));
}

Value ScalarBuilder::div(Value x, Value y) const {
  if (isFloat())
    return arith::DivFOp::create(b, loc, x, y);
  return promoted(x, y,
                  [&](Value lhs, Value rhs) { return narrowDiv(lhs, rhs); });
}

Value ScalarBuilder::narrowDiv(Value x, Value y) const {
  if (isFloat())
    return arith::DivFOp::create(b, loc, x, y);
  if (isSigned())
    return arith::DivSIOp::create(b, loc, x, y);
  return arith::DivUIOp::create(b, loc, x, y);
}

Value ScalarBuilder::mod(Value x, Value y) const {
  if (isFloat())
    return arith::RemFOp::create(b, loc, x, y);
  return promoted(x, y, [&](Value lhs, Value rhs) -> Value {
    if (isSigned())
      return arith::RemSIOp::create(b, loc, lhs, rhs);
    return arith::RemUIOp::create(b, loc, lhs, rhs);
  });
}

/// floor(x / y) on floats (the quotient rounded in the operand type first),
/// plain division on unsigned integers, and for signed ones
/// (floordiv_signed) the truncated quotient less one when the remainder is
/// nonzero and its sign differs from the divisor's.
Value ScalarBuilder::floorDiv(Value x, Value y) const {
  if (isFloat())
    return math::FloorOp::create(b, loc, div(x, y));
  if (!isSigned())
    return div(x, y);
  return promoted(x, y, [&](Value lhs, Value rhs) -> Value {
    Value quotient = arith::DivSIOp::create(b, loc, lhs, rhs);
    Value remainder = arith::RemSIOp::create(b, loc, lhs, rhs);
    // In the promoted type, which type() is not.
    Value zero = createScalarConstant(b, loc, lhs.getType(), 0);
    Value inexact = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                          remainder, zero);
    Value signsDiffer = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::slt,
        arith::XOrIOp::create(b, loc, remainder, rhs), zero);
    Value adjust = arith::ExtUIOp::create(
        b, loc, lhs.getType(),
        arith::AndIOp::create(b, loc, inexact, signsDiffer));
    return arith::SubIOp::create(b, loc, quotient, adjust);
  });
}

Value ScalarBuilder::pow(Value x, Value y) const {
  return libm<math::PowFOp>({x, y});
}

Value ScalarBuilder::neg(Value x) const {
  if (isFloat())
    return arith::NegFOp::create(b, loc, x);
  return arith::SubIOp::create(b, loc, constant(0), x);
}

Value ScalarBuilder::bitAnd(Value x, Value y) const {
  return arith::AndIOp::create(b, loc, x, y);
}

Value ScalarBuilder::bitOr(Value x, Value y) const {
  return arith::OrIOp::create(b, loc, x, y);
}

Value ScalarBuilder::bitXor(Value x, Value y) const {
  return arith::XOrIOp::create(b, loc, x, y);
}

Value ScalarBuilder::shl(Value x, Value y) const {
  return promoted(x, y, [&](Value lhs, Value rhs) -> Value {
    return arith::ShLIOp::create(b, loc, lhs, rhs);
  });
}

Value ScalarBuilder::shr(Value x, Value y) const {
  return promoted(x, y, [&](Value lhs, Value rhs) -> Value {
    if (isSigned())
      return arith::ShRSIOp::create(b, loc, lhs, rhs);
    return arith::ShRUIOp::create(b, loc, lhs, rhs);
  });
}

Value ScalarBuilder::select(Value condition, Value t, Value f) const {
  return arith::SelectOp::create(b, loc, condition, t, f);
}

Value ScalarBuilder::cmpf(arith::CmpFPredicate predicate, Value x,
                          Value y) const {
  return arith::CmpFOp::create(b, loc, predicate, x, y);
}

Value ScalarBuilder::cmpi(bool less, Value x, Value y) const {
  using P = arith::CmpIPredicate;
  P predicate =
      isSigned() ? (less ? P::slt : P::sgt) : (less ? P::ult : P::ugt);
  return arith::CmpIOp::create(b, loc, predicate, x, y);
}

Value ScalarBuilder::isNegative(Value x) const {
  if (isFloat())
    return cmpf(arith::CmpFPredicate::OLT, x, constant(0));
  return cmpi(/*less=*/true, x, constant(0));
}

Value ScalarBuilder::min(Value x, Value y) const {
  if (!isFloat())
    return select(cmpi(/*less=*/true, x, y), x, y);
  Value yIsNumber = cmpf(arith::CmpFPredicate::OEQ, y, y);
  return select(cmpf(arith::CmpFPredicate::OLE, x, y), x,
                select(yIsNumber, y, x));
}

Value ScalarBuilder::max(Value x, Value y) const {
  if (!isFloat())
    return select(cmpi(/*less=*/false, x, y), x, y);
  Value yIsNumber = cmpf(arith::CmpFPredicate::OEQ, y, y);
  return select(cmpf(arith::CmpFPredicate::OGE, x, y), x,
                select(yIsNumber, y, x));
}

Value ScalarBuilder::clamp(Value x, Value low, Value high) const {
  return min(max(low, x), high);
}

Value ScalarBuilder::viaF32(
    ValueRange args,
    function_ref<Value(const ScalarBuilder &, ValueRange)> fn) const {
  if (!warpType.isF16())
    return fn(*this, args);
  Type f32 = b.getF32Type();
  SmallVector<Value> wide;
  for (Value arg : args)
    wide.push_back(arith::ExtFOp::create(b, loc, f32, arg));
  ScalarBuilder wideScalar{b, loc, f32};
  return arith::TruncFOp::create(b, loc, warpType, fn(wideScalar, wide));
}

Value ScalarBuilder::sqrt(Value x) const { return libm<math::SqrtOp>(x); }

Value ScalarBuilder::toF64(Value x) const {
  return convertFloat(b, loc, x, b.getF64Type());
}

Value ScalarBuilder::fromF64(Value x) const {
  return convertFloat(b, loc, x, warpType);
}

/// 8- and 16-bit integers are extended to 32 bits by signedness and the
/// result truncated back. This defines what LLVM's narrow ops would not:
/// si8(-128) / si8(-1) is -128 and ui8(1) << ui8(8) is 0.
Value ScalarBuilder::promoted(Value x, Value y,
                              function_ref<Value(Value, Value)> fn) const {
  auto type = cast<IntegerType>(x.getType());
  if (type.getWidth() >= 32)
    return fn(x, y);
  Type i32 = b.getI32Type();
  auto extend = [&](Value value) -> Value {
    if (isSigned())
      return arith::ExtSIOp::create(b, loc, i32, value);
    return arith::ExtUIOp::create(b, loc, i32, value);
  };
  return arith::TruncIOp::create(b, loc, type, fn(extend(x), extend(y)));
}

//===----------------------------------------------------------------------===//
// Shared products
//===----------------------------------------------------------------------===//

Value mlir::warp::dotProduct(const ScalarBuilder &s, ArrayRef<Value> a,
                             ArrayRef<Value> b, bool fromZero) {
  Value sum = s.mul(a[0], b[0]);
  if (fromZero)
    sum = s.add(s.constant(0), sum);
  for (auto [x, y] : llvm::drop_begin(llvm::zip_equal(a, b)))
    sum = s.add(sum, s.mul(x, y));
  return sum;
}

SmallVector<Value> mlir::warp::quatRotate(const ScalarBuilder &s,
                                          ArrayRef<Value> q, ArrayRef<Value> v,
                                          Value one) {
  enum { X, Y, Z, W };
  // c = 2 * q.w * q.w - 1; d = 2 * (q.x * v.x + q.y * v.y + q.z * v.z)
  Value two = s.constant(2);
  Value twoWW = s.mul(s.mul(two, q[W]), q[W]);
  if (!one)
    one = s.constant(1);
  Value c = s.sub(twoWW, one);
  Value d = s.mul(two, dotProduct(s, q.take_front(3), v));
  // v[i] * c + q[i] * d + (q[j] * v[k] - q[k] * v[j]) * q.w * 2
  auto component = [&](int i, int j, int k) {
    Value cross = s.sub(s.mul(q[j], v[k]), s.mul(q[k], v[j]));
    Value sum = s.add(s.mul(v[i], c), s.mul(q[i], d));
    return s.add(sum, s.mul(s.mul(cross, q[W]), two));
  };
  return {component(X, Y, Z), component(Y, Z, X), component(Z, X, Y)};
}
