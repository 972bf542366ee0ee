// The host side of docs/abi.md for the CPU execution tests: the launch
// bounds and array descriptors as C structs, checked against the sizes the
// ABI fixes, and helpers that fill them. A kernel's argument struct is
// `struct { struct warp_launch_bounds bounds; <arguments in order>; }`.
#ifndef WARP_ABI_H
#define WARP_ABI_H

#include <stddef.h>
#include <stdint.h>

struct warp_launch_bounds {
  int32_t shape[4]; // extents of the launch grid; unused dimensions are 1
  int32_t ndim;     // 1..4
  int64_t size;     // shape[0] * ... * shape[ndim-1]
};
_Static_assert(sizeof(struct warp_launch_bounds) == 32 &&
                   _Alignof(struct warp_launch_bounds) == 8,
               "docs/abi.md: the launch bounds are 32 bytes, 8-byte aligned");

struct warp_array_1 { void *data; int32_t shape[1]; int64_t strides[1]; };
struct warp_array_2 { void *data; int32_t shape[2]; int64_t strides[2]; };
struct warp_array_3 { void *data; int32_t shape[3]; int64_t strides[3]; };
struct warp_array_4 { void *data; int32_t shape[4]; int64_t strides[4]; };
_Static_assert(sizeof(struct warp_array_1) == 24 &&
                   sizeof(struct warp_array_2) == 32 &&
                   sizeof(struct warp_array_3) == 48 &&
                   sizeof(struct warp_array_4) == 56,
               "array descriptors have C layout on a 64-bit host");

// The bounds of a launch over shape[0..ndim).
static inline struct warp_launch_bounds warp_bounds(int32_t ndim,
                                                    const int32_t *shape) {
  struct warp_launch_bounds b = {{1, 1, 1, 1}, ndim, 1};
  for (int32_t k = 0; k < ndim; ++k) {
    b.shape[k] = shape[k];
    b.size *= shape[k];
  }
  return b;
}

// Contiguous (row-major) descriptors of elements of `elem` bytes.
static inline struct warp_array_1 warp_array1(void *data, int32_t n0,
                                              int64_t elem) {
  struct warp_array_1 a = {data, {n0}, {elem}};
  return a;
}
static inline struct warp_array_2 warp_array2(void *data, int32_t n0,
                                              int32_t n1, int64_t elem) {
  struct warp_array_2 a = {data, {n0, n1}, {n1 * elem, elem}};
  return a;
}
static inline struct warp_array_3 warp_array3(void *data, int32_t n0,
                                              int32_t n1, int32_t n2,
                                              int64_t elem) {
  struct warp_array_3 a = {data, {n0, n1, n2},
                           {(int64_t)n1 * n2 * elem, n2 * elem, elem}};
  return a;
}
static inline struct warp_array_4 warp_array4(void *data, int32_t n0,
                                              int32_t n1, int32_t n2,
                                              int32_t n3, int64_t elem) {
  struct warp_array_4 a = {data,
                           {n0, n1, n2, n3},
                           {(int64_t)n1 * n2 * n3 * elem,
                            (int64_t)n2 * n3 * elem, n3 * elem, elem}};
  return a;
}

#endif // WARP_ABI_H
