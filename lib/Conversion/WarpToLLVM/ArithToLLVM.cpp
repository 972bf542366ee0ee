//===- ArithToLLVM.cpp - literals and Python operators to LLVM ------------===//
//
// Integer ops take their signedness from the warp type, since LLVM integers
// are signless; float ops follow Warp's C++ exactly (e.g. scalar -x is 0 - x).
// The C++ references are warp/native/builtin.h (scalars), vec.h, mat.h,
// quat.h and spatial.h (composites).
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

//===----------------------------------------------------------------------===//
// Scalar semantics
//===----------------------------------------------------------------------===//

/// The LLVM type of the Warp scalar type `type`: integers lose their
/// signedness.
Type getLLVMScalarType(Type type) {
  if (isWarpInteger(type))
    return IntegerType::get(type.getContext(), type.getIntOrFloatBitWidth());
  return type;
}

/// The scalar constant `value` of the (LLVM scalar) type `type`.
Value createScalarConstant(OpBuilder &builder, Location loc, Type type,
                           int64_t value) {
  TypedAttr attr;
  if (isa<FloatType>(type))
    attr = builder.getFloatAttr(type, static_cast<double>(value));
  else
    attr = builder.getIntegerAttr(type, APInt(type.getIntOrFloatBitWidth(),
                                              value, /*isSigned=*/value < 0));
  return arith::ConstantOp::create(builder, loc, attr);
}

/// Warp's scalar operators on converted values of one Warp element type,
/// which supplies the signedness the signless LLVM values lack.
class ScalarOps {
public:
  ScalarOps(OpBuilder &builder, Location loc, Type element)
      : builder(builder), loc(loc), isFloat(isWarpFloat(element)),
        isSigned(element.isSignedInteger()) {}

  Value constant(Value like, int64_t value) const {
    return createScalarConstant(builder, loc, like.getType(), value);
  }

  Value add(Value a, Value b) const {
    if (isFloat)
      return arith::AddFOp::create(builder, loc, a, b);
    return arith::AddIOp::create(builder, loc, a, b);
  }
  Value sub(Value a, Value b) const {
    if (isFloat)
      return arith::SubFOp::create(builder, loc, a, b);
    return arith::SubIOp::create(builder, loc, a, b);
  }
  Value mul(Value a, Value b) const {
    if (isFloat)
      return arith::MulFOp::create(builder, loc, a, b);
    return arith::MulIOp::create(builder, loc, a, b);
  }
  /// mat.h's muladd, `acc + a * b`, fused for f32 and f64 as Warp
  /// specializes it to fmaf/fma.
  Value mulAdd(Value a, Value b, Value acc) const {
    if (isFloat && !a.getType().isF16())
      return math::FmaOp::create(builder, loc, a, b, acc);
    return add(acc, mul(a, b));
  }

  /// C++ `/`: integers truncate toward zero.
  Value div(Value a, Value b) const {
    if (isFloat)
      return arith::DivFOp::create(builder, loc, a, b);
    return promoted(a, b, [&](Value x, Value y) -> Value {
      if (isSigned)
        return arith::DivSIOp::create(builder, loc, x, y);
      return arith::DivUIOp::create(builder, loc, x, y);
    });
  }
  /// C++ `%` on integers, fmod on floats: the sign of the dividend.
  Value mod(Value a, Value b) const {
    if (isFloat)
      return arith::RemFOp::create(builder, loc, a, b);
    return promoted(a, b, [&](Value x, Value y) -> Value {
      if (isSigned)
        return arith::RemSIOp::create(builder, loc, x, y);
      return arith::RemUIOp::create(builder, loc, x, y);
    });
  }
  /// builtin.h floordiv: floor(a / b) on floats (the quotient rounded in the
  /// operand type first), plain division on unsigned integers, and for
  /// signed ones (floordiv_signed) the truncated quotient less one when the
  /// remainder is nonzero and its sign differs from the divisor's.
  Value floorDiv(Value a, Value b) const {
    if (isFloat)
      return math::FloorOp::create(builder, loc, div(a, b));
    if (!isSigned)
      return div(a, b);
    return promoted(a, b, [&](Value x, Value y) -> Value {
      Value quotient = arith::DivSIOp::create(builder, loc, x, y);
      Value remainder = arith::RemSIOp::create(builder, loc, x, y);
      Value zero = constant(x, 0);
      Value inexact = arith::CmpIOp::create(
          builder, loc, arith::CmpIPredicate::ne, remainder, zero);
      Value signsDiffer = arith::CmpIOp::create(
          builder, loc, arith::CmpIPredicate::slt,
          arith::XOrIOp::create(builder, loc, remainder, y), zero);
      Value adjust = arith::ExtUIOp::create(
          builder, loc, x.getType(),
          arith::AndIOp::create(builder, loc, inexact, signsDiffer));
      return arith::SubIOp::create(builder, loc, quotient, adjust);
    });
  }
  /// powf/pow; builtin.h computes pow(half, half) in float.
  Value pow(Value a, Value b) const {
    Type type = a.getType();
    if (!type.isF16())
      return math::PowFOp::create(builder, loc, a, b);
    Type f32 = builder.getF32Type();
    Value power = math::PowFOp::create(
        builder, loc, arith::ExtFOp::create(builder, loc, f32, a),
        arith::ExtFOp::create(builder, loc, f32, b));
    return arith::TruncFOp::create(builder, loc, type, power);
  }

  Value bitAnd(Value a, Value b) const {
    return arith::AndIOp::create(builder, loc, a, b);
  }
  Value bitOr(Value a, Value b) const {
    return arith::OrIOp::create(builder, loc, a, b);
  }
  Value bitXor(Value a, Value b) const {
    return arith::XOrIOp::create(builder, loc, a, b);
  }
  Value shl(Value a, Value b) const {
    return promoted(a, b, [&](Value x, Value y) -> Value {
      return arith::ShLIOp::create(builder, loc, x, y);
    });
  }
  /// Arithmetic for signed integers, logical for unsigned ones.
  Value shr(Value a, Value b) const {
    return promoted(a, b, [&](Value x, Value y) -> Value {
      if (isSigned)
        return arith::ShRSIOp::create(builder, loc, x, y);
      return arith::ShRUIOp::create(builder, loc, x, y);
    });
  }

private:
  /// `fn(a, b)` after C++'s integral promotion: 8- and 16-bit integers are
  /// extended to 32 bits by signedness and the result truncated back. This
  /// defines what LLVM's narrow ops would not: si8(-128) / si8(-1) is -128
  /// and ui8(1) << ui8(8) is 0.
  Value promoted(Value a, Value b, function_ref<Value(Value, Value)> fn) const {
    auto type = cast<IntegerType>(a.getType());
    if (type.getWidth() >= 32)
      return fn(a, b);
    Type i32 = builder.getI32Type();
    auto extend = [&](Value value) -> Value {
      if (isSigned)
        return arith::ExtSIOp::create(builder, loc, i32, value);
      return arith::ExtUIOp::create(builder, loc, i32, value);
    };
    return arith::TruncIOp::create(builder, loc, type,
                                   fn(extend(a), extend(b)));
  }

  OpBuilder &builder;
  Location loc;
  bool isFloat;
  bool isSigned;
};

/// Rounds the float `value` to the float type `to`. Warp's half has a float
/// constructor only, so f64 reaches f16 through f32 (rounding twice).
Value convertFloat(OpBuilder &builder, Location loc, Value value, Type to) {
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

/// Converts the scalar `value` of Warp type `from` to Warp type `to` as
/// Warp's scalar constructors (C++ conversions) do.
Value castScalar(OpBuilder &builder, Location loc, Value value, Type from,
                 Type to) {
  if (from == to)
    return value;
  // bool(x) is x != 0, NaN included.
  if (to.isInteger(1)) {
    Value zero = createScalarConstant(builder, loc, value.getType(), 0);
    if (isWarpFloat(from))
      return arith::CmpFOp::create(builder, loc, arith::CmpFPredicate::UNE,
                                   value, zero);
    return arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::ne, value,
                                 zero);
  }
  Type target = getLLVMScalarType(to);
  if (isWarpFloat(from)) {
    if (isWarpFloat(to))
      return convertFloat(builder, loc, value, to);
    // Truncation toward zero; out of range is undefined, as in C++.
    if (to.isUnsignedInteger())
      return arith::FPToUIOp::create(builder, loc, target, value);
    return arith::FPToSIOp::create(builder, loc, target, value);
  }
  // From an integer or a bool (unsigned: 0 or 1); the source's signedness
  // decides how it extends.
  bool isSigned = from.isSignedInteger();
  if (isWarpFloat(to)) {
    // half(float) again: integers reach f16 through f32.
    Type via = to.isF16() ? builder.getF32Type() : to;
    Value number =
        isSigned ? Value(arith::SIToFPOp::create(builder, loc, via, value))
                 : Value(arith::UIToFPOp::create(builder, loc, via, value));
    return convertFloat(builder, loc, number, to);
  }
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (toWidth < fromWidth)
    return arith::TruncIOp::create(builder, loc, target, value);
  if (toWidth == fromWidth)
    return value;
  if (isSigned)
    return arith::ExtSIOp::create(builder, loc, target, value);
  return arith::ExtUIOp::create(builder, loc, target, value);
}

/// The type two scalars of different types compare in: C++'s usual
/// arithmetic conversions, which Warp inherits by emitting `a < b` as C++.
// TODO: share with CmpOp::fold (WarpCompareOps.cpp), which has the same rule.
Type getComparisonType(Type lhs, Type rhs) {
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
  if (lhs.isUnsignedInteger() == rhs.isUnsignedInteger())
    return lhs.getIntOrFloatBitWidth() >= rhs.getIntOrFloatBitWidth() ? lhs
                                                                      : rhs;
  Type unsignedType = lhs.isUnsignedInteger() ? lhs : rhs;
  Type signedType = lhs.isUnsignedInteger() ? rhs : lhs;
  // A wider signed type holds every unsigned value; otherwise the unsigned
  // type wins.
  return signedType.getIntOrFloatBitWidth() >
                 unsignedType.getIntOrFloatBitWidth()
             ? signedType
             : unsignedType;
}

/// `lhs pred rhs` on two scalars of the Warp type `type`. C++ float
/// comparisons are ordered except `!=`, which is true for NaN.
Value compareScalars(OpBuilder &builder, Location loc, CmpPredicate predicate,
                     Type type, Value lhs, Value rhs) {
  if (isWarpFloat(type)) {
    arith::CmpFPredicate fp;
    switch (predicate) {
    case CmpPredicate::eq:
      fp = arith::CmpFPredicate::OEQ;
      break;
    case CmpPredicate::ne:
      fp = arith::CmpFPredicate::UNE;
      break;
    case CmpPredicate::lt:
      fp = arith::CmpFPredicate::OLT;
      break;
    case CmpPredicate::le:
      fp = arith::CmpFPredicate::OLE;
      break;
    case CmpPredicate::gt:
      fp = arith::CmpFPredicate::OGT;
      break;
    case CmpPredicate::ge:
      fp = arith::CmpFPredicate::OGE;
      break;
    }
    return arith::CmpFOp::create(builder, loc, fp, lhs, rhs);
  }
  // Bools order as unsigned (false < true).
  bool isSigned = type.isSignedInteger();
  arith::CmpIPredicate ip;
  switch (predicate) {
  case CmpPredicate::eq:
    ip = arith::CmpIPredicate::eq;
    break;
  case CmpPredicate::ne:
    ip = arith::CmpIPredicate::ne;
    break;
  case CmpPredicate::lt:
    ip = isSigned ? arith::CmpIPredicate::slt : arith::CmpIPredicate::ult;
    break;
  case CmpPredicate::le:
    ip = isSigned ? arith::CmpIPredicate::sle : arith::CmpIPredicate::ule;
    break;
  case CmpPredicate::gt:
    ip = isSigned ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::ugt;
    break;
  case CmpPredicate::ge:
    ip = isSigned ? arith::CmpIPredicate::sge : arith::CmpIPredicate::uge;
    break;
  }
  return arith::CmpIOp::create(builder, loc, ip, lhs, rhs);
}

//===----------------------------------------------------------------------===//
// Products (mat.h, quat.h, spatial.h)
//===----------------------------------------------------------------------===//

/// a[0] * b[0] + a[1] * b[1] + ..., summed left to right as mat.h's
/// mat * vec and vec * mat accumulate.
Value sumOfProducts(const ScalarOps &ops, ArrayRef<Value> a,
                    ArrayRef<Value> b) {
  Value sum = ops.mul(a[0], b[0]);
  for (auto [x, y] : llvm::drop_begin(llvm::zip_equal(a, b)))
    sum = ops.add(sum, ops.mul(x, y));
  return sum;
}

/// `mat<RxK> * vec<K>` (row-major `m`).
SmallVector<Value> matVec(const ScalarOps &ops, ArrayRef<Value> m,
                          ArrayRef<Value> v) {
  size_t cols = v.size();
  SmallVector<Value> result;
  for (size_t row = 0; row < m.size() / cols; ++row)
    result.push_back(sumOfProducts(ops, m.slice(row * cols, cols), v));
  return result;
}

/// `vec<R> * mat<RxC>`: `v` against each column of `m`.
SmallVector<Value> vecMat(const ScalarOps &ops, ArrayRef<Value> v,
                          ArrayRef<Value> m) {
  size_t cols = m.size() / v.size();
  SmallVector<Value> result;
  for (size_t col = 0; col < cols; ++col) {
    SmallVector<Value> column;
    for (size_t row = 0; row < v.size(); ++row)
      column.push_back(m[row * cols + col]);
    result.push_back(sumOfProducts(ops, column, v));
  }
  return result;
}

/// `mat<RxK> * mat<KxC>`: mat.h folds muladd over k from a zero sum, so a
/// product of zeros is +0.0 whatever its sign.
SmallVector<Value> matMat(const ScalarOps &ops, ArrayRef<Value> a,
                          ArrayRef<Value> b, size_t inner) {
  size_t rows = a.size() / inner, cols = b.size() / inner;
  SmallVector<Value> result;
  for (size_t i = 0; i < rows; ++i) {
    for (size_t j = 0; j < cols; ++j) {
      Value sum = ops.constant(a[0], 0);
      for (size_t k = 0; k < inner; ++k)
        sum = ops.mulAdd(a[i * inner + k], b[k * cols + j], sum);
      result.push_back(sum);
    }
  }
  return result;
}

/// The Hamilton product of quaternions (x, y, z, w), term by term as
/// quat.h's mul.
SmallVector<Value> quatProduct(const ScalarOps &ops, ArrayRef<Value> a,
                               ArrayRef<Value> b) {
  enum { X, Y, Z, W };
  // a.w * b[i] + b.w * a[i] + a[j] * b[k] - b[j] * a[k]
  auto vectorPart = [&](int i, int j, int k) {
    Value sum = ops.add(ops.mul(a[W], b[i]), ops.mul(b[W], a[i]));
    sum = ops.add(sum, ops.mul(a[j], b[k]));
    return ops.sub(sum, ops.mul(b[j], a[k]));
  };
  SmallVector<Value> result = {vectorPart(X, Y, Z), vectorPart(Y, Z, X),
                               vectorPart(Z, X, Y)};
  // a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z
  Value w = ops.mul(a[W], b[W]);
  for (int i : {X, Y, Z})
    w = ops.sub(w, ops.mul(a[i], b[i]));
  result.push_back(w);
  return result;
}

/// quat.h's quat_rotate(q, v), term by term.
SmallVector<Value> quatRotate(const ScalarOps &ops, ArrayRef<Value> q,
                              ArrayRef<Value> v) {
  enum { X, Y, Z, W };
  Value one = ops.constant(q[W], 1), two = ops.constant(q[W], 2);
  // c = 2 * q.w * q.w - 1; d = 2 * (q.x * v.x + q.y * v.y + q.z * v.z)
  Value c = ops.sub(ops.mul(ops.mul(two, q[W]), q[W]), one);
  Value d = ops.mul(two, sumOfProducts(ops, q.take_front(3), v));
  // v[i] * c + q[i] * d + (q[j] * v[k] - q[k] * v[j]) * q.w * 2
  auto component = [&](int i, int j, int k) {
    Value cross = ops.sub(ops.mul(q[j], v[k]), ops.mul(q[k], v[j]));
    Value sum = ops.add(ops.mul(v[i], c), ops.mul(q[i], d));
    return ops.add(sum, ops.mul(ops.mul(cross, q[W]), two));
  };
  return {component(X, Y, Z), component(Y, Z, X), component(Z, X, Y)};
}

/// spatial.h's transform_multiply: (rotate(a.q, b.p) + a.p, a.q * b.q), on
/// transforms laid out p[3] then q[4].
SmallVector<Value> transformProduct(const ScalarOps &ops, ArrayRef<Value> a,
                                    ArrayRef<Value> b) {
  ArrayRef<Value> aP = a.take_front(3), aQ = a.drop_front(3);
  ArrayRef<Value> bP = b.take_front(3), bQ = b.drop_front(3);
  SmallVector<Value> result;
  for (auto [rotated, offset] : llvm::zip_equal(quatRotate(ops, aQ, bP), aP))
    result.push_back(ops.add(rotated, offset));
  llvm::append_range(result, quatProduct(ops, aQ, bQ));
  return result;
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// Literals become signless arith constants of the same value.
struct ConstantLowering : ConvertOpToLLVMPattern<ConstantOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    TypedAttr value;
    if (auto integer = dyn_cast<IntegerAttr>(op.getValue()))
      value = IntegerAttr::get(type, integer.getValue());
    else
      value = cast<FloatAttr>(op.getValue());
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, value);
    return success();
  }
};

struct ZeroLowering : ConvertOpToLLVMPattern<ZeroOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(ZeroOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOpWithNewOp<LLVM::ZeroOp>(op, type);
    return success();
  }
};

/// A scalar operator of ScalarOps.
using ScalarBinaryFn = Value (ScalarOps::*)(Value, Value) const;

/// `lhs op rhs` component by component, a scalar operand applying to every
/// component (`v * s`, `s / v`), with `element` the operands' scalar type.
Value buildBinaryElementwise(OpBuilder &builder, Location loc, Type type,
                             Type element, Value lhs, Value rhs,
                             ScalarBinaryFn fn) {
  return buildElementwise(builder, loc, type, {lhs, rhs},
                          [&](OpBuilder &b, Location l, ValueRange v) -> Value {
                            return (ScalarOps(b, l, element).*fn)(v[0], v[1]);
                          });
}

/// A binary operator whose every overload is componentwise.
template <typename OpTy, ScalarBinaryFn fn>
struct ElementwiseLowering : ConvertOpToLLVMPattern<OpTy> {
  using ConvertOpToLLVMPattern<OpTy>::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = this->getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(
        op, buildBinaryElementwise(rewriter, op.getLoc(), type,
                                   getWarpElementType(op.getType()),
                                   adaptor.getLhs(), adaptor.getRhs(), fn));
    return success();
  }
};

/// `*` and `@` (Warp maps both to its `mul` builtin): scaling, linear
/// algebra, and quaternion and transform products.
template <typename OpTy> struct ProductLowering : ConvertOpToLLVMPattern<OpTy> {
  using ConvertOpToLLVMPattern<OpTy>::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type lhsType = op.getLhs().getType(), rhsType = op.getRhs().getType();
    Type element = getWarpElementType(op.getType());
    Type type = this->getTypeConverter()->convertType(op.getType());
    if (isWarpScalar(lhsType) || isWarpScalar(rhsType)) {
      rewriter.replaceOp(op, buildBinaryElementwise(
                                 rewriter, loc, type, element, adaptor.getLhs(),
                                 adaptor.getRhs(), &ScalarOps::mul));
      return success();
    }
    ScalarOps ops(rewriter, loc, element);
    SmallVector<Value> lhs = extractScalars(rewriter, loc, adaptor.getLhs());
    SmallVector<Value> rhs = extractScalars(rewriter, loc, adaptor.getRhs());
    SmallVector<Value> result;
    if (isa<QuatType>(lhsType) && isa<QuatType>(rhsType))
      result = quatProduct(ops, lhs, rhs);
    else if (isa<TransformType>(lhsType) && isa<TransformType>(rhsType))
      result = transformProduct(ops, lhs, rhs);
    else if (isa<MatType>(lhsType) && isa<VecType>(rhsType))
      result = matVec(ops, lhs, rhs);
    else if (isa<VecType>(lhsType) && isa<MatType>(rhsType))
      result = vecMat(ops, lhs, rhs);
    else if (auto mat = dyn_cast<MatType>(lhsType);
             mat && isa<MatType>(rhsType))
      result = matMat(ops, lhs, rhs, mat.getCols());
    else
      return rewriter.notifyMatchFailure(op, "no Warp product of these types");
    rewriter.replaceOp(op, packScalars(rewriter, loc, type, result));
    return success();
  }
};

/// Scalars compute 0 - x as builtin.h's neg does (-(+0.0) is +0.0);
/// vec.h, mat.h and quat.h flip each component's sign with unary minus.
struct NegLowering : ConvertOpToLLVMPattern<NegOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(NegOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type element = getWarpElementType(op.getType());
    bool flipSign = isWarpFloat(element) && !isWarpScalar(op.getType());
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(
        op, buildElementwise(
                rewriter, op.getLoc(), type, adaptor.getOperand(),
                [&](OpBuilder &builder, Location loc, ValueRange v) -> Value {
                  if (flipSign)
                    return arith::NegFOp::create(builder, loc, v[0]);
                  ScalarOps ops(builder, loc, element);
                  return ops.sub(ops.constant(v[0], 0), v[0]);
                }));
    return success();
  }
};

struct BitNotLowering : ConvertOpToLLVMPattern<BitNotOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(BitNotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(
        op, buildElementwise(
                rewriter, op.getLoc(), type, adaptor.getOperand(),
                [&](OpBuilder &builder, Location loc, ValueRange v) -> Value {
                  Value ones =
                      createScalarConstant(builder, loc, v[0].getType(), -1);
                  return arith::XOrIOp::create(builder, loc, v[0], ones);
                }));
    return success();
  }
};

/// Scalars compare in their common C++ type; composites (`==` only) are
/// equal when every component is.
struct CmpLowering : ConvertOpToLLVMPattern<CmpOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type lhsType = op.getLhs().getType(), rhsType = op.getRhs().getType();
    if (isWarpScalar(lhsType) && isWarpScalar(rhsType)) {
      Type common = getComparisonType(lhsType, rhsType);
      Value lhs = castScalar(rewriter, loc, adaptor.getLhs(), lhsType, common);
      Value rhs = castScalar(rewriter, loc, adaptor.getRhs(), rhsType, common);
      rewriter.replaceOp(op, compareScalars(rewriter, loc, op.getPredicate(),
                                            common, lhs, rhs));
      return success();
    }
    if (lhsType != rhsType || op.getPredicate() != CmpPredicate::eq)
      return rewriter.notifyMatchFailure(
          op, "Warp compares composites only with == on one type");
    Type element = getWarpElementType(lhsType);
    Value equal;
    for (auto [a, b] :
         llvm::zip_equal(extractScalars(rewriter, loc, adaptor.getLhs()),
                         extractScalars(rewriter, loc, adaptor.getRhs()))) {
      Value same =
          compareScalars(rewriter, loc, CmpPredicate::eq, element, a, b);
      equal = equal ? arith::AndIOp::create(rewriter, loc, equal, same) : same;
    }
    rewriter.replaceOp(op, equal);
    return success();
  }
};

/// `not x`: a bool's negation, an integer's `x == 0`, an array's null data.
struct NotLowering : ConvertOpToLLVMPattern<NotOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(NotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type type = op.getOperand().getType();
    Value operand = adaptor.getOperand();
    if (type.isInteger(1)) {
      Value one = createScalarConstant(rewriter, loc, type, 1);
      rewriter.replaceOpWithNewOp<arith::XOrIOp>(op, operand, one);
      return success();
    }
    if (isWarpInteger(type)) {
      Value zero = createScalarConstant(rewriter, loc, operand.getType(), 0);
      rewriter.replaceOpWithNewOp<arith::CmpIOp>(op, arith::CmpIPredicate::eq,
                                                 operand, zero);
      return success();
    }
    if (isa<ArrayType>(type)) {
      Value data = LLVM::ExtractValueOp::create(rewriter, loc, operand, 0);
      Value null = LLVM::ZeroOp::create(rewriter, loc, data.getType());
      rewriter.replaceOpWithNewOp<LLVM::ICmpOp>(op, LLVM::ICmpPredicate::eq,
                                                data, null);
      return success();
    }
    return rewriter.notifyMatchFailure(op, "no Warp `not` of this type");
  }
};

/// Scalar conversions, and componentwise ones between composites of one
/// shape.
struct CastLowering : ConvertOpToLLVMPattern<CastOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type from = getWarpElementType(op.getInput().getType());
    Type to = getWarpElementType(op.getType());
    if (!from || !to)
      return rewriter.notifyMatchFailure(op, "no Warp conversion");
    Type type = getTypeConverter()->convertType(op.getType());
    rewriter.replaceOp(
        op,
        buildElementwise(rewriter, op.getLoc(), type, adaptor.getInput(),
                         [&](OpBuilder &builder, Location loc, ValueRange v) {
                           return castScalar(builder, loc, v[0], from, to);
                         }));
    return success();
  }
};

} // namespace

void mlir::warp::populateWarpArithToLLVMPatterns(
    const WarpToLLVMTypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, ZeroLowering,
               ElementwiseLowering<AddOp, &ScalarOps::add>,
               ElementwiseLowering<SubOp, &ScalarOps::sub>,
               ElementwiseLowering<DivOp, &ScalarOps::div>,
               ElementwiseLowering<FloorDivOp, &ScalarOps::floorDiv>,
               ElementwiseLowering<ModOp, &ScalarOps::mod>,
               ElementwiseLowering<PowOp, &ScalarOps::pow>,
               ElementwiseLowering<BitAndOp, &ScalarOps::bitAnd>,
               ElementwiseLowering<BitOrOp, &ScalarOps::bitOr>,
               ElementwiseLowering<BitXorOp, &ScalarOps::bitXor>,
               ElementwiseLowering<ShlOp, &ScalarOps::shl>,
               ElementwiseLowering<ShrOp, &ScalarOps::shr>,
               ProductLowering<MulOp>, ProductLowering<MatmulOp>, NegLowering,
               BitNotLowering, CmpLowering, NotLowering, CastLowering>(
      converter);
}
