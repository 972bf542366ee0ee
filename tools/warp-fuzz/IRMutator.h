//===- IRMutator.h - Small, mostly valid changes to warp IR ------*- C++ -*-===//
//
// The lowering fuzz target starts from a generated kernel, which is valid
// and well-formed, and changes it at the IR level rather than as text, so
// that most mutants still verify and reach deep into the lowerings: an
// operand replaced by another value of its type that dominates the use,
// operands swapped, a constant or integer attribute set to an edge value
// (0, -1, MIN, MAX, NaN, inf, a subnormal ...), an unused op erased, an op
// duplicated. Mutants that no longer verify are dropped by the caller.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_FUZZ_IRMUTATOR_H
#define WARP_FUZZ_IRMUTATOR_H

#include "mlir/IR/BuiltinOps.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace mlir::warp::fuzz {

/// The most mutations one input applies.
inline constexpr unsigned kMaxMutations = 8;

/// Applies the mutations the rest of `data` spells to `module`.
void mutateIR(mlir::ModuleOp module, FuzzedDataProvider &data);

} // namespace mlir::warp::fuzz

#endif // WARP_FUZZ_IRMUTATOR_H
