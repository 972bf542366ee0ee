//===- Diagnostics.cpp - MLIR diagnostics as data for Python --------------===//

#include "Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"

using namespace mlir;

namespace warp::python {

static const char *severityName(DiagnosticSeverity severity) {
  switch (severity) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Note:
    return "note";
  case DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}

/// The file, line and column `location` names, looking through names,
/// call sites and fused locations to the first file location.
static void locate(Location location, Diagnostic &out) {
  location->walk([&](Location inner) {
    if (auto file = dyn_cast<FileLineColLoc>(inner)) {
      out.file = file.getFilename().str();
      out.line = file.getLine();
      out.column = file.getColumn();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
}

DiagnosticCollector::DiagnosticCollector(llvm::SourceMgr &sourceMgr,
                                         MLIRContext *context)
    : context(context), printedStream(printed),
      printer(sourceMgr, context, printedStream) {
  // Registered after the printer, so called first; failure() passes each
  // diagnostic on to the printer.
  recorder =
      context->getDiagEngine().registerHandler([this](mlir::Diagnostic &d) {
        record(d);
        return failure();
      });
}

DiagnosticCollector::~DiagnosticCollector() {
  context->getDiagEngine().eraseHandler(recorder);
}

void DiagnosticCollector::record(mlir::Diagnostic &diagnostic) {
  Diagnostic entry;
  locate(diagnostic.getLocation(), entry);
  entry.severity = severityName(diagnostic.getSeverity());
  entry.message = diagnostic.str();
  diagnostics.push_back(std::move(entry));
  for (mlir::Diagnostic &note : diagnostic.getNotes()) {
    Diagnostic noteEntry;
    locate(note.getLocation(), noteEntry);
    noteEntry.severity = "note";
    noteEntry.message = note.str();
    diagnostics.push_back(std::move(noteEntry));
  }
}

bool DiagnosticCollector::hasErrors() const {
  for (const Diagnostic &diagnostic : diagnostics)
    if (diagnostic.severity == "error")
      return true;
  return false;
}

Failure DiagnosticCollector::takeFailure(const std::string &fallback) {
  Failure failure;
  if (!hasErrors()) {
    Diagnostic error;
    error.severity = "error";
    error.message = fallback;
    diagnostics.push_back(error);
    printedStream << "error: " << fallback << "\n";
  }
  failure.diagnostics = std::move(diagnostics);
  failure.text = std::move(printed);
  diagnostics.clear();
  printed.clear();
  return failure;
}

} // namespace warp::python
