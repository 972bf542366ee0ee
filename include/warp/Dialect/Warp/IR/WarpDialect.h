//===- WarpDialect.h - the warp dialect -------------------------*- C++ -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPDIALECT_H
#define WARP_DIALECT_WARP_IR_WARPDIALECT_H

#include "mlir/IR/Dialect.h"

#include "warp/Dialect/Warp/IR/WarpOpsDialect.h.inc"

#endif // WARP_DIALECT_WARP_IR_WARPDIALECT_H
