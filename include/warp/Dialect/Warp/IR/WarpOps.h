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
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/MemorySlotInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "warp/Dialect/Warp/IR/WarpArithSupport.h"
#include "warp/Dialect/Warp/IR/WarpCompositeSupport.h"
#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "warp/Dialect/Warp/IR/WarpOpsEnums.h.inc"

namespace mlir::warp {
/// Element access (load, store, atomics) names one index per dimension.
LogicalResult verifyElementIndexCount(Operation *op, ArrayType array,
                                      size_t numIndices);
} // namespace mlir::warp

#define GET_OP_CLASSES
#include "warp/Dialect/Warp/IR/WarpOps.h.inc"

#endif // WARP_DIALECT_WARP_IR_WARPOPS_H
