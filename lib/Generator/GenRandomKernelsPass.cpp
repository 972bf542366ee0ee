//===- GenRandomKernelsPass.cpp - --gen-random-kernels -------------------===//

#include "warp/Generator/Generator.h"
#include "warp/Generator/Passes.h"

namespace mlir::warp {
#define GEN_PASS_DEF_GENRANDOMKERNELS
#include "warp/Generator/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

namespace {
struct GenRandomKernelsPass
    : public warp::impl::GenRandomKernelsBase<GenRandomKernelsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (listStrategies)
      gen::printStrategies(llvm::outs());
    if (listFeatures)
      gen::printFeatures(llvm::outs());
    if (listStrategies || listFeatures)
      return;
    gen::GeneratorOptions options;
    options.count = count;
    options.seed = seed;
    options.first = first;
    options.strategies.assign(strategies.begin(), strategies.end());
    options.size = size;
    options.loopDepth = loopDepth;
    options.features.assign(features.begin(), features.end());
    options.dtypes.assign(dtypes.begin(), dtypes.end());
    options.threads = threads;
    ModuleOp module = getOperation();
    if (failed(gen::generateKernels(
            module, options, [&](const Twine &msg) { module.emitError(msg); })))
      signalPassFailure();
  }
};
} // namespace

void mlir::warp::registerGeneratorPasses() { registerWarpGeneratorPasses(); }
