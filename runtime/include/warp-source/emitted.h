//===- emitted.h - what generated source needs beyond the builtins -*- C++ -*-===//
//
// convert-warp-to-emitc writes literals that C++ has no decimal spelling for
// (infinities, NaNs, every f16 value) from their bits, and copies a local
// variable's value with wp::copy where the variable changes before the value
// is last used, and reaches struct fields of values (warp.getfield,
// warp.setfield) in one expression.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_EMITTED_H
#define WARP_SOURCE_EMITTED_H

#include "warp-source/config.h"
#include "warp-source/half.h"

namespace wp {

WP_FUNC half half_from_bits(uint16_t bits) { return half{bits}; }

WP_FUNC float float_from_bits(uint32_t bits) {
  return detail::bit_cast<float>(bits);
}

WP_FUNC double double_from_bits(uint64_t bits) {
  return detail::bit_cast<double>(bits);
}

/// The value `x` has now, as a new object.
template <typename T> WP_FUNC T copy(const T &x) { return x; }

/// The field `Member` (`&Name::field`) of the struct `s`.
template <auto Member, typename S> WP_FUNC auto field(const S &s) {
  return s.*Member;
}

/// A copy of `s` whose field `Member` is `value`.
template <auto Member, typename S, typename T>
WP_FUNC S with_field(S s, const T &value) {
  s.*Member = value;
  return s;
}

} // namespace wp

#endif // WARP_SOURCE_EMITTED_H
