//===- Strategy.h - named, weighted kernel-generation strategies -*- C++
//-*-===//
//
// A strategy decides the shape of one kernel: its launch rank, the arrays it
// needs and the characteristic code it emits (a loop nest, a matrix chain,
// atomics, ...); the shared filler code comes from KernelBuilder. Adding a
// strategy is one class and one line in its family's register function.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_STRATEGY_H
#define WARP_GENERATOR_STRATEGY_H

#include "warp/Generator/KernelBuilder.h"

#include <memory>
#include <vector>

namespace mlir::warp::gen {

class Strategy {
public:
  virtual ~Strategy() = default;
  virtual llvm::StringRef getName() const = 0;
  virtual llvm::StringRef getDescription() const = 0;
  virtual unsigned getDefaultWeight() const = 0;
  /// False when the configured dtypes cannot express the strategy.
  virtual bool isSupported(const GenConfig &config) const { return true; }
  virtual unsigned getLaunchRank(Rng &rng) const { return 1; }
  /// Declares the arrays it needs, before the kernel is created (the base
  /// inputs and outputs exist already).
  virtual void declare(KernelBuilder &kb) const {}
  /// Emits the kernel body, aiming at `target` ops in total.
  virtual void emit(KernelBuilder &kb, unsigned target) const = 0;
};

using StrategyList = std::vector<std::unique_ptr<Strategy>>;

/// Every strategy, in a fixed order (the order of `list-strategies`).
const StrategyList &getStrategies();
const Strategy *lookupStrategy(llvm::StringRef name);

/// Loads every scalar input at the thread's index (and, with the neighbors
/// feature, one at an offset) into the pool; runs once per kernel.
void loadInputs(KernelBuilder &kb);
/// Ops to keep for the epilogue (stores of unstored outputs, the return).
unsigned epilogueReserve(const KernelBuilder &kb);
/// The output arrays of element type `type`, declaring one when none exists.
unsigned outputOf(KernelBuilder &kb, Type type);

/// The op count num/den of the way from now to `target`.
inline unsigned partWay(const KernelBuilder &kb, unsigned target, unsigned num,
                        unsigned den) {
  unsigned now = kb.opCount();
  // `target - reserve` may have wrapped below zero: nothing left to share
  // (a fraction of the wrapped value would look like a real, huge target).
  if (static_cast<int>(target) <= 0)
    return now;
  return now + (target > now ? (target - now) * num / den : 0);
}

// One per strategy family (lib/Generator/*Strategies.cpp).
void addScalarStrategies(StrategyList &list);
void addLoopStrategies(StrategyList &list);
void addCompositeStrategies(StrategyList &list);
void addAtomicStrategies(StrategyList &list);
void addFunctionStrategies(StrategyList &list);
void addLaunchStrategies(StrategyList &list);
void addCombinedStrategies(StrategyList &list);

} // namespace mlir::warp::gen

#endif // WARP_GENERATOR_STRATEGY_H
