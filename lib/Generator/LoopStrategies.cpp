//===- LoopStrategies.cpp - for loops, loop nests, while loops -----------===//
//
// Every loop is bounded by construction: `for` loops run over constant or
// range-bounded trip counts, `while` loops over an explicit counter that is
// incremented before anything can `continue`. Loop-carried values live in
// variables whose writes are coerced into an invariant range, so any number
// of iterations stays inside it.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

/// An accumulator variable of a random type with a generous invariant range.
static VarInfo makeAccumulator(KernelBuilder &kb, Type type) {
  ScalarInfo t = getScalarInfo(type);
  Range inv =
      t.isInt ? Range::ints(t.isSigned ? std::max<int64_t>(t.min, -10000) : 0,
                            std::min<int64_t>(t.max, 10000))
              : Range::floats(-t.bound / 4, t.bound / 4);
  return kb.declareVar("acc", kb.leaf(type), inv);
}

/// acc = acc + e (or another update), e from the loop body.
static void accumulate(KernelBuilder &kb, const VarInfo &acc, Val extra) {
  Val cur = kb.readVar(acc);
  Val e = kb.convert(extra, acc.type);
  Val next;
  switch (kb.rng.index(3)) {
  case 0:
    next = kb.tryAdd(cur, kb.shrink(e, 100));
    break;
  case 1:
    next = kb.max(cur, e);
    break;
  default:
    next = kb.tryMul(kb.shrink(cur, 30), kb.shrink(e, 30));
    break;
  }
  kb.writeVar(acc, next ? next : e);
}

/// A trip-count bound: a constant, or data clamped to a small range.
static Val tripStop(KernelBuilder &kb, int64_t maxTrip) {
  Type si32 = kb.b.getIntegerType(32, true);
  if (kb.rng.chance(1, 2) || !kb.poolHas(si32))
    return kb.constInt(si32, kb.rng.uniformInt(1, maxTrip));
  return kb.clampTo(kb.pickFromPool(si32), 0, double(maxTrip));
}

/// break / continue under a random condition (only as the last op of an if).
static void maybeExit(KernelBuilder &kb) {
  if (!kb.has(FeatBranches) || !kb.rng.chance(1, 3))
    return;
  bool isBreak = kb.rng.chance(1, 2);
  kb.emitIf(kb.genCond(), [&] {
    if (isBreak)
      kb.emitBreak();
    else
      kb.emitContinue();
  });
}

class Loop : public Strategy {
public:
  StringRef getName() const override { return "loop"; }
  StringRef getDescription() const override {
    return "a for loop with bounded trip count, accumulator variable, "
           "break/continue";
  }
  unsigned getDefaultWeight() const override { return 10; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb) + 2;
    Type type = kb.randomType(true, true);
    VarInfo acc = makeAccumulator(kb, type);
    Type si32 = kb.b.getIntegerType(32, true);
    unsigned inner = partWay(kb, target, 1, 2);
    kb.emitFor(kb.constInt(si32, 0), tripStop(kb, 16), 1, [&](Val iv) {
      kb.addToPool(iv);
      maybeExit(kb);
      kb.fillTo(inner);
      accumulate(kb, acc, kb.genExpr(type, 2));
    });
    Val result = kb.readVar(acc);
    kb.store(outputOf(kb, type), result);
    kb.addToPool(result);
    kb.fillTo(target - reserve);
  }
};

class NestedLoop : public Strategy {
public:
  StringRef getName() const override { return "nested_loop"; }
  StringRef getDescription() const override {
    return "a loop nest up to loop-depth deep, inner bounds depending on "
           "outer induction variables";
  }
  unsigned getDefaultWeight() const override { return 8; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb) + 2;
    Type type = kb.randomType(true, true);
    VarInfo acc = makeAccumulator(kb, type);
    unsigned depth = std::max(2u, std::min(kb.config.loopDepth, 4u));
    depth = 2 + kb.rng.index(depth - 1);
    unsigned bodyTarget = partWay(kb, target, 1, 2);
    Type si32 = kb.b.getIntegerType(32, true);
    std::function<void(unsigned)> nest = [&](unsigned level) {
      // Smaller trip counts deeper in: at most 8 * 6 * 4 * 3 iterations.
      static const int64_t maxTrip[] = {8, 6, 4, 3};
      Val start = kb.constInt(si32, 0);
      Val stop = tripStop(kb, maxTrip[level]);
      // Triangular nests: start at an outer induction variable.
      if (level > 0 && kb.rng.chance(1, 2))
        if (Val outer = kb.pickFromPool(si32);
            outer && outer.r.lo >= 0 && outer.r.hi <= 8)
          start = outer;
      kb.emitFor(start, stop, 1, [&](Val iv) {
        kb.addToPool(iv);
        if (level + 1 < depth) {
          kb.fillTo(partWay(kb, bodyTarget, 1, depth * 2));
          nest(level + 1);
        } else {
          maybeExit(kb);
          kb.fillTo(bodyTarget);
        }
        accumulate(kb, acc, kb.genExpr(type, 1));
      });
    };
    nest(0);
    Val result = kb.readVar(acc);
    kb.store(outputOf(kb, type), result);
    kb.addToPool(result);
    kb.fillTo(target - reserve);
  }
};

class WhileLoop : public Strategy {
public:
  StringRef getName() const override { return "while_loop"; }
  StringRef getDescription() const override {
    return "a while loop over an explicit counter bound, with break and "
           "continue";
  }
  unsigned getDefaultWeight() const override { return 6; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |= (1u << FeatBranches) & ~kb.config.forcedOff;
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb) + 2;
    Type type = kb.randomType(true, true);
    VarInfo acc = makeAccumulator(kb, type);
    unsigned inner = partWay(kb, target, 1, 2);
    kb.emitWhile(kb.rng.uniformInt(1, 12), [&](Val k) {
      kb.addToPool(k);
      // continue first: the counter has advanced already.
      kb.emitIf(kb.genCond(), [&] { kb.emitContinue(); });
      kb.fillTo(inner);
      accumulate(kb, acc, kb.genExpr(type, 2));
      kb.emitIf(kb.genCond(), [&] { kb.emitBreak(); });
    });
    Val result = kb.readVar(acc);
    kb.store(outputOf(kb, type), result);
    kb.addToPool(result);
    kb.fillTo(target - reserve);
  }
};

} // namespace

void mlir::warp::gen::addLoopStrategies(StrategyList &list) {
  list.push_back(std::make_unique<Loop>());
  list.push_back(std::make_unique<NestedLoop>());
  list.push_back(std::make_unique<WhileLoop>());
}
