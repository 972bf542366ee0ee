//===- WarpCastOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCASTOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCASTOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPCASTOPS_TD
