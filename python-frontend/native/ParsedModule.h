//===- ParsedModule.h - warp IR text parsed and verified --------*- C++ -*-===//

#ifndef WARP_MLIR_PYTHON_PARSEDMODULE_H
#define WARP_MLIR_PYTHON_PARSEDMODULE_H

#include "Diagnostics.h"
#include "Outcome.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

#include "llvm/Support/SourceMgr.h"

#include <memory>
#include <string>

namespace mlir::warp {
class KernelOp;
} // namespace mlir::warp

namespace warp::python {

/// A module parsed from text in a context of its own (every dialect warp's
/// pipelines use), with the diagnostics of everything done to it collected.
/// Each native call makes one, so calls share nothing and may run at once.
class ParsedModule {
public:
  /// Parses and verifies `text`; `filename` is the name locations give it.
  static Outcome<std::unique_ptr<ParsedModule>>
  parse(const std::string &text, const std::string &filename);

  mlir::ModuleOp module() { return *owned; }
  mlir::MLIRContext &context() { return *ctx; }
  /// A failure holding what was reported since the last one; `fallback`
  /// when nothing was.
  Failure failure(const std::string &fallback) {
    return diagnostics->takeFailure(fallback);
  }

  /// Kernel `name`, or the only kernel when `name` is empty; else a failure
  /// that names the kernels there are.
  Outcome<mlir::warp::KernelOp> findKernel(const std::string &name);

  /// Keeps kernel `name` and the functions it calls, directly or not, and
  /// drops every other kernel and function.
  Outcome<bool> keepOnlyKernel(const std::string &name);

private:
  ParsedModule();

  std::unique_ptr<mlir::MLIRContext> ctx;
  llvm::SourceMgr sourceMgr;
  std::unique_ptr<DiagnosticCollector> diagnostics;
  mlir::OwningOpRef<mlir::ModuleOp> owned;
};

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_PARSEDMODULE_H
