//===- KernelABI.cpp - Host-side layouts of kernel parameters -------------===//

#include "warp-runtime/KernelABI.h"

#include <algorithm>
#include <cstring>
#include <limits>

using namespace warp::runtime;

Result<LaunchBounds>
warp::runtime::makeLaunchBounds(const std::vector<int32_t> &shape) {
  if (shape.empty() || shape.size() > 4)
    return Status::failure("a launch has 1 to 4 dimensions, not " +
                           std::to_string(shape.size()));
  LaunchBounds bounds = {{1, 1, 1, 1}, int32_t(shape.size()), 1};
  for (size_t i = 0; i < shape.size(); ++i) {
    int32_t extent = shape[i];
    if (extent < 0)
      return Status::failure("launch dimension " + std::to_string(i) +
                             " has negative extent " + std::to_string(extent));
    if (extent != 0 &&
        bounds.size > std::numeric_limits<int64_t>::max() / extent)
      return Status::failure("a launch over more than 2^63 threads");
    bounds.shape[i] = extent;
    bounds.size *= extent;
  }
  return bounds;
}

int64_t warp::runtime::defaultGridSize(int64_t size, unsigned block,
                                       int multiprocessors) {
  // A multiprocessor holds 2048 threads on data-center GPUs (fewer on some
  // consumer parts, where this errs towards more blocks: a short tail).
  constexpr int64_t kThreadsPerMultiprocessor = 2048;
  block = std::max(block, 1u);
  auto blocksFor = [&](int64_t indicesPerThread) {
    int64_t perBlock = int64_t(block) * indicesPerThread;
    return (size + perBlock - 1) / perBlock;
  };
  int64_t resident = int64_t(std::max(multiprocessors, 1)) *
                     std::max<int64_t>(kThreadsPerMultiprocessor / block, 1);
  int64_t grid =
      std::max(blocksFor(kIndicesPerThread), std::min(blocksFor(1), resident));
  return std::clamp<int64_t>(grid, 1, std::numeric_limits<int32_t>::max());
}

std::vector<uint8_t> warp::runtime::contiguousArrayDescriptor(
    void *data, const std::vector<int32_t> &shape, int64_t elementBytes) {
  // {void *data; int32_t shape[N]; int64_t strides[N];} with C alignment.
  size_t ndim = shape.size();
  size_t stridesAt = (8 + 4 * ndim + 7) / 8 * 8;
  std::vector<uint8_t> bytes(stridesAt + 8 * ndim, 0);
  std::memcpy(bytes.data(), &data, sizeof(void *));
  std::memcpy(bytes.data() + 8, shape.data(), 4 * ndim);
  int64_t stride = elementBytes;
  for (size_t dim = ndim; dim-- > 0;) {
    std::memcpy(bytes.data() + stridesAt + 8 * dim, &stride, 8);
    stride *= shape[dim];
  }
  return bytes;
}

void warp::runtime::LaunchParameters::add(const void *bytes, size_t size) {
  storage.emplace_back((size + 7) / 8 + 1, 0);
  std::memcpy(storage.back().data(), bytes, size);
}

std::vector<void *> warp::runtime::LaunchParameters::pointers() {
  std::vector<void *> result;
  for (std::vector<uint64_t> &words : storage)
    result.push_back(words.data());
  return result;
}
