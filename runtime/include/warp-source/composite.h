//===- composite.h - vectors, matrices, quaternions, transforms -*- C++ -*-===//
//
// The composite types of docs/abi.md and their builtins, following the LLVM
// lowering (lib/Conversion/WarpToLLVM/CompositeToLLVM.cpp, ArithToLLVM.cpp,
// MathToLLVM.cpp) operation for operation: the order of every sum, where a
// dot product starts from zero, the double-precision steps of the 4x4
// determinant and inverse, what a zero length or determinant gives, and
// which index an out-of-range dynamic index reads.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_COMPOSITE_H
#define WARP_SOURCE_COMPOSITE_H

#include "warp-source/math.h"
#include "warp-source/scalar.h"

namespace wp {

//===----------------------------------------------------------------------===//
// Types (docs/abi.md): standard-layout aggregates, nothing but the data.
//===----------------------------------------------------------------------===//

template <int N, typename T> struct vec_t { T c[N]; };
/// Row-major: `c[row][col]`.
template <int R, int C, typename T> struct mat_t { T c[R][C]; };
template <typename T> struct quat_t { T x, y, z, w; };
/// Seven components: p.x, p.y, p.z, q.x, q.y, q.z, q.w.
template <typename T> struct transform_t {
  vec_t<3, T> p;
  quat_t<T> q;
};

namespace detail {

/// Which composite a type is, its scalar type and its component count;
/// `at(x, i)` is component i in storage order.
enum class kind { none, vec, mat, quat, transform };
template <typename X> struct composite {
  static constexpr kind which = kind::none;
};
template <int N, typename T> struct composite<vec_t<N, T>> {
  static constexpr kind which = kind::vec;
  static constexpr int size = N;
  using scalar = T;
  template <typename U> using rebind = vec_t<N, U>;
};
template <int R, int C, typename T> struct composite<mat_t<R, C, T>> {
  static constexpr kind which = kind::mat;
  static constexpr int size = R * C;
  using scalar = T;
  template <typename U> using rebind = mat_t<R, C, U>;
};
template <typename T> struct composite<quat_t<T>> {
  static constexpr kind which = kind::quat;
  static constexpr int size = 4;
  using scalar = T;
  template <typename U> using rebind = quat_t<U>;
};
template <typename T> struct composite<transform_t<T>> {
  static constexpr kind which = kind::transform;
  static constexpr int size = 7;
  using scalar = T;
  template <typename U> using rebind = transform_t<U>;
};

template <typename X>
constexpr bool is_composite = composite<X>::which != kind::none;
/// Composites that scale by a scalar (`v * s`, `s * m`): all of them.
template <typename X> constexpr bool is_scalable = is_composite<X>;
/// Composites divided by or dividing a scalar: vectors, matrices, quats.
template <typename X>
constexpr bool is_divisible =
    is_composite<X> &&composite<X>::which != kind::transform;
/// Composites with unary minus: vectors, matrices, quaternions.
template <typename X> constexpr bool is_negatable = is_divisible<X>;
/// Vectors and matrices (bitwise operators, cw_mul, cw_div, isnan on mats).
template <typename X>
constexpr bool is_vec_or_mat =
    composite<X>::which == kind::vec || composite<X>::which == kind::mat;
template <typename X> using scalar_of = typename composite<X>::scalar;

template <int N, typename T> WP_FUNC T &at(vec_t<N, T> &v, int i) {
  return v.c[i];
}
template <int N, typename T> WP_FUNC const T &at(const vec_t<N, T> &v, int i) {
  return v.c[i];
}
template <int R, int C, typename T> WP_FUNC T &at(mat_t<R, C, T> &m, int i) {
  return m.c[i / C][i % C];
}
template <int R, int C, typename T>
WP_FUNC const T &at(const mat_t<R, C, T> &m, int i) {
  return m.c[i / C][i % C];
}
template <typename T> WP_FUNC T &at(quat_t<T> &q, int i) {
  return i == 0 ? q.x : i == 1 ? q.y : i == 2 ? q.z : q.w;
}
template <typename T> WP_FUNC const T &at(const quat_t<T> &q, int i) {
  return i == 0 ? q.x : i == 1 ? q.y : i == 2 ? q.z : q.w;
}
template <typename T> WP_FUNC T &at(transform_t<T> &t, int i) {
  return i < 3 ? t.p.c[i] : at(t.q, i - 3);
}
template <typename T> WP_FUNC const T &at(const transform_t<T> &t, int i) {
  return i < 3 ? t.p.c[i] : at(t.q, i - 3);
}

/// A dynamic index into `extent` elements: a negative signed index has the
/// extent added (CompositeToLLVM.cpp, getIndices). Out-of-range indices are
/// undefined in Warp; the lowering's select chains read the last element
/// and replace nothing, which `read_position` and `write_position` (-1: no
/// element) reproduce.
template <typename I> WP_FUNC int64_t wrap_index(I index, int extent) {
  static_assert(is_int<I>, "Warp indices are integers");
  if constexpr (std::is_signed<I>::value)
    return index < 0 ? static_cast<int64_t>(index) + extent
                     : static_cast<int64_t>(index);
  else
    return static_cast<uint64_t>(index) <= static_cast<uint64_t>(INT64_MAX)
               ? static_cast<int64_t>(index)
               : -1;
}
template <typename I> WP_FUNC int read_position(I index, int extent) {
  int64_t position = wrap_index(index, extent);
  return position >= 0 && position < extent ? static_cast<int>(position)
                                            : extent - 1;
}
template <typename I> WP_FUNC int write_position(I index, int extent) {
  int64_t position = wrap_index(index, extent);
  return position >= 0 && position < extent ? static_cast<int>(position) : -1;
}

} // namespace detail

//===----------------------------------------------------------------------===//
// Construction
//===----------------------------------------------------------------------===//

/// `wp.vec3(x, y, z)`: one element per component, or one for all.
template <int N, typename T, typename... Elements>
WP_FUNC vec_t<N, T> vec(Elements... elements) {
  static_assert(sizeof...(Elements) == N || sizeof...(Elements) == 1,
                "a vector takes N elements, or 1 to fill every element");
  T values[] = {static_cast<T>(elements)...};
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i] = values[sizeof...(Elements) == 1 ? 0 : i];
  return result;
}

/// `wp.mat22(a, b, c, d)`: R * C elements row-major, or one for all.
template <int R, int C, typename T, typename... Elements>
WP_FUNC mat_t<R, C, T> mat(Elements... elements) {
  static_assert(sizeof...(Elements) == R * C || sizeof...(Elements) == 1,
                "a matrix takes R * C elements, or 1 to fill every element");
  T values[] = {static_cast<T>(elements)...};
  mat_t<R, C, T> result{};
  for (int i = 0; i < R * C; ++i)
    detail::at(result, i) = values[sizeof...(Elements) == 1 ? 0 : i];
  return result;
}

/// R row vectors of C elements.
template <int R, int C, typename T, typename... Rows>
WP_FUNC mat_t<R, C, T> matrix_from_rows(const Rows &...rows) {
  static_assert(sizeof...(Rows) == R, "one vector per row");
  const vec_t<C, T> vectors[] = {rows...};
  mat_t<R, C, T> result{};
  for (int row = 0; row < R; ++row)
    for (int col = 0; col < C; ++col)
      result.c[row][col] = vectors[row].c[col];
  return result;
}

/// C column vectors of R elements.
template <int R, int C, typename T, typename... Cols>
WP_FUNC mat_t<R, C, T> matrix_from_cols(const Cols &...cols) {
  static_assert(sizeof...(Cols) == C, "one vector per column");
  const vec_t<R, T> vectors[] = {cols...};
  mat_t<R, C, T> result{};
  for (int row = 0; row < R; ++row)
    for (int col = 0; col < C; ++col)
      result.c[row][col] = vectors[col].c[row];
  return result;
}

template <typename T>
WP_FUNC quat_t<T> quat(detail::identity_t<T> x, detail::identity_t<T> y,
                       detail::identity_t<T> z, detail::identity_t<T> w) {
  return quat_t<T>{x, y, z, w};
}

template <typename T>
WP_FUNC transform_t<T> transform(const vec_t<3, T> &p, const quat_t<T> &q) {
  return transform_t<T>{p, q};
}

namespace detail {
template <typename X> struct identity_of;
template <int N, typename T> struct identity_of<mat_t<N, N, T>> {
  WP_FUNC static mat_t<N, N, T> get() {
    mat_t<N, N, T> result{};
    for (int i = 0; i < N; ++i)
      result.c[i][i] = constant<T>(1);
    return result;
  }
};
template <typename T> struct identity_of<quat_t<T>> {
  WP_FUNC static quat_t<T> get() {
    return quat_t<T>{T{}, T{}, T{}, constant<T>(1)};
  }
};
template <typename T> struct identity_of<transform_t<T>> {
  WP_FUNC static transform_t<T> get() {
    return transform_t<T>{vec_t<3, T>{}, identity_of<quat_t<T>>::get()};
  }
};
} // namespace detail

/// The identity of a square matrix, a quaternion (0, 0, 0, 1) or a
/// transform (zero translation, identity rotation).
template <typename X> WP_FUNC X identity() {
  return detail::identity_of<X>::get();
}

//===----------------------------------------------------------------------===//
// Element access (warp.extract, warp.insert)
//===----------------------------------------------------------------------===//

template <int N, typename T, typename I>
WP_FUNC T extract(const vec_t<N, T> &v, I i) {
  return v.c[detail::read_position(i, N)];
}
template <typename T, typename I> WP_FUNC T extract(const quat_t<T> &q, I i) {
  return detail::at(q, detail::read_position(i, 4));
}
template <typename T, typename I>
WP_FUNC T extract(const transform_t<T> &t, I i) {
  return detail::at(t, detail::read_position(i, 7));
}
/// `m[i]`: row i.
template <int R, int C, typename T, typename I>
WP_FUNC vec_t<C, T> extract(const mat_t<R, C, T> &m, I i) {
  int row = detail::read_position(i, R);
  vec_t<C, T> result{};
  for (int col = 0; col < C; ++col)
    result.c[col] = m.c[row][col];
  return result;
}
template <int R, int C, typename T, typename I, typename J>
WP_FUNC T extract(const mat_t<R, C, T> &m, I i, J j) {
  return m.c[detail::read_position(i, R)][detail::read_position(j, C)];
}

/// `base` with the element at the indices replaced by `value`.
template <int N, typename T, typename I>
WP_FUNC vec_t<N, T> insert(detail::identity_t<T> value, vec_t<N, T> base, I i) {
  int position = detail::write_position(i, N);
  if (position >= 0)
    base.c[position] = value;
  return base;
}
template <typename T, typename I>
WP_FUNC quat_t<T> insert(detail::identity_t<T> value, quat_t<T> base, I i) {
  int position = detail::write_position(i, 4);
  if (position >= 0)
    detail::at(base, position) = value;
  return base;
}
template <typename T, typename I>
WP_FUNC transform_t<T> insert(detail::identity_t<T> value, transform_t<T> base,
                              I i) {
  int position = detail::write_position(i, 7);
  if (position >= 0)
    detail::at(base, position) = value;
  return base;
}
/// `m[i] = row`.
template <int R, int C, typename T, typename I>
WP_FUNC mat_t<R, C, T> insert(const vec_t<C, T> &value, mat_t<R, C, T> base,
                              I i) {
  int row = detail::write_position(i, R);
  if (row >= 0)
    for (int col = 0; col < C; ++col)
      base.c[row][col] = value.c[col];
  return base;
}
template <int R, int C, typename T, typename I, typename J>
WP_FUNC mat_t<R, C, T> insert(detail::identity_t<T> value, mat_t<R, C, T> base,
                              I i, J j) {
  int row = detail::write_position(i, R);
  int col = detail::write_position(j, C);
  if (row >= 0 && col >= 0)
    base.c[row][col] = value;
  return base;
}

//===----------------------------------------------------------------------===//
// Componentwise operators
//===----------------------------------------------------------------------===//

// `a op b` component by component on two composites of one type.
#define WP_DEFINE_COMPONENTWISE(name, enabled)                                 \
  template <typename X, detail::enable_if_t<enabled> = 0>                      \
  WP_FUNC X name(const X &a, const X &b) {                                     \
    X result{};                                                                \
    for (int i = 0; i < detail::composite<X>::size; ++i)                       \
      detail::at(result, i) = name(detail::at(a, i), detail::at(b, i));        \
    return result;                                                             \
  }
WP_DEFINE_COMPONENTWISE(add, detail::is_composite<X>)
WP_DEFINE_COMPONENTWISE(sub, detail::is_composite<X>)
// `%` on two vectors.
WP_DEFINE_COMPONENTWISE(mod, detail::composite<X>::which == detail::kind::vec)
WP_DEFINE_COMPONENTWISE(bit_and, detail::is_vec_or_mat<X>)
WP_DEFINE_COMPONENTWISE(bit_or, detail::is_vec_or_mat<X>)
WP_DEFINE_COMPONENTWISE(bit_xor, detail::is_vec_or_mat<X>)
WP_DEFINE_COMPONENTWISE(shl, detail::is_vec_or_mat<X>)
WP_DEFINE_COMPONENTWISE(shr, detail::is_vec_or_mat<X>)
#undef WP_DEFINE_COMPONENTWISE

/// `v * s` and `s * v` scale each component (the scalar on its own side).
template <typename X, detail::enable_if_t<detail::is_scalable<X>> = 0>
WP_FUNC X mul(const X &a, detail::scalar_of<X> s) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = mul(detail::at(a, i), s);
  return result;
}
template <typename X, detail::enable_if_t<detail::is_scalable<X>> = 0>
WP_FUNC X mul(detail::scalar_of<X> s, const X &a) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = mul(s, detail::at(a, i));
  return result;
}
/// `v / s` divides each component by s; `s / v` divides s by each.
template <typename X, detail::enable_if_t<detail::is_divisible<X>> = 0>
WP_FUNC X div(const X &a, detail::scalar_of<X> s) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = div(detail::at(a, i), s);
  return result;
}
template <typename X, detail::enable_if_t<detail::is_divisible<X>> = 0>
WP_FUNC X div(detail::scalar_of<X> s, const X &a) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = div(s, detail::at(a, i));
  return result;
}

/// Unary minus of a vector, matrix or quaternion flips each float's sign
/// (so -(0.0) is -0.0, unlike the scalar's 0 - x); integers wrap.
template <typename X, detail::enable_if_t<detail::is_negatable<X>> = 0>
WP_FUNC X neg(const X &a) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = detail::flip_sign(detail::at(a, i));
  return result;
}

template <typename X, detail::enable_if_t<detail::is_vec_or_mat<X>> = 0>
WP_FUNC X bit_not(const X &a) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = bit_not(detail::at(a, i));
  return result;
}

/// `a == b` of two composites of one type: every component equal (floats
/// ordered, so a NaN component makes them unequal). Warp has no other
/// comparison of composites.
template <typename X, detail::enable_if_t<detail::is_composite<X>> = 0>
WP_FUNC bool cmp_eq(const X &a, const X &b) {
  bool equal = true;
  for (int i = 0; i < detail::composite<X>::size; ++i)
    equal = cmp_eq(detail::at(a, i), detail::at(b, i)) && equal;
  return equal;
}

/// Componentwise conversion between vectors of one length, matrices of one
/// shape, quaternions (and a transform to its own type).
template <typename To, typename From,
          detail::enable_if_t<detail::is_composite<From>> = 0>
WP_FUNC To cast(const From &x) {
  static_assert(
      detail::composite<To>::which == detail::composite<From>::which &&
          detail::composite<To>::size == detail::composite<From>::size,
      "Warp converts composites only to one of the same shape");
  To result{};
  for (int i = 0; i < detail::composite<From>::size; ++i)
    detail::at(result, i) = cast<detail::scalar_of<To>>(detail::at(x, i));
  return result;
}

//===----------------------------------------------------------------------===//
// Products (ArithToLLVM.cpp)
//===----------------------------------------------------------------------===//

namespace detail {
/// `a[0] * b[0] + a[1] * b[1] + ...` left to right. vec.h's generic dot
/// starts from T(0) (`from_zero`), turning a -0.0 sum into +0.0; its
/// lengths 2 and 3 and quat.h do not (dotProduct, dotFromZero).
template <typename X> WP_FUNC scalar_of<X> dot_product(const X &a, const X &b) {
  using T = scalar_of<X>;
  constexpr int n = composite<X>::size;
  constexpr bool from_zero =
      composite<X>::which == kind::vec && n != 2 && n != 3;
  T sum = mul(at(a, 0), at(b, 0));
  if (from_zero)
    sum = add(T{}, sum);
  for (int i = 1; i < n; ++i)
    sum = add(sum, mul(at(a, i), at(b, i)));
  return sum;
}

/// quat.h's quat_rotate, term by term (ScalarBuilder.cpp, quatRotate).
template <typename T>
WP_FUNC vec_t<3, T> quat_rotate(const quat_t<T> &q, const vec_t<3, T> &v) {
  const T two = constant<T>(2);
  // c = 2 * q.w * q.w - 1; d = 2 * (q.x * v.x + q.y * v.y + q.z * v.z)
  T c = sub(mul(mul(two, q.w), q.w), constant<T>(1));
  T d =
      mul(two, add(add(mul(q.x, v.c[0]), mul(q.y, v.c[1])), mul(q.z, v.c[2])));
  const T qv[3] = {q.x, q.y, q.z};
  vec_t<3, T> result{};
  for (int i = 0; i < 3; ++i) {
    int j = (i + 1) % 3, k = (i + 2) % 3;
    // v[i] * c + q[i] * d + (q[j] * v[k] - q[k] * v[j]) * q.w * 2
    T cross = sub(mul(qv[j], v.c[k]), mul(qv[k], v.c[j]));
    T sum = add(mul(v.c[i], c), mul(qv[i], d));
    result.c[i] = add(sum, mul(mul(cross, q.w), two));
  }
  return result;
}
} // namespace detail

/// `mat<RxK> * vec<K>`: each row's dot product with v, left to right.
template <int R, int C, typename T>
WP_FUNC vec_t<R, T> mul(const mat_t<R, C, T> &m, const vec_t<C, T> &v) {
  vec_t<R, T> result{};
  for (int row = 0; row < R; ++row) {
    T sum = mul(m.c[row][0], v.c[0]);
    for (int col = 1; col < C; ++col)
      sum = add(sum, mul(m.c[row][col], v.c[col]));
    result.c[row] = sum;
  }
  return result;
}
/// `vec<R> * mat<RxC>`: each column's dot product with v.
template <int R, int C, typename T>
WP_FUNC vec_t<C, T> mul(const vec_t<R, T> &v, const mat_t<R, C, T> &m) {
  vec_t<C, T> result{};
  for (int col = 0; col < C; ++col) {
    T sum = mul(m.c[0][col], v.c[0]);
    for (int row = 1; row < R; ++row)
      sum = add(sum, mul(m.c[row][col], v.c[row]));
    result.c[col] = sum;
  }
  return result;
}
/// `mat<RxK> * mat<KxC>`: muladd over k from a zero sum (fused for f32 and
/// f64), so a product of zeros is +0.0.
template <int R, int K, int C, typename T>
WP_FUNC mat_t<R, C, T> mul(const mat_t<R, K, T> &a, const mat_t<K, C, T> &b) {
  mat_t<R, C, T> result{};
  for (int i = 0; i < R; ++i)
    for (int j = 0; j < C; ++j) {
      T sum = T{};
      for (int k = 0; k < K; ++k)
        sum = detail::mul_add(a.c[i][k], b.c[k][j], sum);
      result.c[i][j] = sum;
    }
  return result;
}
/// The Hamilton product, term by term as quat.h's mul.
template <typename T>
WP_FUNC quat_t<T> mul(const quat_t<T> &a, const quat_t<T> &b) {
  const T av[3] = {a.x, a.y, a.z}, bv[3] = {b.x, b.y, b.z};
  T result[3];
  for (int i = 0; i < 3; ++i) {
    int j = (i + 1) % 3, k = (i + 2) % 3;
    // a.w * b[i] + b.w * a[i] + a[j] * b[k] - b[j] * a[k]
    T sum = add(mul(a.w, bv[i]), mul(b.w, av[i]));
    sum = add(sum, mul(av[j], bv[k]));
    result[i] = sub(sum, mul(bv[j], av[k]));
  }
  // a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z
  T w = mul(a.w, b.w);
  for (int i = 0; i < 3; ++i)
    w = sub(w, mul(av[i], bv[i]));
  return quat_t<T>{result[0], result[1], result[2], w};
}
/// spatial.h's transform_multiply: (rotate(a.q, b.p) + a.p, a.q * b.q).
template <typename T>
WP_FUNC transform_t<T> mul(const transform_t<T> &a, const transform_t<T> &b) {
  vec_t<3, T> rotated = detail::quat_rotate(a.q, b.p);
  transform_t<T> result{};
  for (int i = 0; i < 3; ++i)
    result.p.c[i] = add(rotated.c[i], a.p.c[i]);
  result.q = mul(a.q, b.q);
  return result;
}

/// `@` is Warp's `mul` under another name.
template <typename A, typename B>
WP_FUNC auto matmul(const A &a, const B &b) -> decltype(mul(a, b)) {
  return mul(a, b);
}

//===----------------------------------------------------------------------===//
// Vector and matrix builtins (CompositeToLLVM.cpp)
//===----------------------------------------------------------------------===//

template <int N, typename T>
WP_FUNC T dot(const vec_t<N, T> &a, const vec_t<N, T> &b) {
  return detail::dot_product(a, b);
}
template <typename T> WP_FUNC T dot(const quat_t<T> &a, const quat_t<T> &b) {
  return detail::dot_product(a, b);
}

template <int N, typename T> WP_FUNC T length_sq(const vec_t<N, T> &a) {
  return detail::dot_product(a, a);
}
template <typename T> WP_FUNC T length_sq(const quat_t<T> &a) {
  return detail::dot_product(a, a);
}
template <int N, typename T> WP_FUNC T length(const vec_t<N, T> &a) {
  return sqrt(detail::dot_product(a, a));
}
template <typename T> WP_FUNC T length(const quat_t<T> &a) {
  return sqrt(detail::dot_product(a, a));
}

/// `l > 0 ? a / l : 0` per component.
template <int N, typename T>
WP_FUNC vec_t<N, T> normalize(const vec_t<N, T> &a) {
  T l = length(a);
  bool positive = cmp_gt(l, T{});
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i) {
    T scaled = div(a.c[i], l);
    result.c[i] = positive ? scaled : T{};
  }
  return result;
}
/// `l > 0 ? q * (1 / l) : (0, 0, 0, 1)`.
template <typename T> WP_FUNC quat_t<T> normalize(const quat_t<T> &q) {
  T l = length(q);
  bool positive = cmp_gt(l, T{});
  T inverse = div(detail::constant<T>(1), l);
  quat_t<T> result{};
  for (int i = 0; i < 4; ++i) {
    T scaled = mul(detail::at(q, i), inverse);
    detail::at(result, i) =
        positive ? scaled : (i == 3 ? detail::constant<T>(1) : T{});
  }
  return result;
}

template <typename T>
WP_FUNC vec_t<3, T> cross(const vec_t<3, T> &a, const vec_t<3, T> &b) {
  return vec_t<3, T>{{sub(mul(a.c[1], b.c[2]), mul(a.c[2], b.c[1])),
                      sub(mul(a.c[2], b.c[0]), mul(a.c[0], b.c[2])),
                      sub(mul(a.c[0], b.c[1]), mul(a.c[1], b.c[0]))}};
}

template <int M, int N, typename T>
WP_FUNC mat_t<M, N, T> outer(const vec_t<M, T> &a, const vec_t<N, T> &b) {
  mat_t<M, N, T> result{};
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < N; ++j)
      result.c[i][j] = mul(a.c[i], b.c[j]);
  return result;
}

template <int R, int C, typename T>
WP_FUNC mat_t<C, R, T> transpose(const mat_t<R, C, T> &m) {
  mat_t<C, R, T> result{};
  for (int i = 0; i < C; ++i)
    for (int j = 0; j < R; ++j)
      result.c[i][j] = m.c[j][i];
  return result;
}

/// `m[0][0] + m[1][1] + ...` left to right.
template <int N, typename T> WP_FUNC T trace(const mat_t<N, N, T> &m) {
  T sum = m.c[0][0];
  for (int i = 1; i < N; ++i)
    sum = add(sum, m.c[i][i]);
  return sum;
}

template <int N, typename T> WP_FUNC mat_t<N, N, T> diag(const vec_t<N, T> &d) {
  mat_t<N, N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i][i] = d.c[i];
  return result;
}

/// `[[0, -z, y], [z, 0, -x], [-y, x, 0]]`, the minus a float sign flip
/// (ScalarBuilder::neg).
template <typename T> WP_FUNC mat_t<3, 3, T> skew(const vec_t<3, T> &v) {
  using detail::flip_sign;
  return mat_t<3, 3, T>{{{T{}, flip_sign(v.c[2]), v.c[1]},
                         {v.c[2], T{}, flip_sign(v.c[0])},
                         {flip_sign(v.c[1]), v.c[0], T{}}}};
}

template <typename X, detail::enable_if_t<detail::is_vec_or_mat<X>> = 0>
WP_FUNC X cw_mul(const X &a, const X &b) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = mul(detail::at(a, i), detail::at(b, i));
  return result;
}
template <typename X, detail::enable_if_t<detail::is_vec_or_mat<X>> = 0>
WP_FUNC X cw_div(const X &a, const X &b) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = div(detail::at(a, i), detail::at(b, i));
  return result;
}

namespace detail {
/// mat.h's 2x2 determinant: m00 * m11 - m10 * m01.
template <typename T> WP_FUNC T determinant2(const mat_t<2, 2, T> &m) {
  return sub(mul(m.c[0][0], m.c[1][1]), mul(m.c[1][0], m.c[0][1]));
}
/// `dot(row0, cross(row1, row2))`.
template <typename T> WP_FUNC T determinant3(const mat_t<3, 3, T> &m) {
  vec_t<3, T> rows[3];
  for (int i = 0; i < 3; ++i)
    rows[i] = vec_t<3, T>{{m.c[i][0], m.c[i][1], m.c[i][2]}};
  return dot_product(rows[0], cross(rows[1], rows[2]));
}

/// mat.h's 4x4 determinant and inverse (from USD): the 2x2 minors y of a
/// pair of columns, computed in T and kept as double, then the 3x3
/// cofactors z in double (CompositeToLLVM.cpp, Minors4).
template <typename T> struct minors4 {
  const mat_t<4, 4, T> &m;
  enum { y01, y02, y03, y12, y13, y23 };

  WP_FUNC T x(int row, int col) const { return m.c[row][col]; }
  /// The six minors of columns c and c + 1: yij = x[i][c] * x[j][c+1] -
  /// x[j][c] * x[i][c+1].
  WP_FUNC void minors(int c, double y[6]) const {
    const int pairs[6][2] = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
    for (int k = 0; k < 6; ++k) {
      int i = pairs[k][0], j = pairs[k][1];
      y[k] = to_f64(sub(mul(x(i, c), x(j, c + 1)), mul(x(j, c), x(i, c + 1))));
    }
  }
  /// `a * ya - b * yb (+ or -) c * yc` in double.
  WP_FUNC static double cofactor(T a, double ya, T b, double yb, bool plus, T c,
                                 double yc) {
    double partial = sub(mul(to_f64(a), ya), mul(to_f64(b), yb));
    double last = mul(to_f64(c), yc);
    return plus ? add(partial, last) : sub(partial, last);
  }
  /// The cofactors z0k..z3k of column k from x of column `c` and the minors
  /// of the other pair of columns, in mat.h's two shapes.
  WP_FUNC void cofactors(int c, const double y[6], bool shape_a,
                         double z[4]) const {
    if (shape_a) { // e.g. z00 = x11*y23 - x21*y13 + x31*y12
      z[0] = cofactor(x(1, c), y[y23], x(2, c), y[y13], true, x(3, c), y[y12]);
      z[1] = cofactor(x(2, c), y[y03], x(3, c), y[y02], false, x(0, c), y[y23]);
      z[2] = cofactor(x(0, c), y[y13], x(1, c), y[y03], true, x(3, c), y[y01]);
      z[3] = cofactor(x(1, c), y[y02], x(2, c), y[y01], false, x(0, c), y[y12]);
    } else { // e.g. z01 = x20*y13 - x30*y12 - x10*y23
      z[0] = cofactor(x(2, c), y[y13], x(3, c), y[y12], false, x(1, c), y[y23]);
      z[1] = cofactor(x(0, c), y[y23], x(2, c), y[y03], true, x(3, c), y[y02]);
      z[2] = cofactor(x(1, c), y[y03], x(3, c), y[y01], false, x(0, c), y[y13]);
      z[3] = cofactor(x(0, c), y[y12], x(1, c), y[y02], true, x(2, c), y[y01]);
    }
  }
  /// `x30 * z30 + x20 * z20 + x10 * z10 + x00 * z00` in T.
  WP_FUNC T determinant(const T z[4]) const {
    T det = mul(x(3, 0), z[3]);
    for (int row = 2; row >= 0; --row)
      det = add(det, mul(x(row, 0), z[row]));
    return det;
  }
  WP_FUNC static void narrow(const double z[4], T out[4]) {
    for (int i = 0; i < 4; ++i)
      out[i] = from_f64<T>(z[i]);
  }
};
} // namespace detail

template <typename T> WP_FUNC T determinant(const mat_t<2, 2, T> &m) {
  return detail::determinant2(m);
}
template <typename T> WP_FUNC T determinant(const mat_t<3, 3, T> &m) {
  return detail::determinant3(m);
}
template <typename T> WP_FUNC T determinant(const mat_t<4, 4, T> &m) {
  detail::minors4<T> minors{m};
  double y[6], z[4];
  T narrowed[4];
  minors.minors(2, y);
  minors.cofactors(1, y, /*shape_a=*/true, z);
  minors.narrow(z, narrowed);
  return minors.determinant(narrowed);
}

/// `det > 0 || det < -0 ? (m11, -m01, -m10, m00) * (1 / det) : 0`.
template <typename T> WP_FUNC mat_t<2, 2, T> inverse(const mat_t<2, 2, T> &m) {
  T det = detail::determinant2(m);
  bool invertible = cmp_gt(det, T{}) || cmp_lt(det, detail::flip_sign(T{}));
  T rcp = div(detail::constant<T>(1), det);
  T scaled[4] = {mul(m.c[1][1], rcp), mul(detail::flip_sign(m.c[0][1]), rcp),
                 mul(detail::flip_sign(m.c[1][0]), rcp), mul(m.c[0][0], rcp)};
  mat_t<2, 2, T> result{};
  for (int i = 0; i < 4; ++i)
    detail::at(result, i) = invertible ? scaled[i] : T{};
  return result;
}
/// `det != 0 ? adjugate * (1 / det) : 0` (NaN counts as invertible).
template <typename T> WP_FUNC mat_t<3, 3, T> inverse(const mat_t<3, 3, T> &m) {
  T det = detail::determinant3(m);
  bool invertible = cmp_ne(det, T{});
  T rcp = div(detail::constant<T>(1), det);
  mat_t<3, 3, T> result{};
  for (int row = 0; row < 3; ++row)
    for (int col = 0; col < 3; ++col) {
      // b[row][col] = x[c1][r1] * x[c2][r2] - x[c1][r2] * x[c2][r1] with
      // (r1, r2), (c1, c2) the cyclic successors of row and col.
      int r1 = (row + 1) % 3, r2 = (row + 2) % 3;
      int c1 = (col + 1) % 3, c2 = (col + 2) % 3;
      T cofactor =
          sub(mul(m.c[c1][r1], m.c[c2][r2]), mul(m.c[c1][r2], m.c[c2][r1]));
      T scaled = mul(cofactor, rcp);
      result.c[row][col] = invertible ? scaled : T{};
    }
  return result;
}
/// `|det| > 0 ? T(z * (1.0 / det)) : 0`, in double.
template <typename T> WP_FUNC mat_t<4, 4, T> inverse(const mat_t<4, 4, T> &m) {
  detail::minors4<T> minors{m};
  double y01[6], y23[6], z[4][4];
  // Columns 2 and 3 of z stay double; columns 0 and 1 are rounded to T.
  minors.minors(0, y01);
  minors.cofactors(3, y01, /*shape_a=*/true, z[2]);
  minors.cofactors(2, y01, /*shape_a=*/false, z[3]);
  minors.minors(2, y23);
  T z0[4], z1[4];
  minors.cofactors(1, y23, /*shape_a=*/true, z[0]);
  minors.narrow(z[0], z0);
  minors.cofactors(0, y23, /*shape_a=*/false, z[1]);
  minors.narrow(z[1], z1);
  double det = detail::to_f64(minors.determinant(z0));
  bool invertible = ::fabs(det) > 0.0;
  double rcp = div(1.0, det);
  mat_t<4, 4, T> result{};
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 4; ++col) {
      double zz = row == 0   ? detail::to_f64(z0[col])
                  : row == 1 ? detail::to_f64(z1[col])
                             : z[row][col];
      T scaled = detail::from_f64<T>(mul(zz, rcp));
      result.c[row][col] = invertible ? scaled : T{};
    }
  return result;
}

/// wp.where on any value type; conditions are in scalar.h and array.h.

//===----------------------------------------------------------------------===//
// Quaternion and transform builtins
//===----------------------------------------------------------------------===//

/// `half = angle * 0.5; (axis * sin(half), cos(half))`.
template <typename T>
WP_FUNC quat_t<T> quat_from_axis_angle(const vec_t<3, T> &axis,
                                       detail::identity_t<T> angle) {
  T half_angle = mul(angle, detail::constant<T>(0.5));
  T w = cos(half_angle);
  T sine = sin(half_angle);
  return quat_t<T>{mul(axis.c[0], sine), mul(axis.c[1], sine),
                   mul(axis.c[2], sine), w};
}
template <typename T>
WP_FUNC vec_t<3, T> quat_rotate(const quat_t<T> &q, const vec_t<3, T> &v) {
  return detail::quat_rotate(q, v);
}
/// `(-x, -y, -z, w)` with sign flips; not divided by length_sq.
template <typename T> WP_FUNC quat_t<T> quat_inverse(const quat_t<T> &q) {
  return quat_t<T>{detail::flip_sign(q.x), detail::flip_sign(q.y),
                   detail::flip_sign(q.z), q.w};
}

namespace detail {
/// mat.h `M * (v, w)`, first three components: `r = M[.][0] * v0`, then
/// `r += M[.][c] * v4[c]` (the w term is added even when w is 0).
template <typename T>
WP_FUNC vec_t<3, T> mat44_times(const mat_t<4, 4, T> &m, const vec_t<3, T> &v,
                                double w) {
  const T v4[4] = {v.c[0], v.c[1], v.c[2], constant<T>(w)};
  vec_t<3, T> result{};
  for (int row = 0; row < 3; ++row) {
    T sum = mul(m.c[row][0], v4[0]);
    for (int col = 1; col < 4; ++col)
      sum = add(sum, mul(m.c[row][col], v4[col]));
    result.c[row] = sum;
  }
  return result;
}
} // namespace detail

/// `p + quat_rotate(q, v)`, or `M * (v, 1)` for a 4x4 matrix.
template <typename T>
WP_FUNC vec_t<3, T> transform_point(const transform_t<T> &t,
                                    const vec_t<3, T> &v) {
  vec_t<3, T> rotated = detail::quat_rotate(t.q, v);
  for (int i = 0; i < 3; ++i)
    rotated.c[i] = add(t.p.c[i], rotated.c[i]);
  return rotated;
}
template <typename T>
WP_FUNC vec_t<3, T> transform_point(const mat_t<4, 4, T> &m,
                                    const vec_t<3, T> &v) {
  return detail::mat44_times(m, v, 1.0);
}
/// `quat_rotate(q, v)`, or `M * (v, 0)` for a 4x4 matrix.
template <typename T>
WP_FUNC vec_t<3, T> transform_vector(const transform_t<T> &t,
                                     const vec_t<3, T> &v) {
  return detail::quat_rotate(t.q, v);
}
template <typename T>
WP_FUNC vec_t<3, T> transform_vector(const mat_t<4, 4, T> &m,
                                     const vec_t<3, T> &v) {
  return detail::mat44_times(m, v, 0.0);
}
template <typename T>
WP_FUNC vec_t<3, T> transform_get_translation(const transform_t<T> &t) {
  return t.p;
}
template <typename T>
WP_FUNC quat_t<T> transform_get_rotation(const transform_t<T> &t) {
  return t.q;
}

//===----------------------------------------------------------------------===//
// Math builtins on composites (MathToLLVM.cpp)
//===----------------------------------------------------------------------===//

/// abs and sign componentwise on vectors.
template <int N, typename T> WP_FUNC vec_t<N, T> abs(const vec_t<N, T> &v) {
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i] = abs(v.c[i]);
  return result;
}
template <int N, typename T> WP_FUNC vec_t<N, T> sign(const vec_t<N, T> &v) {
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i] = sign(v.c[i]);
  return result;
}
/// min and max componentwise on two vectors, or over one vector's elements
/// left to right (`ret = v[0]; ret = min(ret, v[i])`).
template <int N, typename T>
WP_FUNC vec_t<N, T> min(const vec_t<N, T> &a, const vec_t<N, T> &b) {
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i] = min(a.c[i], b.c[i]);
  return result;
}
template <int N, typename T>
WP_FUNC vec_t<N, T> max(const vec_t<N, T> &a, const vec_t<N, T> &b) {
  vec_t<N, T> result{};
  for (int i = 0; i < N; ++i)
    result.c[i] = max(a.c[i], b.c[i]);
  return result;
}
template <int N, typename T> WP_FUNC T min(const vec_t<N, T> &v) {
  T result = v.c[0];
  for (int i = 1; i < N; ++i)
    result = min(result, v.c[i]);
  return result;
}
template <int N, typename T> WP_FUNC T max(const vec_t<N, T> &v) {
  T result = v.c[0];
  for (int i = 1; i < N; ++i)
    result = max(result, v.c[i]);
  return result;
}

/// `a * (1 - t) + b * t` per component of a float vector, matrix,
/// quaternion or transform.
template <typename X, detail::enable_if_t<detail::is_composite<X>> = 0>
WP_FUNC X lerp(const X &a, const X &b, detail::scalar_of<X> t) {
  X result{};
  for (int i = 0; i < detail::composite<X>::size; ++i)
    detail::at(result, i) = lerp(detail::at(a, i), detail::at(b, i), t);
  return result;
}

/// isnan and isinf: any component; isfinite: every component (vectors,
/// matrices and quaternions).
template <typename X, detail::enable_if_t<detail::is_negatable<X>> = 0>
WP_FUNC bool isnan(const X &a) {
  bool any = false;
  for (int i = 0; i < detail::composite<X>::size; ++i)
    any = isnan(detail::at(a, i)) || any;
  return any;
}
template <typename X, detail::enable_if_t<detail::is_negatable<X>> = 0>
WP_FUNC bool isinf(const X &a) {
  bool any = false;
  for (int i = 0; i < detail::composite<X>::size; ++i)
    any = isinf(detail::at(a, i)) || any;
  return any;
}
template <typename X, detail::enable_if_t<detail::is_negatable<X>> = 0>
WP_FUNC bool isfinite(const X &a) {
  bool all = true;
  for (int i = 0; i < detail::composite<X>::size; ++i)
    all = isfinite(detail::at(a, i)) && all;
  return all;
}

} // namespace wp

#endif // WARP_SOURCE_COMPOSITE_H
