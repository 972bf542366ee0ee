//===- ValueRanges.cpp - interval arithmetic for ints and floats ---------===//

#include "warp/Generator/ValueRanges.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::warp::gen;

using i128 = __int128;

ScalarInfo mlir::warp::gen::getScalarInfo(Type type) {
  ScalarInfo info;
  if (auto intType = dyn_cast<IntegerType>(type)) {
    info.width = intType.getWidth();
    if (info.width == 1) {
      info.isBool = true;
      info.max = 1;
      return info;
    }
    info.isInt = true;
    info.isSigned = !intType.isUnsigned();
    if (info.isSigned) {
      info.min =
          info.width == 64 ? INT64_MIN : -(int64_t(1) << (info.width - 1));
      info.max =
          info.width == 64 ? INT64_MAX : (int64_t(1) << (info.width - 1)) - 1;
    } else {
      info.max = info.width == 64 ? INT64_MAX : (int64_t(1) << info.width) - 1;
    }
    return info;
  }
  if (auto floatType = dyn_cast<FloatType>(type)) {
    info.width = floatType.getWidth();
    // f16 overflows at 65504; sums of two bounded values stay far below.
    info.bound = info.width == 16 ? 1.0e3 : 1.0e6;
    return info;
  }
  return info;
}

Range Range::ints(int64_t lo, int64_t hi, bool nonZero) {
  Range r;
  r.kind = Kind::Int;
  r.lo = lo;
  r.hi = hi;
  r.nonZero = nonZero || lo > 0 || hi < 0;
  return r;
}

Range Range::floats(double lo, double hi) {
  Range r;
  r.kind = Kind::Float;
  r.flo = lo;
  r.fhi = hi;
  return r;
}

bool Range::mayBeZero() const {
  if (isInt())
    return !nonZero && lo <= 0 && hi >= 0;
  return flo <= 0 && fhi >= 0;
}

double Range::mag() const {
  if (isInt())
    return std::max(std::fabs(double(lo)), std::fabs(double(hi)));
  return std::max(std::fabs(flo), std::fabs(fhi));
}

int64_t Range::imag() const {
  i128 m = std::max(-i128(lo), i128(hi));
  return m > INT64_MAX ? INT64_MAX : int64_t(m);
}

bool Range::within(const Range &o) const {
  if (isInt() && o.isInt())
    return lo >= o.lo && hi <= o.hi;
  if (isFloat() && o.isFloat())
    return flo >= o.flo && fhi <= o.fhi;
  return false;
}

Range Range::hull(const Range &o) const {
  if (isInt())
    return ints(std::min(lo, o.lo), std::max(hi, o.hi), nonZero && o.nonZero);
  return floats(std::min(flo, o.flo), std::max(fhi, o.fhi));
}

std::string Range::str() const {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (isInt())
    os << "[" << lo << ", " << hi << "]";
  else
    os << "[" << llvm::format("%g", flo) << ", " << llvm::format("%g", fhi)
       << "]";
  return s;
}

std::optional<Range> mlir::warp::gen::checkedFloat(double lo, double hi,
                                                   double bound) {
  if (!std::isfinite(lo) || !std::isfinite(hi))
    return std::nullopt;
  // Outward by a relative epsilon far above f16's, plus an absolute one.
  auto widen = [](double x, double dir) {
    return x + dir * (std::fabs(x) * 1e-3 + 1e-6);
  };
  lo = widen(lo, -1);
  hi = widen(hi, 1);
  if (lo < -bound || hi > bound)
    return std::nullopt;
  return Range::floats(lo, hi);
}

std::optional<Range> mlir::warp::gen::checkedInt(i128 lo, i128 hi,
                                                 const ScalarInfo &t) {
  if (lo < t.min || hi > t.max)
    return std::nullopt;
  return Range::ints(int64_t(lo), int64_t(hi));
}

static std::optional<Range> floatCorners(const Range &a, const Range &b,
                                         const ScalarInfo &t,
                                         double (*f)(double, double)) {
  double c[4] = {f(a.flo, b.flo), f(a.flo, b.fhi), f(a.fhi, b.flo),
                 f(a.fhi, b.fhi)};
  return checkedFloat(*std::min_element(c, c + 4), *std::max_element(c, c + 4),
                      t.bound);
}

std::optional<Range> mlir::warp::gen::rangeAdd(const Range &a, const Range &b,
                                               const ScalarInfo &t) {
  if (a.isFloat())
    return checkedFloat(a.flo + b.flo, a.fhi + b.fhi, t.bound);
  return checkedInt(i128(a.lo) + b.lo, i128(a.hi) + b.hi, t);
}

std::optional<Range> mlir::warp::gen::rangeSub(const Range &a, const Range &b,
                                               const ScalarInfo &t) {
  if (a.isFloat())
    return checkedFloat(a.flo - b.fhi, a.fhi - b.flo, t.bound);
  return checkedInt(i128(a.lo) - b.hi, i128(a.hi) - b.lo, t);
}

std::optional<Range> mlir::warp::gen::rangeMul(const Range &a, const Range &b,
                                               const ScalarInfo &t) {
  if (a.isFloat())
    return floatCorners(a, b, t, [](double x, double y) { return x * y; });
  i128 c[4] = {i128(a.lo) * b.lo, i128(a.lo) * b.hi, i128(a.hi) * b.lo,
               i128(a.hi) * b.hi};
  return checkedInt(*std::min_element(c, c + 4), *std::max_element(c, c + 4),
                    t);
}

/// For ints the divisor's sign must be fixed (then |a / b| <= |a|), and
/// MIN / -1 is excluded because ranges never reach MIN.
static bool divisorOk(const Range &a, const Range &b, const ScalarInfo &t) {
  if (b.isFloat())
    return b.flo >= 0.5 || b.fhi <= -0.5;
  if (b.mayBeZero())
    return false;
  return a.lo > t.min;
}

std::optional<Range> mlir::warp::gen::rangeDiv(const Range &a, const Range &b,
                                               const ScalarInfo &t) {
  if (!divisorOk(a, b, t))
    return std::nullopt;
  if (a.isFloat())
    return floatCorners(a, b, t, [](double x, double y) { return x / y; });
  // Truncating (or floor) division never grows the magnitude; the quotient
  // keeps or flips the sign, so [-|a|, |a|] (and one more for floor).
  int64_t m = a.imag();
  return checkedInt(-i128(m) - 1, i128(m), t);
}

std::optional<Range> mlir::warp::gen::rangeFloorDiv(const Range &a,
                                                    const Range &b,
                                                    const ScalarInfo &t) {
  if (!divisorOk(a, b, t))
    return std::nullopt;
  if (a.isFloat()) {
    auto q = floatCorners(a, b, t, [](double x, double y) { return x / y; });
    if (!q)
      return std::nullopt;
    return checkedFloat(std::floor(q->flo) - 1, std::ceil(q->fhi), t.bound);
  }
  return rangeDiv(a, b, t);
}

std::optional<Range> mlir::warp::gen::rangeMod(const Range &a, const Range &b,
                                               const ScalarInfo &t) {
  if (!divisorOk(a, b, t))
    return std::nullopt;
  if (a.isFloat()) {
    double m = std::min(a.mag(), b.mag());
    return checkedFloat(-m, m, t.bound);
  }
  // |a % b| < |b| and <= |a|, whatever the sign convention.
  int64_t m = std::min(a.imag(), b.imag() - 1);
  int64_t lo = a.lo >= 0 && b.lo > 0 ? 0 : -m;
  int64_t hi = a.hi <= 0 && b.hi < 0 ? 0 : m;
  if (t.isSigned)
    return checkedInt(lo, hi, t);
  return checkedInt(0, m, t);
}

Range mlir::warp::gen::rangeMin(const Range &a, const Range &b) {
  if (a.isFloat())
    return Range::floats(std::min(a.flo, b.flo), std::min(a.fhi, b.fhi));
  return Range::ints(std::min(a.lo, b.lo), std::min(a.hi, b.hi),
                     a.nonZero && b.nonZero);
}

Range mlir::warp::gen::rangeMax(const Range &a, const Range &b) {
  if (a.isFloat())
    return Range::floats(std::max(a.flo, b.flo), std::max(a.fhi, b.fhi));
  return Range::ints(std::max(a.lo, b.lo), std::max(a.hi, b.hi),
                     a.nonZero && b.nonZero);
}

std::optional<Range> mlir::warp::gen::rangeNeg(const Range &a,
                                               const ScalarInfo &t) {
  if (a.isFloat())
    return Range::floats(-a.fhi, -a.flo);
  if (!t.isSigned)
    return std::nullopt; // wraps
  return checkedInt(-i128(a.hi), -i128(a.lo), t);
}

std::optional<Range> mlir::warp::gen::rangeAbs(const Range &a,
                                               const ScalarInfo &t) {
  if (a.isFloat()) {
    double lo = a.flo > 0 ? a.flo : a.fhi < 0 ? -a.fhi : 0;
    return Range::floats(lo, a.mag());
  }
  int64_t lo = a.lo > 0 ? a.lo : a.hi < 0 ? -a.hi : 0;
  return checkedInt(lo, i128(a.imag()), t);
}

/// The smallest 2^k - 1 covering |x| for x in [lo, hi].
static int64_t bitCover(int64_t lo, int64_t hi) {
  uint64_t m = uint64_t(std::max<i128>(hi, lo < 0 ? -(i128(lo) + 1) : 0));
  uint64_t c = 0;
  while (c < m)
    c = (c << 1) | 1;
  return int64_t(c);
}

std::optional<Range> mlir::warp::gen::rangeBitAnd(const Range &a,
                                                  const Range &b,
                                                  const ScalarInfo &t) {
  if (a.lo >= 0 && b.lo >= 0)
    return Range::ints(0, std::min(a.hi, b.hi));
  if (a.lo >= 0)
    return Range::ints(0, a.hi);
  if (b.lo >= 0)
    return Range::ints(0, b.hi);
  int64_t c = std::max(bitCover(a.lo, a.hi), bitCover(b.lo, b.hi));
  return checkedInt(-i128(c) - 1, c, t);
}

std::optional<Range> mlir::warp::gen::rangeBitOrXor(const Range &a,
                                                    const Range &b,
                                                    const ScalarInfo &t,
                                                    bool isOr) {
  int64_t c = std::max(bitCover(a.lo, a.hi), bitCover(b.lo, b.hi));
  if (a.lo >= 0 && b.lo >= 0) {
    bool nz = isOr && (a.nonZero || b.nonZero);
    auto r = checkedInt(0, c, t);
    if (r)
      r->nonZero = nz;
    return r;
  }
  return checkedInt(-i128(c) - 1, c, t);
}

std::optional<Range> mlir::warp::gen::rangeBitNot(const Range &a,
                                                  const ScalarInfo &t) {
  if (t.isSigned)
    return checkedInt(-i128(a.hi) - 1, -i128(a.lo) - 1, t);
  if (t.width >= 64)
    return std::nullopt; // ui64's top half is beyond the tracked range
  return checkedInt(i128(t.max) - a.hi, i128(t.max) - a.lo, t);
}

std::optional<Range> mlir::warp::gen::rangeShl(const Range &a, const Range &s,
                                               const ScalarInfo &t) {
  // Left shifts of negatives and past the type are undefined in C.
  if (a.lo < 0 || s.lo < 0 || s.hi >= int64_t(t.width) - 1)
    return std::nullopt;
  return checkedInt(i128(a.lo) << s.lo, i128(a.hi) << s.hi, t);
}

std::optional<Range> mlir::warp::gen::rangeShr(const Range &a, const Range &s,
                                               const ScalarInfo &t) {
  if (s.lo < 0 || s.hi >= int64_t(t.width))
    return std::nullopt;
  // Monotone in a for a fixed shift, monotone in s for a fixed sign.
  int64_t c[4] = {a.lo >> s.lo, a.lo >> s.hi, a.hi >> s.lo, a.hi >> s.hi};
  return Range::ints(*std::min_element(c, c + 4), *std::max_element(c, c + 4));
}

std::optional<Range> mlir::warp::gen::rangeCast(const Range &a,
                                                const ScalarInfo &from,
                                                const ScalarInfo &to) {
  if (to.isInt) {
    if (from.isInt)
      return checkedInt(a.lo, a.hi, to);
    // Float to int truncates; out of range is undefined in C.
    double lo = std::trunc(a.flo), hi = std::trunc(a.fhi);
    if (lo < double(to.min) + 1 || hi > double(to.max) - 1)
      return std::nullopt;
    return Range::ints(int64_t(lo), int64_t(hi));
  }
  if (from.isInt)
    return checkedFloat(double(a.lo), double(a.hi), to.bound);
  return checkedFloat(a.flo, a.fhi, to.bound);
}
