//===- CppNames.h - C++ identifiers for Python names ------------*- C++ -*-===//
//
// The emitted source names variables, parameters and fields after the Python
// names the IR carries; these helpers keep such names valid and distinct
// from each other, from C++ keywords and from the names MLIR's C++ emitter
// invents (`v1`, `label2`, `i3`, `u4`).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_CONVERSION_WARPTOEMITC_CPPNAMES_H
#define WARP_LIB_CONVERSION_WARPTOEMITC_CPPNAMES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace mlir::warp {

/// A fresh identifier based on `name` (`fallback` when it is empty): invalid
/// characters become `_`, and a suffix `_N` is added while the result is a
/// C++ keyword, looks like an emitter name, or is in `taken`. The result is
/// added to `taken`.
std::string claimCppName(llvm::StringRef name, llvm::StringRef fallback,
                         llvm::StringSet<> &taken);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOEMITC_CPPNAMES_H
