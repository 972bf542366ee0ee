//===- WarpToPython.h - print warp IR as Warp Python source -----*- C++ -*-===//
//
// The Python target: a module of `warp.kernel`s and `warp.func`s printed as
// the `@wp.kernel` / `@wp.func` source that warp-lang 1.19 imports and runs,
// formatted as black formats it (docs/python-target.md).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_TARGET_PYTHON_WARPTOPYTHON_H
#define WARP_TARGET_PYTHON_WARPTOPYTHON_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

namespace mlir::warp {

struct PythonEmitOptions {
  /// The longest line printed; black's default. Lines are kept within it by
  /// binding subexpressions to names, and otherwise split as black splits.
  unsigned lineLength = 88;
};

/// Prints `module` as a Python module: `import warp as wp`, type aliases for
/// vectors and matrices Warp has no name for, `@wp.struct` classes, then the
/// `@wp.func`s (callees first) and `@wp.kernel`s. Fails, after reporting at
/// the op's location, on anything Warp's Python cannot express.
LogicalResult translateModuleToPython(ModuleOp module, raw_ostream &output,
                                      const PythonEmitOptions &options = {});

/// Registers `--warp-to-python` with mlir-translate's registry.
void registerWarpToPythonTranslation();

} // namespace mlir::warp

#endif // WARP_TARGET_PYTHON_WARPTOPYTHON_H
