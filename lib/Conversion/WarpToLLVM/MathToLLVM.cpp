//===- MathToLLVM.cpp - math builtins to the math and LLVM dialects -------===//
//
// Every builtin follows its definition in Warp 1.19's warp/native/builtin.h
// (and vec.h for the vector overloads) operation for operation:
//  - f16 functions go through f32, as Warp's `::sinf(float(x))` does;
//  - float min/max are Warp's host fmin/fmax, `a <= b ? a : (b == b ? b : a)`,
//    which ignore a single NaN (and are deterministic on signed zeros, unlike
//    llvm.minnum);
//  - degrees/radians multiply by a double constant (RAD_TO_DEG is a double
//    literal), so f32 and f16 are widened to f64 and rounded back.
// Integer ops take their signedness from the warp type.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "ElementwiseLowering.h"
#include "ScalarBuilder.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

/// ScalarBuilder::libm as a ScalarFn.
template <typename MathOp> Value libm(const ScalarBuilder &s, ValueRange args) {
  return s.libm<MathOp>(args);
}

/// On the host, sinh, cosh and log10 become LLVM's intrinsics at once rather
/// than math ops: host-math's conversion would fold a math op of a constant
/// with upstream's float folder (glibc's coshf), where the compiler behind
/// warp-lang's CPU kernels, and LLVM when our JIT optimizes, compute the
/// double function rounded to float, an ulp away for many arguments. The
/// warp ops fold their own constants that way (WarpMathOps.cpp); an operand
/// that becomes constant only later is LLVM's to fold.
template <typename LLVMOp>
Value hostIntrinsic(const ScalarBuilder &s, ValueRange args) {
  return s.viaF32(args, [](const ScalarBuilder &w, ValueRange wide) -> Value {
    return LLVMOp::create(w.b, w.loc, wide.front().getType(), wide);
  });
}

/// builtin.h: `::acosf(min(max(x, -1.0f), 1.0f))` (so even NaN is clamped,
/// to -1).
template <typename MathOp>
Value clampedInverseTrig(const ScalarBuilder &s, ValueRange args) {
  return s.viaF32(args, [](const ScalarBuilder &w, ValueRange wide) -> Value {
    Value x = w.min(w.max(wide[0], w.constant(-1)), w.constant(1));
    return MathOp::create(w.b, w.loc, x.getType(), ValueRange{x});
  });
}

/// `x * C` with C a double literal: the product is taken in f64.
Value mulByDouble(const ScalarBuilder &s, Value x, double factor) {
  ScalarBuilder d = s.f64();
  Value wide = s.toF64(x);
  return s.fromF64(d.mul(wide, d.constant(factor)));
}

// builtin.h: RAD_TO_DEG and DEG_TO_RAD.
Value degreesOf(const ScalarBuilder &s, ValueRange args) {
  return mulByDouble(s, args[0], 57.29577951308232087679);
}
Value radiansOf(const ScalarBuilder &s, ValueRange args) {
  return mulByDouble(s, args[0], 0.01745329251994329577);
}

/// `x - trunc(x)`.
Value fracOf(const ScalarBuilder &s, ValueRange args) {
  return s.viaF32(args, [](const ScalarBuilder &w, ValueRange wide) -> Value {
    return w.sub(wide[0], math::TruncOp::create(w.b, w.loc, wide[0]));
  });
}

/// fabs for floats, C `abs` (wrapping) for signed integers, the identity for
/// unsigned ones.
Value absOf(const ScalarBuilder &s, ValueRange args) {
  if (s.isFloat())
    return math::AbsFOp::create(s.b, s.loc, args[0]);
  if (s.isUnsigned())
    return args[0];
  return math::AbsIOp::create(s.b, s.loc, args[0]);
}

/// `x < 0 ? -1 : 1`; unsigned integers always give 1.
Value signOf(const ScalarBuilder &s, ValueRange args) {
  if (s.isUnsigned())
    return s.constant(1);
  return s.select(s.isNegative(args[0]), s.constant(-1), s.constant(1));
}

/// `x < 0 ? 1 : 0`; unsigned integers always give 0.
Value stepOf(const ScalarBuilder &s, ValueRange args) {
  if (s.isUnsigned())
    return s.constant(0);
  return s.select(s.isNegative(args[0]), s.constant(1), s.constant(0));
}

/// `x == 0 ? 0 : 1` (so NaN gives 1).
Value nonzeroOf(const ScalarBuilder &s, ValueRange args) {
  Value zero = s.constant(0);
  Value isZero =
      s.isFloat() ? s.cmpf(arith::CmpFPredicate::OEQ, args[0], zero)
                  : Value(arith::CmpIOp::create(
                        s.b, s.loc, arith::CmpIPredicate::eq, args[0], zero));
  return s.select(isZero, zero, s.constant(1));
}

Value clampOf(const ScalarBuilder &s, ValueRange args) {
  return s.clamp(args[0], args[1], args[2]);
}

/// builtin.h DECLARE_INTERP_FUNCS: `x = clamp((x - edge0) / (edge1 - edge0),
/// 0, 1); return x * x * (3 - 2 * x);`.
Value smoothstepOf(const ScalarBuilder &s, ValueRange args) {
  Value t = s.clamp(s.div(s.sub(args[2], args[0]), s.sub(args[1], args[0])),
                    s.constant(0), s.constant(1));
  return s.mul(s.mul(t, t), s.sub(s.constant(3), s.mul(s.constant(2), t)));
}

/// `a * (1 - t) + b * t`, per component.
Value lerpOf(const ScalarBuilder &s, ValueRange args) {
  return s.add(s.mul(args[0], s.sub(s.constant(1), args[2])),
               s.mul(args[1], args[2]));
}

/// wp.min / wp.max with one vector operand: `ret = v[0]; ret = min(ret,
/// v[i])` (vec.h), so NaN elements are skipped.
template <typename WarpOp, bool IsMin>
struct MinMaxLowering : ConvertOpToLLVMPattern<WarpOp> {
  using ConvertOpToLLVMPattern<WarpOp>::ConvertOpToLLVMPattern;

  LogicalResult
  matchAndRewrite(WarpOp op, typename WarpOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ScalarBuilder s{rewriter, loc, getWarpElementType(op.getLhs().getType())};
    if (adaptor.getRhs()) {
      Type type = this->getTypeConverter()->convertType(op.getType());
      rewriter.replaceOp(
          op, buildElementwise(rewriter, loc, type,
                               {adaptor.getLhs(), adaptor.getRhs()},
                               [&](OpBuilder &, Location, ValueRange args) {
                                 return IsMin ? s.min(args[0], args[1])
                                              : s.max(args[0], args[1]);
                               }));
      return success();
    }
    SmallVector<Value> elements =
        extractScalars(rewriter, loc, adaptor.getLhs());
    Value result = elements.front();
    for (Value element : ArrayRef(elements).drop_front())
      result = IsMin ? s.min(result, element) : s.max(result, element);
    rewriter.replaceOp(op, result);
    return success();
  }
};

enum class FloatClass { NaN, Inf, Finite };

/// wp.isnan / wp.isinf: any element; wp.isfinite: every element.
template <typename WarpOp, FloatClass Class>
struct ClassifyLowering : ConvertOpToLLVMPattern<WarpOp> {
  using ConvertOpToLLVMPattern<WarpOp>::ConvertOpToLLVMPattern;

  LogicalResult
  matchAndRewrite(WarpOp op, typename WarpOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value result;
    for (Value x : extractScalars(rewriter, loc, adaptor.getX())) {
      Value test;
      if (Class == FloatClass::NaN) {
        test = arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::UNO,
                                     x, x);
      } else {
        Value magnitude = math::AbsFOp::create(rewriter, loc, x);
        Value infinity = arith::ConstantOp::create(
            rewriter, loc,
            rewriter.getFloatAttr(x.getType(),
                                  std::numeric_limits<double>::infinity()));
        // |x| < inf is false for NaN too.
        test = arith::CmpFOp::create(rewriter, loc,
                                     Class == FloatClass::Inf
                                         ? arith::CmpFPredicate::OEQ
                                         : arith::CmpFPredicate::OLT,
                                     magnitude, infinity);
      }
      if (!result)
        result = test;
      else if (Class == FloatClass::Finite)
        result = arith::AndIOp::create(rewriter, loc, result, test);
      else
        result = arith::OrIOp::create(rewriter, loc, result, test);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::warp::populateWarpMathToLLVMPatterns(
    const LLVMTypeConverter &converter, RewritePatternSet &patterns,
    bool hostMath) {
  patterns.add<ElementwiseLowering<SinOp>>(converter, libm<math::SinOp>);
  patterns.add<ElementwiseLowering<CosOp>>(converter, libm<math::CosOp>);
  patterns.add<ElementwiseLowering<TanOp>>(converter, libm<math::TanOp>);
  patterns.add<ElementwiseLowering<AsinOp>>(converter,
                                            clampedInverseTrig<math::AsinOp>);
  patterns.add<ElementwiseLowering<AcosOp>>(converter,
                                            clampedInverseTrig<math::AcosOp>);
  patterns.add<ElementwiseLowering<AtanOp>>(converter, libm<math::AtanOp>);
  // On the host, LLVM intrinsics (hostIntrinsic says why).
  auto either = [&](ScalarFn host, ScalarFn device) {
    return hostMath ? host : device;
  };
  patterns.add<ElementwiseLowering<SinhOp>>(
      converter, either(hostIntrinsic<LLVM::SinhOp>, libm<math::SinhOp>));
  patterns.add<ElementwiseLowering<CoshOp>>(
      converter, either(hostIntrinsic<LLVM::CoshOp>, libm<math::CoshOp>));
  patterns.add<ElementwiseLowering<TanhOp>>(converter, libm<math::TanhOp>);
  patterns.add<ElementwiseLowering<SqrtOp>>(converter, libm<math::SqrtOp>);
  patterns.add<ElementwiseLowering<CbrtOp>>(converter, libm<math::CbrtOp>);
  patterns.add<ElementwiseLowering<ExpOp>>(converter, libm<math::ExpOp>);
  patterns.add<ElementwiseLowering<LogOp>>(converter, libm<math::LogOp>);
  patterns.add<ElementwiseLowering<Log2Op>>(converter, libm<math::Log2Op>);
  patterns.add<ElementwiseLowering<Log10Op>>(
      converter, either(hostIntrinsic<LLVM::Log10Op>, libm<math::Log10Op>));
  patterns.add<ElementwiseLowering<ErfOp>>(converter, libm<math::ErfOp>);
  patterns.add<ElementwiseLowering<ErfcOp>>(converter, libm<math::ErfcOp>);
  patterns.add<ElementwiseLowering<FloorOp>>(converter, libm<math::FloorOp>);
  patterns.add<ElementwiseLowering<CeilOp>>(converter, libm<math::CeilOp>);
  patterns.add<ElementwiseLowering<TruncOp>>(converter, libm<math::TruncOp>);
  // C round: halfway cases away from zero; C rint: to even.
  patterns.add<ElementwiseLowering<RoundOp>>(converter, libm<math::RoundOp>);
  patterns.add<ElementwiseLowering<RintOp>>(converter, libm<math::RoundEvenOp>);
  patterns.add<ElementwiseLowering<Atan2Op>>(converter, libm<math::Atan2Op>);
  patterns.add<ElementwiseLowering<CopysignOp>>(converter,
                                                libm<math::CopySignOp>);
  patterns.add<ElementwiseLowering<DegreesOp>>(converter, degreesOf);
  patterns.add<ElementwiseLowering<RadiansOp>>(converter, radiansOf);
  patterns.add<ElementwiseLowering<FracOp>>(converter, fracOf);
  patterns.add<ElementwiseLowering<AbsOp>>(converter, absOf);
  patterns.add<ElementwiseLowering<SignOp>>(converter, signOf);
  patterns.add<ElementwiseLowering<StepOp>>(converter, stepOf);
  patterns.add<ElementwiseLowering<NonzeroOp>>(converter, nonzeroOf);
  patterns.add<ElementwiseLowering<ClampOp>>(converter, clampOf);
  patterns.add<ElementwiseLowering<SmoothstepOp>>(converter, smoothstepOf);
  patterns.add<ElementwiseLowering<LerpOp>>(converter, lerpOf);
  patterns.add<MinMaxLowering<MinOp, true>, MinMaxLowering<MaxOp, false>,
               ClassifyLowering<IsnanOp, FloatClass::NaN>,
               ClassifyLowering<IsinfOp, FloatClass::Inf>,
               ClassifyLowering<IsfiniteOp, FloatClass::Finite>>(converter);
}
