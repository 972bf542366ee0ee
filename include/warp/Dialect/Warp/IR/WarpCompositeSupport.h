//===- WarpCompositeSupport.h ----------------------------------------------------*- C++ -*-===//
//
// Declarations the generated op classes of this family refer to.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H
#define WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H

#include "mlir/IR/OpImplementation.h"

namespace mlir::warp {} // namespace mlir::warp

#endif // WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H
