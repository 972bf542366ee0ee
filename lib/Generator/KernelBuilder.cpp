//===- KernelBuilder.cpp - emit warp ops while tracking ranges -----------===//

#include "warp/Generator/KernelBuilder.h"

#include "llvm/ADT/Twine.h"

#include <cmath>

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

static constexpr llvm::StringLiteral kFeatureNames[FeatCount] = {
    "int_div",  "float_div", "bitwise", "math",      "minmax",      "select",
    "branches", "vars",      "casts",   "neighbors", "early_return"};
static constexpr llvm::StringLiteral kFeatureDescriptions[FeatCount] = {
    "integer /, // and % by guarded non-zero divisors",
    "float / and fmod by divisors bounded away from zero",
    "& | ^ ~ and shifts by masked amounts",
    "transcendental functions on guarded domains",
    "min, max, clamp, abs",
    "wp.where and the ternary",
    "if / else statements",
    "local variables with invariant ranges",
    "explicit scalar conversions",
    "loads at (tid + k) % shape",
    "return from inside an if"};

llvm::StringRef mlir::warp::gen::featureName(unsigned f) {
  return kFeatureNames[f];
}
llvm::StringRef mlir::warp::gen::featureDescription(unsigned f) {
  return kFeatureDescriptions[f];
}

llvm::StringRef mlir::warp::gen::roleName(Role role) {
  switch (role) {
  case Role::Input:
    return "input";
  case Role::Output:
    return "output";
  case Role::Accumulator:
    return "accumulator";
  case Role::ZeroAccumulator:
    return "zero_accumulator";
  }
  return "";
}

SmallVector<Type> GenConfig::floatTypes() const {
  SmallVector<Type> out;
  for (Type t : dtypes)
    if (isa<FloatType>(t))
      out.push_back(t);
  return out;
}

SmallVector<Type> GenConfig::intTypes() const {
  SmallVector<Type> out;
  for (Type t : dtypes)
    if (isa<IntegerType>(t))
      out.push_back(t);
  return out;
}

/// Counts every op the builder inserts: the size target is in ops.
struct KernelBuilder::Counter : public OpBuilder::Listener {
  explicit Counter(KernelBuilder &kb) : kb(kb) {}
  void notifyOperationInserted(Operation *, OpBuilder::InsertPoint) override {
    kb.countOp();
  }
  KernelBuilder &kb;
};

KernelBuilder::KernelBuilder(MLIRContext *ctx, Rng &rng,
                             const GenConfig &config, uint32_t features,
                             ArrayRef<int64_t> launchDims)
    : ctx(ctx), rng(rng), config(config), features(features),
      launchDims(launchDims), b(ctx), loc(UnknownLoc::get(ctx)),
      module(ModuleOp::create(UnknownLoc::get(ctx))) {
  listener = std::make_unique<Counter>(*this);
  b.setListener(listener.get());
  b.setInsertionPointToEnd(module->getBody());
}

//===----------------------------------------------------------------------===//
// Declaration and structure
//===----------------------------------------------------------------------===//

Range KernelBuilder::defaultInputRange(Type elementType) {
  Type scalar = getWarpElementType(elementType);
  ScalarInfo info = getScalarInfo(scalar);
  if (!info.isInt)
    return Range::floats(-1, 1);
  if (info.isSigned)
    return Range::ints(-100, 100);
  return Range::ints(0, 200);
}

unsigned KernelBuilder::addArray(StringRef prefix, Type dtype, Role role,
                                 unsigned rank) {
  ArrayDecl decl;
  unsigned n = 0;
  for (const ArrayDecl &a : arrays)
    if (StringRef(a.name).starts_with(prefix))
      ++n;
  decl.name = (prefix + Twine(n)).str();
  decl.dtype = dtype;
  decl.rank = rank ? rank : launchRank();
  for (unsigned d = 0; d < decl.rank; ++d)
    decl.shape.push_back(d < launchRank() ? launchDims[d] : 1);
  decl.role = role;
  if (role == Role::ZeroAccumulator) {
    decl.range = getScalarInfo(getWarpElementType(dtype)).isInt
                     ? Range::ints(0, 0)
                     : Range::floats(0, 0);
  } else {
    decl.range = defaultInputRange(dtype);
  }
  arrays.push_back(std::move(decl));
  return arrays.size() - 1;
}

void KernelBuilder::begin(StringRef name) {
  kernelName = name.str();
  SmallVector<Type> argTypes;
  for (const ArrayDecl &a : arrays)
    argTypes.push_back(ArrayType::get(ctx, a.dtype, a.rank));
  auto type = FunctionType::get(ctx, argTypes, {});
  kernel = KernelOp::create(b, loc, name, type, launchRank());
  for (auto [i, a] : llvm::enumerate(arrays))
    kernel.setArgAttr(i, "warp.name", b.getStringAttr(a.name));
  Block *entry = kernel.addEntryBlock();
  for (auto [i, a] : llvm::enumerate(arrays))
    a.arg = entry->getArgument(i);
  b.setInsertionPointToStart(entry);
  SmallVector<Type> idx(launchRank(), b.getIntegerType(32, true));
  auto tid = TidOp::create(b, loc, idx);
  for (Value v : tid.getResults())
    tids.push_back(v);
  pushScope();
}

void KernelBuilder::finish() {
  for (auto [i, a] : llvm::enumerate(arrays))
    if (a.role == Role::Output && !a.stored)
      store(i, getScalarInfo(a.dtype).width
                   ? genExpr(a.dtype, 1)
                   : emit<ZeroOp>(a.dtype, Range::floats(0, 0)));
  ReturnOp::create(b, loc);
  // Constants made for a guard that ended up unused are noise in the
  // dataset: drop them (and from the op count).
  SmallVector<ConstantOp> unused;
  module->walk([&](ConstantOp constant) {
    if (constant->use_empty())
      unused.push_back(constant);
  });
  for (ConstantOp constant : unused)
    constant->erase();
  numOps -= std::min<unsigned>(numOps, unused.size());
}

//===----------------------------------------------------------------------===//
// Value pool
//===----------------------------------------------------------------------===//

void KernelBuilder::pushScope() {
  scopes.push_back(pool.size());
  varScopes.push_back(vars.size());
}

void KernelBuilder::popScope() {
  pool.resize(scopes.pop_back_val());
  vars.resize(varScopes.pop_back_val());
}

void KernelBuilder::addToPool(const Val &v) {
  if (v && getScalarInfo(v.type()).width && !getScalarInfo(v.type()).isBool)
    pool.push_back(v);
}

Val KernelBuilder::pickFromPool(Type type) {
  SmallVector<size_t> matches;
  for (size_t i = 0; i < pool.size(); ++i)
    if (pool[i].type() == type)
      matches.push_back(i);
  if (matches.empty())
    return {};
  // Prefer recent values: chains get deeper than uniform picks give.
  size_t k =
      rng.chance(1, 2)
          ? matches.size() - 1 - rng.index(std::min<size_t>(matches.size(), 3))
          : rng.index(matches.size());
  return pool[matches[k]];
}

Type KernelBuilder::randomPoolType() {
  if (pool.empty())
    return randomType(true, true);
  return pool[rng.index(pool.size())].type();
}

bool KernelBuilder::poolHas(Type type) const {
  return llvm::any_of(pool, [&](const Val &v) { return v.type() == type; });
}

//===----------------------------------------------------------------------===//
// Leaves
//===----------------------------------------------------------------------===//

Val KernelBuilder::constInt(Type type, int64_t value) {
  auto intType = cast<IntegerType>(type);
  APInt bits(intType.getWidth(), static_cast<uint64_t>(value),
             intType.isSigned());
  auto op = ConstantOp::create(b, loc, IntegerAttr::get(type, bits));
  return {op.getResult(), Range::ints(value, value)};
}

Val KernelBuilder::constFloat(Type type, double value) {
  auto op = ConstantOp::create(b, loc, FloatAttr::get(type, value));
  return {op.getResult(), Range::floats(value, value)};
}

Val KernelBuilder::randomConstant(Type type) {
  ScalarInfo t = getScalarInfo(type);
  if (t.isInt) {
    int64_t lo = std::max<int64_t>(t.min, -16),
            hi = std::min<int64_t>(t.max, 16);
    return constInt(type, rng.uniformInt(lo, hi));
  }
  return constFloat(type, rng.dyadic(-4, 4, 4));
}

Val KernelBuilder::index(unsigned dim) {
  return {tids[dim], Range::ints(0, launchDims[dim] - 1)};
}

Val KernelBuilder::neighborIndex(unsigned array, unsigned dim, int64_t offset) {
  Type si32 = b.getIntegerType(32, true);
  Val i = index(dim);
  Val k = constInt(si32, offset);
  Val sum = tryAdd(i, k);
  auto shape = ShapeOp::create(b, loc, arrays[array].arg, dim);
  // The extent is at least 1 (a launch index exists), so `%` is defined and
  // the result lies in [0, extent).
  Val extent{shape.getResult(), Range::ints(1, launchDims[dim])};
  return emit<ModOp>(si32, Range::ints(0, launchDims[dim] - 1), sum.v,
                     extent.v);
}

Val KernelBuilder::load(unsigned array, bool neighbor) {
  ArrayDecl &a = arrays[array];
  SmallVector<Value> idx;
  unsigned dimWithOffset = neighbor ? rng.index(a.rank) : a.rank;
  for (unsigned d = 0; d < a.rank; ++d)
    idx.push_back(d == dimWithOffset
                      ? neighborIndex(array, d, rng.uniformInt(1, 3)).v
                      : tids[d]);
  auto op = LoadOp::create(b, loc, a.dtype, a.arg, idx);
  return {op.getResult(), a.range};
}

void KernelBuilder::store(unsigned array, Val v) {
  ArrayDecl &a = arrays[array];
  if (v.type() != a.dtype)
    v = convert(v, a.dtype);
  SmallVector<Value> idx(tids.begin(), tids.begin() + a.rank);
  StoreOp::create(b, loc, v.v, a.arg, idx);
  a.stored = true;
}

Val KernelBuilder::cmp(CmpPredicate pred, Val a, Val c) {
  auto op = CmpOp::create(b, loc, pred, a.v, c.v);
  return {op.getResult(), Range::ints(0, 1)};
}

//===----------------------------------------------------------------------===//
// Safe arithmetic
//===----------------------------------------------------------------------===//

template <typename OpTy>
static Val binary(KernelBuilder &kb, Val a, Val c, std::optional<Range> r) {
  if (!r || a.type() != c.type())
    return {};
  return kb.emit<OpTy>(a.type(), *r, a.v, c.v);
}

Val KernelBuilder::tryAdd(Val a, Val c) {
  return binary<AddOp>(*this, a, c,
                       rangeAdd(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::trySub(Val a, Val c) {
  return binary<SubOp>(*this, a, c,
                       rangeSub(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryMul(Val a, Val c) {
  return binary<MulOp>(*this, a, c,
                       rangeMul(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryDiv(Val a, Val c) {
  return binary<DivOp>(*this, a, c,
                       rangeDiv(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryFloorDiv(Val a, Val c) {
  return binary<FloorDivOp>(*this, a, c,
                            rangeFloorDiv(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryMod(Val a, Val c) {
  return binary<ModOp>(*this, a, c,
                       rangeMod(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryBitAnd(Val a, Val c) {
  return binary<BitAndOp>(*this, a, c,
                          rangeBitAnd(a.r, c.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryBitOr(Val a, Val c) {
  return binary<BitOrOp>(
      *this, a, c, rangeBitOrXor(a.r, c.r, getScalarInfo(a.type()), true));
}
Val KernelBuilder::tryBitXor(Val a, Val c) {
  return binary<BitXorOp>(
      *this, a, c, rangeBitOrXor(a.r, c.r, getScalarInfo(a.type()), false));
}
Val KernelBuilder::tryShl(Val a, Val s) {
  return binary<ShlOp>(*this, a, s,
                       rangeShl(a.r, s.r, getScalarInfo(a.type())));
}
Val KernelBuilder::tryShr(Val a, Val s) {
  return binary<ShrOp>(*this, a, s,
                       rangeShr(a.r, s.r, getScalarInfo(a.type())));
}

Val KernelBuilder::tryNeg(Val a) {
  auto r = rangeNeg(a.r, getScalarInfo(a.type()));
  return r ? emit<NegOp>(a.type(), *r, a.v) : Val{};
}
Val KernelBuilder::tryAbs(Val a) {
  auto r = rangeAbs(a.r, getScalarInfo(a.type()));
  return r ? emit<AbsOp>(a.type(), *r, a.v) : Val{};
}
Val KernelBuilder::tryBitNot(Val a) {
  auto r = rangeBitNot(a.r, getScalarInfo(a.type()));
  return r ? emit<BitNotOp>(a.type(), *r, a.v) : Val{};
}
Val KernelBuilder::min(Val a, Val c) {
  return emit<MinOp>(a.type(), rangeMin(a.r, c.r), a.v, c.v);
}
Val KernelBuilder::max(Val a, Val c) {
  return emit<MaxOp>(a.type(), rangeMax(a.r, c.r), a.v, c.v);
}

Val KernelBuilder::tryCast(Val a, Type to) {
  if (a.type() == to)
    return a;
  auto r = rangeCast(a.r, getScalarInfo(a.type()), getScalarInfo(to));
  return r ? emit<CastOp>(to, *r, a.v) : Val{};
}

//===----------------------------------------------------------------------===//
// Guards
//===----------------------------------------------------------------------===//

Val KernelBuilder::clampTo(Val a, double lo, double hi) {
  Type type = a.type();
  if (a.r.isInt()) {
    // Saturate: 64-bit limits do not survive the trip through double.
    auto toInt = [](double x) {
      return x >= 9.2e18 ? INT64_MAX : x <= -9.2e18 ? INT64_MIN : int64_t(x);
    };
    int64_t l = toInt(lo), h = toInt(hi);
    if (a.r.lo >= l && a.r.hi <= h)
      return a;
    Val cl = constInt(type, l), ch = constInt(type, h);
    Range r = Range::ints(std::clamp(a.r.lo, l, h), std::clamp(a.r.hi, l, h));
    return emit<ClampOp>(type, r, a.v, cl.v, ch.v);
  }
  if (a.r.flo >= lo && a.r.fhi <= hi)
    return a;
  Val cl = constFloat(type, lo), ch = constFloat(type, hi);
  Range r =
      Range::floats(std::clamp(a.r.flo, lo, hi), std::clamp(a.r.fhi, lo, hi));
  return emit<ClampOp>(type, r, a.v, cl.v, ch.v);
}

Val KernelBuilder::nonZero(Val a) {
  Type type = a.type();
  ScalarInfo t = getScalarInfo(type);
  if (a.r.isInt()) {
    if (!a.r.mayBeZero())
      return a;
    switch (rng.index(3)) {
    case 0: {
      Val one = constInt(type, 1);
      return max(a, one);
    }
    case 1: {
      if (!has(FeatBitwise))
        break;
      // x | 1 is odd, hence never zero, for either sign.
      Val one = constInt(type, 1);
      Val r = tryBitOr(a, one);
      if (r) {
        r.r.nonZero = true;
        return r;
      }
      break;
    }
    default:
      if (t.isSigned) {
        Val ab = tryAbs(a);
        if (ab) {
          Val one = constInt(type, 1);
          if (Val r = tryAdd(ab, one))
            return r;
        }
      }
      break;
    }
    Val one = constInt(type, 1);
    return max(a, one);
  }
  if (!a.r.mayBeZero() && (a.r.flo >= 0.5 || a.r.fhi <= -0.5))
    return a;
  Val ab = tryAbs(shrink(a, 64));
  Val half = constFloat(type, 0.5);
  return tryAdd(ab, half);
}

Val KernelBuilder::shiftAmount(Val s, unsigned maxShift) {
  unsigned mask = 1;
  while (mask * 2 <= maxShift + 1)
    mask *= 2;
  Val m = constInt(s.type(), mask - 1);
  return tryBitAnd(s, m);
}

Val KernelBuilder::shrink(Val a, double m) {
  if (a.r.isFloat())
    return clampTo(a, -m, m);
  int64_t im = int64_t(m);
  if (a.r.lo >= -im && a.r.hi <= im)
    return a;
  ScalarInfo t = getScalarInfo(a.type());
  if (!t.isSigned && a.r.hi <= im)
    return a;
  Val d = constInt(a.type(), std::min<int64_t>(im + 1, t.max));
  if (Val r = tryMod(a, d))
    return r;
  return clampTo(a, t.isSigned ? -im : 0, im);
}

static const llvm::StringRef kMathNames[] = {
    "sin",   "cos",  "tan",     "asin",   "acos", "atan",  "sinh",
    "cosh",  "tanh", "sqrt",    "cbrt",   "exp",  "log",   "log2",
    "log10", "erf",  "erfc",    "floor",  "ceil", "trunc", "round",
    "rint",  "frac", "degrees", "radians"};

ArrayRef<StringRef> KernelBuilder::mathUnaryNames() { return kMathNames; }

template <typename OpTy>
static Val monotone(KernelBuilder &kb, Val a, double (*f)(double),
                    bool increasing = true) {
  double lo = f(a.r.flo), hi = f(a.r.fhi);
  if (!increasing)
    std::swap(lo, hi);
  auto r = checkedFloat(lo, hi, getScalarInfo(a.type()).bound);
  if (!r)
    return {};
  return kb.emit<OpTy>(a.type(), *r, a.v);
}

Val KernelBuilder::mathUnary(StringRef name, Val a) {
  Type type = a.type();
  double bound = getScalarInfo(type).bound;
  auto fixed = [&](auto tag, double lo, double hi) -> Val {
    using OpTy = decltype(tag);
    return emit<OpTy>(type, *checkedFloat(lo, hi, bound), a.v);
  };
  Val r;
  if (name == "sin")
    r = fixed(SinOp(), -1, 1);
  else if (name == "cos")
    r = fixed(CosOp(), -1, 1);
  else if (name == "tanh")
    r = fixed(TanhOp(), -1, 1);
  else if (name == "erf")
    r = fixed(ErfOp(), -1, 1);
  else if (name == "erfc")
    r = fixed(ErfcOp(), 0, 2);
  else if (name == "atan")
    r = fixed(AtanOp(), -M_PI_2, M_PI_2);
  else if (name == "tan") {
    // Away from the poles at +-pi/2.
    a = clampTo(a, -1.25, 1.25);
    r = monotone<TanOp>(*this, a, [](double x) { return std::tan(x); });
  } else if (name == "asin") {
    a = clampTo(a, -1, 1);
    r = fixed(AsinOp(), -M_PI_2, M_PI_2);
  } else if (name == "acos") {
    a = clampTo(a, -1, 1);
    r = fixed(AcosOp(), 0, M_PI);
  } else if (name == "sinh") {
    a = clampTo(a, -4, 4);
    r = monotone<SinhOp>(*this, a, [](double x) { return std::sinh(x); });
  } else if (name == "cosh") {
    a = clampTo(a, -4, 4);
    r = fixed(CoshOp(), 1, std::cosh(a.r.mag()));
  } else if (name == "exp") {
    a = clampTo(a, -6, 6);
    r = monotone<ExpOp>(*this, a, [](double x) { return std::exp(x); });
  } else if (name == "sqrt") {
    if (a.r.flo < 0)
      a = tryAbs(a);
    r = monotone<SqrtOp>(*this, a, [](double x) { return std::sqrt(x); });
  } else if (name == "cbrt") {
    r = monotone<CbrtOp>(*this, a, [](double x) { return std::cbrt(x); });
  } else if (name == "log" || name == "log2" || name == "log10") {
    // Strictly positive, away from the pole at 0.
    if (a.r.flo < 0.0625)
      a = max(a, constFloat(type, 0.0625));
    if (name == "log")
      r = monotone<LogOp>(*this, a, [](double x) { return std::log(x); });
    else if (name == "log2")
      r = monotone<Log2Op>(*this, a, [](double x) { return std::log2(x); });
    else
      r = monotone<Log10Op>(*this, a, [](double x) { return std::log10(x); });
  } else if (name == "floor")
    r = monotone<FloorOp>(*this, a, [](double x) { return std::floor(x); });
  else if (name == "ceil")
    r = monotone<CeilOp>(*this, a, [](double x) { return std::ceil(x); });
  else if (name == "trunc")
    r = monotone<TruncOp>(*this, a, [](double x) { return std::trunc(x); });
  else if (name == "round")
    r = monotone<RoundOp>(*this, a, [](double x) { return std::round(x); });
  else if (name == "rint")
    r = monotone<RintOp>(*this, a, [](double x) { return std::rint(x); });
  else if (name == "frac")
    r = fixed(FracOp(), -1, 1);
  else if (name == "degrees") {
    a = clampTo(a, -16, 16);
    r = monotone<DegreesOp>(*this, a, [](double x) { return x * 180 / M_PI; });
  } else if (name == "radians")
    r = monotone<RadiansOp>(*this, a, [](double x) { return x * M_PI / 180; });
  return r ? r : a;
}

Val KernelBuilder::convert(Val a, Type to) {
  if (a.type() == to)
    return a;
  ScalarInfo from = getScalarInfo(a.type()), t = getScalarInfo(to);
  if (from.isInt && t.isInt) {
    int64_t lo = std::max(from.min, t.min), hi = std::min(from.max, t.max);
    a = clampTo(a, double(lo), double(hi));
    // clampTo goes through double: re-check exactly.
    if (a.r.lo < lo || a.r.hi > hi)
      a = clampTo(a, -100, 100);
  } else if (!from.isInt && t.isInt) {
    double lo = std::max(-1.0e4, double(t.min) + 1);
    double hi = std::min(1.0e4, double(t.max) - 1);
    a = clampTo(a, lo, hi);
  } else if (from.isInt && !t.isInt) {
    // Below the bound: the result range is widened by rounding slack.
    int64_t m = int64_t(t.bound / 2);
    a = clampTo(a, from.isSigned ? -m : 0, m);
  } else {
    a = clampTo(a, -t.bound / 2, t.bound / 2);
  }
  if (Val r = tryCast(a, to))
    return r;
  // Not reached for the guards above; a constant keeps the IR well-formed.
  return randomConstant(to);
}

//===----------------------------------------------------------------------===//
// Variables and control flow
//===----------------------------------------------------------------------===//

VarInfo KernelBuilder::declareVar(StringRef name, Val init, Range invariant) {
  Type type = init.type();
  auto op =
      VarOp::create(b, loc, RefType::get(ctx, type), b.getStringAttr(name));
  VarInfo var{op.getResult(), type, invariant.hull(init.r)};
  WriteOp::create(b, loc, init.v, var.ref);
  vars.push_back(var);
  return var;
}

Val KernelBuilder::readVar(const VarInfo &var) {
  auto op = ReadOp::create(b, loc, var.type, var.ref);
  return {op.getResult(), var.range};
}

void KernelBuilder::writeVar(const VarInfo &var, Val v) {
  if (v.type() != var.type)
    v = convert(v, var.type);
  if (!v.r.within(var.range))
    v = var.range.isInt()
            ? clampTo(v, double(var.range.lo), double(var.range.hi))
            : clampTo(v, var.range.flo, var.range.fhi);
  WriteOp::create(b, loc, v.v, var.ref);
}

void KernelBuilder::emitIf(Val cond, function_ref<void()> thenFn,
                           function_ref<void()> elseFn) {
  auto ifOp = IfOp::create(b, loc, cond.v, static_cast<bool>(elseFn));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&ifOp.getThenRegion().front());
  pushScope();
  thenFn();
  popScope();
  if (elseFn) {
    b.setInsertionPointToStart(&ifOp.getElseRegion().front());
    pushScope();
    elseFn();
    popScope();
  }
}

void KernelBuilder::emitFor(Val start, Val stop, int64_t step,
                            function_ref<void(Val)> body) {
  Val st = constInt(start.type(), step);
  auto forOp = ForOp::create(b, loc, start.v, stop.v, st.v);
  Range ivRange =
      step > 0 ? Range::ints(start.r.lo, std::max(start.r.lo, stop.r.hi - 1))
               : Range::ints(std::min(start.r.hi, stop.r.lo + 1), start.r.hi);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&forOp.getBody().front());
  pushScope();
  ++loopDepth;
  body({forOp.getInductionVar(), ivRange});
  --loopDepth;
  popScope();
}

void KernelBuilder::emitWhile(int64_t bound, function_ref<void(Val)> body) {
  Type si32 = b.getIntegerType(32, true);
  VarInfo k = declareVar("k", constInt(si32, 0), Range::ints(0, bound));
  // Only the loop advances its counter: were the body's filler statements
  // to update k like any other variable, it could go back and the loop
  // would never end.
  vars.pop_back();
  auto whileOp = WhileOp::create(b, loc);
  OpBuilder::InsertionGuard guard(b);
  Block *condBlock = new Block();
  whileOp.getCond().push_back(condBlock);
  b.setInsertionPointToStart(condBlock);
  Val kv = readVar(k);
  Val c = cmp(CmpPredicate::lt, kv, constInt(si32, bound));
  ConditionOp::create(b, loc, c.v);
  Block *bodyBlock = new Block();
  whileOp.getBody().push_back(bodyBlock);
  b.setInsertionPointToStart(bodyBlock);
  pushScope();
  ++loopDepth;
  // k < bound holds here, so k + 1 <= bound: the counter always advances.
  Val k0 = readVar(k);
  k0.r = Range::ints(0, bound - 1);
  Val k1 = tryAdd(k0, constInt(si32, 1));
  WriteOp::create(b, loc, k1.v, k.ref);
  body(k1);
  --loopDepth;
  popScope();
}

void KernelBuilder::emitBreak() { BreakOp::create(b, loc); }
void KernelBuilder::emitContinue() { ContinueOp::create(b, loc); }
void KernelBuilder::emitReturn(ArrayRef<Value> values) {
  ReturnOp::create(b, loc, values);
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

unsigned KernelBuilder::defineFunc(ArrayRef<Type> params,
                                   ArrayRef<Range> paramRanges, Type result,
                                   function_ref<Val(ArrayRef<Val>)> body) {
  FuncInfo info;
  info.name = kernelName + "_f" + std::to_string(funcs.size());
  info.params.assign(params.begin(), params.end());
  info.paramRanges.assign(paramRanges.begin(), paramRanges.end());
  info.result = result;

  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(kernel);
  auto func = FuncOp::create(b, loc, info.name,
                             FunctionType::get(ctx, params, {result}));
  Block *entry = new Block();
  func.getBody().push_back(entry);
  SmallVector<Val> args;
  for (auto [t, r] : llvm::zip(params, paramRanges))
    args.push_back({entry->addArgument(t, loc), r});
  for (unsigned i = 0; i < params.size(); ++i)
    func.setArgAttr(i, "warp.name", b.getStringAttr("p" + Twine(i)));
  b.setInsertionPointToStart(entry);

  // A function sees only its parameters.
  std::vector<Val> savedPool = std::move(pool);
  std::vector<VarInfo> savedVars = std::move(vars);
  SmallVector<size_t> savedScopes = std::move(scopes),
                      savedVarScopes = std::move(varScopes);
  pool.clear();
  vars.clear();
  scopes.clear();
  varScopes.clear();
  bool savedIn = inFunction;
  unsigned savedDepth = loopDepth;
  inFunction = true;
  loopDepth = 0;
  pushScope();
  for (const Val &a : args)
    addToPool(a);
  Val ret = convert(body(args), result);
  ReturnOp::create(b, loc, ValueRange{ret.v});
  info.resultRange = ret.r;
  popScope();
  pool = std::move(savedPool);
  vars = std::move(savedVars);
  scopes = std::move(savedScopes);
  varScopes = std::move(savedVarScopes);
  inFunction = savedIn;
  loopDepth = savedDepth;

  funcs.push_back(std::move(info));
  return funcs.size() - 1;
}

Val KernelBuilder::call(unsigned func, ArrayRef<Val> args) {
  const FuncInfo &info = funcs[func];
  SmallVector<Value> operands;
  for (auto [a, t, r] : llvm::zip(args, info.params, info.paramRanges)) {
    Val v = convert(a, t);
    v = r.isInt() ? clampTo(v, double(r.lo), double(r.hi))
                  : clampTo(v, r.flo, r.fhi);
    operands.push_back(v.v);
  }
  auto op = CallOp::create(b, loc, TypeRange{info.result}, info.name, operands,
                           nullptr, nullptr);
  return {op->getResult(0), info.resultRange};
}
