//===- OpEffects.h - what an op reads, writes and leaves -------*- C++ -*-===//
//
// Printing a value inside the expression that uses it moves its evaluation
// to that point. That is only correct when nothing between could change
// what it reads, and when an effect it has keeps its order with every other
// effect; these summaries are what that check looks at.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_OPEFFECTS_H
#define WARP_LIB_TARGET_PYTHON_OPEFFECTS_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace mlir::warp::python {

struct Effects {
  /// The `warp.var`s read and written.
  SmallPtrSet<Operation *, 2> readsVars, writesVars;
  /// Array memory (any array: two parameters may alias).
  bool readsMemory = false, writesMemory = false;
  /// Calls and atomics: effects whose order with any memory access counts.
  bool effectful = false;
  /// A return, break or continue, which may skip what follows.
  bool exits = false;

  void merge(const Effects &other);
  /// Reads something or has an effect.
  bool impure() const {
    return effectful || readsMemory || writesMemory || !readsVars.empty() ||
           !writesVars.empty();
  }
  /// Whether a computation with effects `moved` may be evaluated after an op
  /// with effects `crossed` instead of before it.
  static bool mayCross(const Effects &moved, const Effects &crossed);
};

/// Effects of ops, nested regions included, computed once each.
class EffectCache {
public:
  const Effects &of(Operation *op);

private:
  DenseMap<Operation *, Effects> cache;
};

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_OPEFFECTS_H
