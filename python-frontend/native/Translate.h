//===- Translate.h - warp IR to each target's text --------------*- C++ -*-===//

#ifndef WARP_MLIR_PYTHON_TRANSLATE_H
#define WARP_MLIR_PYTHON_TRANSLATE_H

#include "Outcome.h"

#include <string>
#include <vector>

namespace warp::python {

class ParsedModule;

/// Options of the targets that have any.
struct TranslateOptions {
  /// ptx: the SM architecture and PTX ISA version.
  std::string chip = "sm_90";
  std::string features = "+ptx80";
  /// ptx: let float multiply-adds fuse into fma (warp-lang's CUDA default).
  bool fuseFp = true;
};

/// The targets translate() knows, in the order `--help` lists them.
std::vector<std::string> targetNames();

/// `parsed`'s module as `target` text: "mlir" (the verified module as
/// warp-opt prints it), "ptx", "llvm" (LLVM IR of the CPU entry points),
/// "cpp", "cuda", or "python" (when the warp-to-python translation is
/// linked). The module is lowered in place.
Outcome<std::string> translate(ParsedModule &parsed, const std::string &target,
                               const TranslateOptions &options);

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_TRANSLATE_H
