//===- OpEffects.cpp - what an op reads, writes and leaves ----------------===//

#include "OpEffects.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::python;

void Effects::merge(const Effects &other) {
  readsVars.insert(other.readsVars.begin(), other.readsVars.end());
  writesVars.insert(other.writesVars.begin(), other.writesVars.end());
  readsMemory |= other.readsMemory;
  writesMemory |= other.writesMemory;
  effectful |= other.effectful;
  exits |= other.exits;
}

bool Effects::mayCross(const Effects &moved, const Effects &crossed) {
  for (Operation *var : moved.readsVars)
    if (crossed.writesVars.contains(var))
      return false;
  if (moved.readsMemory && crossed.writesMemory)
    return false;
  if (moved.writesMemory && (crossed.readsMemory || crossed.writesMemory))
    return false;
  // An effect moved past a possible return, break or continue might not
  // happen any more.
  if (moved.effectful && crossed.exits)
    return false;
  return true;
}

const Effects &EffectCache::of(Operation *op) {
  auto it = cache.find(op);
  if (it != cache.end())
    return it->second;
  Effects effects;
  if (auto read = dyn_cast<ReadOp>(op)) {
    effects.readsVars.insert(read.getRef().getDefiningOp());
  } else if (auto write = dyn_cast<WriteOp>(op)) {
    effects.writesVars.insert(write.getRef().getDefiningOp());
  } else if (isa<LoadOp>(op)) {
    effects.readsMemory = true;
  } else if (isa<StoreOp>(op)) {
    effects.writesMemory = true;
  } else if (isa<AtomicOp, AtomicCasOp, CallOp>(op)) {
    // A called function may read and write any array it is given.
    effects.readsMemory = effects.writesMemory = effects.effectful = true;
  } else if (isa<ReturnOp, BreakOp, ContinueOp>(op)) {
    effects.exits = true;
  }
  for (Region &region : op->getRegions())
    for (Block &block : region)
      for (Operation &nested : block)
        effects.merge(of(&nested));
  return cache[op] = std::move(effects);
}
