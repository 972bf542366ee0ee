//===- exercise.h - instantiate every warp-source builtin -------*- C++ -*-===//
//
// Calls every function of warp-source/warp.h over a representative set of
// types, so that compiling it (host C++ with g++ and clang++, CUDA device
// code with nvcc) proves that each overload exists and compiles without
// warnings. The values are folded into `Sink` so that nothing is unused.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_TEST_TARGET_CPP_HEADER_EXERCISE_H
#define WARP_TEST_TARGET_CPP_HEADER_EXERCISE_H

#include "warp-source/warp.h"

namespace exercise {

/// Folds the bytes of every value it is given.
struct Sink {
  uint32_t hash = 0;
  template <typename T> WP_FUNC void operator()(const T &value) {
    const unsigned char *bytes =
        reinterpret_cast<const unsigned char *>(&value);
    for (unsigned i = 0; i < sizeof(T); ++i)
      hash = hash * 31u + bytes[i];
  }
};

template <typename T> WP_FUNC T one() { return wp::cast<T>(int32_t(1)); }
template <typename T> WP_FUNC T two() { return wp::cast<T>(int32_t(2)); }

/// Comparisons and casts of T against every scalar type.
template <typename T, typename U> WP_FUNC void compare_and_cast(Sink &sink) {
  T a = one<T>();
  U b = two<U>();
  if constexpr (!std::is_same<T, wp::half>::value &&
                !std::is_same<U, wp::half>::value) {
    sink(wp::cmp_eq(a, b));
    sink(wp::cmp_ne(a, b));
    sink(wp::cmp_lt(a, b));
    sink(wp::cmp_le(a, b));
    sink(wp::cmp_gt(a, b));
    sink(wp::cmp_ge(a, b));
  }
  sink(wp::cast<U>(a));
  sink(wp::cast<T>(b));
}
template <typename T> WP_FUNC void compare_and_cast_all(Sink &sink) {
  compare_and_cast<T, bool>(sink);
  compare_and_cast<T, int8_t>(sink);
  compare_and_cast<T, int16_t>(sink);
  compare_and_cast<T, int32_t>(sink);
  compare_and_cast<T, int64_t>(sink);
  compare_and_cast<T, uint8_t>(sink);
  compare_and_cast<T, uint16_t>(sink);
  compare_and_cast<T, uint32_t>(sink);
  compare_and_cast<T, uint64_t>(sink);
  compare_and_cast<T, float>(sink);
  compare_and_cast<T, double>(sink);
  compare_and_cast<T, wp::half>(sink);
}

/// Builtins on every number type and on its vectors and matrices.
template <typename T> WP_FUNC void numeric(Sink &sink) {
  T a = two<T>(), b = one<T>();
  sink(wp::add(a, b));
  sink(wp::sub(a, b));
  sink(wp::mul(a, b));
  sink(wp::matmul(a, b));
  sink(wp::div(a, b));
  sink(wp::floordiv(a, b));
  sink(wp::mod(a, b));
  sink(wp::neg(a));
  sink(wp::abs(a));
  sink(wp::sign(a));
  sink(wp::step(a));
  sink(wp::nonzero(a));
  sink(wp::min(a, b));
  sink(wp::max(a, b));
  sink(wp::clamp(a, b, a));
  sink(wp::where(true, a, b));
  sink(wp::where(int32_t(0), a, b));
  sink(wp::where(uint8_t(3), a, b));
  sink(wp::zero<T>());
  compare_and_cast_all<T>(sink);

  using V2 = wp::vec_t<2, T>;
  using V3 = wp::vec_t<3, T>;
  using V4 = wp::vec_t<4, T>;
  using V5 = wp::vec_t<5, T>;
  using M22 = wp::mat_t<2, 2, T>;
  using M23 = wp::mat_t<2, 3, T>;
  using M33 = wp::mat_t<3, 3, T>;
  using M44 = wp::mat_t<4, 4, T>;
  V2 v2 = wp::vec<2, T>(a, b);
  V3 v3 = wp::vec<3, T>(a, b, a);
  V4 v4 = wp::vec<4, T>(a);
  V5 v5 = wp::vec<5, T>(a, b, a, b, a);
  wp::vec_t<1, T> v1 = wp::vec<1, T>(a);
  M22 m22 = wp::mat<2, 2, T>(a, b, b, a);
  M23 m23 = wp::mat<2, 3, T>(a, b, a, b, a, b);
  M33 m33 = wp::identity<M33>();
  M44 m44 = wp::mat<4, 4, T>(b);
  sink(v1);
  sink(wp::matrix_from_rows<2, 3, T>(v3, v3));
  sink(wp::matrix_from_cols<3, 2, T>(v3, v3));
  sink(wp::zero<V3>());
  sink(wp::zero<M23>());
  sink(wp::identity<M44>());
  // Operators.
  sink(wp::add(v3, v3));
  sink(wp::sub(m23, m23));
  sink(wp::mul(v3, a));
  sink(wp::mul(a, m23));
  sink(wp::mul(m23, v3));
  sink(wp::mul(v2, m23));
  sink(wp::mul(m22, m23));
  sink(wp::matmul(m33, m33));
  sink(wp::matmul(a, v4));
  sink(wp::div(v3, a));
  sink(wp::div(a, v3));
  sink(wp::div(m22, a));
  sink(wp::mod(v3, v3));
  sink(wp::neg(v3));
  sink(wp::neg(m44));
  sink(wp::cmp_eq(v3, v3));
  sink(wp::cmp_eq(m23, m23));
  sink(wp::cast<wp::vec_t<3, double>>(v3));
  sink(wp::cast<wp::mat_t<2, 3, int32_t>>(m23));
  sink(wp::where(false, v3, v3));
  // Element access with every index type.
  sink(wp::extract(v3, int32_t(-1)));
  sink(wp::extract(v3, uint8_t(1)));
  sink(wp::extract(m23, int64_t(-1)));
  sink(wp::extract(m23, int16_t(1), uint64_t(2)));
  sink(wp::insert(a, v3, int8_t(-2)));
  sink(wp::insert(v3, m23, uint32_t(0)));
  sink(wp::insert(b, m23, int32_t(1), int32_t(-1)));
  // Vector and matrix builtins.
  sink(wp::dot(v2, v2));
  sink(wp::dot(v5, v5));
  sink(wp::length_sq(v4));
  sink(wp::cross(v3, v3));
  sink(wp::outer(v2, v3));
  sink(wp::transpose(m23));
  sink(wp::trace(m33));
  sink(wp::diag(v4));
  sink(wp::skew(v3));
  sink(wp::cw_mul(v3, v3));
  sink(wp::cw_div(m22, m22));
  sink(wp::abs(v3));
  sink(wp::sign(v3));
  sink(wp::min(v3, v3));
  sink(wp::max(v3, v3));
  sink(wp::min(v5));
  sink(wp::max(v2));
}

/// Builtins on integers only.
template <typename T> WP_FUNC void integer(Sink &sink) {
  numeric<T>(sink);
  T a = two<T>(), b = one<T>();
  sink(wp::bit_and(a, b));
  sink(wp::bit_or(a, b));
  sink(wp::bit_xor(a, b));
  sink(wp::shl(a, b));
  sink(wp::shr(a, b));
  sink(wp::bit_not(a));
  sink(wp::logical_not(a));
  wp::vec_t<3, T> v = wp::vec<3, T>(a, b, a);
  wp::mat_t<2, 2, T> m = wp::mat<2, 2, T>(a);
  sink(wp::bit_and(v, v));
  sink(wp::bit_or(m, m));
  sink(wp::bit_xor(v, v));
  sink(wp::shl(v, v));
  sink(wp::shr(m, m));
  sink(wp::bit_not(v));
  sink(wp::bit_not(m));
}

/// Builtins on floats only, and quaternions and transforms.
template <typename T> WP_FUNC void floating(Sink &sink) {
  numeric<T>(sink);
  T a = two<T>(), b = one<T>();
  sink(wp::pow(a, b));
  sink(wp::sin(a));
  sink(wp::cos(a));
  sink(wp::tan(a));
  sink(wp::asin(b));
  sink(wp::acos(b));
  sink(wp::atan(a));
  sink(wp::sinh(a));
  sink(wp::cosh(a));
  sink(wp::tanh(a));
  sink(wp::sqrt(a));
  sink(wp::cbrt(a));
  sink(wp::exp(a));
  sink(wp::log(a));
  sink(wp::log2(a));
  sink(wp::log10(a));
  sink(wp::erf(a));
  sink(wp::erfc(a));
  sink(wp::degrees(a));
  sink(wp::radians(a));
  sink(wp::floor(a));
  sink(wp::ceil(a));
  sink(wp::trunc(a));
  sink(wp::round(a));
  sink(wp::rint(a));
  sink(wp::frac(a));
  sink(wp::atan2(a, b));
  sink(wp::copysign(a, b));
  sink(wp::lerp(a, b, a));
  sink(wp::smoothstep(b, a, a));
  sink(wp::isfinite(a));
  sink(wp::isnan(a));
  sink(wp::isinf(a));

  using V3 = wp::vec_t<3, T>;
  using Q = wp::quat_t<T>;
  using X = wp::transform_t<T>;
  V3 v = wp::vec<3, T>(a, b, b);
  wp::vec_t<4, T> v4 = wp::vec<4, T>(a);
  wp::mat_t<2, 2, T> m22 = wp::mat<2, 2, T>(a, b, b, a);
  wp::mat_t<3, 3, T> m33 = wp::diag(v);
  wp::mat_t<4, 4, T> m44 = wp::diag(v4);
  Q q = wp::quat<T>(b, b, b, a);
  X t = wp::transform<T>(v, q);
  sink(wp::identity<Q>());
  sink(wp::identity<X>());
  sink(wp::zero<Q>());
  sink(wp::zero<X>());
  sink(wp::add(q, q));
  sink(wp::sub(t, t));
  sink(wp::mul(q, q));
  sink(wp::mul(t, t));
  sink(wp::mul(q, a));
  sink(wp::mul(a, t));
  sink(wp::matmul(t, t));
  sink(wp::div(q, a));
  sink(wp::div(a, q));
  sink(wp::neg(q));
  sink(wp::cmp_eq(q, q));
  sink(wp::cmp_eq(t, t));
  sink(wp::cast<wp::quat_t<double>>(q));
  sink(wp::cast<X>(t));
  sink(wp::extract(q, int32_t(-1)));
  sink(wp::extract(t, uint16_t(6)));
  sink(wp::insert(a, q, int32_t(0)));
  sink(wp::insert(a, t, int64_t(-7)));
  sink(wp::dot(q, q));
  sink(wp::length(v));
  sink(wp::length(q));
  sink(wp::length_sq(q));
  sink(wp::normalize(v));
  sink(wp::normalize(q));
  sink(wp::determinant(m22));
  sink(wp::determinant(m33));
  sink(wp::determinant(m44));
  sink(wp::inverse(m22));
  sink(wp::inverse(m33));
  sink(wp::inverse(m44));
  sink(wp::quat_from_axis_angle(v, a));
  sink(wp::quat_rotate(q, v));
  sink(wp::quat_inverse(q));
  sink(wp::transform_point(t, v));
  sink(wp::transform_point(m44, v));
  sink(wp::transform_vector(t, v));
  sink(wp::transform_vector(m44, v));
  sink(wp::transform_get_translation(t));
  sink(wp::transform_get_rotation(t));
  sink(wp::lerp(v, v, a));
  sink(wp::lerp(m33, m33, a));
  sink(wp::lerp(q, q, b));
  sink(wp::lerp(t, t, b));
  sink(wp::isnan(v));
  sink(wp::isinf(m22));
  sink(wp::isfinite(q));
}

template <typename T> WP_FUNC void scalar_bool(Sink &sink) {
  sink(wp::logical_not(true));
  sink(wp::where(true, false, true));
  compare_and_cast_all<T>(sink);
}

/// Every builtin over every scalar type.
WP_FUNC uint32_t all_types() {
  Sink sink;
  scalar_bool<bool>(sink);
  integer<int8_t>(sink);
  integer<int16_t>(sink);
  integer<int32_t>(sink);
  integer<int64_t>(sink);
  integer<uint8_t>(sink);
  integer<uint16_t>(sink);
  integer<uint32_t>(sink);
  integer<uint64_t>(sink);
  floating<wp::half>(sink);
  floating<float>(sink);
  floating<double>(sink);
  return sink.hash;
}

/// An element of an array of every kind of dtype the atomics take.
template <typename T>
WP_FUNC void
atomics_of(const wp::array_t<T, 1> &a1, const wp::array_t<T, 2> &a2,
           const wp::array_t<T, 3> &a3, const wp::array_t<T, 4> &a4,
           const T &value, Sink &sink) {
  sink(wp::atomic_add(a1, int32_t(0), value));
  sink(wp::atomic_sub(a2, int32_t(0), uint32_t(0), value));
  sink(wp::atomic_exch(a3, int64_t(0), int8_t(0), uint64_t(0), value));
  sink(wp::atomic_add(a4, 0, 0, 0, 0, value));
  sink(wp::atomic_sub(a1, int32_t(-1), value));
}
template <typename T>
WP_FUNC void minmax_of(const wp::array_t<T, 1> &a1, const T &value,
                       Sink &sink) {
  sink(wp::atomic_min(a1, int32_t(0), value));
  sink(wp::atomic_max(a1, int32_t(0), value));
}
template <typename T>
WP_FUNC void bitwise_of(const wp::array_t<T, 1> &a1, const T &value,
                        Sink &sink) {
  sink(wp::atomic_and(a1, int32_t(0), value));
  sink(wp::atomic_or(a1, int32_t(0), value));
  sink(wp::atomic_xor(a1, int32_t(0), value));
}

/// The scalar type of T's components.
template <typename T, bool = wp::detail::is_composite<T>> struct element {
  using type = T;
};
template <typename T> struct element<T, true> {
  using type = wp::detail::scalar_of<T>;
};

/// Arrays of dtype T (of one element, whatever the shape): loads, stores,
/// views and atomics.
template <typename T>
WP_FUNC void arrays_of(T *data, bool minmax, bool bitwise, Sink &sink) {
  wp::array_t<T, 1> a1{data, {1}, {sizeof(T)}};
  wp::array_t<T, 2> a2{data, {1, 1}, {sizeof(T), sizeof(T)}};
  wp::array_t<T, 3> a3{data, {1, 1, 1}, {0, 0, 0}};
  wp::array_t<T, 4> a4{data, {1, 1, 1, 1}, {0, 0, 0, 0}};
  T value = wp::load(a1, int32_t(0));
  wp::store(value, a2, int32_t(0), int32_t(-1));
  sink(wp::load(a4, 0, 0, 0, uint8_t(0)));
  sink(wp::load(wp::view(a3, int32_t(-1)), 0, 0));
  sink(wp::load(wp::view(a4, 0, int64_t(0), uint16_t(0)), 0));
  sink(wp::shape(a3, 2));
  sink(wp::logical_not(a2));
  sink(wp::where(a1, 1.0f, 2.0f));
  sink(wp::where(a1, a2, a2).data);
  if constexpr (!std::is_same<T, bool>::value) {
    using E = typename element<T>::type;
    if constexpr (!std::is_same<E, wp::half>::value) {
      atomics_of(a1, a2, a3, a4, value, sink);
      sink(wp::atomic_cas(a1, 0, value, value));
      sink(wp::atomic_cas(a2, 0, 0, value, value));
      sink(wp::atomic_cas(a3, 0, 0, 0, value, value));
      sink(wp::atomic_cas(a4, 0, 0, 0, 0, value, value));
      if (minmax)
        minmax_of(a1, value, sink);
      if constexpr (wp::detail::is_int<E>)
        if (bitwise)
          bitwise_of(a1, value, sink);
    } else {
      sink(wp::atomic_add(a1, 0, value));
      sink(wp::atomic_sub(a1, 0, value));
    }
  }
}

/// `storage` is 64 zeroed bytes, 16-byte aligned, used for every dtype.
WP_FUNC uint32_t all_arrays(void *storage) {
  Sink sink;
  arrays_of(static_cast<bool *>(storage), false, false, sink);
  arrays_of(static_cast<int32_t *>(storage), true, true, sink);
  arrays_of(static_cast<uint32_t *>(storage), true, true, sink);
  arrays_of(static_cast<int64_t *>(storage), true, true, sink);
  arrays_of(static_cast<uint64_t *>(storage), true, true, sink);
  arrays_of(static_cast<wp::half *>(storage), false, false, sink);
  arrays_of(static_cast<float *>(storage), true, false, sink);
  arrays_of(static_cast<double *>(storage), true, false, sink);
  arrays_of(static_cast<wp::vec_t<3, float> *>(storage), true, false, sink);
  arrays_of(static_cast<wp::vec_t<2, wp::half> *>(storage), false, false, sink);
  arrays_of(static_cast<wp::mat_t<2, 2, int64_t> *>(storage), true, true, sink);
  arrays_of(static_cast<wp::quat_t<double> *>(storage), false, false, sink);
  arrays_of(static_cast<wp::transform_t<float> *>(storage), false, false, sink);
  return sink.hash;
}

} // namespace exercise

#endif // WARP_TEST_TARGET_CPP_HEADER_EXERCISE_H
