//===- ScalarStrategies.cpp - straight-line and branchy scalar kernels ---===//
//
// elementwise, conditional, complex_math, int_bitwise, mixed_precision.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

const CmpPredicate kComparisons[] = {CmpPredicate::eq, CmpPredicate::ne,
                                     CmpPredicate::lt, CmpPredicate::le,
                                     CmpPredicate::gt, CmpPredicate::ge};

class Elementwise : public Strategy {
public:
  StringRef getName() const override { return "elementwise"; }
  StringRef getDescription() const override {
    return "straight-line arithmetic over inputs loaded at tid";
  }
  unsigned getDefaultWeight() const override { return 10; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    // No control flow: the point is long dependence chains.
    kb.features &= ~((1u << FeatBranches) | (1u << FeatEarlyReturn));
    loadInputs(kb);
    kb.fillTo(target - epilogueReserve(kb));
  }
};

class Conditional : public Strategy {
public:
  StringRef getName() const override { return "conditional"; }
  StringRef getDescription() const override {
    return "if/elif/else chains storing per branch, where, ternary, and/or";
  }
  unsigned getDefaultWeight() const override { return 10; }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |=
        ((1u << FeatBranches) | (1u << FeatSelect)) & ~kb.config.forcedOff;
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    Type type = kb.randomType(true, true);
    unsigned out = outputOf(kb, type);
    // if / elif / else, each branch storing its own value.
    kb.emitIf(
        kb.genCond(), [&] { kb.store(out, kb.genExpr(type, 1)); },
        [&] {
          kb.emitIf(
              kb.genCond(), [&] { kb.store(out, kb.genExpr(type, 1)); },
              [&] { kb.store(out, kb.genExpr(type, 1)); });
        });
    // The ternary: both arms are regions, evaluated lazily. It compares two
    // named values and picks a named value or a literal, so that its line
    // stays short: a line too long prints as an if statement assigning a
    // variable instead, which the frontend lowers to a slot.
    Type choice = kb.randomPoolType();
    auto named = [&] {
      Val v = kb.pickFromPool(choice);
      return v ? v : kb.randomConstant(choice);
    };
    Val a = named(), c = named();
    Val cond = kb.cmp(kComparisons[kb.rng.index(6)], a, c);
    auto ifExp = IfExpOp::create(kb.b, kb.loc, choice, cond.v);
    Range r;
    {
      OpBuilder::InsertionGuard guard(kb.b);
      kb.b.setInsertionPointToStart(&ifExp.getThenRegion().emplaceBlock());
      Val t = named();
      YieldOp::create(kb.b, kb.loc, t.v);
      kb.b.setInsertionPointToStart(&ifExp.getElseRegion().emplaceBlock());
      Val e = kb.rng.chance(1, 2) ? named() : kb.randomConstant(choice);
      YieldOp::create(kb.b, kb.loc, e.v);
      r = t.r.hull(e.r);
    }
    kb.addToPool({ifExp.getResult(), r});
    kb.fillTo(target - reserve);
  }
};

class ComplexMath : public Strategy {
public:
  StringRef getName() const override { return "complex_math"; }
  StringRef getDescription() const override {
    return "chains of transcendental functions on guarded domains";
  }
  unsigned getDefaultWeight() const override { return 8; }
  bool isSupported(const GenConfig &config) const override {
    return !config.floatTypes().empty();
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |= (1u << FeatMath) & ~kb.config.forcedOff;
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    Type type = kb.randomType(true, false);
    ArrayRef<StringRef> names = KernelBuilder::mathUnaryNames();
    Val v = kb.leaf(type);
    unsigned chain = 3 + kb.rng.index(4);
    for (unsigned i = 0; i < chain; ++i) {
      v = kb.mathUnary(names[kb.rng.index(names.size())], v);
      if (kb.rng.chance(1, 2))
        if (Val s = kb.tryAdd(v, kb.leaf(type)))
          v = s;
      kb.addToPool(v);
    }
    kb.store(outputOf(kb, type), v);
    kb.fillTo(target - reserve);
  }
};

class IntBitwise : public Strategy {
public:
  StringRef getName() const override { return "int_bitwise"; }
  StringRef getDescription() const override {
    return "integer and bitwise kernels over every allowed width, with "
           "masked shifts, guarded division and width conversions";
  }
  unsigned getDefaultWeight() const override { return 6; }
  bool isSupported(const GenConfig &config) const override {
    return !config.intTypes().empty();
  }
  void declare(KernelBuilder &kb) const override {
    SmallVector<Type> ints = kb.config.intTypes();
    unsigned n = std::min<size_t>(ints.size(), 3);
    for (unsigned i = 0; i < n; ++i) {
      Type t = ints[kb.rng.index(ints.size())];
      kb.addArray("x", t, Role::Input);
      kb.addArray("out", t, Role::Output);
    }
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |=
        ((1u << FeatBitwise) | (1u << FeatIntDiv) | (1u << FeatCasts)) &
        ~kb.config.forcedOff;
    kb.features &= ~(1u << FeatMath);
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    SmallVector<Type> ints = kb.config.intTypes();
    // A few ops of each kind on each width first, then random int code.
    for (unsigned i = 0; i < 3; ++i) {
      Type t = ints[kb.rng.index(ints.size())];
      Val a = kb.leaf(t), c = kb.leaf(t);
      if (Val r = kb.tryBitXor(a, c))
        kb.addToPool(r);
      Val s = kb.shiftAmount(kb.leaf(t), getScalarInfo(t).width - 1);
      if (Val r = kb.tryShr(a, s))
        kb.addToPool(r);
      if (Val r = kb.tryMod(a, kb.nonZero(c)))
        kb.addToPool(r);
    }
    while (kb.opCount() + reserve < target) {
      unsigned before = kb.opCount();
      Type t = kb.randomType(false, true);
      unsigned left = target - kb.opCount() - reserve;
      kb.addToPool(kb.genIntExpr(t, left > 30 ? 3 : left > 10 ? 2 : 1));
      if (kb.opCount() == before)
        kb.genStatement();
    }
  }
};

class MixedPrecision : public Strategy {
public:
  StringRef getName() const override { return "mixed_precision"; }
  StringRef getDescription() const override {
    return "f16/f32/f64 and int values mixed through explicit casts";
  }
  unsigned getDefaultWeight() const override { return 6; }
  bool isSupported(const GenConfig &config) const override {
    return config.floatTypes().size() >= 2 ||
           (!config.floatTypes().empty() && !config.intTypes().empty());
  }
  void declare(KernelBuilder &kb) const override {
    for (Type t : kb.config.floatTypes()) {
      kb.addArray("x", t, Role::Input);
      kb.addArray("out", t, Role::Output);
    }
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    kb.features |= (1u << FeatCasts) & ~kb.config.forcedOff;
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    SmallVector<Type> types(kb.config.dtypes.begin(), kb.config.dtypes.end());
    // A chain hopping between types: each hop is a guarded conversion.
    Val v = kb.leaf(kb.randomType(true, false));
    for (unsigned i = 0; i < 4; ++i) {
      Type to = types[kb.rng.index(types.size())];
      v = kb.convert(v, to);
      Val c = kb.leaf(to);
      if (Val r = kb.tryMul(kb.shrink(v, 16), kb.shrink(c, 16)))
        v = r;
      kb.addToPool(v);
    }
    kb.fillTo(target - reserve);
  }
};

} // namespace

void mlir::warp::gen::addScalarStrategies(StrategyList &list) {
  list.push_back(std::make_unique<Elementwise>());
  list.push_back(std::make_unique<Conditional>());
  list.push_back(std::make_unique<ComplexMath>());
  list.push_back(std::make_unique<IntBitwise>());
  list.push_back(std::make_unique<MixedPrecision>());
}
