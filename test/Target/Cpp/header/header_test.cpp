//===- header_test.cpp - run-time checks of warp-source/warp.h -----------===//
//
// Instantiates every builtin (exercise.h) and checks the values of the
// tricky semantics against hand-computed expectations, which follow the
// LLVM lowering (lib/Conversion/WarpToLLVM). Prints `ok`, or each failing
// check, and exits non-zero on failure.
//
//===----------------------------------------------------------------------===//

#include "exercise.h"

#include <cstdio>
#include <cstring>

namespace {

int failures = 0;

void check(bool condition, const char *what, int line) {
  if (condition)
    return;
  std::printf("FAIL line %d: %s\n", line, what);
  ++failures;
}
#define CHECK(...) check((__VA_ARGS__), #__VA_ARGS__, __LINE__)

template <typename T> uint64_t bits(T value) {
  uint64_t result = 0;
  std::memcpy(&result, &value, sizeof(T));
  return result;
}
/// Bitwise equality (so -0.0 differs from +0.0 and NaNs can be compared).
template <typename T> bool same(T a, T b) { return bits(a) == bits(b); }

float f32_bits(uint32_t b) { return wp::detail::bit_cast<float>(b); }
wp::half h(uint16_t b) { return wp::half{b}; }
uint16_t hbits(float f) { return wp::float_to_half(f).bits; }
const float nan_f = f32_bits(0x7fc00000u);
const double nan_d = static_cast<double>(nan_f);

void integer_arithmetic() {
  // Truncated division, the dividend's sign for %, floor for //.
  CHECK(wp::div<int32_t>(-7, 2) == -3);
  CHECK(wp::mod<int32_t>(-7, 2) == -1);
  CHECK(wp::mod<int32_t>(7, -2) == 1);
  CHECK(wp::floordiv<int32_t>(-7, 2) == -4);
  CHECK(wp::floordiv<int32_t>(7, -2) == -4);
  CHECK(wp::floordiv<int32_t>(-7, -2) == 3);
  CHECK(wp::floordiv<int32_t>(6, -3) == -2);
  CHECK(wp::floordiv<int64_t>(-1, 3) == -1);
  CHECK(wp::floordiv<uint32_t>(7, 2) == 3);
  // Narrow types compute in 32 bits and truncate.
  CHECK(wp::div<int8_t>(-128, -1) == -128);
  CHECK(wp::mod<int8_t>(-128, -1) == 0);
  CHECK(wp::floordiv<int8_t>(-128, -1) == -128);
  CHECK(wp::floordiv<int16_t>(-7, 2) == -4);
  CHECK(wp::mul<uint16_t>(65535, 65535) == 1);
  CHECK(wp::mul<int8_t>(16, 16) == 0);
  // Wrapping at 32 and 64 bits, and the undefined cases without UB.
  CHECK(wp::add<int32_t>(INT32_MAX, 1) == INT32_MIN);
  CHECK(wp::sub<int64_t>(INT64_MIN, 1) == INT64_MAX);
  CHECK(wp::mul<int32_t>(65536, 65536) == 0);
  CHECK(wp::div<int32_t>(INT32_MIN, -1) == INT32_MIN);
  CHECK(wp::mod<int64_t>(INT64_MIN, -1) == 0);
  CHECK(wp::div<int32_t>(5, 0) == 0);
  // Unary minus: 0 - x, wrapping.
  CHECK(wp::neg<uint32_t>(1) == 4294967295u);
  CHECK(wp::neg<int8_t>(-128) == -128);
  CHECK(wp::abs<int32_t>(INT32_MIN) == INT32_MIN);
  CHECK(wp::abs<int16_t>(-5) == 5);
  CHECK(wp::abs<uint8_t>(200) == 200);
  // Bitwise.
  CHECK(wp::bit_not<uint8_t>(200) == 55);
  CHECK(wp::bit_not<int32_t>(0) == -1);
  CHECK(wp::shl<uint8_t>(1, 8) == 0);
  CHECK(wp::shl<int8_t>(1, 7) == -128);
  CHECK(wp::shl<int32_t>(1, 32) == 1); // masked as on x86
  CHECK(wp::shl<int64_t>(1, 63) == INT64_MIN);
  CHECK(wp::shr<int32_t>(-8, 1) == -4);
  CHECK(wp::shr<int8_t>(-128, 7) == -1);
  CHECK(wp::shr<uint8_t>(255, 4) == 15);
  CHECK(wp::shr<uint32_t>(0x80000000u, 31) == 1);
  CHECK(wp::bit_xor<uint16_t>(0xff00, 0x0ff0) == 0xf0f0);
  // not, sign, step, nonzero, min, max, clamp.
  CHECK(wp::logical_not(int32_t(0)) && !wp::logical_not(int32_t(5)));
  CHECK(!wp::logical_not(true));
  CHECK(wp::sign<int32_t>(-3) == -1 && wp::sign<int32_t>(0) == 1);
  CHECK(wp::sign<uint32_t>(0) == 1);
  CHECK(wp::step<int32_t>(-3) == 1 && wp::step<int32_t>(0) == 0);
  CHECK(wp::step<uint8_t>(7) == 0);
  CHECK(wp::nonzero<int32_t>(0) == 0 && wp::nonzero<int32_t>(-9) == 1);
  CHECK(wp::min<uint32_t>(1, 4000000000u) == 1);
  CHECK(wp::max<int32_t>(-1, 1) == 1);
  CHECK(wp::clamp<int32_t>(5, 0, 3) == 3);
  CHECK(wp::clamp<int32_t>(1, 3, 0) == 0); // low > high gives high
}

void comparisons() {
  // The usual arithmetic conversions.
  CHECK(!wp::cmp_lt(int32_t(-1), uint32_t(1)));
  CHECK(wp::cmp_lt(int8_t(-1), uint8_t(1)));
  CHECK(wp::cmp_lt(int64_t(-1), uint32_t(1)));
  CHECK(wp::cmp_lt(uint64_t(1), int32_t(-1)));
  CHECK(wp::cmp_eq(true, int32_t(1)));
  CHECK(wp::cmp_lt(false, true));
  CHECK(wp::cmp_eq(int32_t(16777217), 16777216.0f)); // compares as f32
  CHECK(!wp::cmp_eq(int32_t(16777217), 16777216.0));
  // NaN: unordered, and unequal to everything.
  CHECK(wp::cmp_ne(nan_f, nan_f) && !wp::cmp_eq(nan_f, nan_f));
  CHECK(!wp::cmp_lt(nan_f, 1.0f) && !wp::cmp_ge(nan_f, 1.0f));
  CHECK(wp::cmp_eq(0.0f, -0.0f));
  CHECK(wp::cmp_lt(h(0x3c00), h(0x4000)));
  CHECK(wp::cmp_ne(h(0x7e00), h(0x7e00)));
  // Composites: equal when every component is.
  wp::vec_t<3, float> v = wp::vec<3, float>(1.0f, 2.0f, 3.0f);
  CHECK(wp::cmp_eq(v, v));
  CHECK(!wp::cmp_eq(v, wp::insert(nan_f, v, 1)));
  CHECK(wp::cmp_eq(wp::vec<2, float>(0.0f), wp::vec<2, float>(-0.0f)));
}

void casts() {
  CHECK(wp::cast<int32_t>(-2.7f) == -2);
  CHECK(wp::cast<int32_t>(2.99) == 2);
  CHECK(wp::cast<int8_t>(-128.9f) == -128);
  CHECK(wp::cast<uint32_t>(4294967040.0f) == 4294967040u);
  CHECK(wp::cast<uint64_t>(9223372036854775808.0) == 9223372036854775808ull);
  CHECK(wp::cast<int64_t>(-9223372036854775808.0) == INT64_MIN);
  CHECK(wp::cast<int16_t>(h(0xc500)) == -5); // half -5.0
  // Out of range (undefined): x86's answers.
  CHECK(wp::cast<int32_t>(3e9f) == INT32_MIN);
  CHECK(wp::cast<int32_t>(nan_f) == INT32_MIN);
  CHECK(wp::cast<uint32_t>(-1.0f) == 4294967295u);
  // Integers wrap, extending by the source's signedness.
  CHECK(wp::cast<uint8_t>(int32_t(300)) == 44);
  CHECK(wp::cast<uint8_t>(int32_t(-1)) == 255);
  CHECK(wp::cast<int64_t>(uint32_t(4294967295u)) == 4294967295ll);
  CHECK(wp::cast<int64_t>(int32_t(-1)) == -1);
  CHECK(wp::cast<int8_t>(uint16_t(0xff80)) == -128);
  // Bools: x != 0 (NaN is true), and 0 or 1.
  CHECK(wp::cast<bool>(nan_f));
  CHECK(!wp::cast<bool>(-0.0f));
  CHECK(wp::cast<bool>(h(0x0001)));
  CHECK(!wp::cast<bool>(h(0x8000)));
  CHECK(wp::cast<bool>(int8_t(-128)));
  CHECK(wp::cast<int32_t>(true) == 1);
  CHECK(wp::cast<double>(true) == 1.0);
  CHECK(wp::cast<wp::half>(true).bits == 0x3c00);
  // Integers to floats round to nearest; half goes through float.
  CHECK(wp::cast<float>(uint64_t(18446744073709551615ull)) ==
        18446744073709551616.0f);
  CHECK(wp::cast<float>(int32_t(16777217)) == 16777216.0f);
  CHECK(wp::cast<wp::half>(int32_t(65519)).bits == 0x7bff);
  CHECK(wp::cast<wp::half>(int32_t(65520)).bits == 0x7c00);
  CHECK(wp::cast<wp::half>(int32_t(-2049)).bits == 0xe800); // tie to even
  // f64 -> f16 rounds to f32 first: 1 + 2^-11 + 2^-40 becomes the tie
  // 1 + 2^-11, which rounds to even (1.0); directly it would be 1 + 2^-10.
  CHECK(wp::cast<wp::half>(1.0 + 0x1p-11 + 0x1p-40).bits == 0x3c00);
  CHECK(wp::cast<double>(h(0x3555)) == 0.333251953125);
  CHECK(same(wp::cast<float>(3.4028234663852886e38), f32_bits(0x7f7fffffu)));
  CHECK(same(wp::cast<float>(3.4028235677973366e38), f32_bits(0x7f800000u)));
  // Composites convert componentwise.
  wp::vec_t<3, int32_t> vi =
      wp::cast<wp::vec_t<3, int32_t>>(wp::vec<3, float>(-1.5f, 2.5f, 300.0f));
  CHECK(vi.c[0] == -1 && vi.c[1] == 2 && vi.c[2] == 300);
  wp::quat_t<wp::half> qh =
      wp::cast<wp::quat_t<wp::half>>(wp::quat<double>(1.0, -2.0, 0.5, 65520.0));
  CHECK(qh.x.bits == 0x3c00 && qh.y.bits == 0xc000 && qh.z.bits == 0x3800 &&
        qh.w.bits == 0x7c00);
}

void halves() {
  // float -> half: round to nearest even, overflow, subnormals, NaN.
  CHECK(hbits(1.0f) == 0x3c00);
  CHECK(hbits(-0.0f) == 0x8000);
  CHECK(hbits(65504.0f) == 0x7bff);
  CHECK(hbits(65519.996f) == 0x7bff);
  CHECK(hbits(65520.0f) == 0x7c00);
  CHECK(hbits(-1e10f) == 0xfc00);
  CHECK(hbits(f32_bits(0x7f800000u)) == 0x7c00);
  CHECK(hbits(0x1p-14f) == 0x0400);
  CHECK(hbits(0x1p-24f) == 0x0001);
  CHECK(hbits(0x1p-25f) == 0x0000);     // tie to even (zero)
  CHECK(hbits(0x1.8p-25f) == 0x0001);   // above the tie
  CHECK(hbits(0x1.8p-24f) == 0x0002);   // tie between 1 and 2: even
  CHECK(hbits(0x1.ffcp-15f) == 0x0400); // rounds up into the normals
  CHECK(hbits(-0x1p-26f) == 0x8000);
  CHECK(hbits(f32_bits(0x00000001u)) == 0x0000);
  CHECK(hbits(1.0f + 0x1p-11f) == 0x3c00);   // tie to even
  CHECK(hbits(1.0f + 0x1.8p-10f) == 0x3c02); // tie to even (up)
  CHECK(hbits(0x1.002002p0f) == 0x3c01);
  CHECK(hbits(nan_f) == 0x7e00);
  CHECK(hbits(f32_bits(0xff800001u)) == 0xfe00); // signalling: quieted
  CHECK(hbits(f32_bits(0x7fa00000u)) == 0x7f00); // payload kept
  // half -> float is exact.
  CHECK(wp::half_to_float(h(0x0001)) == 0x1p-24f);
  CHECK(wp::half_to_float(h(0x03ff)) == 0x1.ff8p-15f);
  CHECK(wp::half_to_float(h(0x7bff)) == 65504.0f);
  CHECK(bits(wp::half_to_float(h(0xfc00))) == 0xff800000u);
  CHECK(bits(wp::half_to_float(h(0x7e00))) == 0x7fc00000u);
  CHECK(bits(wp::half_to_float(h(0x8000))) == 0x80000000u);
  // Every non-NaN half survives a round trip; NaNs come back quiet.
  int round_trip_failures = 0;
  for (uint32_t b = 0; b < 0x10000u; ++b) {
    uint16_t back = hbits(wp::half_to_float(h(static_cast<uint16_t>(b))));
    bool is_nan = (b & 0x7c00u) == 0x7c00u && (b & 0x3ffu);
    uint16_t expected = static_cast<uint16_t>(is_nan ? b | 0x200u : b);
    round_trip_failures += back != expected;
  }
  CHECK(round_trip_failures == 0);
  // Arithmetic in float, rounded back per operation.
  CHECK(wp::add(h(0x3c00), h(0x1000)).bits == 0x3c00); // 1 + 2^-11: even
  CHECK(wp::mul(h(0x7bff), h(0x4000)).bits == 0x7c00); // overflow
  CHECK(wp::div(h(0x3c00), h(0x4200)).bits == 0x3555); // 1/3
  CHECK(wp::neg(h(0x0000)).bits == 0x0000);            // 0 - x
  CHECK(wp::neg(h(0x8000)).bits == 0x0000);
  CHECK(wp::floordiv(h(0xc700), h(0x4000)).bits == 0xc400); // -7 // 2 = -4
  CHECK(wp::mod(h(0xc700), h(0x4000)).bits == 0xbc00);      // fmod: -1
  CHECK(wp::abs(h(0xfe00)).bits == 0x7e00);
  CHECK(wp::sqrt(h(0x4000)).bits == 0x3da8); // sqrt(2) in half
}

void float_math() {
  // Scalar unary minus is 0 - x; composites flip the sign.
  CHECK(same(wp::neg(0.0f), 0.0f));
  CHECK(same(wp::neg(-0.0f), 0.0f));
  CHECK(same(wp::neg(0.0), 0.0));
  wp::vec_t<2, float> negated = wp::neg(wp::vec<2, float>(0.0f));
  CHECK(same(negated.c[0], -0.0f) && same(negated.c[1], -0.0f));
  CHECK(same(wp::neg(wp::quat<double>(0.0, 0.0, 0.0, 0.0)).w, -0.0));
  // round: halfway away from zero; rint: to even.
  CHECK(wp::round(2.5f) == 3.0f && wp::round(-2.5f) == -3.0f);
  CHECK(wp::round(0.5) == 1.0 && wp::round(-0.5) == -1.0);
  CHECK(wp::rint(2.5f) == 2.0f && wp::rint(3.5f) == 4.0f);
  CHECK(same(wp::rint(-0.5), -0.0));
  CHECK(wp::round(h(0x4100)).bits == 0x4200); // 2.5 -> 3
  CHECK(wp::rint(h(0x4100)).bits == 0x4000);  // 2.5 -> 2
  CHECK(same(wp::trunc(-0.5f), -0.0f));
  CHECK(wp::frac(-1.25f) == -0.25f);
  CHECK(wp::floordiv(-7.0f, 2.0f) == -4.0f);
  CHECK(wp::mod(-7.0, 2.0) == -1.0);
  // Warp's fmin/fmax ignore one NaN; clamp is min(max(low, x), high).
  CHECK(wp::min(nan_f, 1.0f) == 1.0f && wp::min(1.0f, nan_f) == 1.0f);
  CHECK(wp::max(nan_d, -1.0) == -1.0);
  CHECK(wp::isnan(wp::min(nan_f, nan_f)));
  CHECK(same(wp::min(0.0f, -0.0f), 0.0f)); // a <= b picks a
  CHECK(same(wp::max(-0.0f, 0.0f), -0.0f));
  CHECK(wp::clamp(nan_f, 0.0f, 1.0f) == 0.0f);
  CHECK(wp::clamp(5.0f, 3.0f, 1.0f) == 1.0f);
  // asin and acos clamp first, NaN to -1.
  CHECK(wp::asin(2.0f) == ::asinf(1.0f));
  CHECK(wp::acos(nan_f) == ::acosf(-1.0f));
  // sign, step, nonzero.
  CHECK(wp::sign(-0.0f) == 1.0f && wp::sign(nan_f) == 1.0f);
  CHECK(wp::sign(-2.0) == -1.0);
  CHECK(wp::sign(h(0x8001)).bits == 0xbc00);
  CHECK(wp::step(-1.0f) == 1.0f && wp::step(0.0f) == 0.0f);
  CHECK(wp::nonzero(-0.0f) == 0.0f && wp::nonzero(nan_f) == 1.0f);
  // degrees and radians multiply in double.
  CHECK(same(wp::degrees(1.0f), static_cast<float>(57.29577951308232)));
  CHECK(same(wp::radians(180.0f),
             static_cast<float>(180.0 * 0.017453292519943295)));
  CHECK(wp::degrees(h(0x3c00)).bits == 0x5329); // 57.3 in half
  // Interpolation, in the operand type.
  CHECK(wp::lerp(1.0f, 3.0f, 0.5f) == 2.0f);
  CHECK(wp::smoothstep(0.0f, 1.0f, 0.5f) == 0.5f);
  CHECK(wp::smoothstep(0.0, 1.0, 2.0) == 1.0);
  CHECK(wp::smoothstep(h(0x0000), h(0x3c00), h(0x3400)).bits ==
        hbits(0.15625f)); // 0.25: t*t*(3-2t)
  // Classification.
  CHECK(wp::isinf(h(0xfc00)) && !wp::isinf(h(0x7bff)));
  CHECK(!wp::isfinite(nan_f) && wp::isfinite(-0.0));
  wp::mat_t<2, 2, float> m = wp::mat<2, 2, float>(1.0f, nan_f, 2.0f, 3.0f);
  CHECK(wp::isnan(m) && !wp::isinf(m) && !wp::isfinite(m));
}

void composites() {
  using V3 = wp::vec_t<3, float>;
  using M23 = wp::mat_t<2, 3, float>;
  V3 v = wp::vec<3, float>(1.0f, 2.0f, 3.0f);
  // Negative indices count from the end; out of range reads the last
  // element and writes nothing.
  CHECK(wp::extract(v, int32_t(-1)) == 3.0f);
  CHECK(wp::extract(v, int8_t(-3)) == 1.0f);
  CHECK(wp::extract(v, uint32_t(1)) == 2.0f);
  CHECK(wp::extract(v, int32_t(5)) == 3.0f);
  CHECK(wp::extract(v, int32_t(-4)) == 3.0f);
  CHECK(wp::extract(v, uint64_t(0xffffffffffffffffull)) == 3.0f);
  V3 w = wp::insert(9.0f, v, int32_t(-1));
  CHECK(w.c[0] == 1.0f && w.c[1] == 2.0f && w.c[2] == 9.0f);
  w = wp::insert(9.0f, v, int64_t(-3));
  CHECK(w.c[0] == 9.0f && w.c[2] == 3.0f);
  CHECK(wp::cmp_eq(wp::insert(9.0f, v, int32_t(3)), v));
  CHECK(wp::cmp_eq(wp::insert(9.0f, v, int32_t(-4)), v));
  M23 m = wp::mat<2, 3, float>(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f);
  CHECK(wp::extract(m, int32_t(-1), int32_t(-3)) == 4.0f);
  CHECK(wp::extract(m, uint8_t(0), int16_t(-1)) == 3.0f);
  V3 row = wp::extract(m, int32_t(-2));
  CHECK(row.c[0] == 1.0f && row.c[2] == 3.0f);
  M23 m2 = wp::insert(v, m, int32_t(-1));
  CHECK(m2.c[1][0] == 1.0f && m2.c[1][2] == 3.0f && m2.c[0][0] == 1.0f);
  m2 = wp::insert(7.0f, m, int32_t(1), int32_t(-2));
  CHECK(m2.c[1][1] == 7.0f && m2.c[1][0] == 4.0f);
  wp::quat_t<float> q = wp::quat<float>(1.0f, 2.0f, 3.0f, 4.0f);
  CHECK(wp::extract(q, int32_t(-1)) == 4.0f);
  CHECK(wp::insert(8.0f, q, int32_t(-4)).x == 8.0f);
  wp::transform_t<float> t = wp::transform<float>(v, q);
  CHECK(wp::extract(t, int32_t(-4)) == 1.0f); // q.x
  CHECK(wp::extract(t, int32_t(6)) == 4.0f);
  CHECK(wp::insert(5.0f, t, int32_t(-5)).p.c[2] == 5.0f);
  // Constructors.
  CHECK(wp::vec<4, int32_t>(7).c[3] == 7);
  CHECK(wp::mat<2, 2, double>(3.0).c[1][0] == 3.0);
  wp::mat_t<3, 2, float> cols = wp::matrix_from_cols<3, 2, float>(v, v);
  CHECK(cols.c[2][0] == 3.0f && cols.c[2][1] == 3.0f && cols.c[0][1] == 1.0f);
  M23 rows = wp::matrix_from_rows<2, 3, float>(v, v);
  CHECK(rows.c[1][2] == 3.0f);
  CHECK(wp::identity<wp::mat_t<3, 3, int32_t>>().c[1][1] == 1);
  CHECK(wp::identity<wp::transform_t<double>>().q.w == 1.0);
  // dot starts from zero for lengths other than 2 and 3, so a -0.0 sum
  // becomes +0.0 there only.
  wp::vec_t<3, float> z3 = wp::vec<3, float>(-0.0f);
  wp::vec_t<4, float> z4 = wp::vec<4, float>(-0.0f);
  CHECK(same(wp::dot(z3, wp::vec<3, float>(1.0f)), -0.0f));
  CHECK(same(wp::dot(z4, wp::vec<4, float>(1.0f)), 0.0f));
  CHECK(same(wp::dot(wp::quat<float>(-0.0f, -0.0f, -0.0f, -0.0f),
                     wp::quat<float>(1.0f, 1.0f, 1.0f, 1.0f)),
             -0.0f));
  // mat * mat folds muladd from +0.
  wp::mat_t<2, 2, float> nz = wp::mat<2, 2, float>(-0.0f);
  CHECK(same(wp::mul(nz, wp::mat<2, 2, float>(1.0f)).c[0][0], 0.0f));
  CHECK(same(wp::mul(nz, wp::vec<2, float>(1.0f)).c[0], -0.0f));
  // Products.
  V3 mv = wp::mul(wp::mat<3, 3, float>(1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f,
                                       8.0f, 9.0f),
                  v);
  CHECK(mv.c[0] == 14.0f && mv.c[1] == 32.0f && mv.c[2] == 50.0f);
  V3 vm = wp::mul(wp::vec<2, float>(1.0f, 2.0f), m);
  CHECK(vm.c[0] == 9.0f && vm.c[1] == 12.0f && vm.c[2] == 15.0f);
  wp::quat_t<float> k = wp::mul(wp::quat<float>(1.0f, 0.0f, 0.0f, 0.0f),
                                wp::quat<float>(0.0f, 1.0f, 0.0f, 0.0f));
  CHECK(k.x == 0.0f && k.y == 0.0f && k.z == 1.0f && k.w == 0.0f);
  CHECK(wp::cmp_eq(wp::cross(wp::vec<3, float>(1.0f, 0.0f, 0.0f),
                             wp::vec<3, float>(0.0f, 1.0f, 0.0f)),
                   wp::vec<3, float>(0.0f, 0.0f, 1.0f)));
  CHECK(wp::div(12.0f, v).c[2] == 4.0f);
  CHECK(wp::mod(wp::vec<2, int32_t>(-7, 7), wp::vec<2, int32_t>(2, -2)).c[0] ==
        -1);
  // normalize of zero: zero for vectors, the identity for quaternions.
  CHECK(wp::cmp_eq(wp::normalize(wp::vec<3, float>(0.0f)),
                   wp::vec<3, float>(0.0f)));
  CHECK(wp::cmp_eq(wp::normalize(wp::quat<float>(0.0f, 0.0f, 0.0f, 0.0f)),
                   wp::identity<wp::quat_t<float>>()));
  CHECK(wp::length(wp::vec<2, double>(3.0, 4.0)) == 5.0);
  // Determinants and inverses.
  wp::mat_t<4, 4, double> blocks =
      wp::mat<4, 4, double>(1.0, 2.0, 0.0, 0.0, 3.0, 4.0, 0.0, 0.0, 0.0, 0.0,
                            1.0, 2.0, 0.0, 0.0, 3.0, 5.0);
  CHECK(wp::determinant(blocks) == 2.0);
  wp::mat_t<4, 4, float> d4 =
      wp::diag(wp::vec<4, float>(2.0f, 4.0f, 8.0f, 16.0f));
  CHECK(wp::determinant(d4) == 1024.0f);
  CHECK(wp::cmp_eq(wp::inverse(d4),
                   wp::diag(wp::vec<4, float>(0.5f, 0.25f, 0.125f, 0.0625f))));
  CHECK(wp::cmp_eq(wp::inverse(wp::mat<4, 4, float>(1.0f)),
                   wp::mat<4, 4, float>(0.0f))); // singular
  wp::mat_t<2, 2, float> d2 = wp::diag(wp::vec<2, float>(2.0f, 4.0f));
  CHECK(wp::cmp_eq(wp::inverse(d2), wp::diag(wp::vec<2, float>(0.5f, 0.25f))));
  CHECK(wp::cmp_eq(wp::inverse(wp::mat<2, 2, float>(1.0f)),
                   wp::mat<2, 2, float>(0.0f)));
  CHECK(wp::determinant(wp::mat<2, 2, float>(1.0f, 2.0f, 3.0f, 4.0f)) == -2.0f);
  wp::mat_t<3, 3, double> a3 =
      wp::mat<3, 3, double>(2.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 1.0, 0.0);
  CHECK(wp::determinant(a3) == -8.0);
  CHECK(
      wp::cmp_eq(wp::inverse(a3), wp::mat<3, 3, double>(0.5, 0.0, 0.0, 0.0, 0.0,
                                                        1.0, 0.0, 0.25, 0.0)));
  CHECK(wp::trace(wp::mat<2, 2, int32_t>(1, 2, 3, 4)) == 5);
  wp::mat_t<3, 3, float> s = wp::skew(wp::vec<3, float>(1.0f, 2.0f, 0.0f));
  CHECK(s.c[0][1] == -0.0f && same(s.c[0][1], -0.0f) && s.c[2][0] == -2.0f);
  CHECK(wp::skew(wp::vec<3, int32_t>(1, 2, 3)).c[1][2] == -1);
  CHECK(wp::outer(wp::vec<2, int32_t>(1, 2), wp::vec<3, int32_t>(3, 4, 5))
            .c[1][2] == 10);
  CHECK(wp::transpose(m).c[2][1] == 6.0f);
  // Quaternions and transforms.
  wp::quat_t<double> rz = wp::quat_from_axis_angle(
      wp::vec<3, double>(0.0, 0.0, 1.0), 1.5707963267948966);
  wp::vec_t<3, double> r =
      wp::quat_rotate(rz, wp::vec<3, double>(1.0, 0.0, 0.0));
  CHECK(::fabs(r.c[0]) < 1e-15 && ::fabs(r.c[1] - 1.0) < 1e-15);
  wp::quat_t<double> inv = wp::quat_inverse(rz);
  CHECK(inv.z == -rz.z && inv.w == rz.w);
  wp::transform_t<float> tid = wp::identity<wp::transform_t<float>>();
  CHECK(wp::cmp_eq(wp::transform_point(tid, v), v));
  CHECK(wp::cmp_eq(wp::mul(t, tid), t));
  wp::mat_t<4, 4, float> shift =
      wp::mat<4, 4, float>(1.0f, 0.0f, 0.0f, 10.0f, 0.0f, 1.0f, 0.0f, 20.0f,
                           0.0f, 0.0f, 1.0f, 30.0f, 0.0f, 0.0f, 0.0f, 1.0f);
  CHECK(wp::cmp_eq(wp::transform_point(shift, v),
                   wp::vec<3, float>(11.0f, 22.0f, 33.0f)));
  CHECK(wp::cmp_eq(wp::transform_vector(shift, v), v));
  CHECK(wp::cmp_eq(wp::transform_get_translation(t), v));
  CHECK(wp::transform_get_rotation(t).w == 4.0f);
  // Vector min and max, componentwise and reduced.
  CHECK(wp::min(wp::vec<3, float>(nan_f, 2.0f, 1.0f)) == 1.0f);
  CHECK(wp::max(wp::vec<3, int32_t>(-1, 5, 2)) == 5);
  CHECK(wp::min(v, wp::vec<3, float>(2.0f)).c[2] == 2.0f);
  CHECK(wp::abs(wp::vec<2, int32_t>(-3, 3)).c[0] == 3);
  CHECK(wp::lerp(t, t, 0.25f).q.w == 4.0f);
  CHECK(wp::where(int64_t(2), v, w).c[0] == 1.0f);
}

void arrays() {
  // A 2x3 int32 array, row-major.
  int32_t data[6] = {0, 1, 2, 3, 4, 5};
  wp::array_t<int32_t, 2> a{data, {2, 3}, {12, 4}};
  CHECK(wp::load(a, int32_t(-1), int32_t(-1)) == 5);
  CHECK(wp::load(a, uint8_t(0), int64_t(-3)) == 0);
  CHECK(wp::load(a, int16_t(1), uint32_t(1)) == 4);
  wp::array_t<int32_t, 1> row = wp::view(a, int32_t(-1));
  CHECK(row.shape[0] == 3 && row.strides[0] == 4 && wp::load(row, 0) == 3);
  CHECK(wp::shape(a, 1) == 3);
  wp::store(int32_t(42), a, int32_t(-2), int32_t(2));
  CHECK(data[2] == 42);
  // A negative stride: the reversed view of a row.
  wp::array_t<int32_t, 1> reversed{data + 5, {3}, {-4}};
  CHECK(wp::load(reversed, 0) == 5 && wp::load(reversed, int32_t(-1)) == 3);
  // not and where on arrays: null data.
  wp::array_t<float, 1> null{nullptr, {0}, {4}};
  CHECK(wp::logical_not(null) && !wp::logical_not(a));
  CHECK(wp::where(null, 1, 2) == 2 && wp::where(a, 1, 2) == 1);

  // Atomics return the old value.
  int32_t counters[2] = {5, -1};
  wp::array_t<int32_t, 1> c{counters, {2}, {4}};
  CHECK(wp::atomic_add(c, 0, 3) == 5 && counters[0] == 8);
  CHECK(wp::atomic_sub(c, int32_t(-2), 10) == 8 && counters[0] == -2);
  CHECK(wp::atomic_min(c, 1, -7) == -1 && counters[1] == -7);
  CHECK(wp::atomic_max(c, 1, 4) == -7 && counters[1] == 4);
  CHECK(wp::atomic_and(c, 1, 6) == 4 && counters[1] == 4);
  CHECK(wp::atomic_or(c, 1, 3) == 4 && counters[1] == 7);
  CHECK(wp::atomic_xor(c, 1, 5) == 7 && counters[1] == 2);
  CHECK(wp::atomic_exch(c, 1, 9) == 2 && counters[1] == 9);
  CHECK(wp::atomic_cas(c, 1, 8, 1) == 9 && counters[1] == 9);
  CHECK(wp::atomic_cas(c, 1, 9, 1) == 9 && counters[1] == 1);
  uint32_t unsigned_counter[1] = {1};
  wp::array_t<uint32_t, 1> u{unsigned_counter, {1}, {4}};
  CHECK(wp::atomic_max(u, 0, 4000000000u) == 1 &&
        unsigned_counter[0] == 4000000000u);
  CHECK(wp::atomic_sub(u, 0, 4000000001u) == 4000000000u &&
        unsigned_counter[0] == 4294967295u);
  float values[2] = {1.0f, nan_f};
  wp::array_t<float, 1> f{values, {2}, {4}};
  CHECK(wp::atomic_min(f, 0, nan_f) == 1.0f && values[0] == 1.0f);
  CHECK(wp::isnan(wp::atomic_max(f, 1, 2.0f)) && values[1] == 2.0f);
  CHECK(wp::atomic_sub(f, 0, 0.5f) == 1.0f && values[0] == 0.5f);
  values[0] = -0.0f;
  CHECK(same(wp::atomic_cas(f, 0, 0.0f, 3.0f), -0.0f) &&
        same(values[0], -0.0f)); // compares bits
  CHECK(same(wp::atomic_cas(f, 0, -0.0f, 3.0f), -0.0f) && values[0] == 3.0f);
  double d[1] = {2.0};
  wp::array_t<double, 3> d3{d, {1, 1, 1}, {8, 8, 8}};
  CHECK(wp::atomic_add(d3, -1, 0, -1, 0.25) == 2.0 && d[0] == 2.25);
  CHECK(wp::atomic_exch(d3, 0, 0, 0, 1.0) == 2.25 && d[0] == 1.0);
  wp::half halves[1] = {h(0x3c00)};
  wp::array_t<wp::half, 1> hs{halves, {1}, {2}};
  CHECK(wp::atomic_add(hs, 0, h(0x1000)).bits == 0x3c00 &&
        halves[0].bits == 0x3c00); // 1 + 2^-11 rounds to even, 1
  CHECK(wp::atomic_add(hs, 0, h(0x3c00)).bits == 0x3c00 &&
        halves[0].bits == 0x4000);
  // Vectors: component by component, the old vector returned.
  wp::vec_t<3, float> vs[2] = {wp::vec<3, float>(1.0f, 2.0f, 3.0f),
                               wp::vec<3, float>(0.0f)};
  wp::array_t<wp::vec_t<3, float>, 2> va{vs, {1, 2}, {24, 12}};
  wp::vec_t<3, float> old =
      wp::atomic_add(va, 0, -2, wp::vec<3, float>(1.0f, 1.0f, 1.0f));
  CHECK(old.c[0] == 1.0f && old.c[2] == 3.0f && vs[0].c[0] == 2.0f &&
        vs[0].c[2] == 4.0f);
  old = wp::atomic_min(va, 0, 0, wp::vec<3, float>(3.0f, 0.0f, 3.0f));
  CHECK(old.c[1] == 3.0f && vs[0].c[0] == 2.0f && vs[0].c[1] == 0.0f &&
        vs[0].c[2] == 3.0f);
  wp::mat_t<2, 2, int64_t> ms[1] = {wp::mat<2, 2, int64_t>(int64_t(1))};
  wp::array_t<wp::mat_t<2, 2, int64_t>, 4> ma{ms, {1, 1, 1, 1}, {0, 0, 0, 0}};
  wp::mat_t<2, 2, int64_t> mold = wp::atomic_cas(
      ma, 0, 0, 0, 0,
      wp::mat<2, 2, int64_t>(int64_t(1), int64_t(0), int64_t(1), int64_t(0)),
      wp::mat<2, 2, int64_t>(int64_t(7)));
  CHECK(mold.c[1][1] == 1 && ms[0].c[0][0] == 7 && ms[0].c[0][1] == 1 &&
        ms[0].c[1][0] == 7);
}

} // namespace

int main() {
  alignas(16) static unsigned char storage[64];
  exercise::Sink sink;
  sink(exercise::all_types());
  sink(exercise::all_arrays(storage));
  integer_arithmetic();
  comparisons();
  casts();
  halves();
  float_math();
  composites();
  arrays();
  if (failures) {
    std::printf("%d checks failed\n", failures);
    return 1;
  }
  std::printf("ok\n");
  return 0;
}
