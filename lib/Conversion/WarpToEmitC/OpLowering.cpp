//===- OpLowering.cpp - warp ops to EmitC, one statement each -------------===//
//
// Nearly every op becomes one call of the builtin of its name,
// `wp::<mnemonic>(operands...)`, from runtime/include/warp-source, whose
// overloads give Warp's semantics for each operand type. C++ operators are
// used only where they mean exactly what Warp means: float and double
// `+ - * /`, comparisons of builtin scalars, and integer `& | ^`. Integer
// arithmetic goes through the builtins, which wrap as the other targets do
// instead of overflowing into undefined behaviour.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace mlir::warp;

namespace {

/// `wp::<mnemonic>` for an op `warp.<mnemonic>`.
std::string builtinName(Operation *op) {
  return ("wp::" + op->getName().stripDialect()).str();
}

/// Whether C++'s arithmetic operators on `type` compute what Warp's do.
bool hasExactCppArithmetic(Type type) { return type.isF32() || type.isF64(); }

/// Whether `type` is a scalar the emitter prints as a C++ arithmetic type.
bool isBuiltinScalar(Type type) {
  return (type.isIntOrFloat() && !type.isF16());
}

/// Replaces `op` by the call `callee<templateArgs>(operands)`, with no
/// result when the op's results are unused (an atomic whose old value is
/// dropped).
LogicalResult replaceWithCall(Operation *op, ValueRange operands,
                              StringRef callee, ArrayAttr templateArgs,
                              ArrayAttr args, const TypeConverter &converter,
                              ConversionPatternRewriter &rewriter) {
  SmallVector<Type> resultTypes;
  if (failed(converter.convertTypes(op->getResultTypes(), resultTypes)))
    return rewriter.notifyMatchFailure(op, "result type has no C++ type");
  bool resultUnused =
      op->getNumResults() == 1 && op->use_empty() && !isMemoryEffectFree(op);
  if (resultUnused) {
    emitc::CallOpaqueOp::create(rewriter, op->getLoc(), TypeRange{}, callee,
                                operands, args, templateArgs);
    rewriter.eraseOp(op);
    return success();
  }
  rewriter.replaceOpWithNewOp<emitc::CallOpaqueOp>(
      op, resultTypes, callee, operands, args, templateArgs);
  return success();
}

/// `warp.<mnemonic> operands` -> `wp::<mnemonic>(operands)`.
template <typename OpTy>
struct BuiltinCallLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return replaceWithCall(op, adaptor.getOperands(), builtinName(op), {}, {},
                           *this->getTypeConverter(), rewriter);
  }
};

/// Whether C++'s `& | ^` on `type` compute what Warp's do: on every integer
/// width (bools go through the builtins).
bool hasExactCppBitwise(Type type) {
  return type.isInteger() && !type.isInteger(1);
}

/// A binary op as the C++ operator EmitCOpTy prints where `usesOperator`
/// holds for its type (and both operands have it), else as its builtin.
template <typename OpTy, typename EmitCOpTy, bool (*usesOperator)(Type)>
struct OperatorLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (usesOperator(type) && op.getLhs().getType() == type &&
        op.getRhs().getType() == type) {
      rewriter.replaceOpWithNewOp<EmitCOpTy>(op, type, adaptor.getLhs(),
                                             adaptor.getRhs());
      return success();
    }
    return replaceWithCall(op, adaptor.getOperands(), builtinName(op), {}, {},
                           *this->getTypeConverter(), rewriter);
  }
};

template <typename OpTy, typename EmitCOpTy>
using ArithmeticLowering =
    OperatorLowering<OpTy, EmitCOpTy, hasExactCppArithmetic>;
template <typename OpTy, typename EmitCOpTy>
using BitwiseLowering = OperatorLowering<OpTy, EmitCOpTy, hasExactCppBitwise>;

/// The C++ literal of a scalar constant, exact: integers with the suffix
/// their width needs, floats with enough digits to round-trip, and values
/// without a decimal literal (infinities, NaNs, f16) from their bits.
std::string cppLiteral(TypedAttr value) {
  Type type = value.getType();
  if (auto integer = dyn_cast<IntegerAttr>(value)) {
    APInt bits = integer.getValue();
    unsigned width = bits.getBitWidth();
    if (width == 1)
      return bits.isZero() ? "false" : "true";
    if (type.isUnsignedInteger())
      return llvm::toString(bits, 10, /*Signed=*/false) +
             (width == 64 ? "ull" : "u");
    // The most negative value has no literal: its negation overflows.
    if (bits.isMinSignedValue())
      return llvm::formatv("INT{0}_MIN", width);
    return llvm::toString(bits, 10, /*Signed=*/true) +
           (width == 64 ? "ll" : "");
  }
  auto floatAttr = cast<FloatAttr>(value);
  APFloat number = floatAttr.getValue();
  APInt bits = number.bitcastToAPInt();
  if (type.isF16())
    return llvm::formatv("wp::half_from_bits(0x{0:x-4})", bits.getZExtValue());
  bool isFloat = type.isF32();
  if (!number.isFinite())
    return llvm::formatv(isFloat ? "wp::float_from_bits(0x{0:x-8}u)"
                                 : "wp::double_from_bits(0x{0:x-16}ull)",
                         bits.getZExtValue());
  // The shortest %.Ng that reads back as the same value (%.9g and %.17g
  // always do): -9.8f, not -9.80000019f.
  std::string text;
  for (int digits = 1; digits <= (isFloat ? 9 : 17); ++digits) {
    char buffer[40];
    if (isFloat) {
      snprintf(buffer, sizeof(buffer), "%.*g", digits, number.convertToFloat());
      if (strtof(buffer, nullptr) != number.convertToFloat())
        continue;
    } else {
      snprintf(buffer, sizeof(buffer), "%.*g", digits,
               number.convertToDouble());
      if (strtod(buffer, nullptr) != number.convertToDouble())
        continue;
    }
    text = buffer;
    break;
  }
  if (text.find_first_of(".e") == std::string::npos)
    text += ".0";
  return isFloat ? text + "f" : text;
}

/// A literal prints where it is used, as `wp::mod(x, 3)`; every width but
/// `int32_t` (the type of a C++ integer literal) is spelled out, so that
/// the builtins' overloads see the operand types of the IR.
struct ConstantLowering : public OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    auto value = cast<TypedAttr>(op.getValue());
    std::string text = cppLiteral(value);
    Type warpType = op.getType();
    bool needsType =
        warpType.isInteger() && !warpType.isInteger(1) &&
        !(warpType.isSignedInteger(32) || warpType.isSignlessInteger(32)) &&
        !warpType.isUnsignedInteger(32);
    if (needsType)
      text = getCppTypeName(warpType) + "(" + text + ")";
    rewriter.replaceOpWithNewOp<emitc::LiteralOp>(op, type, text);
    return success();
  }
};

/// `warp.zero`: a scalar literal 0, a struct's value-initialized `T()`, or
/// `wp::zero<T>()`.
struct ZeroLowering : public OpConversionPattern<ZeroOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ZeroOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type warpType = op.getType();
    Type type = getTypeConverter()->convertType(warpType);
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    if (isBuiltinScalar(warpType)) {
      rewriter.replaceOpWithNewOp<emitc::ConstantOp>(
          op, type, rewriter.getZeroAttr(warpType));
      return success();
    }
    if (isa<StructType>(warpType)) {
      rewriter.replaceOpWithNewOp<emitc::CallOpaqueOp>(
          op, type, getCppTypeName(warpType), ValueRange{});
      return success();
    }
    return replaceWithCall(op, {}, "wp::zero",
                           rewriter.getArrayAttr(TypeAttr::get(type)), {},
                           *getTypeConverter(), rewriter);
  }
};

/// Ops whose builtin takes the result type as its template argument:
/// `wp::cast<To>(x)`, `wp::identity<T>()`.
template <typename OpTy>
struct ResultTypedCallLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = this->getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    return replaceWithCall(op, adaptor.getOperands(), builtinName(op),
                           rewriter.getArrayAttr(TypeAttr::get(type)), {},
                           *this->getTypeConverter(), rewriter);
  }
};

/// Constructors name their result's shape: `wp::vec<3, float>(x, y, z)`,
/// `wp::mat<2, 2, float>(...)`, `wp::quat<float>(...)`, or a struct's own
/// constructor.
template <typename OpTy>
struct ConstructorLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type resultType = op.getType();
    Type type = this->getTypeConverter()->convertType(resultType);
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    if (isa<StructType>(resultType)) {
      rewriter.replaceOpWithNewOp<emitc::CallOpaqueOp>(
          op, type, getCppTypeName(resultType), adaptor.getOperands());
      return success();
    }
    auto elementType = [&](Type element) -> Attribute {
      return TypeAttr::get(this->getTypeConverter()->convertType(element));
    };
    SmallVector<Attribute> shape;
    if (auto vec = dyn_cast<VecType>(resultType)) {
      shape = {rewriter.getI32IntegerAttr(vec.getLength()),
               elementType(vec.getElementType())};
    } else if (auto mat = dyn_cast<MatType>(resultType)) {
      shape = {rewriter.getI32IntegerAttr(mat.getRows()),
               rewriter.getI32IntegerAttr(mat.getCols()),
               elementType(mat.getElementType())};
    } else if (auto quat = dyn_cast<QuatType>(resultType)) {
      shape = {elementType(quat.getElementType())};
    } else if (auto transform = dyn_cast<TransformType>(resultType)) {
      shape = {elementType(transform.getElementType())};
    }
    return replaceWithCall(op, adaptor.getOperands(), builtinName(op),
                           rewriter.getArrayAttr(shape), {},
                           *this->getTypeConverter(), rewriter);
  }
};

/// Comparisons of builtin scalars as C++ operators (Warp compares as C++
/// does: ordered except `!=`), composites through `wp::cmp_<predicate>`.
struct CmpLowering : public OpConversionPattern<CmpOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type operandType = op.getLhs().getType();
    if (isBuiltinScalar(operandType) && op.getRhs().getType() == operandType) {
      auto predicate = static_cast<emitc::CmpPredicate>(op.getPredicate());
      rewriter.replaceOpWithNewOp<emitc::CmpOp>(
          op, op.getType(), predicate, adaptor.getLhs(), adaptor.getRhs());
      return success();
    }
    return replaceWithCall(
        op, adaptor.getOperands(),
        ("wp::cmp_" + stringifyCmpPredicate(op.getPredicate())).str(), {}, {},
        *getTypeConverter(), rewriter);
  }
};

/// `not` is a C++ keyword: `wp::logical_not(x)`.
struct NotLowering : public OpConversionPattern<NotOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(NotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return replaceWithCall(op, adaptor.getOperands(), "wp::logical_not", {}, {},
                           *getTypeConverter(), rewriter);
  }
};

/// `wp::atomic_<kind>(array, indices..., value)`, returning the old value.
struct AtomicLowering : public OpConversionPattern<AtomicOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AtomicOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    StringRef kind = stringifyAtomicKind(op.getKind());
    return replaceWithCall(op, adaptor.getOperands(),
                           ("wp::atomic_" + kind).str(), {}, {},
                           *getTypeConverter(), rewriter);
  }
};

/// `wp::shape(array, dim)`.
struct ShapeLowering : public OpConversionPattern<ShapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ArrayAttr args = rewriter.getArrayAttr(
        {rewriter.getIndexAttr(0), rewriter.getI32IntegerAttr(op.getDim())});
    return replaceWithCall(op, adaptor.getOperands(), "wp::shape", {}, args,
                           *getTypeConverter(), rewriter);
  }
};

/// `&Name::field`, the template argument naming a struct's field.
ArrayAttr fieldPointer(Builder &builder, Type structType, StringRef field) {
  return builder.getArrayAttr(emitc::OpaqueAttr::get(
      builder.getContext(),
      ("&" + getCppTypeName(structType) + "::" + field).str()));
}

/// `wp::field<&Name::field>(s)` (warp.getfield) and
/// `wp::with_field<&Name::field>(s, value)` (warp.setfield, a copy of `s`
/// with the field replaced): one statement each, no copy of the struct into
/// a variable first (EmitC reaches members only through lvalues).
template <typename OpTy>
struct FieldLowering : public OpConversionPattern<OpTy> {
  FieldLowering(const TypeConverter &converter, MLIRContext *context,
                StringRef callee)
      : OpConversionPattern<OpTy>(converter, context), callee(callee) {}
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return replaceWithCall(
        op, adaptor.getOperands(), callee,
        fieldPointer(rewriter, op.getInput().getType(), op.getField()), {},
        *this->getTypeConverter(), rewriter);
  }
  StringRef callee;
};

/// Local variables: `warp.var` declares one, `warp.read` copies its value,
/// `warp.write` assigns it.
struct VarLowering : public OpConversionPattern<VarOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(VarOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    auto variable = rewriter.replaceOpWithNewOp<emitc::VariableOp>(
        op, type, emitc::OpaqueAttr::get(getContext(), ""));
    // Kept for the pass, which names the variable after it.
    if (auto name = op.getNameAttr())
      variable->setAttr(VarOp::getNameAttrName(op->getName()), name);
    return success();
  }
};

struct ReadLowering : public OpConversionPattern<ReadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "no C++ type");
    rewriter.replaceOpWithNewOp<emitc::LoadOp>(op, type, adaptor.getRef());
    return success();
  }
};

struct WriteLowering : public OpConversionPattern<WriteOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(WriteOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<emitc::AssignOp>(op, adaptor.getRef(),
                                                 adaptor.getValue());
    return success();
  }
};

} // namespace

void mlir::warp::populateWarpToEmitCPatterns(const TypeConverter &converter,
                                             RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<
      // Operators.
      ArithmeticLowering<AddOp, emitc::AddOp>,
      ArithmeticLowering<SubOp, emitc::SubOp>,
      ArithmeticLowering<MulOp, emitc::MulOp>,
      ArithmeticLowering<DivOp, emitc::DivOp>, BuiltinCallLowering<MatmulOp>,
      BuiltinCallLowering<FloorDivOp>, BuiltinCallLowering<ModOp>,
      BuiltinCallLowering<PowOp>, BuiltinCallLowering<NegOp>,
      BitwiseLowering<BitAndOp, emitc::BitwiseAndOp>,
      BitwiseLowering<BitOrOp, emitc::BitwiseOrOp>,
      BitwiseLowering<BitXorOp, emitc::BitwiseXorOp>,
      BuiltinCallLowering<ShlOp>, BuiltinCallLowering<ShrOp>,
      BuiltinCallLowering<BitNotOp>, CmpLowering, NotLowering,
      ResultTypedCallLowering<CastOp>, ConstantLowering, ZeroLowering,
      // Arrays.
      BuiltinCallLowering<LoadOp>, BuiltinCallLowering<StoreOp>,
      BuiltinCallLowering<ViewOp>, ShapeLowering, AtomicLowering,
      BuiltinCallLowering<AtomicCasOp>,
      // Composites.
      ConstructorLowering<VecOp>, ConstructorLowering<MatOp>,
      ConstructorLowering<MatrixFromRowsOp>,
      ConstructorLowering<MatrixFromColsOp>, ConstructorLowering<QuatOp>,
      ConstructorLowering<TransformOp>, ConstructorLowering<StructOp>,
      ResultTypedCallLowering<IdentityOp>, BuiltinCallLowering<ExtractOp>,
      BuiltinCallLowering<InsertOp>, BuiltinCallLowering<DotOp>,
      BuiltinCallLowering<CrossOp>, BuiltinCallLowering<OuterOp>,
      BuiltinCallLowering<LengthOp>, BuiltinCallLowering<LengthSqOp>,
      BuiltinCallLowering<NormalizeOp>, BuiltinCallLowering<TransposeOp>,
      BuiltinCallLowering<DeterminantOp>, BuiltinCallLowering<InverseOp>,
      BuiltinCallLowering<TraceOp>, BuiltinCallLowering<DiagOp>,
      BuiltinCallLowering<SkewOp>, BuiltinCallLowering<CwMulOp>,
      BuiltinCallLowering<CwDivOp>, BuiltinCallLowering<WhereOp>,
      BuiltinCallLowering<QuatFromAxisAngleOp>,
      BuiltinCallLowering<QuatRotateOp>, BuiltinCallLowering<QuatInverseOp>,
      BuiltinCallLowering<TransformPointOp>,
      BuiltinCallLowering<TransformVectorOp>,
      BuiltinCallLowering<TransformGetTranslationOp>,
      BuiltinCallLowering<TransformGetRotationOp>,
      // Math builtins.
      BuiltinCallLowering<SinOp>, BuiltinCallLowering<CosOp>,
      BuiltinCallLowering<TanOp>, BuiltinCallLowering<AsinOp>,
      BuiltinCallLowering<AcosOp>, BuiltinCallLowering<AtanOp>,
      BuiltinCallLowering<SinhOp>, BuiltinCallLowering<CoshOp>,
      BuiltinCallLowering<TanhOp>, BuiltinCallLowering<SqrtOp>,
      BuiltinCallLowering<CbrtOp>, BuiltinCallLowering<ExpOp>,
      BuiltinCallLowering<LogOp>, BuiltinCallLowering<Log2Op>,
      BuiltinCallLowering<Log10Op>, BuiltinCallLowering<ErfOp>,
      BuiltinCallLowering<ErfcOp>, BuiltinCallLowering<DegreesOp>,
      BuiltinCallLowering<RadiansOp>, BuiltinCallLowering<FloorOp>,
      BuiltinCallLowering<CeilOp>, BuiltinCallLowering<TruncOp>,
      BuiltinCallLowering<RoundOp>, BuiltinCallLowering<RintOp>,
      BuiltinCallLowering<FracOp>, BuiltinCallLowering<Atan2Op>,
      BuiltinCallLowering<CopysignOp>, BuiltinCallLowering<AbsOp>,
      BuiltinCallLowering<SignOp>, BuiltinCallLowering<StepOp>,
      BuiltinCallLowering<NonzeroOp>, BuiltinCallLowering<MinOp>,
      BuiltinCallLowering<MaxOp>, BuiltinCallLowering<ClampOp>,
      BuiltinCallLowering<LerpOp>, BuiltinCallLowering<SmoothstepOp>,
      BuiltinCallLowering<IsfiniteOp>, BuiltinCallLowering<IsnanOp>,
      BuiltinCallLowering<IsinfOp>,
      // Variables.
      VarLowering, ReadLowering, WriteLowering>(converter, context);
  patterns.add<FieldLowering<GetFieldOp>>(converter, context, "wp::field");
  patterns.add<FieldLowering<SetFieldOp>>(converter, context, "wp::with_field");
}
