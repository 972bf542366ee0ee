//===- WarpOps.h - warp dialect operations ----------------------*- C++ -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPOPS_H
#define WARP_DIALECT_WARP_IR_WARPOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

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

#define GET_OP_CLASSES
#include "warp/Dialect/Warp/IR/WarpOps.h.inc"

#endif // WARP_DIALECT_WARP_IR_WARPOPS_H
