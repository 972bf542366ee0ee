//===- WarpCompareOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD
