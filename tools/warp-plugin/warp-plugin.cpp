//===- warp-plugin.cpp - warp-mlir as a plugin for stock mlir-opt ---------===//
//
// One shared library that is both a dialect plugin and a pass plugin:
//
//   mlir-opt --load-dialect-plugin=libWarpMLIRPlugin.so \
//            --load-pass-plugin=libWarpMLIRPlugin.so \
//            --pass-pipeline='builtin.module(warp-to-llvm)' kernel.mlir
//
// The dialect half gives the tool the warp dialect and the interfaces the
// generic conversions look for; the pass half gives it every warp pass, the
// random kernel generator (gen-random-kernels) and the pipelines.
//
//===----------------------------------------------------------------------===//

#include "warp/InitAllWarp.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

using namespace mlir;

extern "C" LLVM_ATTRIBUTE_WEAK DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "Warp", LLVM_VERSION_STRING,
          [](DialectRegistry *registry) {
            warp::registerAllWarpDialects(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "WarpPasses", LLVM_VERSION_STRING, []() {
            warp::registerAllWarpPasses();
            warp::registerAllWarpPipelines();
          }};
}
