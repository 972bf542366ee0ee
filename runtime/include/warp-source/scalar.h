//===- scalar.h - Warp scalar operators, casts and comparisons --*- C++ -*-===//
//
// One function per warp op on scalars, with the semantics of the LLVM
// lowering (lib/Conversion/WarpToLLVM/ScalarBuilder.cpp and
// ArithToLLVM.cpp): integers wrap at their width and compute 8- and 16-bit
// values in 32 bits; what LLVM leaves undefined (division by zero, INT_MIN /
// -1, oversized shifts, out-of-range float-to-int) gets a result here that
// involves no C++ undefined behaviour. Float scalars take no shortcut: the
// emitted code must be compiled without fp contraction on the host (GCC's
// ISO modes and clang without -mfma already are; else -ffp-contract=off).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_SCALAR_H
#define WARP_SOURCE_SCALAR_H

#include "warp-source/config.h"
#include "warp-source/half.h"

#include <cmath>

namespace wp {

/// The zero of any scalar, composite or struct type.
template <typename T> WP_FUNC T zero() { return T{}; }

namespace detail {

/// C++'s conversion of `x` to double (exact for every Warp float).
WP_FUNC double to_f64(float x) { return x; }
WP_FUNC double to_f64(double x) { return x; }
WP_FUNC double to_f64(half x) { return half_to_float(x); }

/// Rounds a double to the float type T; half is built from a float only, so
/// it rounds twice (ScalarBuilder.cpp, convertFloat).
template <typename T> WP_FUNC T from_f64(double x) { return static_cast<T>(x); }
template <> WP_FUNC half from_f64<half>(double x) {
  return float_to_half(static_cast<float>(x));
}

/// The float function of a half evaluated in float and rounded back
/// (ScalarBuilder::viaF32).
WP_FUNC float widen(half x) { return half_to_float(x); }
WP_FUNC float widen(float x) { return x; }
WP_FUNC double widen(double x) { return x; }
template <typename T> WP_FUNC T narrow(float x) { return static_cast<T>(x); }
template <> WP_FUNC half narrow<half>(float x) { return float_to_half(x); }
template <typename T> WP_FUNC T narrow(double x) { return static_cast<T>(x); }

/// The constant `value` in type T (createScalarConstant); exact for the
/// small constants the builtins use.
template <typename T> WP_FUNC T constant(double value) {
  return from_f64<T>(value);
}

/// The integer `x` converted to integer type T: modulo 2^width.
template <typename T, typename U> WP_FUNC T wrap(U x) {
  return static_cast<T>(static_cast<typename std::make_unsigned<T>::type>(x));
}

/// Truncation of the float `x` toward zero to the integer type T. Values
/// outside T's range (and NaN) are undefined in Warp and LLVM (fptosi and
/// fptoui give poison); here they take x86's answers, without C++ UB:
/// signed 32- and 64-bit targets the "integer indefinite" minimum, narrower
/// and unsigned targets the value through a wider signed conversion.
WP_FUNC float trunc_toward_zero(float x) { return ::truncf(x); }
WP_FUNC double trunc_toward_zero(double x) { return ::trunc(x); }
template <typename T, typename F> WP_FUNC T float_to_int(F x) {
  using Wide = decltype(widen(x));
  Wide truncated = trunc_toward_zero(widen(x));
  constexpr int bits = 8 * sizeof(T);
  // 2^(bits - 1): exact in every float type.
  const Wide half_range = static_cast<Wide>(1ull << (bits - 1));
  if constexpr (std::is_signed<T>::value) {
    if (truncated >= -half_range && truncated < half_range)
      return static_cast<T>(truncated);
    if constexpr (bits >= 32)
      return std::is_same<T, int64_t>::value ? static_cast<T>(INT64_MIN)
                                             : static_cast<T>(INT32_MIN);
    else
      return wrap<T>(float_to_int<int32_t>(x));
  } else {
    if (truncated >= Wide(0) && truncated < half_range * Wide(2))
      return static_cast<T>(truncated);
    return wrap<T>(float_to_int<int64_t>(x));
  }
}

/// Converts the scalar `x` to the scalar type To as Warp's constructors do
/// (ArithToLLVM.cpp, castScalar).
template <typename To, typename From> struct scalar_cast {
  WP_FUNC static To apply(From x) {
    if constexpr (std::is_same<To, bool>::value) {
      // x != 0, true for NaN.
      if constexpr (is_float<From>)
        return widen(x) != 0;
      else
        return x != 0;
    } else if constexpr (is_float<From>) {
      return float_to_int<To>(x);
    } else {
      // From an integer or bool; integer-to-integer conversions wrap.
      return static_cast<To>(x);
    }
  }
};
// Integers and bools to floats: round to nearest; half goes through float.
template <typename From> struct scalar_cast<float, From> {
  WP_FUNC static float apply(From x) { return static_cast<float>(x); }
};
template <typename From> struct scalar_cast<double, From> {
  WP_FUNC static double apply(From x) { return static_cast<double>(x); }
};
template <typename From> struct scalar_cast<half, From> {
  WP_FUNC static half apply(From x) {
    return float_to_half(static_cast<float>(x));
  }
};
template <> struct scalar_cast<float, half> {
  WP_FUNC static float apply(half x) { return half_to_float(x); }
};
template <> struct scalar_cast<double, half> {
  WP_FUNC static double apply(half x) { return half_to_float(x); }
};
template <> struct scalar_cast<half, double> {
  WP_FUNC static half apply(double x) {
    return float_to_half(static_cast<float>(x));
  }
};
template <> struct scalar_cast<half, half> {
  WP_FUNC static half apply(half x) { return x; }
};
template <> struct scalar_cast<bool, half> {
  WP_FUNC static bool apply(half x) { return half_to_float(x) != 0.0f; }
};
template <typename To> struct scalar_cast<To, half> {
  WP_FUNC static To apply(half x) { return float_to_int<To>(x); }
};

/// The type two different scalars compare in: C++'s usual arithmetic
/// conversions after integral promotion (getComparisonType).
template <typename A, typename B> using compare_t = decltype(A() + B());

} // namespace detail

/// Scalar conversions; composites have overloads in composite.h.
template <typename To, typename From,
          detail::enable_if_t<detail::is_scalar<From>> = 0>
WP_FUNC To cast(From x) {
  return detail::scalar_cast<To, From>::apply(x);
}

//===----------------------------------------------------------------------===//
// Arithmetic (warp.add, warp.sub, warp.mul, warp.div, warp.floordiv,
// warp.mod, warp.neg)
//===----------------------------------------------------------------------===//

template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T add(T a, T b) {
  using U = detail::wrap_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T sub(T a, T b) {
  using U = detail::wrap_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b)));
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T mul(T a, T b) {
  using U = detail::wrap_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
}
WP_FUNC float add(float a, float b) { return a + b; }
WP_FUNC float sub(float a, float b) { return a - b; }
WP_FUNC float mul(float a, float b) { return a * b; }
WP_FUNC float div(float a, float b) { return a / b; }
WP_FUNC double add(double a, double b) { return a + b; }
WP_FUNC double sub(double a, double b) { return a - b; }
WP_FUNC double mul(double a, double b) { return a * b; }
WP_FUNC double div(double a, double b) { return a / b; }
WP_FUNC half add(half a, half b) { return a + b; }
WP_FUNC half sub(half a, half b) { return a - b; }
WP_FUNC half mul(half a, half b) { return a * b; }
WP_FUNC half div(half a, half b) { return a / b; }

namespace detail {
/// `a / b` and `a % b` in the promoted type, the pieces of div, mod and
/// floordiv. A zero divisor (undefined) gives 0, and MIN / -1 wraps to MIN
/// (MIN % -1 is 0), where C++ and LLVM leave them undefined.
template <typename P> WP_FUNC P checked_div(P a, P b) {
  if (b == 0)
    return 0;
  if (std::is_signed<P>::value && b == P(-1))
    return static_cast<P>(static_cast<typename std::make_unsigned<P>::type>(0) -
                          static_cast<typename std::make_unsigned<P>::type>(a));
  return a / b;
}
template <typename P> WP_FUNC P checked_mod(P a, P b) {
  if (b == 0 || (std::is_signed<P>::value && b == P(-1)))
    return 0;
  return a % b;
}
/// The promoted type of T keeping T's signedness (ScalarBuilder::promoted
/// extends by the Warp type's signedness).
template <typename T>
using promoted_same_sign_t = typename std::conditional<
    (sizeof(T) < 4),
    typename std::conditional<std::is_signed<T>::value, int32_t,
                              uint32_t>::type,
    T>::type;
} // namespace detail

/// C++ `/`: truncation toward zero.
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T div(T a, T b) {
  using P = detail::promoted_same_sign_t<T>;
  return static_cast<T>(detail::checked_div<P>(a, b));
}

/// C++ `%` on integers (the dividend's sign), fmod on floats.
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T mod(T a, T b) {
  using P = detail::promoted_same_sign_t<T>;
  return static_cast<T>(detail::checked_mod<P>(a, b));
}
WP_FUNC float mod(float a, float b) { return ::fmodf(a, b); }
WP_FUNC double mod(double a, double b) { return ::fmod(a, b); }
WP_FUNC half mod(half a, half b) {
  return float_to_half(::fmodf(half_to_float(a), half_to_float(b)));
}

/// Signed: the truncated quotient less one when the remainder is nonzero
/// and its sign differs from the divisor's; unsigned: plain division.
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T floordiv(T a, T b) {
  using P = detail::promoted_same_sign_t<T>;
  P quotient = detail::checked_div<P>(a, b);
  if constexpr (!std::is_signed<T>::value) {
    return static_cast<T>(quotient);
  } else {
    P remainder = detail::checked_mod<P>(a, b);
    bool adjust = remainder != 0 && (remainder ^ static_cast<P>(b)) < 0;
    return static_cast<T>(quotient - static_cast<P>(adjust));
  }
}
/// floor(a / b), the quotient rounded to the operand type first.
WP_FUNC float floordiv(float a, float b) { return ::floorf(a / b); }
WP_FUNC double floordiv(double a, double b) { return ::floor(a / b); }
WP_FUNC half floordiv(half a, half b) {
  return float_to_half(::floorf(half_to_float(a / b)));
}

/// Scalar `-x` is `T(0) - x` (builtin.h): -(+0.0) is +0.0. Integers wrap.
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T neg(T x) {
  return sub(T(0), x);
}
WP_FUNC float neg(float x) { return 0.0f - x; }
WP_FUNC double neg(double x) { return 0.0 - x; }
WP_FUNC half neg(half x) { return half{} - x; }

namespace detail {
/// A float's sign flipped (LLVM fneg): what composites' unary minus and
/// ScalarBuilder::neg do. Integers wrap as 0 - x.
template <typename T> WP_FUNC T flip_sign(T x) { return neg(x); }
template <> WP_FUNC float flip_sign<float>(float x) { return -x; }
template <> WP_FUNC double flip_sign<double>(double x) { return -x; }
template <> WP_FUNC half flip_sign<half>(half x) { return -x; }

/// mat.h's muladd, `acc + x * y`: fused for f32 and f64 (fmaf/fma), two
/// roundings for half and integers (ScalarBuilder::mulAdd).
template <typename T> WP_FUNC T mul_add(T x, T y, T acc) {
  return add(acc, mul(x, y));
}
template <> WP_FUNC float mul_add<float>(float x, float y, float acc) {
  return ::fmaf(x, y, acc);
}
template <> WP_FUNC double mul_add<double>(double x, double y, double acc) {
  return ::fma(x, y, acc);
}
} // namespace detail

//===----------------------------------------------------------------------===//
// Bitwise operators (integers only)
//===----------------------------------------------------------------------===//

template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T bit_and(T a, T b) {
  return static_cast<T>(a & b);
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T bit_or(T a, T b) {
  return static_cast<T>(a | b);
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T bit_xor(T a, T b) {
  return static_cast<T>(a ^ b);
}
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T bit_not(T x) {
  return static_cast<T>(~x);
}

/// `a << b` in the promoted type, truncated back. An amount of at least the
/// promoted width (or a negative one) is undefined; here it is masked, as
/// x86 does (`1 << 32 == 1`).
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T shl(T a, T b) {
  using U = detail::wrap_t<T>;
  using P = detail::promoted_same_sign_t<T>;
  constexpr U mask = 8 * sizeof(U) - 1;
  U amount = static_cast<U>(static_cast<P>(b)) & mask;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) << amount));
}
/// Arithmetic for signed integers, logical for unsigned ones; amounts as
/// for shl.
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC T shr(T a, T b) {
  using U = detail::wrap_t<T>;
  using P = detail::promoted_same_sign_t<T>;
  constexpr U mask = 8 * sizeof(U) - 1;
  U amount = static_cast<U>(static_cast<P>(b)) & mask;
  return static_cast<T>(static_cast<P>(a) >> amount);
}

//===----------------------------------------------------------------------===//
// Comparisons and `not`
//===----------------------------------------------------------------------===//

// Two scalars compare in their common C++ type (bools and integers promote,
// `si32 < ui32` compares unsigned); floats are ordered except `!=`. f16
// compares only with f16.
#define WP_DEFINE_COMPARISON(name, op)                                         \
  template <                                                                   \
      typename A, typename B,                                                  \
      detail::enable_if_t<detail::is_scalar<A> && detail::is_scalar<B> &&      \
                          !std::is_same<A, half>::value &&                     \
                          !std::is_same<B, half>::value> = 0>                  \
  WP_FUNC bool name(A a, B b) {                                                \
    using Common = detail::compare_t<A, B>;                                    \
    return static_cast<Common>(a) op static_cast<Common>(b);                   \
  }                                                                            \
  WP_FUNC bool name(half a, half b) {                                          \
    return half_to_float(a) op half_to_float(b);                               \
  }
WP_DEFINE_COMPARISON(cmp_eq, ==)
WP_DEFINE_COMPARISON(cmp_ne, !=)
WP_DEFINE_COMPARISON(cmp_lt, <)
WP_DEFINE_COMPARISON(cmp_le, <=)
WP_DEFINE_COMPARISON(cmp_gt, >)
WP_DEFINE_COMPARISON(cmp_ge, >=)
#undef WP_DEFINE_COMPARISON

/// warp.not: a bool's negation, an integer's `x == 0` (arrays: array.h).
WP_FUNC bool logical_not(bool x) { return !x; }
template <typename T, detail::enable_if_t<detail::is_int<T>> = 0>
WP_FUNC bool logical_not(T x) {
  return x == 0;
}

/// wp.where with a bool or integer condition (non-zero is true); both values
/// are already evaluated. Arrays as conditions: array.h.
template <typename C, typename T,
          detail::enable_if_t<std::is_integral<C>::value> = 0>
WP_FUNC T where(C condition, const T &if_true, const T &if_false) {
  return condition != 0 ? if_true : if_false;
}

} // namespace wp

#endif // WARP_SOURCE_SCALAR_H
