//===- WarpArithOps.cpp - Python operators on numbers ---------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;

LogicalResult mlir::warp::verifySameTypeOperands(Operation *op) {
  Type resultType = op->getResult(0).getType();
  for (auto [index, operand] : llvm::enumerate(op->getOperands())) {
    if (operand.getType() != resultType)
      return op->emitOpError()
             << "operand #" << index << " has type " << operand.getType()
             << " but the result has type " << resultType
             << "; Warp does not convert implicitly, cast explicitly";
  }
  return success();
}

ParseResult mlir::warp::parseSameType(OpAsmParser &parser, Type &lhs,
                                      Type &rhs, Type &result) {
  if (parser.parseType(result))
    return failure();
  lhs = rhs = result;
  return success();
}

void mlir::warp::printSameType(OpAsmPrinter &printer, Operation *, Type,
                               Type, Type result) {
  // Ops whose types differ fail verification and print in generic form.
  printer << result;
}
