//===- ArithToLLVM.cpp - literals and Python operators to LLVM ------------===//
//
// Integer ops take their signedness from the warp type, since LLVM integers
// are signless; float ops follow Warp's C++ exactly (e.g. scalar -x is 0 - x).
// The C++ references are warp/native/builtin.h (scalars), vec.h, mat.h,
// quat.h and spatial.h (composites).
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "ElementwiseLowering.h"
#include "ScalarBuilder.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

//===----------------------------------------------------------------------===//
// Scalar semantics
//===----------------------------------------------------------------------===//

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

/// `mat<RxK> * vec<K>` (row-major `m`); mat.h sums each row left to right.
SmallVector<Value> matVec(const ScalarBuilder &ops, ArrayRef<Value> m,
                          ArrayRef<Value> v) {
  size_t cols = v.size();
  SmallVector<Value> result;
  for (size_t row = 0; row < m.size() / cols; ++row)
    result.push_back(dotProduct(ops, m.slice(row * cols, cols), v));
  return result;
}

/// `vec<R> * mat<RxC>`: `v` against each column of `m`.
SmallVector<Value> vecMat(const ScalarBuilder &ops, ArrayRef<Value> v,
                          ArrayRef<Value> m) {
  size_t cols = m.size() / v.size();
  SmallVector<Value> result;
  for (size_t col = 0; col < cols; ++col) {
    SmallVector<Value> column;
    for (size_t row = 0; row < v.size(); ++row)
      column.push_back(m[row * cols + col]);
    result.push_back(dotProduct(ops, column, v));
  }
  return result;
}

/// `mat<RxK> * mat<KxC>`: mat.h folds muladd over k from a zero sum, so a
/// product of zeros is +0.0 whatever its sign.
SmallVector<Value> matMat(const ScalarBuilder &ops, ArrayRef<Value> a,
                          ArrayRef<Value> b, size_t inner) {
  size_t rows = a.size() / inner, cols = b.size() / inner;
  SmallVector<Value> result;
  for (size_t i = 0; i < rows; ++i) {
    for (size_t j = 0; j < cols; ++j) {
      Value sum = ops.constant(0);
      for (size_t k = 0; k < inner; ++k)
        sum = ops.mulAdd(a[i * inner + k], b[k * cols + j], sum);
      result.push_back(sum);
    }
  }
  return result;
}

/// The Hamilton product of quaternions (x, y, z, w), term by term as
/// quat.h's mul.
SmallVector<Value> quatProduct(const ScalarBuilder &ops, ArrayRef<Value> a,
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

/// spatial.h's transform_multiply: (rotate(a.q, b.p) + a.p, a.q * b.q), on
/// transforms laid out p[3] then q[4].
SmallVector<Value> transformProduct(const ScalarBuilder &ops, ArrayRef<Value> a,
                                    ArrayRef<Value> b) {
  ArrayRef<Value> aP = a.take_front(3), aQ = a.drop_front(3);
  ArrayRef<Value> bP = b.take_front(3), bQ = b.drop_front(3);
  SmallVector<Value> result;
  // quat_rotate's 1 comes before its 2 here (see quatRotate).
  Value one = ops.constant(1);
  for (auto [rotated, offset] :
       llvm::zip_equal(quatRotate(ops, aQ, bP, one), aP))
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

/// A binary operator of ScalarBuilder.
using ScalarBinaryFn = Value (ScalarBuilder::*)(Value, Value) const;

/// `lhs op rhs` component by component, a scalar operand applying to every
/// component (`v * s`, `s / v`), with `element` the operands' scalar type.
Value buildBinaryElementwise(OpBuilder &builder, Location loc, Type type,
                             Type element, Value lhs, Value rhs,
                             ScalarBinaryFn fn) {
  return buildElementwise(
      builder, loc, type, {lhs, rhs},
      [&](OpBuilder &b, Location l, ValueRange v) -> Value {
        return (ScalarBuilder{b, l, element}.*fn)(v[0], v[1]);
      });
}

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
                                 adaptor.getRhs(), &ScalarBuilder::mul));
      return success();
    }
    ScalarBuilder ops{rewriter, loc, element};
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
                  ScalarBuilder ops{builder, loc, element};
                  return ops.sub(ops.constant(0), v[0]);
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
    const LLVMTypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<ConstantLowering, ZeroLowering, ProductLowering<MulOp>,
               ProductLowering<MatmulOp>, NegLowering, BitNotLowering,
               CmpLowering, NotLowering, CastLowering>(converter);
  // Operators whose every overload is componentwise.
  patterns.add<ElementwiseLowering<AddOp>>(converter,
                                           binaryScalar<&ScalarBuilder::add>);
  patterns.add<ElementwiseLowering<SubOp>>(converter,
                                           binaryScalar<&ScalarBuilder::sub>);
  patterns.add<ElementwiseLowering<DivOp>>(converter,
                                           binaryScalar<&ScalarBuilder::div>);
  patterns.add<ElementwiseLowering<FloorDivOp>>(
      converter, binaryScalar<&ScalarBuilder::floorDiv>);
  patterns.add<ElementwiseLowering<ModOp>>(converter,
                                           binaryScalar<&ScalarBuilder::mod>);
  patterns.add<ElementwiseLowering<PowOp>>(converter,
                                           binaryScalar<&ScalarBuilder::pow>);
  patterns.add<ElementwiseLowering<BitAndOp>>(
      converter, binaryScalar<&ScalarBuilder::bitAnd>);
  patterns.add<ElementwiseLowering<BitOrOp>>(
      converter, binaryScalar<&ScalarBuilder::bitOr>);
  patterns.add<ElementwiseLowering<BitXorOp>>(
      converter, binaryScalar<&ScalarBuilder::bitXor>);
  patterns.add<ElementwiseLowering<ShlOp>>(converter,
                                           binaryScalar<&ScalarBuilder::shl>);
  patterns.add<ElementwiseLowering<ShrOp>>(converter,
                                           binaryScalar<&ScalarBuilder::shr>);
}
