//===- consumer-opt.cpp - an opt tool of another project, with warp -------===//
//
// What a project that already has an MLIR toolchain adds to take warp
// kernels: the warp dialect in its registry, warp's passes and pipelines in
// the pass registry, and pipelines of its own that call warp's builders.
//
//===----------------------------------------------------------------------===//

#include "warp/InitAllWarp.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {
/// The project's own CPU pipeline: its cleanups on the warp IR, then warp's
/// lowering with the project's choice of options.
struct ConsumerToLLVMOptions
    : public PassPipelineOptions<ConsumerToLLVMOptions> {
  Option<bool> checkBounds{*this, "check-bounds",
                           llvm::cl::desc("Check every array index"),
                           llvm::cl::init(false)};
};

void buildConsumerToLLVM(OpPassManager &pm,
                         const ConsumerToLLVMOptions &options) {
  pm.addPass(createInlinerPass());
  pm.addPass(createCSEPass());
  warp::WarpToLLVMOptions lowering;
  lowering.checkBounds = options.checkBounds;
  warp::buildWarpToLLVMPipeline(pm, lowering);
  pm.addPass(createSymbolDCEPass());
}
} // namespace

int main(int argc, char **argv) {
  registerTransformsPasses();
  warp::registerAllWarpPasses();
  warp::registerAllWarpPipelines();
  PassPipelineRegistration<ConsumerToLLVMOptions>(
      "consumer-to-llvm",
      "The consumer's CPU pipeline: inline, cse, warp-to-llvm, symbol-dce",
      buildConsumerToLLVM);

  // Every dialect the warp pipelines create, and warp's.
  DialectRegistry registry;
  warp::registerPipelineDialects(registry);
  return asMainReturnCode(
      MlirOptMain(argc, argv, "consumer optimizer with warp\n", registry));
}
