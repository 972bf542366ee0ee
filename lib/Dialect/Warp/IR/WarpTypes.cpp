//===- WarpTypes.cpp - warp dialect types ---------------------------------===//

#include "warp/Dialect/Warp/IR/WarpTypes.h"
#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// Classification
//===----------------------------------------------------------------------===//

bool mlir::warp::isWarpBool(Type type) { return type.isSignlessInteger(1); }

bool mlir::warp::isWarpInteger(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType || intType.isSignless())
    return false;
  unsigned width = intType.getWidth();
  return width == 8 || width == 16 || width == 32 || width == 64;
}

bool mlir::warp::isWarpFloat(Type type) {
  return type.isF16() || type.isF32() || type.isF64();
}

bool mlir::warp::isWarpNumeric(Type type) {
  return isWarpInteger(type) || isWarpFloat(type);
}

bool mlir::warp::isWarpScalar(Type type) {
  return isWarpBool(type) || isWarpNumeric(type);
}

bool mlir::warp::isWarpArrayDtype(Type type) {
  return isWarpScalar(type) ||
         isa<VecType, MatType, QuatType, TransformType, StructType>(type);
}

bool mlir::warp::isWarpValueType(Type type) {
  return isWarpArrayDtype(type) || isa<ArrayType>(type);
}

Type mlir::warp::getWarpElementType(Type type) {
  return TypeSwitch<Type, Type>(type)
      .Case<VecType, MatType, QuatType, TransformType>(
          [](auto composite) { return composite.getElementType(); })
      .Default([](Type other) { return isWarpScalar(other) ? other : Type(); });
}

//===----------------------------------------------------------------------===//
// Verifiers
//===----------------------------------------------------------------------===//

static constexpr unsigned kMaxCompositeExtent = 16;

static LogicalResult verifyExtent(function_ref<InFlightDiagnostic()> emitError,
                                  StringRef what, unsigned extent) {
  if (extent < 1 || extent > kMaxCompositeExtent)
    return emitError() << what << " must be 1 to " << kMaxCompositeExtent
                       << ", got " << extent;
  return success();
}

LogicalResult VecType::verify(function_ref<InFlightDiagnostic()> emitError,
                              unsigned length, Type elementType) {
  if (failed(verifyExtent(emitError, "vector length", length)))
    return failure();
  if (!isWarpNumeric(elementType))
    return emitError() << "vector element must be a Warp integer or float, got "
                       << elementType;
  return success();
}

LogicalResult MatType::verify(function_ref<InFlightDiagnostic()> emitError,
                              unsigned rows, unsigned cols, Type elementType) {
  if (failed(verifyExtent(emitError, "matrix rows", rows)) ||
      failed(verifyExtent(emitError, "matrix columns", cols)))
    return failure();
  if (!isWarpNumeric(elementType))
    return emitError() << "matrix element must be a Warp integer or float, got "
                       << elementType;
  return success();
}

LogicalResult QuatType::verify(function_ref<InFlightDiagnostic()> emitError,
                               Type elementType) {
  if (!isWarpFloat(elementType))
    return emitError() << "quaternion element must be f16, f32 or f64, got "
                       << elementType;
  return success();
}

LogicalResult
TransformType::verify(function_ref<InFlightDiagnostic()> emitError,
                      Type elementType) {
  if (!isWarpFloat(elementType))
    return emitError() << "transform element must be f16, f32 or f64, got "
                       << elementType;
  return success();
}

LogicalResult StructType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 StringAttr name, ArrayAttr fieldNames,
                                 ArrayRef<Type> fieldTypes) {
  if (!name || name.getValue().empty())
    return emitError() << "struct needs a name";
  if (fieldNames.size() != fieldTypes.size())
    return emitError() << "struct " << name << " has " << fieldNames.size()
                       << " field names but " << fieldTypes.size() << " types";
  llvm::StringSet<> seen;
  for (auto [nameAttr, type] : llvm::zip(fieldNames, fieldTypes)) {
    auto field = dyn_cast<StringAttr>(nameAttr);
    if (!field)
      return emitError() << "struct " << name << " field names must be strings";
    if (!seen.insert(field.getValue()).second)
      return emitError() << "struct " << name << " has two fields named '"
                         << field.getValue() << "'";
    if (!isWarpValueType(type))
      return emitError() << "struct " << name << " field '" << field.getValue()
                         << "' has type " << type
                         << ", which is not a Warp value type";
  }
  return success();
}

std::optional<unsigned> StructType::getFieldIndex(StringRef field) const {
  for (auto [index, name] : llvm::enumerate(getFieldNames()))
    if (cast<StringAttr>(name).getValue() == field)
      return index;
  return std::nullopt;
}

StringRef StructType::getFieldName(unsigned index) const {
  return cast<StringAttr>(getFieldNames()[index]).getValue();
}

LogicalResult ArrayType::verify(function_ref<InFlightDiagnostic()> emitError,
                                Type dtype, unsigned ndim) {
  if (ndim < 1 || ndim > 4)
    return emitError() << "array must have 1 to 4 dimensions, got " << ndim;
  if (!isWarpArrayDtype(dtype))
    return emitError() << "array dtype must be a Warp scalar (i1, si8..si64, "
                          "ui8..ui64, f16, f32, f64), vector, matrix, "
                          "quaternion, transform or struct, got "
                       << dtype;
  return success();
}

LogicalResult RefType::verify(function_ref<InFlightDiagnostic()> emitError,
                              Type elementType) {
  if (!isWarpValueType(elementType))
    return emitError() << "a variable slot holds a Warp value type, got "
                       << elementType;
  return success();
}

//===----------------------------------------------------------------------===//
// Custom syntax: !warp.vec<3xf32>, !warp.mat<3x3xf32>,
// !warp.struct<Name {field: type, ...}>
//===----------------------------------------------------------------------===//

/// Parses `<d0xd1x...xT>` with exactly `rank` extents.
static ParseResult parseShapedBody(AsmParser &parser, unsigned rank,
                                   SmallVectorImpl<int64_t> &extents,
                                   Type &elementType) {
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseLess() ||
      parser.parseDimensionList(extents, /*allowDynamic=*/false,
                                /*withTrailingX=*/true) ||
      parser.parseType(elementType) || parser.parseGreater())
    return failure();
  if (extents.size() != rank)
    return parser.emitError(loc) << "expected " << rank << " extent"
                                 << (rank == 1 ? "" : "s") << ", got "
                                 << extents.size();
  for (int64_t extent : extents)
    if (extent < 0 || extent > std::numeric_limits<unsigned>::max())
      return parser.emitError(loc) << "extent out of range: " << extent;
  return success();
}

Type VecType::parse(AsmParser &parser) {
  SmallVector<int64_t, 1> extents;
  Type elementType;
  if (parseShapedBody(parser, 1, extents, elementType))
    return {};
  return getChecked([&] { return parser.emitError(parser.getNameLoc()); },
                    parser.getContext(), extents[0], elementType);
}

void VecType::print(AsmPrinter &printer) const {
  printer << '<' << getLength() << 'x' << getElementType() << '>';
}

Type MatType::parse(AsmParser &parser) {
  SmallVector<int64_t, 2> extents;
  Type elementType;
  if (parseShapedBody(parser, 2, extents, elementType))
    return {};
  return getChecked([&] { return parser.emitError(parser.getNameLoc()); },
                    parser.getContext(), extents[0], extents[1], elementType);
}

void MatType::print(AsmPrinter &printer) const {
  printer << '<' << getRows() << 'x' << getCols() << 'x' << getElementType()
          << '>';
}

Type StructType::parse(AsmParser &parser) {
  std::string name;
  if (parser.parseLess() || parser.parseKeywordOrString(&name) ||
      parser.parseLBrace())
    return {};
  SmallVector<Attribute> fieldNames;
  SmallVector<Type> fieldTypes;
  auto parseField = [&]() -> ParseResult {
    std::string field;
    Type type;
    if (parser.parseKeywordOrString(&field) || parser.parseColon() ||
        parser.parseType(type))
      return failure();
    fieldNames.push_back(parser.getBuilder().getStringAttr(field));
    fieldTypes.push_back(type);
    return success();
  };
  if (failed(parser.parseOptionalRBrace())) {
    if (parser.parseCommaSeparatedList(parseField) || parser.parseRBrace())
      return {};
  }
  if (parser.parseGreater())
    return {};
  MLIRContext *context = parser.getContext();
  return getChecked([&] { return parser.emitError(parser.getNameLoc()); },
                    context, StringAttr::get(context, name),
                    ArrayAttr::get(context, fieldNames), fieldTypes);
}

void StructType::print(AsmPrinter &printer) const {
  printer << '<';
  printer.printKeywordOrString(getName().getValue());
  printer << " {";
  llvm::interleaveComma(llvm::zip(getFieldNames(), getFieldTypes()), printer,
                        [&](auto field) {
                          auto [name, type] = field;
                          printer.printKeywordOrString(
                              cast<StringAttr>(name).getValue());
                          printer << ": " << type;
                        });
  printer << "}>";
}

#define GET_TYPEDEF_CLASSES
#include "warp/Dialect/Warp/IR/WarpOpsTypes.cpp.inc"

void WarpDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "warp/Dialect/Warp/IR/WarpOpsTypes.cpp.inc"
      >();
}
