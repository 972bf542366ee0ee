//===- FunctionStrategies.cpp - @wp.func helpers and calls ---------------===//
//
// Each helper's parameters have declared ranges; call sites clamp their
// arguments into them, so the helper's body (generated once, against those
// ranges) is UB-free for every call, and its result range holds everywhere.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

static Range paramRange(Type t) {
  ScalarInfo info = getScalarInfo(t);
  if (!info.isInt)
    return Range::floats(-4, 4);
  if (info.isSigned)
    return Range::ints(-50, 50);
  return Range::ints(0, 100);
}

class FuncCalls : public Strategy {
public:
  StringRef getName() const override { return "func_calls"; }
  StringRef getDescription() const override {
    return "warp.func helpers (some calling earlier ones) called from the "
           "kernel with clamped arguments";
  }
  unsigned getDefaultWeight() const override { return 6; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    unsigned nf = 1 + kb.rng.index(std::clamp(target / 50, 1u, 3u));
    // Helpers take about a third of the budget.
    unsigned funcBudget = target / (4 * nf);
    for (unsigned k = 0; k < nf; ++k) {
      SmallVector<Type> params;
      SmallVector<Range> ranges;
      unsigned np = 1 + kb.rng.index(3);
      for (unsigned p = 0; p < np; ++p) {
        params.push_back(kb.randomType(true, true));
        ranges.push_back(paramRange(params.back()));
      }
      Type result = kb.randomType(true, true);
      kb.defineFunc(params, ranges, result, [&](ArrayRef<Val> args) {
        unsigned end = kb.opCount() + funcBudget;
        // Helpers call earlier helpers: a call graph, never recursive.
        if (k > 0 && kb.rng.chance(1, 2)) {
          unsigned callee = kb.rng.index(k);
          SmallVector<Val> actual;
          for (Type t : kb.funcs[callee].params)
            actual.push_back(kb.leaf(t));
          kb.addToPool(kb.call(callee, actual));
        }
        kb.fillTo(end);
        return kb.genExpr(result, 1);
      });
    }
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    unsigned calls = nf;
    for (unsigned c = 0; c < calls; ++c) {
      unsigned f = c < nf ? c : kb.rng.index(nf);
      SmallVector<Val> args;
      for (Type t : kb.funcs[f].params)
        args.push_back(kb.leaf(t));
      Val r = kb.call(f, args);
      kb.addToPool(r);
      kb.fillTo(partWay(kb, target - reserve, 1, calls - c + 1));
    }
    kb.fillTo(target - reserve);
  }
};

} // namespace

void mlir::warp::gen::addFunctionStrategies(StrategyList &list) {
  list.push_back(std::make_unique<FuncCalls>());
}
