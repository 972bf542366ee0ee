//===- KernelABI.cpp - Host-side layouts of kernel parameters -------------===//

#include "warp-runtime/KernelABI.h"

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
