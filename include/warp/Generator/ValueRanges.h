//===- ValueRanges.h - interval arithmetic for UB-free generation -*- C++
//-*-===//
//
// YARPGen-style: every generated value carries an interval that holds for
// every input inside the declared input ranges. An op is emitted only when
// the interval of its result proves it free of undefined behaviour (no
// signed overflow, no division by zero, no Inf/NaN); otherwise the caller
// guards an operand first. Float bounds are widened by a relative epsilon so
// rounding cannot escape them.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_VALUERANGES_H
#define WARP_GENERATOR_VALUERANGES_H

#include "mlir/IR/Types.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::warp::gen {

/// What the generator needs to know about a scalar type.
struct ScalarInfo {
  bool isInt = false;
  bool isSigned = false;
  bool isBool = false;
  unsigned width = 0;
  /// Integer limits (ui64 is capped at INT64_MAX: the generator never goes
  /// higher).
  int64_t min = 0, max = 0;
  /// The largest magnitude a float value may take (well below the type's
  /// overflow threshold, so sums and products of bounded values stay finite).
  double bound = 0;
};

/// Null ScalarInfo (width 0) when `type` is not a Warp scalar.
ScalarInfo getScalarInfo(Type type);

/// An interval. For vectors, matrices and quaternions it bounds every
/// element.
struct Range {
  enum class Kind { None, Int, Float } kind = Kind::None;
  int64_t lo = 0, hi = 0;
  /// For ints: the value is never 0 even though [lo, hi] may contain 0
  /// (e.g. `x | 1`).
  bool nonZero = false;
  double flo = 0, fhi = 0;

  static Range ints(int64_t lo, int64_t hi, bool nonZero = false);
  static Range floats(double lo, double hi);
  bool isInt() const { return kind == Kind::Int; }
  bool isFloat() const { return kind == Kind::Float; }
  bool mayBeZero() const;
  /// The largest magnitude (float ranges).
  double mag() const;
  int64_t imag() const;
  bool within(const Range &other) const;
  Range hull(const Range &other) const;
  std::string str() const;
};

/// Float range of a computed result, widened outward by a relative epsilon
/// (rounding of the op and of libm). Null when it exceeds `bound`.
std::optional<Range> checkedFloat(double lo, double hi, double bound);
/// Int range of a computed result; null when it leaves [min, max].
std::optional<Range> checkedInt(__int128 lo, __int128 hi, const ScalarInfo &t);

// Interval transfer functions: null when the op could be undefined or leave
// the type's safe bounds for some inputs in range.
std::optional<Range> rangeAdd(const Range &a, const Range &b,
                              const ScalarInfo &t);
std::optional<Range> rangeSub(const Range &a, const Range &b,
                              const ScalarInfo &t);
std::optional<Range> rangeMul(const Range &a, const Range &b,
                              const ScalarInfo &t);
/// `/` (true division for floats, truncating for ints), `//` and `%`.
std::optional<Range> rangeDiv(const Range &a, const Range &b,
                              const ScalarInfo &t);
std::optional<Range> rangeFloorDiv(const Range &a, const Range &b,
                                   const ScalarInfo &t);
std::optional<Range> rangeMod(const Range &a, const Range &b,
                              const ScalarInfo &t);
Range rangeMin(const Range &a, const Range &b);
Range rangeMax(const Range &a, const Range &b);
std::optional<Range> rangeNeg(const Range &a, const ScalarInfo &t);
std::optional<Range> rangeAbs(const Range &a, const ScalarInfo &t);
// Bitwise (ints only).
std::optional<Range> rangeBitAnd(const Range &a, const Range &b,
                                 const ScalarInfo &t);
std::optional<Range> rangeBitOrXor(const Range &a, const Range &b,
                                   const ScalarInfo &t, bool isOr);
std::optional<Range> rangeBitNot(const Range &a, const ScalarInfo &t);
std::optional<Range> rangeShl(const Range &a, const Range &s,
                              const ScalarInfo &t);
std::optional<Range> rangeShr(const Range &a, const Range &s,
                              const ScalarInfo &t);
/// A scalar conversion; null when the value may not fit the target.
std::optional<Range> rangeCast(const Range &a, const ScalarInfo &from,
                               const ScalarInfo &to);

} // namespace mlir::warp::gen

#endif // WARP_GENERATOR_VALUERANGES_H
