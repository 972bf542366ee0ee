//===- Diagnostics.h - MLIR diagnostics as data for Python ------*- C++ -*-===//
//
// Every failure the native module reports carries the diagnostics MLIR
// emitted, each with its location, and their text as mlir-opt prints it
// (the source line and a caret under the column, where the file is known).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_DIAGNOSTICS_H
#define WARP_MLIR_PYTHON_DIAGNOSTICS_H

#include "Outcome.h"

#include "mlir/IR/Diagnostics.h"

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace warp::python {

/// Records every diagnostic emitted in `context` while it lives, notes
/// included, and prints them as mlir-opt would into text().
class DiagnosticCollector {
public:
  DiagnosticCollector(llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context);
  ~DiagnosticCollector();

  /// A failure made of what was collected; `fallback` is its one error when
  /// nothing was (so that no failure is ever silent).
  Failure takeFailure(const std::string &fallback);
  bool hasErrors() const;

private:
  void record(mlir::Diagnostic &diagnostic);

  mlir::MLIRContext *context;
  std::vector<Diagnostic> diagnostics;
  std::string printed;
  llvm::raw_string_ostream printedStream;
  mlir::SourceMgrDiagnosticHandler printer;
  mlir::DiagnosticEngine::HandlerID recorder;
};

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_DIAGNOSTICS_H
