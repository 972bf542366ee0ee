//===- PTXCompiler.cpp - warp kernels to PTX text -------------------------===//

#include "warp/Execution/PTXCompiler.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace mlir::warp;

LogicalResult mlir::warp::compileToPTX(ModuleOp module,
                                       const WarpToPTXOptions &options,
                                       std::string &ptx) {
  PassManager pm(module.getContext());
  buildWarpToPTXPipeline(pm, options);
  if (failed(pm.run(module)))
    return failure();
  appendGPUBinaryObjects(module, ptx);
  return success();
}

void mlir::warp::appendGPUBinaryObjects(ModuleOp module, std::string &out) {
  module.walk([&](gpu::BinaryOp binary) {
    for (Attribute object : binary.getObjects())
      out += cast<gpu::ObjectAttr>(object).getObject().getValue();
  });
}
