//===- PythonNames.h - Python names for the emitted locals ------*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOEMITC_PYTHONNAMES_H
#define WARP_LIB_CONVERSION_WARPTOEMITC_PYTHONNAMES_H

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace mlir::warp {

/// Gives the parameters and local variables of `function` the Python names
/// the IR carries, which MLIR's C++ emitter cannot (it names every value
/// `v<N>`): a parameter with a name in `parameterNames` (empty: none) gets a
/// named copy that its uses read; each `emitc.variable` (named by its `name`
/// attribute, else `var`) becomes a declaration `T name;` at the top, its
/// assignments
/// `name = value;`, and its loads read `name` directly, or through
/// `wp::copy(name)` where the variable may change before the value's last
/// use. Names are claimed from `taken`.
void givePythonNames(emitc::FuncOp function,
                     ArrayRef<std::string> parameterNames,
                     llvm::StringSet<> taken);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOEMITC_PYTHONNAMES_H
