//===- PythonNames.h - valid, unique Python identifiers --------*- C++ -*-===//
//
// One scope of Python names (the module's globals, or one function's locals
// on top of them): every name it hands out is a valid identifier that is no
// keyword, no builtin, not `wp`, and not taken in the scope.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_PYTHONNAMES_H
#define WARP_LIB_TARGET_PYTHON_PYTHONNAMES_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace mlir::warp::python {

/// Whether `name` is a Python keyword (hard or soft), a builtin, or a name
/// the printed module itself uses (`wp`, `warp`).
bool isReservedPythonName(StringRef name);

/// `text` made into an identifier: characters other than letters, digits and
/// `_` become `_`, a leading digit gets a `_` prefix, and an empty result is
/// `fallback`.
std::string sanitizePythonIdentifier(StringRef text, StringRef fallback);

class NameScope {
public:
  NameScope() = default;
  /// A scope that sees every name `parent` has taken so far.
  explicit NameScope(const NameScope &parent) = default;

  /// Claims `stem` itself when it is free, else `stem2`, `stem3`, ... (or
  /// `stem_2`, ... when the stem ends in a digit); a keyword or builtin
  /// gets a `_` first (`lambda_`).
  std::string claim(StringRef stem);
  /// Claims `stem` exactly; false when it is reserved or taken.
  bool tryClaim(StringRef stem);
  bool isTaken(StringRef name) const;

private:
  llvm::StringSet<> taken;
};

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_PYTHONNAMES_H
