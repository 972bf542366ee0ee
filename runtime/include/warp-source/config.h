//===- config.h - shared macros and type traits of warp-source --*- C++ -*-===//
//
// What every other warp-source header needs: WP_FUNC, the classification of
// Warp's scalar types, and a bit cast that works in host and device code.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_CONFIG_H
#define WARP_SOURCE_CONFIG_H

#include <cstdint>
#include <type_traits>

// Every builtin runs in host C++ and in CUDA device code alike.
#ifdef __CUDACC__
#define WP_FUNC __host__ __device__ inline
#else
#define WP_FUNC inline
#endif

namespace wp {

struct half;

namespace detail {

template <bool Condition>
using enable_if_t = typename std::enable_if<Condition, int>::type;

/// Blocks template argument deduction through a parameter, so that a value
/// parameter takes its type from the array or composite it goes with.
template <typename T> struct identity { using type = T; };
template <typename T> using identity_t = typename identity<T>::type;

/// Warp's integers: si8..si64 and ui8..ui64 (bool is not one).
template <typename T>
constexpr bool is_int =
    std::is_integral<T>::value && !std::is_same<T, bool>::value;
template <typename T>
constexpr bool is_signed_int = is_int<T> &&std::is_signed<T>::value;
template <typename T>
constexpr bool is_unsigned_int = is_int<T> &&std::is_unsigned<T>::value;
/// Warp's floats: f16 (wp::half), f32, f64.
template <typename T>
constexpr bool is_float =
    std::is_same<T, half>::value || std::is_same<T, float>::value ||
    std::is_same<T, double>::value;
template <typename T> constexpr bool is_numeric = is_int<T> || is_float<T>;
template <typename T>
constexpr bool is_scalar = is_numeric<T> || std::is_same<T, bool>::value;

/// The unsigned type integer arithmetic wraps in: C++ promotes narrower
/// integers to int, so they compute (and wrap) in 32 bits, as the LLVM
/// lowering's ScalarBuilder::promoted does.
template <typename T>
using wrap_t =
    typename std::conditional<(sizeof(T) < 4), uint32_t,
                              typename std::make_unsigned<T>::type>::type;

/// The bits of `from` as a `To` of the same size.
template <typename To, typename From> WP_FUNC To bit_cast(const From &from) {
  static_assert(sizeof(To) == sizeof(From), "bit_cast changes the size");
  To to;
  __builtin_memcpy(&to, &from, sizeof(To));
  return to;
}

} // namespace detail
} // namespace wp

#endif // WARP_SOURCE_CONFIG_H
