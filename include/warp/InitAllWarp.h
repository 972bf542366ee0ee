//===- InitAllWarp.h - register everything warp-mlir provides ---*- C++ -*-===//
//
// One place for tools and plugins to register warp-mlir's dialects, passes and
// pipelines, as mlir/InitAllDialects.h does upstream.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_INITALLWARP_H
#define WARP_INITALLWARP_H

#include "warp/Conversion/Passes.h"
#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Generator/Generator.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"

namespace mlir::warp {

/// Adds every dialect warp-mlir defines to `registry`, with the interfaces
/// upstream passes look for (convert-to-llvm, convert-to-emitc).
inline void registerAllWarpDialects(DialectRegistry &registry) {
  registry.insert<WarpDialect>();
  registerConvertWarpToLLVMInterface(registry);
  registerConvertWarpToEmitCInterface(registry);
}

/// Registers every pass warp-mlir defines with the global pass registry.
inline void registerAllWarpPasses() {
  registerWarpConversionPasses();
  registerGeneratorPasses();
}

/// Registers warp-to-ptx and the other target pipelines.
inline void registerAllWarpPipelines() { registerWarpPipelines(); }

} // namespace mlir::warp

#endif // WARP_INITALLWARP_H
