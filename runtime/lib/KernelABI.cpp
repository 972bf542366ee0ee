//===- KernelABI.cpp - Host-side layouts of kernel parameters -------------===//

#include "warp-runtime/KernelABI.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;
using namespace warp::runtime;

Expected<LaunchBounds> warp::runtime::makeLaunchBounds(ArrayRef<int32_t> shape) {
  if (shape.empty() || shape.size() > 4)
    return createStringError("a launch has 1 to 4 dimensions, not " +
                             Twine(shape.size()));
  LaunchBounds bounds = {{1, 1, 1, 1}, int32_t(shape.size()), 1};
  for (auto [i, extent] : llvm::enumerate(shape)) {
    if (extent < 0)
      return createStringError("launch dimension " + Twine(i) +
                               " has negative extent " + Twine(extent));
    bounds.shape[i] = extent;
    if (MulOverflow(bounds.size, int64_t(extent), bounds.size))
      return createStringError("a launch over more than 2^63 threads");
  }
  return bounds;
}
