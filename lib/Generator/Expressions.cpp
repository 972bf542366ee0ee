//===- Expressions.cpp - random expressions and statements ---------------===//
//
// The filler code every strategy shares. Each choice is filtered by the
// kernel's feature mask (swarm testing) and every op goes through the
// KernelBuilder's range-checked helpers, with a guard when the plain op
// could be unsafe.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/KernelBuilder.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

Type KernelBuilder::randomType(bool wantFloat, bool wantInt) {
  SmallVector<Type> types;
  for (Type t : config.dtypes) {
    bool isFloat = isa<FloatType>(t);
    if ((isFloat && wantFloat) || (!isFloat && wantInt))
      types.push_back(t);
  }
  if (types.empty())
    types.assign(config.dtypes.begin(), config.dtypes.end());
  // Favour types that already have values: more data flow, fewer casts.
  SmallVector<Type> live;
  for (Type t : types)
    if (poolHas(t))
      live.push_back(t);
  if (!live.empty() && rng.chance(3, 4))
    return live[rng.index(live.size())];
  return types[rng.index(types.size())];
}

Val KernelBuilder::leaf(Type type) {
  if (rng.chance(4, 5))
    if (Val v = pickFromPool(type))
      return v;
  if (has(FeatCasts) && rng.chance(1, 2) && !pool.empty()) {
    Val other = pool[rng.index(pool.size())];
    return convert(other, type);
  }
  return randomConstant(type);
}

Val KernelBuilder::genSelect(Type type, Val a, unsigned depth) {
  Val c = genExpr(type, depth - 1);
  Val cond = genCond();
  return emit<WhereOp>(type, a.r.hull(c.r), cond.v, a.v, c.v);
}

Val KernelBuilder::genCast(Type type, Val a, unsigned depth) {
  Type from = randomType(true, true);
  if (from == type)
    return a;
  return convert(genExpr(from, depth - 1), type);
}

Val KernelBuilder::genExpr(Type type, unsigned depth) {
  if (depth == 0 || rng.chance(1, 5))
    return leaf(type);
  if (isa<FloatType>(type))
    return genFloatExpr(type, depth);
  return genIntExpr(type, depth);
}

namespace {
enum Choice { Arith, Div, Bits, Math, MinMax, Select, Cast, Neg, NumChoices };
} // namespace

/// Picks an expression kind allowed by the features.
static Choice pickChoice(KernelBuilder &kb, bool isFloat) {
  unsigned w[NumChoices] = {};
  w[Arith] = 8;
  w[Neg] = 1;
  if (kb.has(isFloat ? FeatFloatDiv : FeatIntDiv))
    w[Div] = 2;
  if (!isFloat && kb.has(FeatBitwise))
    w[Bits] = 4;
  if (isFloat && kb.has(FeatMath))
    w[Math] = 4;
  if (kb.has(FeatMinMax))
    w[MinMax] = 2;
  if (kb.has(FeatSelect))
    w[Select] = 1;
  if (kb.has(FeatCasts))
    w[Cast] = 1;
  return static_cast<Choice>(kb.rng.weighted(w));
}

Val KernelBuilder::genFloatExpr(Type type, unsigned depth) {
  Val a = genExpr(type, depth - 1);
  switch (pickChoice(*this, true)) {
  case Arith: {
    Val c = genExpr(type, depth - 1);
    unsigned k = rng.index(3);
    auto attempt = [&](Val x, Val y) {
      return k == 0 ? tryAdd(x, y) : k == 1 ? trySub(x, y) : tryMul(x, y);
    };
    if (Val r = attempt(a, c))
      return r;
    // Bound both operands so that the op must fit (16 * 16 < f16's bound).
    if (Val r = attempt(shrink(a, 16), shrink(c, 16)))
      return r;
    return a;
  }
  case Div: {
    Val c = nonZero(genExpr(type, depth - 1));
    unsigned k = rng.index(3);
    auto attempt = [&](Val x) {
      return k == 0 ? tryDiv(x, c) : k == 1 ? tryFloorDiv(x, c) : tryMod(x, c);
    };
    if (Val r = attempt(a))
      return r;
    if (Val r = attempt(shrink(a, 16)))
      return r;
    return a;
  }
  case Math: {
    if (rng.chance(1, 5)) {
      Val c = genExpr(type, depth - 1);
      return emit<Atan2Op>(type, *checkedFloat(-M_PI, M_PI, 1e3), a.v, c.v);
    }
    if (rng.chance(1, 6)) {
      // pow on a positive base and a small exponent: [0.5, 4]^[-3, 3].
      Val base = clampTo(a, 0.5, 4);
      Val e = clampTo(genExpr(type, depth - 1), -3, 3);
      return emit<PowOp>(type, *checkedFloat(1.0 / 64, 64, 1e3), base.v, e.v);
    }
    ArrayRef<StringRef> names = mathUnaryNames();
    return mathUnary(names[rng.index(names.size())], a);
  }
  case MinMax: {
    switch (rng.index(4)) {
    case 0:
      return min(a, genExpr(type, depth - 1));
    case 1:
      return max(a, genExpr(type, depth - 1));
    case 2: {
      double lo = rng.dyadic(-4, 0, 2), hi = rng.dyadic(0.25, 4, 2);
      return clampTo(a, lo, hi);
    }
    default:
      return tryAbs(a);
    }
  }
  case Select:
    return genSelect(type, a, depth);
  case Cast:
    return genCast(type, a, depth);
  case Neg:
    return tryNeg(a);
  default:
    return a;
  }
}

Val KernelBuilder::genIntExpr(Type type, unsigned depth) {
  ScalarInfo t = getScalarInfo(type);
  Val a = genExpr(type, depth - 1);
  switch (pickChoice(*this, false)) {
  case Arith: {
    Val c = genExpr(type, depth - 1);
    unsigned k = rng.index(3);
    auto attempt = [&](Val x, Val y) {
      return k == 0 ? tryAdd(x, y) : k == 1 ? trySub(x, y) : tryMul(x, y);
    };
    if (Val r = attempt(a, c))
      return r;
    // Small enough that the sum, difference or product fits any width
    // (si8: 7 * 7 < 127); unsigned subtraction also needs x >= y.
    double m = t.width == 8 ? 7 : 100;
    Val x = shrink(a, m), y = shrink(c, m);
    if (!t.isSigned && k == 1)
      return tryAdd(x, y);
    if (Val r = attempt(x, y))
      return r;
    return a;
  }
  case Div: {
    Val c = nonZero(genExpr(type, depth - 1));
    unsigned k = rng.index(3);
    Val r = k == 0 ? tryDiv(a, c) : k == 1 ? tryFloorDiv(a, c) : tryMod(a, c);
    return r ? r : a;
  }
  case Bits: {
    switch (rng.index(6)) {
    case 0:
      if (Val r = tryBitAnd(a, genExpr(type, depth - 1)))
        return r;
      return a;
    case 1:
      if (Val r = tryBitOr(a, genExpr(type, depth - 1)))
        return r;
      return a;
    case 2:
      if (Val r = tryBitXor(a, genExpr(type, depth - 1)))
        return r;
      return a;
    case 3:
      if (Val r = tryBitNot(a))
        return r;
      return a;
    case 4: {
      // Left shifts only of non-negative values small enough not to
      // overflow: shift by at most 3 after bringing the value below max/8.
      Val s = shiftAmount(genExpr(type, depth - 1), 3);
      Val x = a;
      if (x.r.lo < 0)
        x = t.isSigned ? tryAbs(shrink(x, 100)) : x;
      x = shrink(x, double(t.max / 8));
      if (x && x.r.lo >= 0)
        if (Val r = tryShl(x, s))
          return r;
      return a;
    }
    default: {
      Val s = shiftAmount(genExpr(type, depth - 1), t.width - 1);
      if (Val r = tryShr(a, s))
        return r;
      return a;
    }
    }
  }
  case MinMax: {
    switch (rng.index(4)) {
    case 0:
      return min(a, genExpr(type, depth - 1));
    case 1:
      return max(a, genExpr(type, depth - 1));
    case 2: {
      int64_t lo = t.isSigned ? rng.uniformInt(-50, 0) : rng.uniformInt(0, 20);
      int64_t hi = rng.uniformInt(lo + 1, lo + 100);
      return clampTo(a, double(lo), double(std::min<int64_t>(hi, t.max)));
    }
    default:
      if (t.isSigned)
        if (Val r = tryAbs(a))
          return r;
      return a;
    }
  }
  case Select:
    return genSelect(type, a, depth);
  case Cast:
    return genCast(type, a, depth);
  case Neg:
    if (Val r = tryNeg(a))
      return r;
    return a;
  default:
    return a;
  }
}

Val KernelBuilder::genCond() {
  static const CmpPredicate preds[] = {CmpPredicate::eq, CmpPredicate::ne,
                                       CmpPredicate::lt, CmpPredicate::le,
                                       CmpPredicate::gt, CmpPredicate::ge};
  Type type = randomType(true, true);
  Val a = genExpr(type, 1);
  Val c = leaf(type);
  Val cond = cmp(preds[rng.index(6)], a, c);
  if (has(FeatSelect) && rng.chance(1, 6)) {
    // Short-circuit and/or: the right operand is evaluated in a region.
    bool isAnd = rng.chance(1, 2);
    Operation *op;
    Region *region;
    if (isAnd) {
      auto andOp = AndOp::create(b, loc, b.getI1Type(), cond.v);
      op = andOp;
      region = &andOp.getRhsRegion();
    } else {
      auto orOp = OrOp::create(b, loc, b.getI1Type(), cond.v);
      op = orOp;
      region = &orOp.getRhsRegion();
    }
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&region->emplaceBlock());
    // The right operand compares named values or a literal: were its line
    // too long, it would print as an if statement assigning a variable.
    pushScope();
    Type t2 = randomType(true, true);
    Val x = pickFromPool(t2);
    if (!x)
      x = randomConstant(t2);
    Val y = rng.chance(3, 4) ? pickFromPool(t2) : Val{};
    if (!y)
      y = randomConstant(t2);
    Val rhs = cmp(preds[rng.index(6)], x, y);
    YieldOp::create(b, loc, rhs.v);
    popScope();
    return {op->getResult(0), Range::ints(0, 1)};
  }
  return cond;
}

void KernelBuilder::genStatement() {
  unsigned w[6] = {};
  enum { Let, Update, Declare, If, Store, EarlyReturn };
  w[Let] = 8;
  if (has(FeatVars)) {
    w[Update] = vars.empty() ? 0 : 4;
    w[Declare] = vars.size() < 4 ? 1 : 0;
  }
  if (has(FeatBranches) && ifDepth < 2)
    w[If] = 2;
  if (!inFunction) {
    w[Store] = 1;
    if (has(FeatEarlyReturn) && ifDepth == 0)
      w[EarlyReturn] = 1;
  }
  unsigned depth = remaining > 40 ? 3 : remaining > 12 ? 2 : 1;
  switch (rng.weighted(w)) {
  case Let: {
    Type type = randomType(true, true);
    addToPool(genExpr(type, depth));
    return;
  }
  case Update: {
    VarInfo var = vars[rng.index(vars.size())];
    Val cur = readVar(var);
    addToPool(cur);
    writeVar(var, genExpr(var.type, depth));
    return;
  }
  case Declare: {
    Type type = randomType(true, true);
    Val init = leaf(type);
    ScalarInfo t = getScalarInfo(type);
    Range inv =
        t.isInt ? Range::ints(t.isSigned ? std::max<int64_t>(t.min, -1000) : 0,
                              std::min<int64_t>(t.max, 1000))
                : Range::floats(-t.bound / 8, t.bound / 8);
    // Numbered per function when the kernel is normalized.
    declareVar("v", init, inv);
    return;
  }
  case If: {
    if (remaining < 16) {
      addToPool(genExpr(randomType(true, true), 1));
      return;
    }
    Val cond = genCond();
    unsigned budget = std::min(remaining / 2, 24u);
    bool withElse = rng.chance(1, 2);
    ++ifDepth;
    auto body = [&] {
      unsigned target = opCount() + (withElse ? budget / 2 : budget);
      fillTo(target);
    };
    if (withElse)
      emitIf(cond, body, body);
    else
      emitIf(cond, body);
    --ifDepth;
    return;
  }
  case Store: {
    SmallVector<unsigned> outs;
    for (auto [i, a] : llvm::enumerate(arrays))
      if (a.role == Role::Output && getScalarInfo(a.dtype).width)
        outs.push_back(i);
    if (outs.empty())
      return;
    unsigned o = outs[rng.index(outs.size())];
    store(o, genExpr(arrays[o].dtype, depth));
    return;
  }
  case EarlyReturn: {
    // Only threads whose condition holds leave early; they store first, so
    // their outputs are still defined.
    Val cond = genCond();
    emitIf(cond, [&] {
      for (auto [i, a] : llvm::enumerate(arrays))
        if (a.role == Role::Output && getScalarInfo(a.dtype).width)
          store(i, leaf(a.dtype));
      emitReturn();
    });
    return;
  }
  }
}

void KernelBuilder::fillTo(unsigned target) {
  // `target - reserve` may have wrapped below zero: nothing to fill.
  if (static_cast<int>(target) <= 0)
    return;
  // Every statement adds a bounded number of ops, sized by what is left.
  for (unsigned guard = 0; opCount() < target && guard < 4 * target + 8;
       ++guard) {
    unsigned saved = remaining;
    remaining = target - opCount();
    genStatement();
    remaining = saved;
  }
}
