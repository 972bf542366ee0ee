//===- WarpArrayOps.cpp - array element access ----------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;

LogicalResult mlir::warp::verifyElementIndexCount(Operation *op,
                                                  ArrayType array,
                                                  size_t numIndices) {
  if (numIndices != array.getNdim())
    return op->emitOpError() << "expects " << array.getNdim()
                             << " indices for a " << array.getNdim()
                             << "-d array, got " << numIndices;
  return success();
}

LogicalResult LoadOp::verify() {
  return verifyElementIndexCount(*this, getArray().getType(),
                                 getIndices().size());
}

LogicalResult StoreOp::verify() {
  return verifyElementIndexCount(*this, getArray().getType(),
                                 getIndices().size());
}

LogicalResult ViewOp::verify() {
  ArrayType source = getArray().getType();
  ArrayType result = getResult().getType();
  size_t numIndices = getIndices().size();
  if (numIndices == 0 || numIndices >= source.getNdim())
    return emitOpError("takes 1 to ")
           << source.getNdim() - 1 << " indices for a " << source.getNdim()
           << "-d array, got " << numIndices
           << "; use warp.load for a full index";
  unsigned expectedNdim = source.getNdim() - numIndices;
  if (result.getDtype() != source.getDtype() ||
      result.getNdim() != expectedNdim)
    return emitOpError("result must be ")
           << ArrayType::get(getContext(), source.getDtype(), expectedNdim)
           << ", got " << result;
  return success();
}

LogicalResult ShapeOp::verify() {
  unsigned ndim = getArray().getType().getNdim();
  if (getDim() >= ndim)
    return emitOpError("dimension ")
           << getDim() << " is out of range for a " << ndim << "-d array";
  return success();
}
