//===- WarpStructOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD
#define WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD
