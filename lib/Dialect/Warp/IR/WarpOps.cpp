//===- WarpOps.cpp - generated op definitions -----------------------------===//
//
// The hand-written parts of each op family live in the file named after the
// family (WarpKernelOps.cpp, WarpArrayOps.cpp, ...).
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::warp;

#include "warp/Dialect/Warp/IR/WarpOpsEnums.cpp.inc"

#define GET_OP_CLASSES
#include "warp/Dialect/Warp/IR/WarpOps.cpp.inc"
