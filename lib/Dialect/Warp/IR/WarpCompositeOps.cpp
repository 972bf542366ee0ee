//===- WarpCompositeOps.cpp - vectors, matrices, quaternions, transforms --===//
//
// Also home to the type rules and assembly helpers every builtin family
// shares (WarpCompositeSupport.h).
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// Type predicates and result-type rules
//===----------------------------------------------------------------------===//

bool mlir::warp::hasWarpFloatElements(Type type) {
  Type element = getWarpElementType(type);
  return element && isWarpFloat(element);
}

bool mlir::warp::isWarpVecOfLength(Type type, unsigned length) {
  auto vec = dyn_cast<VecType>(type);
  return vec && vec.getLength() == length;
}

bool mlir::warp::isSquareWarpMat(Type type, unsigned minSize,
                                 unsigned maxSize) {
  auto mat = dyn_cast<MatType>(type);
  return mat && mat.getRows() == mat.getCols() && mat.getRows() >= minSize &&
         mat.getRows() <= maxSize;
}

Type mlir::warp::getElementTypeOr(Type type) {
  Type element = getWarpElementType(type);
  return element ? element : type;
}

Type mlir::warp::getTransposeTypeOr(Type type) {
  auto mat = dyn_cast<MatType>(type);
  if (!mat)
    return type;
  return MatType::get(type.getContext(), mat.getCols(), mat.getRows(),
                      mat.getElementType());
}

Type mlir::warp::getDiagTypeOr(Type type) {
  auto vec = dyn_cast<VecType>(type);
  if (!vec)
    return type;
  return MatType::get(type.getContext(), vec.getLength(), vec.getLength(),
                      vec.getElementType());
}

Type mlir::warp::getSkewTypeOr(Type type) {
  auto vec = dyn_cast<VecType>(type);
  if (!vec)
    return type;
  return MatType::get(type.getContext(), 3, 3, vec.getElementType());
}

Type mlir::warp::getVec3TypeOr(Type type) {
  Type element = getWarpElementType(type);
  if (!element || !isWarpNumeric(element))
    return type;
  return VecType::get(type.getContext(), 3, element);
}

Type mlir::warp::getQuatTypeOr(Type type) {
  Type element = getWarpElementType(type);
  if (!element || !isWarpFloat(element))
    return type;
  return QuatType::get(type.getContext(), element);
}

/// How many elements each index of `base[...]` ranges over; empty when
/// `base` cannot be indexed.
static SmallVector<int64_t, 2> getIndexExtents(Type base) {
  return TypeSwitch<Type, SmallVector<int64_t, 2>>(base)
      .Case(
          [](VecType vec) { return SmallVector<int64_t, 2>{vec.getLength()}; })
      .Case([](MatType mat) {
        return SmallVector<int64_t, 2>{mat.getRows(), mat.getCols()};
      })
      .Case([](QuatType) { return SmallVector<int64_t, 2>{4}; })
      .Case([](TransformType) { return SmallVector<int64_t, 2>{7}; })
      .Default([](Type) { return SmallVector<int64_t, 2>{}; });
}

Type mlir::warp::getIndexedType(Type base, unsigned numIndices,
                                function_ref<InFlightDiagnostic()> emitError) {
  Type element = getWarpElementType(base);
  if (auto mat = dyn_cast<MatType>(base)) {
    if (numIndices == 2)
      return element;
    if (numIndices == 1)
      return VecType::get(base.getContext(), mat.getCols(), element);
    if (emitError)
      emitError() << base << " takes 1 index (a row) or 2 (an element), got "
                  << numIndices;
    return {};
  }
  if (!isa<VecType, QuatType, TransformType>(base)) {
    if (emitError)
      emitError() << "cannot index " << base
                  << "; expected a vector, matrix, quaternion or transform";
    return {};
  }
  if (numIndices == 1)
    return element;
  if (emitError)
    emitError() << base << " takes 1 index, got " << numIndices;
  return {};
}

//===----------------------------------------------------------------------===//
// Assembly and verifier helpers
//===----------------------------------------------------------------------===//

ParseResult mlir::warp::parseIndexedTypes(OpAsmParser &parser, Type &base,
                                          SmallVectorImpl<Type> &indices,
                                          Type &element) {
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseType(base))
    return failure();
  while (succeeded(parser.parseOptionalComma())) {
    if (parser.parseType(indices.emplace_back()))
      return failure();
  }
  element = getIndexedType(base, indices.size(),
                           [&] { return parser.emitError(loc); });
  return success(element != nullptr);
}

void mlir::warp::printIndexedTypes(OpAsmPrinter &printer, Operation *,
                                   Type base, TypeRange indices, Type) {
  printer << base;
  for (Type index : indices)
    printer << ", " << index;
}

/// Checks that `base[indices]` selects `element`; `role` names what has
/// type `element` (the result of an extract, the value of an insert).
static LogicalResult verifyIndexedType(Operation *op, Type base,
                                       unsigned numIndices, Type element,
                                       StringRef role) {
  Type expected =
      getIndexedType(base, numIndices, [&] { return op->emitOpError(); });
  if (!expected)
    return failure();
  if (element != expected)
    return op->emitOpError()
           << "indexing " << base << " with " << numIndices
           << (numIndices == 1 ? " index" : " indices") << " selects "
           << expected << ", but the " << role << " has type " << element;
  return success();
}

ParseResult
mlir::warp::parseConstructor(OpAsmParser &parser, OperationState &result,
                             ConstructorOperandTypesFn operandTypes) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SMLoc operandsLoc = parser.getCurrentLocation();
  if (parser.parseOperandList(operands) ||
      parser.parseOptionalAttrDict(result.attributes) || parser.parseColon())
    return failure();
  SMLoc typeLoc = parser.getCurrentLocation();
  Type type;
  SmallVector<Type> types;
  if (parser.parseType(type) ||
      failed(operandTypes(type, operands.size(), types,
                          [&] { return parser.emitError(typeLoc); })))
    return failure();
  result.addTypes(type);
  return parser.resolveOperands(operands, types, operandsLoc, result.operands);
}

void mlir::warp::printConstructor(OpAsmPrinter &printer, Operation *op) {
  if (op->getNumOperands() != 0)
    printer << ' ' << op->getOperands();
  printer.printOptionalAttrDict(op->getAttrs());
  printer << " : " << op->getResult(0).getType();
}

LogicalResult
mlir::warp::verifyConstructor(Operation *op,
                              ConstructorOperandTypesFn operandTypes) {
  Type type = op->getResult(0).getType();
  SmallVector<Type> expected;
  if (failed(operandTypes(type, op->getNumOperands(), expected,
                          [&] { return op->emitOpError(); })))
    return failure();
  for (auto [index, operand, want] :
       llvm::enumerate(op->getOperands(), expected)) {
    if (operand.getType() != want)
      return op->emitOpError()
             << "operand #" << index << " has type " << operand.getType()
             << ", but building " << type << " takes " << want
             << "; Warp does not convert implicitly";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Constant indices
//===----------------------------------------------------------------------===//

/// The element a constant index selects in a dimension of `extent`, with
/// Python's negative indices; nothing when it is not a constant or is out of
/// range (undefined in Warp, so never folded).
static std::optional<int64_t> getConstantIndex(Value index, int64_t extent) {
  APInt value;
  if (!matchPattern(index, m_ConstantInt(&value)))
    return std::nullopt;
  if (value.getActiveBits() > 63 && index.getType().isUnsignedInteger())
    return std::nullopt;
  int64_t position = index.getType().isUnsignedInteger()
                         ? static_cast<int64_t>(value.getZExtValue())
                         : value.getSExtValue();
  if (position < 0)
    position += extent;
  if (position < 0 || position >= extent)
    return std::nullopt;
  return position;
}

/// All indices as constants in range, or nothing.
static std::optional<SmallVector<int64_t, 2>>
getConstantIndices(Type base, ValueRange indices) {
  SmallVector<int64_t, 2> extents = getIndexExtents(base);
  if (indices.size() > extents.size())
    return std::nullopt;
  SmallVector<int64_t, 2> positions;
  for (auto [index, extent] : llvm::zip(indices, extents)) {
    std::optional<int64_t> position = getConstantIndex(index, extent);
    if (!position)
      return std::nullopt;
    positions.push_back(*position);
  }
  return positions;
}

namespace {
/// How two index lists into one value relate over their common prefix.
enum class Overlap { Same, Disjoint, Unknown };
} // namespace

static Overlap comparePrefix(Type base, ValueRange lhs, ValueRange rhs) {
  SmallVector<int64_t, 2> extents = getIndexExtents(base);
  bool same = true;
  for (auto [a, b, extent] : llvm::zip(lhs, rhs, extents)) {
    if (a == b)
      continue;
    std::optional<int64_t> x = getConstantIndex(a, extent);
    std::optional<int64_t> y = getConstantIndex(b, extent);
    if (x && y && *x != *y)
      return Overlap::Disjoint;
    if (!x || !y)
      same = false;
  }
  return same ? Overlap::Same : Overlap::Unknown;
}

//===----------------------------------------------------------------------===//
// Constructors
//===----------------------------------------------------------------------===//

LogicalResult
VecOp::expectedOperandTypes(Type resultType, unsigned count,
                            SmallVectorImpl<Type> &operandTypes,
                            function_ref<InFlightDiagnostic()> emitError) {
  auto vec = dyn_cast<VecType>(resultType);
  if (!vec)
    return emitError() << "expected a warp vector type, got " << resultType;
  if (count != vec.getLength() && count != 1)
    return emitError() << resultType << " takes " << vec.getLength()
                       << " elements, or 1 to fill every element, got " << count
                       << " (the zero vector is warp.zero)";
  operandTypes.assign(count, vec.getElementType());
  return success();
}

LogicalResult
MatOp::expectedOperandTypes(Type resultType, unsigned count,
                            SmallVectorImpl<Type> &operandTypes,
                            function_ref<InFlightDiagnostic()> emitError) {
  auto mat = dyn_cast<MatType>(resultType);
  if (!mat)
    return emitError() << "expected a warp matrix type, got " << resultType;
  unsigned size = mat.getRows() * mat.getCols();
  if (count != size && count != 1)
    return emitError() << resultType << " takes " << size
                       << " elements in row-major order, or 1 to fill every "
                          "element, got "
                       << count
                       << " (rows and columns are warp.matrix_from_rows and "
                          "warp.matrix_from_cols)";
  operandTypes.assign(count, mat.getElementType());
  return success();
}

/// A matrix from `count` vectors, each `length` long, that are its rows or
/// its columns.
static LogicalResult
expectedVectorsOf(Type resultType, unsigned count, bool rows,
                  SmallVectorImpl<Type> &operandTypes,
                  function_ref<InFlightDiagnostic()> emitError) {
  auto mat = dyn_cast<MatType>(resultType);
  if (!mat)
    return emitError() << "expected a warp matrix type, got " << resultType;
  unsigned expected = rows ? mat.getRows() : mat.getCols();
  unsigned length = rows ? mat.getCols() : mat.getRows();
  if (count != expected)
    return emitError() << resultType << " takes " << expected
                       << (rows ? " row" : " column") << " vectors, got "
                       << count;
  operandTypes.assign(count, VecType::get(resultType.getContext(), length,
                                          mat.getElementType()));
  return success();
}

LogicalResult MatrixFromRowsOp::expectedOperandTypes(
    Type resultType, unsigned count, SmallVectorImpl<Type> &operandTypes,
    function_ref<InFlightDiagnostic()> emitError) {
  return expectedVectorsOf(resultType, count, /*rows=*/true, operandTypes,
                           emitError);
}

LogicalResult MatrixFromColsOp::expectedOperandTypes(
    Type resultType, unsigned count, SmallVectorImpl<Type> &operandTypes,
    function_ref<InFlightDiagnostic()> emitError) {
  return expectedVectorsOf(resultType, count, /*rows=*/false, operandTypes,
                           emitError);
}

LogicalResult
QuatOp::expectedOperandTypes(Type resultType, unsigned count,
                             SmallVectorImpl<Type> &operandTypes,
                             function_ref<InFlightDiagnostic()> emitError) {
  auto quat = dyn_cast<QuatType>(resultType);
  if (!quat)
    return emitError() << "expected a warp quaternion type, got " << resultType;
  if (count != 4)
    return emitError() << resultType << " takes 4 components (x, y, z, w), got "
                       << count;
  operandTypes.assign(count, quat.getElementType());
  return success();
}

LogicalResult TransformOp::expectedOperandTypes(
    Type resultType, unsigned count, SmallVectorImpl<Type> &operandTypes,
    function_ref<InFlightDiagnostic()> emitError) {
  auto transform = dyn_cast<TransformType>(resultType);
  if (!transform)
    return emitError() << "expected a warp transform type, got " << resultType;
  if (count != 2)
    return emitError() << resultType
                       << " takes a translation p and a rotation q, got "
                       << count << " operands";
  operandTypes.push_back(getVec3TypeOr(resultType));
  operandTypes.push_back(getQuatTypeOr(resultType));
  return success();
}

//===----------------------------------------------------------------------===//
// Element access
//===----------------------------------------------------------------------===//

LogicalResult ExtractOp::verify() {
  return verifyIndexedType(*this, getBase().getType(), getIndices().size(),
                           getType(), "result");
}

LogicalResult InsertOp::verify() {
  return verifyIndexedType(*this, getBase().getType(), getIndices().size(),
                           getValue().getType(), "value");
}

/// The element of a constructor that `indices` select, when they are
/// constants (or when the constructor fills every element with one value).
static Value getConstructedElement(Value base, ValueRange indices) {
  Operation *def = base.getDefiningOp();
  if (!def)
    return {};
  // A fill: every element is the one operand.
  if (isa<VecOp>(def) || (isa<MatOp>(def) && indices.size() == 2))
    if (def->getNumOperands() == 1)
      return def->getOperand(0);
  std::optional<SmallVector<int64_t, 2>> positions =
      getConstantIndices(base.getType(), indices);
  if (!positions)
    return {};
  if (isa<VecOp, QuatOp>(def) ||
      (isa<MatrixFromRowsOp>(def) && positions->size() == 1))
    return def->getOperand(positions->front());
  if (isa<MatOp>(def) && positions->size() == 2)
    return def->getOperand((*positions)[0] *
                               cast<MatType>(base.getType()).getCols() +
                           (*positions)[1]);
  return {};
}

OpFoldResult ExtractOp::fold(FoldAdaptor) {
  // Look through inserts into other elements, and read an inserted value
  // straight back.
  Value base = getBase();
  while (auto insert = base.getDefiningOp<InsertOp>()) {
    Overlap overlap =
        comparePrefix(base.getType(), insert.getIndices(), getIndices());
    if (overlap == Overlap::Same &&
        insert.getIndices().size() == getIndices().size())
      return insert.getValue();
    if (overlap != Overlap::Disjoint)
      break;
    base = insert.getBase();
  }
  if (Value element = getConstructedElement(base, getIndices()))
    return element;
  if (base == getBase())
    return {};
  getBaseMutable().assign(base);
  return getResult();
}

namespace {
/// Reading from `warp.zero` reads zero.
struct ExtractFromZero : OpRewritePattern<ExtractOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ExtractOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getBase().getDefiningOp<ZeroOp>())
      return failure();
    rewriter.replaceOpWithNewOp<ZeroOp>(op, op.getType());
    return success();
  }
};

/// t[i] of a constructed transform reads p[i] (i < 3) or q[i - 3].
struct ExtractFromTransform : OpRewritePattern<ExtractOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ExtractOp op,
                                PatternRewriter &rewriter) const override {
    auto transform = op.getBase().getDefiningOp<TransformOp>();
    if (!transform)
      return failure();
    std::optional<int64_t> position = getConstantIndex(op.getIndices()[0], 7);
    if (!position)
      return failure();
    bool inP = *position < 3;
    Value part = inP ? transform.getP() : transform.getQ();
    Type indexType = op.getIndices()[0].getType();
    Value index = ConstantOp::create(
        rewriter, op.getLoc(),
        IntegerAttr::get(indexType, inP ? *position : *position - 3));
    rewriter.replaceOpWithNewOp<ExtractOp>(op, op.getType(), part,
                                           ValueRange{index});
    return success();
  }
};

/// m[i, j] of a matrix built from rows (constant i) or columns (constant j)
/// reads that vector; the other index may be a runtime value.
struct ExtractFromRowsOrCols : OpRewritePattern<ExtractOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ExtractOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getIndices().size() != 2)
      return failure();
    auto mat = cast<MatType>(op.getBase().getType());
    Operation *def = op.getBase().getDefiningOp();
    bool rows = isa_and_nonnull<MatrixFromRowsOp>(def);
    if (!rows && !isa_and_nonnull<MatrixFromColsOp>(def))
      return failure();
    Value vectorIndex = op.getIndices()[rows ? 0 : 1];
    Value elementIndex = op.getIndices()[rows ? 1 : 0];
    std::optional<int64_t> position =
        getConstantIndex(vectorIndex, rows ? mat.getRows() : mat.getCols());
    if (!position)
      return failure();
    rewriter.replaceOpWithNewOp<ExtractOp>(
        op, op.getType(), def->getOperand(*position), ValueRange{elementIndex});
    return success();
  }
};
} // namespace

void ExtractOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                            MLIRContext *context) {
  results.add<ExtractFromZero, ExtractFromTransform, ExtractFromRowsOrCols>(
      context);
}

OpFoldResult InsertOp::fold(FoldAdaptor) {
  // Writing back what was just read changes nothing.
  if (auto extract = getValue().getDefiningOp<ExtractOp>())
    if (extract.getBase() == getBase() &&
        extract.getIndices().size() == getIndices().size() &&
        comparePrefix(getBase().getType(), extract.getIndices(),
                      getIndices()) == Overlap::Same)
      return getBase();
  // A write that this one overwrites entirely (the same element, or an
  // element of the row this one replaces) is dead.
  if (auto inner = getBase().getDefiningOp<InsertOp>()) {
    if (getIndices().size() <= inner.getIndices().size() &&
        comparePrefix(getBase().getType(), getIndices(), inner.getIndices()) ==
            Overlap::Same) {
      getBaseMutable().assign(inner.getBase());
      return getResult();
    }
  }
  return {};
}

//===----------------------------------------------------------------------===//
// Builtins
//===----------------------------------------------------------------------===//

LogicalResult OuterOp::verify() {
  auto lhs = cast<VecType>(getLhs().getType());
  auto rhs = cast<VecType>(getRhs().getType());
  if (lhs.getElementType() != rhs.getElementType())
    return emitOpError() << "operands have element types "
                         << lhs.getElementType() << " and "
                         << rhs.getElementType()
                         << "; Warp does not convert implicitly";
  auto expected = MatType::get(getContext(), lhs.getLength(), rhs.getLength(),
                               lhs.getElementType());
  if (getType() != expected)
    return emitOpError() << "the outer product of " << lhs << " and " << rhs
                         << " is " << expected << ", but the result has type "
                         << getType();
  return success();
}

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  if (auto inner = getX().getDefiningOp<TransposeOp>())
    return inner.getX();
  return {};
}

LogicalResult WhereOp::verify() {
  Type trueType = getTrueValue().getType();
  if (getFalseValue().getType() != trueType)
    return emitOpError() << "values have types " << trueType << " and "
                         << getFalseValue().getType()
                         << "; wp.where takes two values of one type";
  if (getType() != trueType)
    return emitOpError() << "result has type " << getType()
                         << ", but the values have type " << trueType;
  return success();
}

OpFoldResult WhereOp::fold(FoldAdaptor adaptor) {
  // Both values are evaluated eagerly and have no effects, so either may be
  // dropped.
  if (getTrueValue() == getFalseValue())
    return getTrueValue();
  if (auto condition = dyn_cast_or_null<IntegerAttr>(adaptor.getCondition()))
    return condition.getValue().isZero() ? getFalseValue() : getTrueValue();
  return {};
}
