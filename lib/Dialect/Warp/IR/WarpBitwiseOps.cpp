//===- WarpBitwiseOps.cpp --------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;
