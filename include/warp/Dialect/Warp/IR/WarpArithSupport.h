//===- WarpArithSupport.h ----------------------------------------------------*- C++ -*-===//
//
// Declarations the generated op classes of this family refer to.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H
#define WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H

#include "mlir/IR/OpImplementation.h"

namespace mlir::warp {
/// Verifies that every operand and the result share one type, naming both
/// types when they do not (Warp has no implicit promotion).
LogicalResult verifySameTypeOperands(Operation *op);

/// Prints `T` for an op whose operands and result are all `T`; parses the
/// same, filling in every type.
ParseResult parseSameType(OpAsmParser &parser, Type &lhs, Type &rhs,
                          Type &result);
void printSameType(OpAsmPrinter &printer, Operation *op, Type lhs, Type rhs,
                   Type result);
} // namespace mlir::warp

#endif // WARP_DIALECT_WARP_IR_WARPARITHSUPPORT_H
