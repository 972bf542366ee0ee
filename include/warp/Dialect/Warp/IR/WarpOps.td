//===- WarpOps.td - warp dialect operations ----------------*- tablegen -*-===//
//
// One file per op family is included from here; each family's verifiers,
// folders and printers live in the lib/ file of the same name.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPOPS_TD
#define WARP_DIALECT_WARP_IR_WARPOPS_TD

include "warp/Dialect/Warp/IR/WarpDialect.td"
include "warp/Dialect/Warp/IR/WarpTypes.td"

include "warp/Dialect/Warp/IR/WarpKernelOps.td"
include "warp/Dialect/Warp/IR/WarpFunctionOps.td"
include "warp/Dialect/Warp/IR/WarpConstantOps.td"
include "warp/Dialect/Warp/IR/WarpVariableOps.td"
include "warp/Dialect/Warp/IR/WarpControlFlowOps.td"
include "warp/Dialect/Warp/IR/WarpArrayOps.td"
include "warp/Dialect/Warp/IR/WarpAtomicOps.td"
include "warp/Dialect/Warp/IR/WarpArithOps.td"
include "warp/Dialect/Warp/IR/WarpCompareOps.td"
include "warp/Dialect/Warp/IR/WarpBitwiseOps.td"
include "warp/Dialect/Warp/IR/WarpCastOps.td"
include "warp/Dialect/Warp/IR/WarpMathOps.td"
include "warp/Dialect/Warp/IR/WarpCompositeOps.td"
include "warp/Dialect/Warp/IR/WarpStructOps.td"

#endif // WARP_DIALECT_WARP_IR_WARPOPS_TD
