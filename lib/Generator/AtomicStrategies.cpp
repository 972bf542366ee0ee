//===- AtomicStrategies.cpp - order-insensitive atomics ------------------===//
//
// Atomics are the only cross-thread writes, so their results must not
// depend on the order threads run in:
//  - integer add/sub/and/or/xor/min/max: exact (associative, commutative,
//    and the sums are range-checked not to overflow);
//  - float min/max: exact;
//  - float add: only of integer-valued floats in [-16, 16] into an
//    accumulator declared zero (role zero_accumulator), so every partial sum
//    is an integer below 2^24 (2^11 for f16 is not used) and exact.
// The old value an atomic returns is order-dependent and never used.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

class AtomicAccumulate : public Strategy {
public:
  StringRef getName() const override { return "atomic_accumulate"; }
  StringRef getDescription() const override {
    return "atomics into binned accumulators: int add/sub/and/or/xor/min/max, "
           "float min/max, exact float add";
  }
  unsigned getDefaultWeight() const override { return 8; }
  void declare(KernelBuilder &kb) const override {
    Type si32 = kb.b.getIntegerType(32, true);
    kb.addArray("acc", si32, Role::Accumulator, 1);
    for (Type t : kb.config.floatTypes())
      if (!t.isF16() && kb.rng.chance(2, 3)) {
        kb.addArray("facc", t, Role::Accumulator, 1);
        kb.addArray("fsum", t, Role::ZeroAccumulator, 1);
        break;
      }
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    Type si32 = kb.b.getIntegerType(32, true);
    // Bins: x & (B - 1) with B a power of two <= the accumulator's length.
    int64_t bins = 1;
    while (bins * 2 <= std::min<int64_t>(kb.launchDims[0], 8))
      bins *= 2;
    uint64_t threads = 1;
    for (int64_t d : kb.launchDims)
      threads *= d;
    auto binIndex = [&]() -> Val {
      Val x = kb.convert(kb.leaf(kb.randomType(false, true)), si32);
      if (kb.rng.chance(1, 3))
        x = kb.index(0);
      return kb.tryBitAnd(x, kb.constInt(si32, bins - 1));
    };
    // Rounds of atomics (about 8 ops per accumulator) while the budget lasts.
    unsigned perRound = 0;
    for (const ArrayDecl &a : kb.arrays)
      perRound +=
          (a.role == Role::Accumulator || a.role == Role::ZeroAccumulator) * 8;
    unsigned n = 1 + kb.rng.index(3);
    for (unsigned k = 0; k < n; ++k) {
      if (k > 0 && kb.opCount() + perRound + reserve > target)
        break;
      for (auto [i, a] : llvm::enumerate(kb.arrays)) {
        if (a.role != Role::Accumulator && a.role != Role::ZeroAccumulator)
          continue;
        Val bin = binIndex();
        Val v;
        AtomicKind kind;
        if (getScalarInfo(a.dtype).isInt) {
          // Sum of |v| <= 100 over every thread stays far inside si32.
          static const AtomicKind kinds[] = {AtomicKind::add,  AtomicKind::sub,
                                             AtomicKind::and_, AtomicKind::or_,
                                             AtomicKind::xor_, AtomicKind::min,
                                             AtomicKind::max};
          kind = kinds[kb.rng.index(7)];
          v = kb.shrink(kb.convert(kb.genExpr(si32, 1), si32), 100);
          (void)threads;
        } else if (a.role == Role::Accumulator) {
          kind = kb.rng.chance(1, 2) ? AtomicKind::min : AtomicKind::max;
          v = kb.convert(kb.genExpr(a.dtype, 2), a.dtype);
        } else {
          // floor of [-16, 16]: an integer, so the float sum is exact.
          kind = AtomicKind::add;
          v = kb.mathUnary(
              "floor",
              kb.clampTo(kb.convert(kb.genExpr(a.dtype, 1), a.dtype), -16, 16));
        }
        AtomicOp::create(kb.b, kb.loc, TypeRange(ArrayRef<Type>(a.dtype)), kind,
                         a.arg, ValueRange{bin.v}, v.v);
      }
      kb.fillTo(partWay(kb, target - reserve, 1, n - k));
    }
    kb.fillTo(target - reserve);
  }
};

} // namespace

void mlir::warp::gen::addAtomicStrategies(StrategyList &list) {
  list.push_back(std::make_unique<AtomicAccumulate>());
}
