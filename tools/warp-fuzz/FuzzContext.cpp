//===- FuzzContext.cpp - The MLIR context fuzz targets share --------------===//

#include "FuzzContext.h"

#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Operation.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace mlir;

namespace mlir::warp::fuzz {

MLIRContext &FuzzContext::next() {
  errorCount = 0;
  if (context && inputs < kInputsPerContext) {
    ++inputs;
    return *context;
  }
  handler.reset();
  DialectRegistry registry;
  mlir::warp::registerPipelineDialects(registry);
  context = std::make_unique<MLIRContext>(registry,
                                          MLIRContext::Threading::DISABLED);
  context->loadAllAvailableDialects();
  verbose = std::getenv("WARP_FUZZ_VERBOSE") != nullptr;
  handler = std::make_unique<ScopedDiagnosticHandler>(
      context.get(), [this](Diagnostic &diagnostic) {
        if (diagnostic.getSeverity() == DiagnosticSeverity::Error)
          ++errorCount;
        if (verbose)
          llvm::errs() << diagnostic.getLocation() << ": " << diagnostic
                       << "\n";
        return success();
      });
  inputs = 1;
  return *context;
}

void reportBug(const llvm::Twine &what, Operation *ir) {
  llvm::errs() << "warp-fuzz: " << what << "\n";
  if (ir) {
    llvm::errs() << "in:\n";
    ir->print(llvm::errs(), OpPrintingFlags().printGenericOpForm());
    llvm::errs() << "\n";
  }
  llvm::errs().flush();
  std::abort();
}

} // namespace mlir::warp::fuzz
