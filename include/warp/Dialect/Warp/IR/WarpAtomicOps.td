//===- WarpAtomicOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD
#define WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD
