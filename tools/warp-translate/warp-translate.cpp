//===- warp-translate.cpp - warp IR to target text ------------------------===//
//
// mlir-translate with warp's translations: `--warp-to-ptx` prints the PTX of
// every kernel in the module.
//
//===----------------------------------------------------------------------===//

#include "warp/InitAllWarp.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"

using namespace mlir;

static llvm::cl::OptionCategory ptxCategory("warp-to-ptx options");
static llvm::cl::opt<std::string> ptxChip("chip", llvm::cl::init("sm_90"),
                                          llvm::cl::desc("SM architecture"),
                                          llvm::cl::cat(ptxCategory));
static llvm::cl::opt<std::string>
    ptxFeatures("features", llvm::cl::init("+ptx80"),
                llvm::cl::desc("PTX ISA version"), llvm::cl::cat(ptxCategory));
static llvm::cl::opt<unsigned>
    ptxOptLevel("opt-level", llvm::cl::init(3),
                llvm::cl::desc("LLVM optimization level"),
                llvm::cl::cat(ptxCategory));

static void registerTranslationDialects(DialectRegistry &registry) {
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  warp::registerAllWarpDialects(registry);
}

/// Runs warp-to-ptx on the module and prints the PTX it produced.
static LogicalResult translateToPTX(Operation *op, raw_ostream &output) {
  auto module = dyn_cast<ModuleOp>(op);
  if (!module)
    return op->emitError("expected a builtin.module");
  if (module.getOps<warp::KernelOp>().empty())
    return emitError(module.getLoc(), "the module has no warp.kernel to compile");
  warp::WarpToPTXOptions options;
  options.chip = ptxChip;
  options.features = ptxFeatures;
  options.optLevel = ptxOptLevel;
  PassManager pm(op->getContext());
  warp::buildWarpToPTXPipeline(pm, options);
  if (failed(pm.run(module)))
    return failure();
  module.walk([&](gpu::BinaryOp binary) {
    for (Attribute object : binary.getObjects())
      output << cast<gpu::ObjectAttr>(object).getObject().getValue();
  });
  return success();
}

int main(int argc, char **argv) {
  TranslateFromMLIRRegistration ptx(
      "warp-to-ptx", "compile warp kernels to PTX text", translateToPTX,
      registerTranslationDialects);
  return failed(mlirTranslateMain(argc, argv, "warp-mlir translation driver"));
}
