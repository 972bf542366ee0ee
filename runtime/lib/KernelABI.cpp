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

int64_t warp::runtime::threadsNeeded(const LaunchBounds &bounds,
                                     int64_t rows) {
  int64_t rows0 = bounds.shape[0];
  if (rows0 == 0)
    return 0;
  // size / shape[0] is the product of the other extents; the result is at
  // most size, so nothing overflows.
  rows = std::max<int64_t>(rows, 1);
  return (rows0 + rows - 1) / rows * (bounds.size / rows0);
}

Result<int64_t> warp::runtime::gridSize(const LaunchBounds &bounds,
                                        int64_t rows, unsigned block) {
  if (block < 1 || block > 1024)
    return Status::failure("a block has 1 to 1024 threads, not " +
                           std::to_string(block));
  int64_t threads = threadsNeeded(bounds, rows);
  int64_t grid = std::max<int64_t>((threads + block - 1) / block, 1);
  if (grid > std::numeric_limits<int32_t>::max())
    return Status::failure("a launch of " + std::to_string(threads) +
                           " threads needs " + std::to_string(grid) +
                           " blocks of " + std::to_string(block) +
                           ", more than the 2^31 - 1 a GPU grid holds");
  return grid;
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
