//===- CompositeStrategies.cpp - vectors, matrices, quaternions ----------===//
//
// Composite values carry one range bounding every element. Vectors built
// for products are normalized first (unit length, or zero, both defined), so
// products, determinants and rotations stay small; the only inverse is of
// I + A/8 with unit-row A, which is well conditioned (|A/8|_inf <= 1/4).
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/Strategy.h"

#include <cmath>

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

namespace {

static Range sym(double m) { return *checkedFloat(-m, m, 1e30); }

/// f32 when allowed, else f64; null when neither (composites need them).
static Type compositeFloat(const GenConfig &config, MLIRContext *ctx) {
  for (Type t : config.dtypes)
    if (t.isF32())
      return t;
  for (Type t : config.dtypes)
    if (t.isF64())
      return t;
  return {};
}

static bool hasCompositeFloat(const GenConfig &config) {
  return llvm::any_of(config.dtypes,
                      [](Type t) { return t.isF32() || t.isF64(); });
}

/// A scalar of type `f` in [-4, 4] from the pool (or a constant).
static Val smallScalar(KernelBuilder &kb, Type f) {
  return kb.shrink(kb.convert(kb.leaf(kb.randomType(true, true)), f), 4);
}

/// vec(x0, ..., xn-1) of pool scalars, normalized when `unit`.
static Val makeVec(KernelBuilder &kb, Type f, unsigned n, bool unit) {
  SmallVector<Value> elems;
  double m = 0;
  for (unsigned i = 0; i < n; ++i) {
    Val s = smallScalar(kb, f);
    m = std::max(m, s.r.mag());
    elems.push_back(s.v);
  }
  Type vt = VecType::get(kb.ctx, n, f);
  auto op = VecOp::create(kb.b, kb.loc, vt, ValueRange(elems));
  Val v{op.getResult(), sym(m)};
  if (unit)
    v = kb.emit<NormalizeOp>(vt, sym(1), v.v);
  return v;
}

static Val extractAt(KernelBuilder &kb, Val v, Type f, ArrayRef<int64_t> idx) {
  SmallVector<Value> ids;
  for (int64_t i : idx)
    ids.push_back(kb.constInt(kb.b.getIntegerType(32, true), i).v);
  return kb.emit<ExtractOp>(f, v.r, v.v, ValueRange(ids));
}

class Vec3Op : public Strategy {
public:
  StringRef getName() const override { return "vec3_op"; }
  StringRef getDescription() const override {
    return "vec3 arrays: +, -, scale, dot, cross, length, normalize, cw_mul, "
           "lerp, extract";
  }
  unsigned getDefaultWeight() const override { return 8; }
  bool isSupported(const GenConfig &config) const override {
    return hasCompositeFloat(config);
  }
  void declare(KernelBuilder &kb) const override {
    Type v3 = VecType::get(kb.ctx, 3, compositeFloat(kb.config, kb.ctx));
    kb.addArray("v", v3, Role::Input);
    kb.addArray("v", v3, Role::Input);
    kb.addArray("vout", v3, Role::Output);
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    Type f = compositeFloat(kb.config, kb.ctx);
    Type v3 = VecType::get(kb.ctx, 3, f);
    SmallVector<Val> vecs;
    for (auto [i, a] : llvm::enumerate(kb.arrays))
      if (a.role == Role::Input && a.dtype == v3)
        vecs.push_back(
            kb.load(i, kb.has(FeatNeighbors) && kb.rng.chance(1, 3)));
    vecs.push_back(makeVec(kb, f, 3, kb.rng.chance(1, 2)));
    unsigned steps = 4 + kb.rng.index(5);
    for (unsigned s = 0; s < steps; ++s) {
      Val a = vecs[kb.rng.index(vecs.size())],
          c = vecs[kb.rng.index(vecs.size())];
      double ma = a.r.mag(), mc = c.r.mag();
      Val r;
      switch (kb.rng.index(10)) {
      case 0:
        r = kb.emit<AddOp>(v3, sym(ma + mc), a.v, c.v);
        break;
      case 1:
        r = kb.emit<SubOp>(v3, sym(ma + mc), a.v, c.v);
        break;
      case 2: {
        Val k = smallScalar(kb, f);
        r = kb.emit<MulOp>(v3, sym(ma * k.r.mag()), a.v, k.v);
        break;
      }
      case 3:
        r = kb.emit<CrossOp>(v3, sym(2 * ma * mc), a.v, c.v);
        break;
      case 4:
        r = kb.emit<NormalizeOp>(v3, sym(1), a.v);
        break;
      case 5:
        r = kb.emit<CwMulOp>(v3, sym(ma * mc), a.v, c.v);
        break;
      case 6: {
        Val t = kb.clampTo(smallScalar(kb, f), 0, 1);
        r = kb.emit<LerpOp>(v3, sym(std::max(ma, mc)), a.v, c.v, t.v);
        break;
      }
      case 7:
        kb.addToPool(kb.emit<DotOp>(f, sym(3 * ma * mc), a.v, c.v));
        break;
      case 8:
        kb.addToPool(kb.emit<LengthOp>(
            f, *checkedFloat(0, std::sqrt(3.0) * ma, 1e30), a.v));
        break;
      default:
        kb.addToPool(extractAt(kb, a, f, {int64_t(kb.rng.index(3))}));
        break;
      }
      // Keep vectors small: products of them must stay bounded.
      if (r && r.r.mag() > 64)
        r = kb.emit<NormalizeOp>(v3, sym(1), r.v);
      if (r)
        vecs.push_back(r);
    }
    for (auto [i, a] : llvm::enumerate(kb.arrays))
      if (a.role == Role::Output && a.dtype == v3)
        kb.store(i, vecs.back());
    kb.addToPool(kb.emit<LengthSqOp>(f, *checkedFloat(0, 3 * 64 * 64, 1e30),
                                     vecs.back().v));
    kb.fillTo(target - reserve);
  }
};

class Matrix : public Strategy {
public:
  StringRef getName() const override { return "matrix"; }
  StringRef getDescription() const override {
    return "mat22/33/44: from rows/cols, matmul, mat*vec, transpose, "
           "determinant, trace, inverse, outer, diag, element access";
  }
  unsigned getDefaultWeight() const override { return 6; }
  bool isSupported(const GenConfig &config) const override {
    return hasCompositeFloat(config);
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    Type f = compositeFloat(kb.config, kb.ctx);
    // Smaller matrices for smaller size targets (a 4x4 chain is ~100 ops).
    unsigned n = 2 + kb.rng.index(target >= 200 ? 3 : target >= 90 ? 2 : 1);
    Type vt = VecType::get(kb.ctx, n, f);
    Type mt = MatType::get(kb.ctx, n, n, f);
    unsigned out = outputOf(kb, f);
    unsigned reserve = epilogueReserve(kb);
    auto unitRows = [&](bool cols) {
      SmallVector<Value> rows;
      for (unsigned i = 0; i < n; ++i)
        rows.push_back(makeVec(kb, f, n, true).v);
      if (cols)
        return Val{MatrixFromColsOp::create(kb.b, kb.loc, mt, ValueRange(rows))
                       .getResult(),
                   sym(1)};
      return Val{MatrixFromRowsOp::create(kb.b, kb.loc, mt, ValueRange(rows))
                     .getResult(),
                 sym(1)};
    };
    // A has unit rows: |det A| <= 1 (Hadamard), |A v| <= sqrt(n) |v|.
    Val a = unitRows(false);
    Val c = unitRows(kb.rng.chance(1, 2));
    Val v = makeVec(kb, f, n, true);
    Val prod = kb.emit<MatmulOp>(mt, sym(n), a.v, c.v);
    Val av = kb.emit<MulOp>(vt, sym(n), prod.v, v.v);
    Val det = kb.emit<DeterminantOp>(f, sym(1), a.v);
    Val tr = kb.emit<TraceOp>(f, sym(n * n), prod.v);
    kb.addToPool(det);
    kb.addToPool(tr);
    kb.addToPool(extractAt(
        kb, prod, f, {int64_t(kb.rng.index(n)), int64_t(kb.rng.index(n))}));
    kb.addToPool(extractAt(kb, av, f, {int64_t(kb.rng.index(n))}));
    if (kb.opCount() + 12 + reserve < target && kb.rng.chance(1, 2)) {
      Val t = kb.emit<TransposeOp>(mt, a.r, a.v);
      Val tv = kb.emit<MulOp>(vt, sym(n), v.v, t.v); // v * A^T
      kb.addToPool(kb.emit<DotOp>(f, sym(n * n), tv.v, av.v));
    }
    if (kb.opCount() + 12 + reserve < target && kb.rng.chance(1, 2)) {
      // (I + A/8)^-1: |A/8|_inf <= sqrt(n)/8 <= 1/4, so entries <= 4/3.
      Val eight = kb.constFloat(f, 8);
      Val small = kb.emit<DivOp>(mt, sym(0.125), a.v, eight.v);
      Val id = kb.emit<IdentityOp>(mt, sym(1));
      Val m = kb.emit<AddOp>(mt, sym(1.125), id.v, small.v);
      Val inv = kb.emit<InverseOp>(mt, sym(1.5), m.v);
      kb.addToPool(extractAt(
          kb, inv, f, {int64_t(kb.rng.index(n)), int64_t(kb.rng.index(n))}));
    }
    if (kb.opCount() + 12 + reserve < target && kb.rng.chance(1, 2)) {
      Val o = kb.emit<OuterOp>(mt, sym(1), v.v, v.v);
      Val d = kb.emit<DiagOp>(mt, sym(1), v.v);
      Val s = kb.emit<AddOp>(mt, sym(2), o.v, d.v);
      kb.addToPool(kb.emit<TraceOp>(f, sym(2 * n), s.v));
    }
    Val sum = kb.tryAdd(det, tr);
    kb.store(out, sum ? sum : det);
    kb.fillTo(target - reserve);
  }
};

class Quaternion : public Strategy {
public:
  StringRef getName() const override { return "quaternion"; }
  StringRef getDescription() const override {
    return "quat construction, normalize, from_axis_angle, product, "
           "inverse, rotate, length, components";
  }
  unsigned getDefaultWeight() const override { return 5; }
  bool isSupported(const GenConfig &config) const override {
    return hasCompositeFloat(config);
  }
  void declare(KernelBuilder &kb) const override {
    Type v3 = VecType::get(kb.ctx, 3, compositeFloat(kb.config, kb.ctx));
    kb.addArray("v", v3, Role::Input);
    kb.addArray("vout", v3, Role::Output);
  }
  void emit(KernelBuilder &kb, unsigned target) const override {
    loadInputs(kb);
    unsigned reserve = epilogueReserve(kb);
    Type f = compositeFloat(kb.config, kb.ctx);
    Type v3 = VecType::get(kb.ctx, 3, f);
    Type qt = QuatType::get(kb.ctx, f);
    SmallVector<Value> comps;
    for (unsigned i = 0; i < 4; ++i)
      comps.push_back(smallScalar(kb, f).v);
    Val q0{QuatOp::create(kb.b, kb.loc, qt, ValueRange(comps)).getResult(),
           sym(4)};
    // Unit (a zero quaternion normalizes to the identity).
    Val q1 = kb.emit<NormalizeOp>(qt, sym(1), q0.v);
    Val axis = makeVec(kb, f, 3, true);
    Val angle = kb.clampTo(smallScalar(kb, f), -4, 4);
    Val q2 = kb.emit<QuatFromAxisAngleOp>(qt, sym(1), axis.v, angle.v);
    Val q3 = kb.emit<MulOp>(qt, sym(1), q1.v, q2.v);
    if (kb.rng.chance(1, 2))
      q3 = kb.emit<QuatInverseOp>(qt, sym(1), q3.v);
    unsigned vin = 0;
    for (auto [i, a] : llvm::enumerate(kb.arrays))
      if (a.role == Role::Input && a.dtype == v3)
        vin = i;
    Val v = kb.load(vin);
    // |q| <= 1, so the rotated vector is no longer than v (<= sqrt(3)).
    Val rv = kb.emit<QuatRotateOp>(v3, sym(2), q3.v, v.v);
    kb.addToPool(kb.emit<LengthOp>(f, *checkedFloat(0, 1, 1e30), q3.v));
    kb.addToPool(extractAt(kb, q3, f, {int64_t(kb.rng.index(4))}));
    kb.addToPool(extractAt(kb, rv, f, {int64_t(kb.rng.index(3))}));
    for (auto [i, a] : llvm::enumerate(kb.arrays))
      if (a.role == Role::Output && a.dtype == v3)
        kb.store(i, rv);
    kb.fillTo(target - reserve);
  }
};

} // namespace

void mlir::warp::gen::addCompositeStrategies(StrategyList &list) {
  list.push_back(std::make_unique<Vec3Op>());
  list.push_back(std::make_unique<Matrix>());
  list.push_back(std::make_unique<Quaternion>());
}
