//===- WarpArrayOps.cpp - array element access ----------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;

/// Element access names one index per dimension.
static LogicalResult verifyIndexCount(Operation *op, ArrayType array,
                                      size_t numIndices) {
  if (numIndices != array.getNdim())
    return op->emitOpError() << "expects " << array.getNdim()
                             << " indices for a " << array.getNdim()
                             << "-d array, got " << numIndices;
  return success();
}

LogicalResult LoadOp::verify() {
  return verifyIndexCount(*this, getArray().getType(), getIndices().size());
}

LogicalResult StoreOp::verify() {
  return verifyIndexCount(*this, getArray().getType(), getIndices().size());
}
