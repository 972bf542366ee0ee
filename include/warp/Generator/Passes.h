//===- Passes.h - the random kernel generator pass --------------*- C++ -*-===//

#ifndef WARP_GENERATOR_PASSES_H
#define WARP_GENERATOR_PASSES_H

#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/Pass/Pass.h"

namespace mlir::warp {
#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "warp/Generator/Passes.h.inc"
} // namespace mlir::warp

#endif // WARP_GENERATOR_PASSES_H
