//===- KernelABI.h - Host-side layouts of kernel parameters -----*- C++ -*-===//
//
// The C layouts docs/abi.md gives the launch bounds and array arguments; a
// launch passes a pointer to one of these per kernel parameter.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_RUNTIME_KERNELABI_H
#define WARP_RUNTIME_KERNELABI_H

#include "warp-runtime/Status.h"

#include <cstdint>
#include <vector>

namespace warp::runtime {

/// The first parameter of every kernel: the launch grid.
struct LaunchBounds {
  int32_t shape[4]; // unused dimensions are 1
  int32_t ndim;     // 1..4
  int64_t size;     // shape[0] * ... * shape[ndim - 1]
};
static_assert(sizeof(LaunchBounds) == 32 && alignof(LaunchBounds) == 8,
              "docs/abi.md: the launch bounds are 32 bytes, 8-byte aligned");

/// The bounds of a launch over `shape`: 1 to 4 extents, none negative.
Result<LaunchBounds> makeLaunchBounds(const std::vector<int32_t> &shape);

/// A GPU module compiled by warp-mlir holds, for each kernel K, an int32
/// constant K + this suffix: the launch indices ("rows") each thread of K
/// runs (docs/abi.md, "GPU launch").
constexpr const char kRowsPerThreadSuffix[] = "__rows_per_thread";

/// A kernel K compiled with a copy of its body for C-contiguous arrays also
/// has the entry K + this suffix, with the same parameters, valid when every
/// array argument is C-contiguous (docs/abi.md, "GPU launch").
constexpr const char kContiguousEntrySuffix[] = "__contiguous";

/// The threads a launch of `bounds` needs when each runs `rows` launch
/// indices: ceil(shape[0] / rows) * shape[1] * shape[2] * shape[3].
int64_t threadsNeeded(const LaunchBounds &bounds, int64_t rows);

/// The blocks of `block` threads (1 to 1024) that give a launch of `bounds`
/// the threads it needs, at least 1; a failure beyond 2^31 - 1 blocks.
Result<int64_t> gridSize(const LaunchBounds &bounds, int64_t rows,
                         unsigned block);

/// The bytes of the array descriptor (docs/abi.md) of a C-contiguous array
/// at `data` with extents `shape` (1 to 4) and `elementBytes` per element.
std::vector<uint8_t>
contiguousArrayDescriptor(void *data, const std::vector<int32_t> &shape,
                          int64_t elementBytes);

/// A launch's parameters as cuLaunchKernel takes them: one pointer per
/// parameter, to a copy of its bytes in 8-byte words, so that every value is
/// aligned as its C layout needs.
class LaunchParameters {
public:
  /// Appends a parameter holding `size` bytes copied from `bytes`.
  void add(const void *bytes, size_t size);
  /// One pointer per parameter, in order; valid while this object lives.
  std::vector<void *> pointers();

private:
  std::vector<std::vector<uint64_t>> storage;
};

/// An N-dimensional array argument: the element at (i0, ..., iN-1) is at
/// `data + sum(ik * strides[k])` bytes.
template <int N> struct ArrayDescriptor {
  static_assert(N >= 1 && N <= 4, "arrays have 1 to 4 dimensions");
  void *data;
  int32_t shape[N];
  int64_t strides[N]; // in bytes
};
static_assert(sizeof(ArrayDescriptor<1>) == 24 &&
                  sizeof(ArrayDescriptor<2>) == 32 &&
                  sizeof(ArrayDescriptor<3>) == 48 &&
                  sizeof(ArrayDescriptor<4>) == 56,
              "array descriptors have C layout on a 64-bit host");

} // namespace warp::runtime

#endif // WARP_RUNTIME_KERNELABI_H
