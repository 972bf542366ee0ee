//===- math.h - Warp's scalar math builtins ---------------------*- C++ -*-===//
//
// The scalar overloads of wp.sin, wp.clamp, wp.isnan, ... as the LLVM
// lowering computes them (lib/Conversion/WarpToLLVM/MathToLLVM.cpp): the
// CPU JIT calls the same libm functions (sinf, expf, ...) and LLVM
// intrinsics for the exact ones, so calling them here gives identical bits;
// f16 evaluates in f32 and rounds back. Vector overloads are in composite.h.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_MATH_H
#define WARP_SOURCE_MATH_H

#include "warp-source/scalar.h"

#include <cmath>

namespace wp {

// One-argument libm functions: f32 and f64 call the C function, f16 goes
// through f32 (ScalarBuilder::viaF32).
#define WP_DEFINE_LIBM_UNARY(name, float_fn, double_fn)                        \
  WP_FUNC float name(float x) { return ::float_fn(x); }                        \
  WP_FUNC double name(double x) { return ::double_fn(x); }                     \
  WP_FUNC half name(half x) {                                                  \
    return float_to_half(::float_fn(half_to_float(x)));                        \
  }
WP_DEFINE_LIBM_UNARY(sin, sinf, sin)
WP_DEFINE_LIBM_UNARY(cos, cosf, cos)
WP_DEFINE_LIBM_UNARY(tan, tanf, tan)
WP_DEFINE_LIBM_UNARY(atan, atanf, atan)
WP_DEFINE_LIBM_UNARY(sinh, sinhf, sinh)
WP_DEFINE_LIBM_UNARY(cosh, coshf, cosh)
WP_DEFINE_LIBM_UNARY(tanh, tanhf, tanh)
WP_DEFINE_LIBM_UNARY(sqrt, sqrtf, sqrt)
WP_DEFINE_LIBM_UNARY(cbrt, cbrtf, cbrt)
WP_DEFINE_LIBM_UNARY(exp, expf, exp)
WP_DEFINE_LIBM_UNARY(log, logf, log)
WP_DEFINE_LIBM_UNARY(log2, log2f, log2)
WP_DEFINE_LIBM_UNARY(log10, log10f, log10)
WP_DEFINE_LIBM_UNARY(erf, erff, erf)
WP_DEFINE_LIBM_UNARY(erfc, erfcf, erfc)
WP_DEFINE_LIBM_UNARY(floor, floorf, floor)
WP_DEFINE_LIBM_UNARY(ceil, ceilf, ceil)
WP_DEFINE_LIBM_UNARY(trunc, truncf, trunc)
// C round: halfway cases away from zero.
WP_DEFINE_LIBM_UNARY(round, roundf, round)
// math.roundeven: halfway cases to even, which is rint in the default
// rounding mode.
WP_DEFINE_LIBM_UNARY(rint, rintf, rint)
#undef WP_DEFINE_LIBM_UNARY

#define WP_DEFINE_LIBM_BINARY(name, float_fn, double_fn)                       \
  WP_FUNC float name(float x, float y) { return ::float_fn(x, y); }            \
  WP_FUNC double name(double x, double y) { return ::double_fn(x, y); }        \
  WP_FUNC half name(half x, half y) {                                          \
    return float_to_half(::float_fn(half_to_float(x), half_to_float(y)));      \
  }
WP_DEFINE_LIBM_BINARY(pow, powf, pow)
WP_DEFINE_LIBM_BINARY(atan2, atan2f, atan2)
WP_DEFINE_LIBM_BINARY(copysign, copysignf, copysign)
#undef WP_DEFINE_LIBM_BINARY

//===----------------------------------------------------------------------===//
// min, max, clamp
//===----------------------------------------------------------------------===//

/// Integers: `a < b ? a : b`. Floats: Warp's host fmin, `a <= b ? a : (b ==
/// b ? b : a)`, which ignores one NaN (ScalarBuilder::min).
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T min(T a, T b) {
  return a < b ? a : b;
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T max(T a, T b) {
  return a > b ? a : b;
}
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T min(T a, T b) {
  return a <= b ? a : (b == b ? b : a);
}
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T max(T a, T b) {
  return a >= b ? a : (b == b ? b : a);
}

/// `min(max(low, x), high)`: the value comes first.
template <typename T, detail::enable_if_t<detail::is_numeric<T>> = 0>
WP_FUNC T clamp(T x, T low, T high) {
  return min(max(low, x), high);
}

//===----------------------------------------------------------------------===//
// Float functions built from the above (MathToLLVM.cpp)
//===----------------------------------------------------------------------===//

/// `asinf(min(max(x, -1), 1))`: even NaN is clamped, to -1.
WP_FUNC float asin(float x) { return ::asinf(min(max(x, -1.0f), 1.0f)); }
WP_FUNC double asin(double x) { return ::asin(min(max(x, -1.0), 1.0)); }
WP_FUNC half asin(half x) { return float_to_half(asin(half_to_float(x))); }
WP_FUNC float acos(float x) { return ::acosf(min(max(x, -1.0f), 1.0f)); }
WP_FUNC double acos(double x) { return ::acos(min(max(x, -1.0), 1.0)); }
WP_FUNC half acos(half x) { return float_to_half(acos(half_to_float(x))); }

/// `x * C` with C a double literal (RAD_TO_DEG, DEG_TO_RAD): the product is
/// taken in f64 and rounded back.
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T degrees(T x) {
  return detail::from_f64<T>(detail::to_f64(x) * 57.29577951308232087679);
}
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T radians(T x) {
  return detail::from_f64<T>(detail::to_f64(x) * 0.01745329251994329577);
}

/// `x - trunc(x)`, with the sign of x.
WP_FUNC float frac(float x) { return x - ::truncf(x); }
WP_FUNC double frac(double x) { return x - ::trunc(x); }
WP_FUNC half frac(half x) { return float_to_half(frac(half_to_float(x))); }

/// fabs for floats (a half's sign bit cleared, as LLVM's fabs does), C
/// `abs` wrapping at the minimum for signed integers, the identity for
/// unsigned ones.
WP_FUNC float abs(float x) { return ::fabsf(x); }
WP_FUNC double abs(double x) { return ::fabs(x); }
WP_FUNC half abs(half x) {
  return half{static_cast<uint16_t>(x.bits & 0x7fffu)};
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T abs(T x) {
#if defined(__CUDA_ARCH__)
  // nvcc turns the expression below into abs.s16 for 16-bit integers, and
  // ptxas's abs.s16 leaves 32768 for -32768 in its 32-bit register (on an
  // H100). abs.s32 of the widened value, truncated, wraps as it should; the
  // PTX target does the same (WarpToGPU.cpp, widenNarrowAbs).
  if constexpr (std::is_signed<T>::value && sizeof(T) < 4) {
    int32_t wide = x, result;
    asm("abs.s32 %0, %1;" : "=r"(result) : "r"(wide));
    return static_cast<T>(result);
  }
#endif
  if constexpr (std::is_signed<T>::value)
    return x < 0 ? neg(x) : x;
  else
    return x;
}

/// `x < 0 ? -1 : 1`: zero, -0.0 and NaN give 1, unsigned integers always 1.
template <typename T, detail::enable_if_t<detail::is_numeric<T>> = 0>
WP_FUNC T sign(T x) {
  if constexpr (detail::is_unsigned_int<T>)
    return T(1);
  else
    return cmp_lt(x, detail::constant<T>(0)) ? detail::constant<T>(-1)
                                             : detail::constant<T>(1);
}

/// `x < 0 ? 1 : 0` (not GLSL's step); unsigned integers always give 0.
template <typename T, detail::enable_if_t<detail::is_numeric<T>> = 0>
WP_FUNC T step(T x) {
  if constexpr (detail::is_unsigned_int<T>)
    return T(0);
  else
    return cmp_lt(x, detail::constant<T>(0)) ? detail::constant<T>(1)
                                             : detail::constant<T>(0);
}

/// `x == 0 ? 0 : 1`: -0.0 gives 0, NaN gives 1.
template <typename T, detail::enable_if_t<detail::is_numeric<T>> = 0>
WP_FUNC T nonzero(T x) {
  return cmp_eq(x, detail::constant<T>(0)) ? detail::constant<T>(0)
                                           : detail::constant<T>(1);
}

/// `a * (1 - t) + b * t`, each operation rounded in T.
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T lerp(T a, T b, T t) {
  return add(mul(a, sub(detail::constant<T>(1), t)), mul(b, t));
}

/// `t = clamp((x - edge0) / (edge1 - edge0), 0, 1); t * t * (3 - 2 * t)`,
/// each operation rounded in T.
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC T smoothstep(T edge0, T edge1, T x) {
  T t = clamp(div(sub(x, edge0), sub(edge1, edge0)), detail::constant<T>(0),
              detail::constant<T>(1));
  return mul(mul(t, t),
             sub(detail::constant<T>(3), mul(detail::constant<T>(2), t)));
}

/// `x != x`; `|x| == inf`; `|x| < inf` (false for NaN).
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC bool isnan(T x) {
  return detail::widen(x) != detail::widen(x);
}
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC bool isinf(T x) {
  auto magnitude = detail::widen(abs(x));
  return magnitude == static_cast<decltype(magnitude)>(INFINITY);
}
template <typename T, detail::enable_if_t<detail::is_float<T>> = 0>
WP_FUNC bool isfinite(T x) {
  auto magnitude = detail::widen(abs(x));
  return magnitude < static_cast<decltype(magnitude)>(INFINITY);
}

} // namespace wp

#endif // WARP_SOURCE_MATH_H
