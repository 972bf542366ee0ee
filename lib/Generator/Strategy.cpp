//===- Strategy.cpp - the strategy registry and shared strategy helpers --===//

#include "warp/Generator/Strategy.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

const StrategyList &mlir::warp::gen::getStrategies() {
  static const StrategyList list = [] {
    StrategyList all;
    addScalarStrategies(all);
    addLoopStrategies(all);
    addCompositeStrategies(all);
    addAtomicStrategies(all);
    addFunctionStrategies(all);
    addLaunchStrategies(all);
    addCombinedStrategies(all);
    // The original seven first, in the order; then the rest.
    static const StringRef order[] = {"elementwise",
                                      "conditional",
                                      "loop",
                                      "vec3_op",
                                      "atomic_accumulate",
                                      "nested_loop",
                                      "complex_math",
                                      "matrix",
                                      "quaternion",
                                      "while_loop",
                                      "func_calls",
                                      "launch_2d",
                                      "launch_3d",
                                      "int_bitwise",
                                      "mixed_precision",
                                      "combined"};
    auto rank = [](const std::unique_ptr<Strategy> &s) {
      for (auto [i, n] : llvm::enumerate(order))
        if (n == s->getName())
          return i;
      return std::size(order);
    };
    // A total order (names break ties), so any sort gives the same list.
    llvm::sort(all, [&](const auto &a, const auto &b) {
      return std::make_pair(rank(a), a->getName()) <
             std::make_pair(rank(b), b->getName());
    });
    return all;
  }();
  return list;
}

const Strategy *mlir::warp::gen::lookupStrategy(StringRef name) {
  for (const auto &s : getStrategies())
    if (s->getName() == name)
      return s.get();
  return nullptr;
}

void mlir::warp::gen::loadInputs(KernelBuilder &kb) {
  if (kb.inputsLoaded)
    return;
  kb.inputsLoaded = true;
  for (auto [i, a] : llvm::enumerate(kb.arrays)) {
    if (a.role != Role::Input || !getScalarInfo(a.dtype).width)
      continue;
    kb.addToPool(kb.load(i));
    if (kb.has(FeatNeighbors) && kb.rng.chance(1, 2))
      kb.addToPool(kb.load(i, /*neighbor=*/true));
  }
}

unsigned mlir::warp::gen::epilogueReserve(const KernelBuilder &kb) {
  unsigned n = 1;
  for (const ArrayDecl &a : kb.arrays)
    if (a.role == Role::Output && !a.stored)
      n += 3;
  return n;
}

unsigned mlir::warp::gen::outputOf(KernelBuilder &kb, Type type) {
  for (auto [i, a] : llvm::enumerate(kb.arrays))
    if (a.role == Role::Output && a.dtype == type)
      return i;
  // Outputs are all declared before the kernel exists: fall back to the
  // first scalar output (the store converts).
  for (auto [i, a] : llvm::enumerate(kb.arrays))
    if (a.role == Role::Output && getScalarInfo(a.dtype).width)
      return i;
  llvm_unreachable("every kernel has a scalar output");
}
