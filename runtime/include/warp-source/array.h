//===- array.h - launch bounds, arrays and atomics --------------*- C++ -*-===//
//
// The kernel ABI's launch bounds and array descriptors (docs/abi.md) and the
// array ops as the LLVM lowering builds them
// (lib/Conversion/WarpToLLVM/MemoryToLLVM.cpp): an element lives at data +
// sum(index * stride) bytes, where a negative signed index first has the
// extent added. Atomics return the old value; on the host they are plain
// read-modify-writes (CPU kernels run on one thread, as in warp-lang), on
// the device CUDA atomics, with compare-and-swap loops where CUDA has no
// native one. Vectors and matrices are updated component by component.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_ARRAY_H
#define WARP_SOURCE_ARRAY_H

#include "warp-source/composite.h"
#include "warp-source/math.h"
#include "warp-source/scalar.h"

namespace wp {

/// The launch grid: `shape[0..ndim)` (unused dimensions are 1) and their
/// product `size`. 32 bytes, 8-byte aligned.
struct launch_bounds_t {
  int32_t shape[4];
  int32_t ndim;
  int64_t size;
};

/// A strided view of memory: the element at (i0, ..., iN-1) is at
/// `data + sum(ik * strides[k])` bytes.
template <typename T, int NDIM> struct array_t {
  T *data;
  int32_t shape[NDIM];
  int64_t strides[NDIM];
};

namespace detail {

/// One index of an element address, widened to 64 bits by its signedness,
/// a negative signed index counting from the end of its dimension.
template <typename I> WP_FUNC uint64_t array_index(I index, int32_t extent) {
  static_assert(is_int<I>, "array indices are Warp integers");
  if constexpr (std::is_signed<I>::value) {
    int64_t wide = index;
    return static_cast<uint64_t>(wide < 0 ? wide + extent : wide);
  } else {
    return static_cast<uint64_t>(index);
  }
}

/// The address of the element the leading `indices` select (the offset
/// wraps as LLVM's 64-bit arithmetic does).
template <typename T, int NDIM, typename... I>
WP_FUNC T *element_address(const array_t<T, NDIM> &array, I... indices) {
  static_assert(sizeof...(I) <= NDIM, "more indices than dimensions");
  uint64_t offset = 0;
  int dim = 0;
  ((offset += array_index(indices, array.shape[dim]) *
              static_cast<uint64_t>(array.strides[dim]),
    ++dim),
   ...);
  return reinterpret_cast<T *>(reinterpret_cast<char *>(array.data) +
                               static_cast<int64_t>(offset));
}

} // namespace detail

/// `a[i, j, ...]`: one index per dimension.
template <typename T, int NDIM, typename... I>
WP_FUNC T load(const array_t<T, NDIM> &array, I... indices) {
  static_assert(sizeof...(I) == NDIM, "load takes one index per dimension");
  return *detail::element_address(array, indices...);
}

/// `a[i, j, ...] = value`: the value first, as in the op.
template <typename T, int NDIM, typename... I>
WP_FUNC void store(const detail::identity_t<T> &value,
                   const array_t<T, NDIM> &array, I... indices) {
  static_assert(sizeof...(I) == NDIM, "store takes one index per dimension");
  *detail::element_address(array, indices...) = value;
}

/// `a[i]` of fewer indices than dimensions: the sub-array of the trailing
/// dimensions, sharing the memory.
template <typename T, int NDIM, typename... I>
WP_FUNC array_t<T, NDIM - static_cast<int>(sizeof...(I))>
view(const array_t<T, NDIM> &array, I... indices) {
  constexpr int dropped = static_cast<int>(sizeof...(I));
  static_assert(dropped >= 1 && dropped < NDIM,
                "view takes 1 to NDIM - 1 indices");
  array_t<T, NDIM - dropped> result{};
  result.data = detail::element_address(array, indices...);
  for (int dim = 0; dim < NDIM - dropped; ++dim) {
    result.shape[dim] = array.shape[dim + dropped];
    result.strides[dim] = array.strides[dim + dropped];
  }
  return result;
}

/// `a.shape[dim]`.
template <typename T, int NDIM>
WP_FUNC int32_t shape(const array_t<T, NDIM> &array, int dim) {
  return array.shape[dim];
}

/// warp.not of an array: its data is null.
template <typename T, int NDIM>
WP_FUNC bool logical_not(const array_t<T, NDIM> &array) {
  return array.data == nullptr;
}

/// wp.where with an array condition: non-null data is true.
template <typename E, int NDIM, typename T>
WP_FUNC T where(const array_t<E, NDIM> &condition, const T &if_true,
                const T &if_false) {
  return condition.data != nullptr ? if_true : if_false;
}

//===----------------------------------------------------------------------===//
// Atomics
//===----------------------------------------------------------------------===//

namespace detail {

enum class atomic_kind { add, sub, min, max, bit_and, bit_or, bit_xor, exch };

/// The new value an atomic stores: LLVM's atomicrmw of the kind. min and
/// max are Warp's (ScalarBuilder::min), which agree with atomicrmw
/// fmin/fmax (minnum) on every input but a choice between -0.0 and +0.0.
template <atomic_kind Kind, typename T> WP_FUNC T combine(T old, T value) {
  if constexpr (Kind == atomic_kind::add)
    return add(old, value);
  else if constexpr (Kind == atomic_kind::sub)
    return sub(old, value);
  else if constexpr (Kind == atomic_kind::min)
    return min(old, value);
  else if constexpr (Kind == atomic_kind::max)
    return max(old, value);
  else if constexpr (Kind == atomic_kind::bit_and)
    return bit_and(old, value);
  else if constexpr (Kind == atomic_kind::bit_or)
    return bit_or(old, value);
  else if constexpr (Kind == atomic_kind::bit_xor)
    return bit_xor(old, value);
  else
    return value;
}

template <typename T> struct same_size_uint;
template <> struct same_size_uint<half> { using type = uint16_t; };
template <> struct same_size_uint<float> { using type = unsigned int; };
template <> struct same_size_uint<double> { using type = unsigned long long; };
template <> struct same_size_uint<int32_t> { using type = unsigned int; };
template <> struct same_size_uint<uint32_t> { using type = unsigned int; };
template <> struct same_size_uint<int64_t> { using type = unsigned long long; };
template <> struct same_size_uint<uint64_t> {
  using type = unsigned long long;
};
template <> struct same_size_uint<int16_t> { using type = uint16_t; };
template <> struct same_size_uint<uint16_t> { using type = uint16_t; };
template <> struct same_size_uint<int8_t> { using type = uint8_t; };
template <> struct same_size_uint<uint8_t> { using type = uint8_t; };
template <typename T> using bits_t = typename same_size_uint<T>::type;

#ifdef __CUDA_ARCH__
/// Replaces `*address` with `update(old)` by compare-and-swap on its bits,
/// returning the old value. 8- and 16-bit values swap their 32-bit word.
template <typename T, typename Update>
__device__ T atomic_update(T *address, Update update) {
  if constexpr (sizeof(T) == 4 || sizeof(T) == 8) {
    using Word = bits_t<T>;
    Word *word = reinterpret_cast<Word *>(address);
    Word seen = *reinterpret_cast<volatile Word *>(word), expected;
    do {
      expected = seen;
      Word next = bit_cast<Word>(update(bit_cast<T>(expected)));
      seen = atomicCAS(word, expected, next);
    } while (seen != expected);
    return bit_cast<T>(seen);
  } else {
    uintptr_t byte_address = reinterpret_cast<uintptr_t>(address);
    unsigned int *word = reinterpret_cast<unsigned int *>(byte_address & ~3ull);
    unsigned int shift = static_cast<unsigned int>(byte_address & 3u) * 8u;
    unsigned int mask = ((1u << (8 * sizeof(T))) - 1u) << shift;
    unsigned int seen = *reinterpret_cast<volatile unsigned int *>(word),
                 expected;
    do {
      expected = seen;
      T old = bit_cast<T>(static_cast<bits_t<T>>((expected & mask) >> shift));
      unsigned int next_bits = bit_cast<bits_t<T>>(update(old));
      unsigned int next = (expected & ~mask) | (next_bits << shift);
      seen = atomicCAS(word, expected, next);
    } while (seen != expected);
    return bit_cast<T>(static_cast<bits_t<T>>((seen & mask) >> shift));
  }
}

/// The CUDA integer type of an integer's atomics.
template <typename T>
using cuda_int_t = typename std::conditional<
    sizeof(T) == 4,
    typename std::conditional<std::is_signed<T>::value, int,
                              unsigned int>::type,
    typename std::conditional<std::is_signed<T>::value, long long,
                              unsigned long long>::type>::type;

template <atomic_kind Kind, typename T>
__device__ T device_atomic(T *address, T value) {
  constexpr bool is_wide_int = is_int<T> && sizeof(T) >= 4;
  if constexpr (is_wide_int) {
    using C = cuda_int_t<T>;
    using UC = typename std::make_unsigned<C>::type;
    C *signed_address = reinterpret_cast<C *>(address);
    UC *unsigned_address = reinterpret_cast<UC *>(address);
    C as_c = static_cast<C>(value);
    UC as_uc = static_cast<UC>(value);
    // Two's complement: the unsigned operations give the signed bits.
    if constexpr (Kind == atomic_kind::add)
      return static_cast<T>(atomicAdd(unsigned_address, as_uc));
    else if constexpr (Kind == atomic_kind::sub)
      return static_cast<T>(atomicAdd(unsigned_address, UC(0) - as_uc));
    else if constexpr (Kind == atomic_kind::min)
      return static_cast<T>(atomicMin(signed_address, as_c));
    else if constexpr (Kind == atomic_kind::max)
      return static_cast<T>(atomicMax(signed_address, as_c));
    else if constexpr (Kind == atomic_kind::bit_and)
      return static_cast<T>(atomicAnd(unsigned_address, as_uc));
    else if constexpr (Kind == atomic_kind::bit_or)
      return static_cast<T>(atomicOr(unsigned_address, as_uc));
    else if constexpr (Kind == atomic_kind::bit_xor)
      return static_cast<T>(atomicXor(unsigned_address, as_uc));
    else
      return static_cast<T>(atomicExch(unsigned_address, as_uc));
  } else if constexpr ((std::is_same<T, float>::value ||
                        std::is_same<T, double>::value) &&
                       (Kind == atomic_kind::add || Kind == atomic_kind::sub)) {
    // x - v is x + (-v) exactly.
    return atomicAdd(address, Kind == atomic_kind::add ? value : -value);
  } else if constexpr (std::is_same<T, float>::value &&
                       Kind == atomic_kind::exch) {
    return atomicExch(address, value);
  } else {
    return atomic_update(address,
                         [value](T old) { return combine<Kind>(old, value); });
  }
}
#endif

/// One scalar's atomic read-modify-write.
template <atomic_kind Kind, typename T>
WP_FUNC T scalar_atomic(T *address, T value) {
#ifdef __CUDA_ARCH__
  return device_atomic<Kind>(address, value);
#else
  T old = *address;
  *address = combine<Kind>(old, value);
  return old;
#endif
}

/// Compare-and-swap of one scalar by its bits (cmpxchg on the bitcast, so
/// -0.0 does not match +0.0 and a NaN matches its own bits).
template <typename T> WP_FUNC T scalar_cas(T *address, T compare, T value) {
  using Bits = bits_t<T>;
#ifdef __CUDA_ARCH__
  return bit_cast<T>(atomicCAS(reinterpret_cast<Bits *>(address),
                               bit_cast<Bits>(compare), bit_cast<Bits>(value)));
#else
  T old = *address;
  if (bit_cast<Bits>(old) == bit_cast<Bits>(compare))
    *address = value;
  return old;
#endif
}

/// The atomic on a scalar, or on each component of a vector or matrix.
template <atomic_kind Kind, typename T>
WP_FUNC T element_atomic(T *address, const T &value) {
  if constexpr (is_composite<T>) {
    T old{};
    for (int i = 0; i < composite<T>::size; ++i)
      at(old, i) = scalar_atomic<Kind>(&at(*address, i), at(value, i));
    return old;
  } else {
    return scalar_atomic<Kind>(address, value);
  }
}
template <typename T>
WP_FUNC T element_cas(T *address, const T &compare, const T &value) {
  if constexpr (is_composite<T>) {
    T old{};
    for (int i = 0; i < composite<T>::size; ++i)
      at(old, i) = scalar_cas(&at(*address, i), at(compare, i), at(value, i));
    return old;
  } else {
    return scalar_cas(address, compare, value);
  }
}

} // namespace detail

// wp.atomic_add(a, i0, ..., value) and its kin, for 1 to 4 indices (one per
// dimension); each returns the element's old value.
#define WP_DEFINE_ATOMIC(name, kind)                                           \
  template <typename T, typename I0>                                           \
  WP_FUNC T name(const array_t<T, 1> &array, I0 i0,                            \
                 const detail::identity_t<T> &value) {                         \
    return detail::element_atomic<detail::atomic_kind::kind>(                  \
        detail::element_address(array, i0), value);                            \
  }                                                                            \
  template <typename T, typename I0, typename I1>                              \
  WP_FUNC T name(const array_t<T, 2> &array, I0 i0, I1 i1,                     \
                 const detail::identity_t<T> &value) {                         \
    return detail::element_atomic<detail::atomic_kind::kind>(                  \
        detail::element_address(array, i0, i1), value);                        \
  }                                                                            \
  template <typename T, typename I0, typename I1, typename I2>                 \
  WP_FUNC T name(const array_t<T, 3> &array, I0 i0, I1 i1, I2 i2,              \
                 const detail::identity_t<T> &value) {                         \
    return detail::element_atomic<detail::atomic_kind::kind>(                  \
        detail::element_address(array, i0, i1, i2), value);                    \
  }                                                                            \
  template <typename T, typename I0, typename I1, typename I2, typename I3>    \
  WP_FUNC T name(const array_t<T, 4> &array, I0 i0, I1 i1, I2 i2, I3 i3,       \
                 const detail::identity_t<T> &value) {                         \
    return detail::element_atomic<detail::atomic_kind::kind>(                  \
        detail::element_address(array, i0, i1, i2, i3), value);                \
  }
WP_DEFINE_ATOMIC(atomic_add, add)
WP_DEFINE_ATOMIC(atomic_sub, sub)
WP_DEFINE_ATOMIC(atomic_min, min)
WP_DEFINE_ATOMIC(atomic_max, max)
WP_DEFINE_ATOMIC(atomic_and, bit_and)
WP_DEFINE_ATOMIC(atomic_or, bit_or)
WP_DEFINE_ATOMIC(atomic_xor, bit_xor)
WP_DEFINE_ATOMIC(atomic_exch, exch)
#undef WP_DEFINE_ATOMIC

/// wp.atomic_cas(a, i0, ..., compare, value): the old element.
template <typename T, typename I0>
WP_FUNC T atomic_cas(const array_t<T, 1> &array, I0 i0,
                     const detail::identity_t<T> &compare,
                     const detail::identity_t<T> &value) {
  return detail::element_cas(detail::element_address(array, i0), compare,
                             value);
}
template <typename T, typename I0, typename I1>
WP_FUNC T atomic_cas(const array_t<T, 2> &array, I0 i0, I1 i1,
                     const detail::identity_t<T> &compare,
                     const detail::identity_t<T> &value) {
  return detail::element_cas(detail::element_address(array, i0, i1), compare,
                             value);
}
template <typename T, typename I0, typename I1, typename I2>
WP_FUNC T atomic_cas(const array_t<T, 3> &array, I0 i0, I1 i1, I2 i2,
                     const detail::identity_t<T> &compare,
                     const detail::identity_t<T> &value) {
  return detail::element_cas(detail::element_address(array, i0, i1, i2),
                             compare, value);
}
template <typename T, typename I0, typename I1, typename I2, typename I3>
WP_FUNC T atomic_cas(const array_t<T, 4> &array, I0 i0, I1 i1, I2 i2, I3 i3,
                     const detail::identity_t<T> &compare,
                     const detail::identity_t<T> &value) {
  return detail::element_cas(detail::element_address(array, i0, i1, i2, i3),
                             compare, value);
}

} // namespace wp

#endif // WARP_SOURCE_ARRAY_H
