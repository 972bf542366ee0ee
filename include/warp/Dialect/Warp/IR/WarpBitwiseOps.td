//===- WarpBitwiseOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD
#define WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD
