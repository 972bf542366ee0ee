//===- LaunchStrategies.cpp - 2-d and 3-d launches -----------------------===//
//
// Arrays take the launch's shape; loads use (i, j[, k]) or one index moved
// by `(idx + c) % shape(a, d)`, in bounds for any launch.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

class LaunchND : public Strategy {
public:
  LaunchND(unsigned rank) : rank(rank) {}
  StringRef getName() const override {
    return rank == 2 ? "launch_2d" : "launch_3d";
  }
  StringRef getDescription() const override {
    return rank == 2 ? "dims(2) launch over 2-d arrays, neighbour loads, a "
                       "row-indexed 1-d array"
                     : "dims(3) launch over 3-d arrays, neighbour loads";
  }
  unsigned getDefaultWeight() const override { return rank == 2 ? 5 : 4; }
  unsigned getLaunchRank(Rng &) const override { return rank; }
  void declare(KernelBuilder &kb) const override {
    // A lower-rank input indexed by the leading launch indices.
    kb.addArray("row", kb.randomType(true, true), Role::Input, 1);
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |= (1u << FeatNeighbors) & ~kb.config.forcedOff;
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    // The flattened index i * n1 + j (+ ...) as data: small, in range.
    Type si32 = kb.b.getIntegerType(32, true);
    Val flat = kb.index(0);
    for (unsigned d = 1; d < rank; ++d) {
      Val n = kb.constInt(si32, kb.launchDims[d]);
      flat = kb.tryAdd(kb.tryMul(flat, n), kb.index(d));
    }
    kb.addToPool(flat);
    kb.fillTo(target - reserve);
  }

private:
  unsigned rank;
};

} // namespace

void mlir::warp::gen::addLaunchStrategies(StrategyList &list) {
  list.push_back(std::make_unique<LaunchND>(2));
  list.push_back(std::make_unique<LaunchND>(3));
}
