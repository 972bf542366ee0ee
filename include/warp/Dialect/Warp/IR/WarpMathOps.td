//===- WarpMathOps.td ------------------------------------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPMATHOPS_TD
#define WARP_DIALECT_WARP_IR_WARPMATHOPS_TD

#endif // WARP_DIALECT_WARP_IR_WARPMATHOPS_TD
