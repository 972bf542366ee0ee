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
include "warp/Dialect/Warp/IR/WarpArrayOps.td"
include "warp/Dialect/Warp/IR/WarpArithOps.td"

#endif // WARP_DIALECT_WARP_IR_WARPOPS_TD
