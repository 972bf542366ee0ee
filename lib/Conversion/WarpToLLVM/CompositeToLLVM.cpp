//===- CompositeToLLVM.cpp - vectors, matrices, quaternions, structs ------===//
//
// Composites are nested `!llvm.array`s (docs/abi.md) built and taken apart
// with insertvalue/extractvalue; their builtins are straight-line scalar code
// that follows Warp 1.19's vec.h, mat.h, quat.h and spatial.h operation for
// operation (the order of sums, the double-precision steps of the 4x4
// determinant and inverse, what a zero length or determinant gives), so the
// results agree with Warp bit for bit. A dynamic index selects among the
// statically known components with a select chain, keeping values in
// registers.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "ScalarBuilder.h"

#include "warp/Conversion/WarpToLLVM/Elementwise.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::warp;

namespace {

//===----------------------------------------------------------------------===//
// Vector, quaternion and matrix arithmetic
//===----------------------------------------------------------------------===//

/// Whether `dot` on this vector or quaternion type starts from zero.
bool dotFromZero(Type warpType) {
  auto vec = dyn_cast<VecType>(warpType);
  return vec && vec.getLength() != 2 && vec.getLength() != 3;
}

/// vec.h `cross`.
SmallVector<Value> crossProduct(const ScalarBuilder &s, ArrayRef<Value> a,
                                ArrayRef<Value> b) {
  return {s.sub(s.mul(a[1], b[2]), s.mul(a[2], b[1])),
          s.sub(s.mul(a[2], b[0]), s.mul(a[0], b[2])),
          s.sub(s.mul(a[0], b[1]), s.mul(a[1], b[0]))};
}

/// mat.h `mul(m, v)` for a 4x4 matrix and (v, w): `r = col(0) * v[0]`, then
/// `r += col(i) * v[i]`; the first three components.
SmallVector<Value> mat44TimesVec(const ScalarBuilder &s, ArrayRef<Value> m,
                                 ArrayRef<Value> v, double w) {
  Value v4[] = {v[0], v[1], v[2], s.constant(w)};
  SmallVector<Value> result;
  for (unsigned row = 0; row < 3; ++row) {
    Value sum = s.mul(m[row * 4], v4[0]);
    for (unsigned col = 1; col < 4; ++col)
      sum = s.add(sum, s.mul(m[row * 4 + col], v4[col]));
    result.push_back(sum);
  }
  return result;
}

//===----------------------------------------------------------------------===//
// Dynamic indices
//===----------------------------------------------------------------------===//

/// One index of warp.extract / warp.insert into an array of `extent`
/// elements: a static position, or a dynamic value with a negative signed
/// index already wrapped by adding the extent (as Python does).
struct Index {
  std::optional<int64_t> position;
  Value wrapped;

  /// `index == position` for a dynamic index.
  Value is(OpBuilder &b, Location loc, int64_t at) const {
    Value constant = arith::ConstantOp::create(
        b, loc, b.getIntegerAttr(wrapped.getType(), at));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, wrapped,
                                 constant);
  }
};

/// The constant value of an index, from its warp.constant or the constant
/// it was already converted to.
std::optional<int64_t> getConstantIndex(Value warpIndex, Value index) {
  APInt bits;
  auto literal = warpIndex.getDefiningOp<ConstantOp>();
  if (literal && isa<IntegerAttr>(literal.getValue()))
    bits = cast<IntegerAttr>(literal.getValue()).getValue();
  else if (!matchPattern(index, m_ConstantInt(&bits)))
    return std::nullopt;
  if (warpIndex.getType().isSignedInteger())
    return bits.getSExtValue();
  if (!bits.isIntN(62))
    return std::nullopt;
  return static_cast<int64_t>(bits.getZExtValue());
}

/// The indices into `base` (a nested `!llvm.array`), one per level.
SmallVector<Index> getIndices(OpBuilder &b, Location loc, Value base,
                              ValueRange warpIndices, ValueRange indices) {
  SmallVector<Index> result;
  Type type = base.getType();
  for (auto [warpIndex, index] : llvm::zip(warpIndices, indices)) {
    auto arrayType = cast<LLVM::LLVMArrayType>(type);
    type = arrayType.getElementType();
    int64_t extent = arrayType.getNumElements();
    bool isSigned = warpIndex.getType().isSignedInteger();
    if (std::optional<int64_t> constant = getConstantIndex(warpIndex, index)) {
      int64_t position =
          *constant < 0 && isSigned ? *constant + extent : *constant;
      // An out-of-range constant (undefined in Warp) takes the dynamic path.
      if (position >= 0 && position < extent) {
        result.push_back({position, Value()});
        continue;
      }
    }
    Value wrapped = index;
    if (isSigned) {
      Type indexType = index.getType();
      auto constant = [&](int64_t value) -> Value {
        return arith::ConstantOp::create(b, loc,
                                         b.getIntegerAttr(indexType, value));
      };
      Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt,
                                             index, constant(0));
      wrapped = arith::SelectOp::create(
          b, loc, negative,
          arith::AddIOp::create(b, loc, index, constant(extent)), index);
    }
    result.push_back({std::nullopt, wrapped});
  }
  return result;
}

int64_t extentOf(Value array) {
  return cast<LLVM::LLVMArrayType>(array.getType()).getNumElements();
}

/// `array[indices...]`. A dynamic index selects among every element (an
/// out-of-range one, undefined in Warp, gives the last).
Value extractAt(OpBuilder &b, Location loc, Value array,
                ArrayRef<Index> indices) {
  if (indices.empty())
    return array;
  const Index &index = indices.front();
  Value element;
  if (index.position) {
    element = LLVM::ExtractValueOp::create(b, loc, array, *index.position);
  } else {
    int64_t extent = extentOf(array);
    element = LLVM::ExtractValueOp::create(b, loc, array, extent - 1);
    for (int64_t at = extent - 2; at >= 0; --at)
      element = LLVM::SelectOp::create(
          b, loc, index.is(b, loc, at),
          LLVM::ExtractValueOp::create(b, loc, array, at), element);
  }
  return extractAt(b, loc, element, indices.drop_front());
}

/// `array` with `array[indices...]` replaced by `value`. A dynamic index
/// selects, for every element, between it and its replacement.
Value insertAt(OpBuilder &b, Location loc, Value array, ArrayRef<Index> indices,
               Value value) {
  if (indices.empty())
    return value;
  const Index &index = indices.front();
  if (index.position) {
    Value replaced = value;
    if (indices.size() > 1)
      replaced = insertAt(
          b, loc, LLVM::ExtractValueOp::create(b, loc, array, *index.position),
          indices.drop_front(), value);
    return LLVM::InsertValueOp::create(b, loc, array, replaced,
                                       *index.position);
  }
  for (int64_t at = 0, extent = extentOf(array); at < extent; ++at) {
    Value element = LLVM::ExtractValueOp::create(b, loc, array, at);
    Value replaced = insertAt(b, loc, element, indices.drop_front(), value);
    array = LLVM::InsertValueOp::create(
        b, loc, array,
        LLVM::SelectOp::create(b, loc, index.is(b, loc, at), replaced, element),
        at);
  }
  return array;
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// Lowers `WarpOp` to what `build` returns from the op, its converted
/// operands, the converted result type and a `ScalarBuilder` of the result's
/// (else the first operand's) element type; a null value fails the match.
template <typename WarpOp> struct Lowering : ConvertOpToLLVMPattern<WarpOp> {
  using Adaptor = typename WarpOp::Adaptor;
  using BuildFn = Value (*)(WarpOp, Adaptor, Type, const ScalarBuilder &);

  Lowering(const LLVMTypeConverter &converter, BuildFn build)
      : ConvertOpToLLVMPattern<WarpOp>(converter), build(build) {}

  LogicalResult
  matchAndRewrite(WarpOp op, Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = this->getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "result type has no LLVM form");
    Type element = getWarpElementType(op.getType());
    if (!element && op->getNumOperands() != 0)
      element = getWarpElementType(op->getOperand(0).getType());
    Value result =
        build(op, adaptor, type, ScalarBuilder{rewriter, op.getLoc(), element});
    if (!result)
      return rewriter.notifyMatchFailure(op, "unsupported operand types");
    rewriter.replaceOp(op, result);
    return success();
  }

  BuildFn build;
};

/// The scalars of a (nested) array value, row-major.
SmallVector<Value> scalarsOf(const ScalarBuilder &s, Value value) {
  return extractScalars(s.b, s.loc, value);
}

// Construction.

/// One operand per element, or one operand for every element.
Value buildFilled(Type type, ValueRange operands, const ScalarBuilder &s) {
  SmallVector<Value> scalars(operands);
  if (scalars.size() == 1)
    scalars.assign(
        scalarsOf(s, LLVM::PoisonOp::create(s.b, s.loc, type)).size(),
        operands.front());
  return packScalars(s.b, s.loc, type, scalars);
}
Value buildVec(VecOp, VecOp::Adaptor a, Type type, const ScalarBuilder &s) {
  return buildFilled(type, a.getElements(), s);
}
Value buildMat(MatOp, MatOp::Adaptor a, Type type, const ScalarBuilder &s) {
  return buildFilled(type, a.getElements(), s);
}
Value buildQuat(QuatOp, QuatOp::Adaptor a, Type type, const ScalarBuilder &s) {
  return packScalars(s.b, s.loc, type, a.getOperands());
}
Value buildTransform(TransformOp, TransformOp::Adaptor a, Type type,
                     const ScalarBuilder &s) {
  SmallVector<Value> scalars = scalarsOf(s, a.getP());
  llvm::append_range(scalars, scalarsOf(s, a.getQ()));
  return packScalars(s.b, s.loc, type, scalars);
}
Value buildFromRows(MatrixFromRowsOp, MatrixFromRowsOp::Adaptor a, Type type,
                    const ScalarBuilder &s) {
  SmallVector<Value> scalars;
  for (Value row : a.getVectors())
    llvm::append_range(scalars, scalarsOf(s, row));
  return packScalars(s.b, s.loc, type, scalars);
}
Value buildFromCols(MatrixFromColsOp op, MatrixFromColsOp::Adaptor a, Type type,
                    const ScalarBuilder &s) {
  auto matType = cast<MatType>(op.getType());
  SmallVector<SmallVector<Value>> cols;
  for (Value col : a.getVectors())
    cols.push_back(scalarsOf(s, col));
  SmallVector<Value> scalars;
  for (unsigned row = 0; row < matType.getRows(); ++row)
    for (unsigned col = 0; col < matType.getCols(); ++col)
      scalars.push_back(cols[col][row]);
  return packScalars(s.b, s.loc, type, scalars);
}
/// Ones on a square matrix's diagonal; (0, 0, 0, 1); (0, 0, 0, 0, 0, 0, 1).
Value buildIdentity(IdentityOp op, IdentityOp::Adaptor, Type type,
                    const ScalarBuilder &s) {
  Value zero = s.constant(0), one = s.constant(1);
  SmallVector<Value> scalars;
  if (auto mat = dyn_cast<MatType>(op.getType())) {
    for (unsigned row = 0; row < mat.getRows(); ++row)
      for (unsigned col = 0; col < mat.getCols(); ++col)
        scalars.push_back(row == col ? one : zero);
  } else {
    unsigned size = isa<QuatType>(op.getType()) ? 4 : 7;
    scalars.assign(size - 1, zero);
    scalars.push_back(one);
  }
  return packScalars(s.b, s.loc, type, scalars);
}

// Element access.

Value buildExtract(ExtractOp op, ExtractOp::Adaptor a, Type,
                   const ScalarBuilder &s) {
  return extractAt(
      s.b, s.loc, a.getBase(),
      getIndices(s.b, s.loc, a.getBase(), op.getIndices(), a.getIndices()));
}
Value buildInsert(InsertOp op, InsertOp::Adaptor a, Type,
                  const ScalarBuilder &s) {
  return insertAt(
      s.b, s.loc, a.getBase(),
      getIndices(s.b, s.loc, a.getBase(), op.getIndices(), a.getIndices()),
      a.getValue());
}

// Vector and matrix builtins.

Value buildDot(DotOp op, DotOp::Adaptor a, Type, const ScalarBuilder &s) {
  return dotProduct(s, scalarsOf(s, a.getLhs()), scalarsOf(s, a.getRhs()),
                    dotFromZero(op.getLhs().getType()));
}
Value buildLengthSq(LengthSqOp op, LengthSqOp::Adaptor a, Type,
                    const ScalarBuilder &s) {
  SmallVector<Value> x = scalarsOf(s, a.getX());
  return dotProduct(s, x, x, dotFromZero(op.getX().getType()));
}
/// `sqrt(dot(a, a))` (vec.h spells out lengths 2 and 3 the same way).
Value buildLength(LengthOp op, LengthOp::Adaptor a, Type,
                  const ScalarBuilder &s) {
  SmallVector<Value> x = scalarsOf(s, a.getX());
  return s.sqrt(dotProduct(s, x, x, dotFromZero(op.getX().getType())));
}
/// vec.h: `l > kEps ? a / l : 0`; quat.h: `l > kEps ? q * (1 / l) :
/// (0, 0, 0, 1)`, with kEps = 0.
Value buildNormalize(NormalizeOp op, NormalizeOp::Adaptor a, Type type,
                     const ScalarBuilder &s) {
  SmallVector<Value> x = scalarsOf(s, a.getX());
  Value length = s.sqrt(dotProduct(s, x, x, dotFromZero(op.getX().getType())));
  Value positive = s.cmpf(arith::CmpFPredicate::OGT, length, s.constant(0));
  bool isQuat = isa<QuatType>(op.getType());
  Value inverse = isQuat ? s.div(s.constant(1), length) : Value();
  SmallVector<Value> result;
  for (auto [i, component] : llvm::enumerate(x)) {
    Value scaled =
        isQuat ? s.mul(component, inverse) : s.div(component, length);
    Value fallback = s.constant(isQuat && i == 3 ? 1 : 0);
    result.push_back(s.select(positive, scaled, fallback));
  }
  return packScalars(s.b, s.loc, type, result);
}
Value buildCross(CrossOp, CrossOp::Adaptor a, Type type,
                 const ScalarBuilder &s) {
  return packScalars(
      s.b, s.loc, type,
      crossProduct(s, scalarsOf(s, a.getLhs()), scalarsOf(s, a.getRhs())));
}
Value buildOuter(OuterOp, OuterOp::Adaptor a, Type type,
                 const ScalarBuilder &s) {
  SmallVector<Value> lhs = scalarsOf(s, a.getLhs()),
                     rhs = scalarsOf(s, a.getRhs());
  SmallVector<Value> result;
  for (Value x : lhs)
    for (Value y : rhs)
      result.push_back(s.mul(x, y));
  return packScalars(s.b, s.loc, type, result);
}
Value buildTranspose(TransposeOp op, TransposeOp::Adaptor a, Type type,
                     const ScalarBuilder &s) {
  auto matType = cast<MatType>(op.getX().getType());
  unsigned rows = matType.getRows(), cols = matType.getCols();
  SmallVector<Value> x = scalarsOf(s, a.getX());
  SmallVector<Value> result;
  for (unsigned col = 0; col < cols; ++col)
    for (unsigned row = 0; row < rows; ++row)
      result.push_back(x[row * cols + col]);
  return packScalars(s.b, s.loc, type, result);
}
Value buildDiag(DiagOp, DiagOp::Adaptor a, Type type, const ScalarBuilder &s) {
  SmallVector<Value> d = scalarsOf(s, a.getX());
  Value zero = s.constant(0);
  SmallVector<Value> result;
  for (size_t row = 0; row < d.size(); ++row)
    for (size_t col = 0; col < d.size(); ++col)
      result.push_back(row == col ? d[row] : zero);
  return packScalars(s.b, s.loc, type, result);
}
/// `ret = m[0][0]; ret += m[i][i]`.
Value buildTrace(TraceOp op, TraceOp::Adaptor a, Type, const ScalarBuilder &s) {
  unsigned n = cast<MatType>(op.getX().getType()).getRows();
  SmallVector<Value> m = scalarsOf(s, a.getX());
  Value sum = m[0];
  for (unsigned i = 1; i < n; ++i)
    sum = s.add(sum, m[i * n + i]);
  return sum;
}
/// `[[0, -z, y], [z, 0, -x], [-y, x, 0]]`.
Value buildSkew(SkewOp, SkewOp::Adaptor a, Type type, const ScalarBuilder &s) {
  SmallVector<Value> v = scalarsOf(s, a.getX());
  Value zero = s.constant(0);
  return packScalars(s.b, s.loc, type,
                     {zero, s.neg(v[2]), v[1], v[2], zero, s.neg(v[0]),
                      s.neg(v[1]), v[0], zero});
}
Value buildCwMul(CwMulOp, CwMulOp::Adaptor a, Type type,
                 const ScalarBuilder &s) {
  return buildElementwise(
      s.b, s.loc, type, {a.getLhs(), a.getRhs()},
      [&](OpBuilder &, Location, ValueRange v) { return s.mul(v[0], v[1]); });
}
Value buildCwDiv(CwDivOp, CwDivOp::Adaptor a, Type type,
                 const ScalarBuilder &s) {
  return buildElementwise(
      s.b, s.loc, type, {a.getLhs(), a.getRhs()},
      [&](OpBuilder &, Location, ValueRange v) { return s.div(v[0], v[1]); });
}

/// mat.h `determinant`: the 2x2 and 3x3 formulas in the element type.
Value determinant2(const ScalarBuilder &s, ArrayRef<Value> m) {
  return s.sub(s.mul(m[0], m[3]), s.mul(m[2], m[1]));
}
/// `dot(row0, cross(row1, row2))`.
Value determinant3(const ScalarBuilder &s, ArrayRef<Value> m) {
  return dotProduct(s, m.take_front(3),
                    crossProduct(s, m.slice(3, 3), m.slice(6, 3)),
                    /*fromZero=*/false);
}

/// mat.h's 4x4 determinant and inverse (from USD): 2x2 minors `y` of two
/// columns, computed in the element type and stored as double, then 3x3
/// cofactors `z`. The determinant expands along the first two columns.
struct Minors4 {
  const ScalarBuilder &s;
  ArrayRef<Value> m;

  Value x(unsigned row, unsigned col) const { return m[row * 4 + col]; }
  /// The six 2x2 minors of columns c and c + 1, as double: y01, y02, y03,
  /// y12, y13, y23 with yij = x[i][c] * x[j][c+1] - x[j][c] * x[i][c+1].
  std::array<Value, 6> minors(unsigned c) const {
    static constexpr unsigned pairs[6][2] = {{0, 1}, {0, 2}, {0, 3},
                                             {1, 2}, {1, 3}, {2, 3}};
    std::array<Value, 6> y;
    for (unsigned k = 0; k < 6; ++k) {
      auto [i, j] = pairs[k];
      y[k] = s.toF64(
          s.sub(s.mul(x(i, c), x(j, c + 1)), s.mul(x(j, c), x(i, c + 1))));
    }
    return y;
  }
  /// `a * ya - b * yb (+ or -) c * yc` in double, each x widened.
  Value cofactor(Value a, Value ya, Value b, Value yb, bool plus, Value c,
                 Value yc) const {
    ScalarBuilder d = s.f64();
    Value partial = d.sub(d.mul(s.toF64(a), ya), d.mul(s.toF64(b), yb));
    Value last = d.mul(s.toF64(c), yc);
    return plus ? d.add(partial, last) : d.sub(partial, last);
  }
  /// The 3x3 cofactors z0k, z1k, z2k, z3k (as double) of one column k,
  /// from x of column `col` and the minors `y` of the other pair of columns.
  /// mat.h writes them in two shapes: column 0 uses shape A with x of column
  /// 1, column 1 shape B with column 0, and columns 2 and 3 likewise with
  /// columns 3 and 2.
  std::array<Value, 4> cofactors(unsigned c, const std::array<Value, 6> &y,
                                 bool shapeA) const {
    enum { y01, y02, y03, y12, y13, y23 };
    if (shapeA) // e.g. z00 = x11*y23 - x21*y13 + x31*y12
      return {
          cofactor(x(1, c), y[y23], x(2, c), y[y13], true, x(3, c), y[y12]),
          cofactor(x(2, c), y[y03], x(3, c), y[y02], false, x(0, c), y[y23]),
          cofactor(x(0, c), y[y13], x(1, c), y[y03], true, x(3, c), y[y01]),
          cofactor(x(1, c), y[y02], x(2, c), y[y01], false, x(0, c), y[y12])};
    // e.g. z01 = x20*y13 - x30*y12 - x10*y23
    return {cofactor(x(2, c), y[y13], x(3, c), y[y12], false, x(1, c), y[y23]),
            cofactor(x(0, c), y[y23], x(2, c), y[y03], true, x(3, c), y[y02]),
            cofactor(x(1, c), y[y03], x(3, c), y[y01], false, x(0, c), y[y13]),
            cofactor(x(0, c), y[y12], x(1, c), y[y02], true, x(2, c), y[y01])};
  }
  /// `x30 * z30 + x20 * z20 + x10 * z10 + x00 * z00` in the element type.
  Value determinant(const std::array<Value, 4> &z) const {
    Value det = s.mul(x(3, 0), z[3]);
    for (int row = 2; row >= 0; --row)
      det = s.add(det, s.mul(x(row, 0), z[row]));
    return det;
  }
  std::array<Value, 4> narrow(std::array<Value, 4> z) const {
    for (Value &value : z)
      value = s.fromF64(value);
    return z;
  }
};

Value buildDeterminant(DeterminantOp op, DeterminantOp::Adaptor a, Type,
                       const ScalarBuilder &s) {
  SmallVector<Value> m = scalarsOf(s, a.getX());
  switch (cast<MatType>(op.getX().getType()).getRows()) {
  case 2:
    return determinant2(s, m);
  case 3:
    return determinant3(s, m);
  default: {
    Minors4 minors{s, m};
    return minors.determinant(
        minors.narrow(minors.cofactors(1, minors.minors(2), true)));
  }
  }
}

Value buildInverse(InverseOp op, InverseOp::Adaptor a, Type type,
                   const ScalarBuilder &s) {
  SmallVector<Value> m = scalarsOf(s, a.getX());
  unsigned n = cast<MatType>(op.getType()).getRows();
  SmallVector<Value> result;
  Value zero = s.constant(0), invertible;
  if (n == 2) {
    // det > kEps || det < -kEps; (m11, -m01, -m10, m00) * (1 / det)
    Value det = determinant2(s, m);
    invertible = arith::OrIOp::create(
        s.b, s.loc, s.cmpf(arith::CmpFPredicate::OGT, det, zero),
        s.cmpf(arith::CmpFPredicate::OLT, det, s.neg(zero)));
    Value rcp = s.div(s.constant(1), det);
    for (Value x : {m[3], s.neg(m[1]), s.neg(m[2]), m[0]})
      result.push_back(s.mul(x, rcp));
  } else if (n == 3) {
    // det != 0; the adjugate b times 1 / det.
    Value det = determinant3(s, m);
    invertible = s.cmpf(arith::CmpFPredicate::UNE, det, zero);
    Value rcp = s.div(s.constant(1), det);
    auto x = [&](unsigned row, unsigned col) { return m[row * 3 + col]; };
    for (unsigned row = 0; row < 3; ++row) {
      for (unsigned col = 0; col < 3; ++col) {
        // b[row][col] = x[c1][r1] * x[c2][r2] - x[c1][r2] * x[c2][r1] with
        // (r1, r2) and (c1, c2) the cyclic successors of row and col, as
        // mat.h spells out (e.g. b[1][0] = m12 * m20 - m10 * m22).
        unsigned r1 = (row + 1) % 3, r2 = (row + 2) % 3;
        unsigned c1 = (col + 1) % 3, c2 = (col + 2) % 3;
        Value cofactor =
            s.sub(s.mul(x(c1, r1), x(c2, r2)), s.mul(x(c1, r2), x(c2, r1)));
        result.push_back(s.mul(cofactor, rcp));
      }
    }
  } else {
    // |det| > kEps; inv[r][c] = Type(z[c][r] * (1.0 / det)) in double.
    Minors4 minors{s, m};
    ScalarBuilder d = s.f64();
    // Columns 2 and 3 of z stay double; columns 0 and 1 are Type.
    std::array<Value, 6> y01 = minors.minors(0);
    std::array<Value, 4> z2 = minors.cofactors(3, y01, /*shapeA=*/true);
    std::array<Value, 4> z3 = minors.cofactors(2, y01, /*shapeA=*/false);
    std::array<Value, 6> y23 = minors.minors(2);
    std::array<Value, 4> z0 =
        minors.narrow(minors.cofactors(1, y23, /*shapeA=*/true));
    std::array<Value, 4> z1 =
        minors.narrow(minors.cofactors(0, y23, /*shapeA=*/false));
    Value det = s.toF64(minors.determinant(z0));
    invertible = d.cmpf(arith::CmpFPredicate::OGT,
                        math::AbsFOp::create(s.b, s.loc, det), d.constant(0));
    Value rcp = d.div(d.constant(1), det);
    for (unsigned row = 0; row < 4; ++row) {
      for (unsigned col = 0; col < 4; ++col) {
        Value z = row == 0   ? s.toF64(z0[col])
                  : row == 1 ? s.toF64(z1[col])
                  : row == 2 ? z2[col]
                             : z3[col];
        result.push_back(s.fromF64(d.mul(z, rcp)));
      }
    }
    zero = s.constant(0);
  }
  for (Value &x : result)
    x = s.select(invertible, x, zero);
  return packScalars(s.b, s.loc, type, result);
}

/// wp.where: `cond` is a bool, a non-zero integer or a non-null array.
Value buildWhere(WhereOp op, WhereOp::Adaptor a, Type, const ScalarBuilder &s) {
  Value condition = a.getCondition();
  Type conditionType = op.getCondition().getType();
  if (isa<ArrayType>(conditionType)) {
    Value data = LLVM::ExtractValueOp::create(s.b, s.loc, condition, 0);
    Value null = LLVM::ZeroOp::create(s.b, s.loc, data.getType());
    condition =
        LLVM::ICmpOp::create(s.b, s.loc, LLVM::ICmpPredicate::ne, data, null);
  } else if (!conditionType.isInteger(1)) {
    Value zero = arith::ConstantOp::create(
        s.b, s.loc, s.b.getIntegerAttr(condition.getType(), 0));
    condition = arith::CmpIOp::create(s.b, s.loc, arith::CmpIPredicate::ne,
                                      condition, zero);
  }
  return LLVM::SelectOp::create(s.b, s.loc, condition, a.getTrueValue(),
                                a.getFalseValue());
}

// Quaternion and transform builtins.

/// quat.h: `half = angle * 0.5; (axis * sin(half), cos(half))`.
Value buildQuatFromAxisAngle(QuatFromAxisAngleOp,
                             QuatFromAxisAngleOp::Adaptor a, Type type,
                             const ScalarBuilder &s) {
  Value half = s.mul(a.getAngle(), s.constant(0.5));
  Value w = s.libm<math::CosOp>(half);
  Value sine = s.libm<math::SinOp>(half);
  SmallVector<Value> result;
  for (Value x : scalarsOf(s, a.getAxis()))
    result.push_back(s.mul(x, sine));
  result.push_back(w);
  return packScalars(s.b, s.loc, type, result);
}
Value buildQuatRotate(QuatRotateOp, QuatRotateOp::Adaptor a, Type type,
                      const ScalarBuilder &s) {
  return packScalars(
      s.b, s.loc, type,
      quatRotate(s, scalarsOf(s, a.getQuat()), scalarsOf(s, a.getVec())));
}
/// `(-x, -y, -z, w)`.
Value buildQuatInverse(QuatInverseOp, QuatInverseOp::Adaptor a, Type type,
                       const ScalarBuilder &s) {
  SmallVector<Value> q = scalarsOf(s, a.getX());
  return packScalars(s.b, s.loc, type,
                     {s.neg(q[0]), s.neg(q[1]), s.neg(q[2]), q[3]});
}

/// spatial.h `p + quat_rotate(q, v)` (or without p), mat.h `M * (v, 1)` (or
/// `(v, 0)`).
template <typename WarpOp, bool IsPoint>
Value buildTransformApply(WarpOp op, typename WarpOp::Adaptor a, Type type,
                          const ScalarBuilder &s) {
  SmallVector<Value> t = scalarsOf(s, a.getXform()),
                     v = scalarsOf(s, a.getVec());
  if (isa<MatType>(op.getXform().getType()))
    return packScalars(s.b, s.loc, type,
                       mat44TimesVec(s, t, v, IsPoint ? 1.0 : 0.0));
  SmallVector<Value> result = quatRotate(s, ArrayRef(t).drop_front(3), v);
  if (IsPoint)
    for (unsigned i = 0; i < 3; ++i)
      result[i] = s.add(t[i], result[i]);
  return packScalars(s.b, s.loc, type, result);
}
/// Components [begin, end) of a transform, packed as `type`.
Value sliceTransform(const ScalarBuilder &s, Value transform, unsigned begin,
                     unsigned end, Type type) {
  SmallVector<Value> scalars;
  for (unsigned i = begin; i < end; ++i)
    scalars.push_back(LLVM::ExtractValueOp::create(s.b, s.loc, transform, i));
  return packScalars(s.b, s.loc, type, scalars);
}
Value buildGetTranslation(TransformGetTranslationOp,
                          TransformGetTranslationOp::Adaptor a, Type type,
                          const ScalarBuilder &s) {
  return sliceTransform(s, a.getX(), 0, 3, type);
}
Value buildGetRotation(TransformGetRotationOp,
                       TransformGetRotationOp::Adaptor a, Type type,
                       const ScalarBuilder &s) {
  return sliceTransform(s, a.getX(), 3, 7, type);
}

// Structs: fields by position.

Value buildStruct(StructOp, StructOp::Adaptor a, Type type,
                  const ScalarBuilder &s) {
  Value result = LLVM::PoisonOp::create(s.b, s.loc, type);
  for (auto [index, field] : llvm::enumerate(a.getFields()))
    result = LLVM::InsertValueOp::create(s.b, s.loc, result, field, index);
  return result;
}
Value buildGetField(GetFieldOp op, GetFieldOp::Adaptor a, Type,
                    const ScalarBuilder &s) {
  auto index =
      cast<StructType>(op.getInput().getType()).getFieldIndex(op.getField());
  if (!index)
    return {};
  return LLVM::ExtractValueOp::create(s.b, s.loc, a.getInput(), *index);
}
Value buildSetField(SetFieldOp op, SetFieldOp::Adaptor a, Type,
                    const ScalarBuilder &s) {
  auto index =
      cast<StructType>(op.getInput().getType()).getFieldIndex(op.getField());
  if (!index)
    return {};
  return LLVM::InsertValueOp::create(s.b, s.loc, a.getInput(), a.getValue(),
                                     *index);
}

} // namespace

void mlir::warp::populateWarpCompositeToLLVMPatterns(
    const LLVMTypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<Lowering<VecOp>>(converter, buildVec);
  patterns.add<Lowering<MatOp>>(converter, buildMat);
  patterns.add<Lowering<MatrixFromRowsOp>>(converter, buildFromRows);
  patterns.add<Lowering<MatrixFromColsOp>>(converter, buildFromCols);
  patterns.add<Lowering<QuatOp>>(converter, buildQuat);
  patterns.add<Lowering<TransformOp>>(converter, buildTransform);
  patterns.add<Lowering<IdentityOp>>(converter, buildIdentity);
  patterns.add<Lowering<ExtractOp>>(converter, buildExtract);
  patterns.add<Lowering<InsertOp>>(converter, buildInsert);
  patterns.add<Lowering<DotOp>>(converter, buildDot);
  patterns.add<Lowering<CrossOp>>(converter, buildCross);
  patterns.add<Lowering<OuterOp>>(converter, buildOuter);
  patterns.add<Lowering<LengthOp>>(converter, buildLength);
  patterns.add<Lowering<LengthSqOp>>(converter, buildLengthSq);
  patterns.add<Lowering<NormalizeOp>>(converter, buildNormalize);
  patterns.add<Lowering<TransposeOp>>(converter, buildTranspose);
  patterns.add<Lowering<DeterminantOp>>(converter, buildDeterminant);
  patterns.add<Lowering<InverseOp>>(converter, buildInverse);
  patterns.add<Lowering<TraceOp>>(converter, buildTrace);
  patterns.add<Lowering<DiagOp>>(converter, buildDiag);
  patterns.add<Lowering<SkewOp>>(converter, buildSkew);
  patterns.add<Lowering<CwMulOp>>(converter, buildCwMul);
  patterns.add<Lowering<CwDivOp>>(converter, buildCwDiv);
  patterns.add<Lowering<WhereOp>>(converter, buildWhere);
  patterns.add<Lowering<QuatFromAxisAngleOp>>(converter,
                                              buildQuatFromAxisAngle);
  patterns.add<Lowering<QuatRotateOp>>(converter, buildQuatRotate);
  patterns.add<Lowering<QuatInverseOp>>(converter, buildQuatInverse);
  patterns.add<Lowering<TransformPointOp>>(
      converter, buildTransformApply<TransformPointOp, true>);
  patterns.add<Lowering<TransformVectorOp>>(
      converter, buildTransformApply<TransformVectorOp, false>);
  patterns.add<Lowering<TransformGetTranslationOp>>(converter,
                                                    buildGetTranslation);
  patterns.add<Lowering<TransformGetRotationOp>>(converter, buildGetRotation);
  patterns.add<Lowering<StructOp>>(converter, buildStruct);
  patterns.add<Lowering<GetFieldOp>>(converter, buildGetField);
  patterns.add<Lowering<SetFieldOp>>(converter, buildSetField);
}
