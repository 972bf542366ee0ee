//===- CombinedStrategies.cpp - kernels made of several strategies -------===//
//
// Runs the declare and emit steps of two or three other 1-d strategies in
// one kernel, splitting the size target between them: loop nests next to
// atomics next to matrix code, with values flowing between the parts
// through the shared pool.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

class Combined : public Strategy {
public:
  StringRef getName() const override { return "combined"; }
  StringRef getDescription() const override {
    return "two or three other 1-d strategies in one kernel";
  }
  unsigned getDefaultWeight() const override { return 5; }

  /// The parts are drawn in declare() and reused by emit(): both run on the
  /// same KernelBuilder, one after the other.
  void declare(KernelBuilder &kb) const override {
    SmallVector<const Strategy *> candidates;
    for (const auto &s : getStrategies())
      if (s.get() != this && s->getName() != "elementwise" &&
          s->getName().find("launch") == StringRef::npos &&
          s->isSupported(kb.config))
        candidates.push_back(s.get());
    // Each part has a fixed core: three parts only for larger targets, and
    // the bulky matrix core only then too.
    unsigned size = kb.config.size;
    if (size < 150)
      llvm::erase_if(candidates, [](const Strategy *s) {
        return s->getName() == "matrix";
      });
    unsigned n = std::min<size_t>(size >= 150 ? 2 + kb.rng.index(2) : 2,
                                  candidates.size());
    kb.strategyState.clear();
    for (unsigned i = 0; i < n; ++i) {
      size_t k = kb.rng.index(candidates.size());
      kb.strategyState.push_back(candidates[k]);
      kb.notes.push_back(candidates[k]->getName().str());
      candidates.erase(candidates.begin() + k);
    }
    for (const void *s : kb.strategyState)
      static_cast<const Strategy *>(s)->declare(kb);
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    size_t n = kb.strategyState.size();
    for (size_t i = 0; i < n; ++i)
      static_cast<const Strategy *>(kb.strategyState[i])
          ->emit(kb, partWay(kb, target, 1, n - i));
  }
};

} // namespace

void mlir::warp::gen::addCombinedStrategies(StrategyList &list) {
  list.push_back(std::make_unique<Combined>());
}
