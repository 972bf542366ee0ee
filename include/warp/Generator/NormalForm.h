//===- NormalForm.h - generated kernels in the frontend's form --*- C++ -*-===//
//
// The Python frontend lowers a kernel in one normal form: every local that
// is assigned more than once is a `warp.var` declared at the function's
// entry (in order of first assignment, one slot per Python name), a local
// assigned once is an SSA value, a conversion of a constant is a constant,
// and each op sits where the evaluation of the Python expression makes it.
// normalizeGeneratedModule() rewrites a freshly generated module into that
// form, so that printing it as Python and lowering that Python again gives
// the same IR back. Every rewrite keeps the kernel's semantics.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_NORMALFORM_H
#define WARP_GENERATOR_NORMALFORM_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::warp::gen {

/// Rewrites every warp.kernel and warp.func of `module` in place.
void normalizeGeneratedModule(ModuleOp module);

} // namespace mlir::warp::gen

#endif // WARP_GENERATOR_NORMALFORM_H
