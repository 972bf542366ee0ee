//===- OutputErrors.h - Name the output a tool could not write --*- C++ -*-===//
//
// MlirOptMain and mlirTranslateMain report a failed write of their output
// (a full disk) as LLVM's fatal "IO failure on output stream" when they close
// it. warp-opt and warp-translate turn that into an error that names the
// output, as for any other bad input.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_TOOLS_OUTPUTERRORS_H
#define WARP_TOOLS_OUTPUTERRORS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::warp::tools {

/// Installs a fatal-error handler that reports a failed write of the output
/// `-o` names on `argv` (stdout by default) as `TOOL: error: FILE: cannot
/// write: REASON`; other fatal errors print as LLVM prints them.
inline void reportOutputWriteErrors(const char *tool, int argc, char **argv) {
  static std::string toolName, outputName = "-";
  toolName = tool;
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef arg = argv[i];
    if ((arg == "-o" || arg == "--o") && i + 1 < argc)
      outputName = argv[++i];
    else if (arg.consume_front("-o=") || arg.consume_front("--o="))
      outputName = arg.str();
  }
  llvm::install_fatal_error_handler([](void *, const char *reason, bool) {
    llvm::StringRef text(reason);
    if (text.consume_front("IO failure on output stream: "))
      llvm::errs() << toolName << ": error: "
                   << (outputName == "-" ? "<stdout>" : outputName)
                   << ": cannot write: " << text << "\n";
    else
      llvm::errs() << "LLVM ERROR: " << reason << "\n";
  });
}

} // namespace mlir::warp::tools

#endif // WARP_TOOLS_OUTPUTERRORS_H
