//===- warp-opt.cpp - mlir-opt with the warp dialect ----------------------===//
//
// Every upstream dialect, extension and pass, plus everything warp-mlir
// defines: warp IR can be mixed with any upstream pipeline.
//
//===----------------------------------------------------------------------===//

#include "warp/InitAllWarp.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

#include "OutputErrors.h"

int main(int argc, char **argv) {
  mlir::warp::tools::reportOutputWriteErrors("warp-opt", argc, argv);
  mlir::registerAllPasses();
  mlir::warp::registerAllWarpPasses();
  mlir::warp::registerAllWarpPipelines();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary (in warp-to-ptx) translates to LLVM IR.
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::warp::registerAllWarpDialects(registry);

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "warp-mlir optimizer driver\n", registry));
}
