//===- WarpDialect.cpp - the warp dialect ---------------------------------===//

#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

using namespace mlir;
using namespace mlir::warp;

#include "warp/Dialect/Warp/IR/WarpOpsDialect.cpp.inc"

void WarpDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "warp/Dialect/Warp/IR/WarpOps.cpp.inc"
      >();
  registerTypes();
}
