//===- WarpCompositeOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPCOMPOSITEOPS_TD
