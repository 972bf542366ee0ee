//===- half.h - wp::half, IEEE binary16 in software -------------*- C++ -*-===//
//
// f16 is stored as its uint16_t bits (docs/abi.md). Conversions are done in
// integer arithmetic so that host and device agree bit for bit; arithmetic
// converts to float, operates and rounds back, as LLVM computes f16 on x86
// (and as Warp's half operators do).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_HALF_H
#define WARP_SOURCE_HALF_H

#include "warp-source/config.h"

namespace wp {

/// IEEE binary16. `half{0x3c00}` is 1.0; `half{}` is +0.0.
struct half {
  uint16_t bits;
};

/// The float equal to `h` (exact). A NaN keeps its payload, shifted into
/// the float's significand, and is quieted, as x86's vcvtph2ps (and
/// libgcc's __extendhfsf2) do.
WP_FUNC float half_to_float(half h) {
  uint32_t sign = static_cast<uint32_t>(h.bits & 0x8000u) << 16;
  uint32_t exponent = (h.bits >> 10) & 0x1fu;
  uint32_t mantissa = h.bits & 0x3ffu;
  uint32_t bits;
  if (exponent == 0x1f) { // Infinity or NaN.
    bits = sign | 0x7f800000u | (mantissa << 13) | (mantissa ? 0x400000u : 0);
  } else if (exponent != 0) { // Normal: rebias 15 -> 127.
    bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) { // Signed zero.
    bits = sign;
  } else { // Subnormal: mantissa * 2^-24, a normal float.
    uint32_t shift = 0;
    while (!(mantissa & 0x400u)) {
      mantissa <<= 1;
      ++shift;
    }
    bits = sign | ((113 - shift) << 23) | ((mantissa & 0x3ffu) << 13);
  }
  return detail::bit_cast<float>(bits);
}

/// `f` rounded to the nearest half, ties to even; overflow gives infinity. A
/// NaN is quieted and keeps the top of its payload, as LLVM's fptrunc (and
/// x86's vcvtps2ph) do.
WP_FUNC half float_to_half(float f) {
  uint32_t bits = detail::bit_cast<uint32_t>(f);
  uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000u);
  uint32_t magnitude = bits & 0x7fffffffu;
  if (magnitude > 0x7f800000u) // NaN.
    return half{
        static_cast<uint16_t>(sign | 0x7e00u | ((magnitude >> 13) & 0x3ffu))};
  // 65520 is halfway between 65504 (the largest half) and 2^16; the tie
  // goes to the even neighbour, infinity.
  if (magnitude >= 0x477ff000u)
    return half{static_cast<uint16_t>(sign | 0x7c00u)};
  uint32_t exponent = magnitude >> 23;
  uint32_t result, remainder, halfway;
  if (exponent >= 113) { // A normal half: rebias 127 -> 15.
    result = ((exponent - 112) << 10) | ((magnitude >> 13) & 0x3ffu);
    remainder = magnitude & 0x1fffu;
    halfway = 0x1000u;
  } else { // A subnormal half (or zero): count units of 2^-24.
    uint32_t shift = 126 - exponent;
    if (exponent == 0 || shift > 24) // Below 2^-25: rounds to zero.
      return half{sign};
    uint32_t significand = (magnitude & 0x7fffffu) | 0x800000u;
    result = significand >> shift;
    remainder = significand & ((1u << shift) - 1);
    halfway = 1u << (shift - 1);
  }
  // Rounding up may carry into the exponent, which is still correct.
  if (remainder > halfway || (remainder == halfway && (result & 1u)))
    ++result;
  return half{static_cast<uint16_t>(sign | result)};
}

// Half arithmetic and comparisons, through float. Unary minus flips the
// sign bit like float's; Warp's scalar `-x` is wp::neg, which is 0 - x.
WP_FUNC half operator+(half a, half b) {
  return float_to_half(half_to_float(a) + half_to_float(b));
}
WP_FUNC half operator-(half a, half b) {
  return float_to_half(half_to_float(a) - half_to_float(b));
}
WP_FUNC half operator*(half a, half b) {
  return float_to_half(half_to_float(a) * half_to_float(b));
}
WP_FUNC half operator/(half a, half b) {
  return float_to_half(half_to_float(a) / half_to_float(b));
}
WP_FUNC half operator-(half a) {
  return half{static_cast<uint16_t>(a.bits ^ 0x8000u)};
}
WP_FUNC bool operator==(half a, half b) {
  return half_to_float(a) == half_to_float(b);
}
WP_FUNC bool operator!=(half a, half b) {
  return half_to_float(a) != half_to_float(b);
}
WP_FUNC bool operator<(half a, half b) {
  return half_to_float(a) < half_to_float(b);
}
WP_FUNC bool operator<=(half a, half b) {
  return half_to_float(a) <= half_to_float(b);
}
WP_FUNC bool operator>(half a, half b) {
  return half_to_float(a) > half_to_float(b);
}
WP_FUNC bool operator>=(half a, half b) {
  return half_to_float(a) >= half_to_float(b);
}

} // namespace wp

#endif // WARP_SOURCE_HALF_H
