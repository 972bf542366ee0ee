//===- KernelABI.cpp - Host-side layouts of kernel parameters -------------===//

#include "warp-runtime/KernelABI.h"

#include <algorithm>
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
  int64_t grid = std::max(blocksFor(kIndicesPerThread),
                          std::min(blocksFor(1), resident));
  return std::clamp<int64_t>(grid, 1, std::numeric_limits<int32_t>::max());
}
