//===- WarpStructOps.cpp - @wp.struct construction and fields -------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::warp;

Type mlir::warp::getFieldType(Type type, StringRef field,
                              function_ref<InFlightDiagnostic()> emitError) {
  auto structType = dyn_cast<StructType>(type);
  if (!structType) {
    emitError() << "expected a warp struct type, got " << type;
    return {};
  }
  std::optional<unsigned> index = structType.getFieldIndex(field);
  if (!index) {
    emitError() << "struct " << structType.getName() << " has no field \""
                << field << "\"";
    return {};
  }
  return structType.getFieldTypes()[*index];
}

ParseResult mlir::warp::parseFieldType(OpAsmParser &parser, Type &structType,
                                       StringAttr field, Type &fieldType) {
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseType(structType))
    return failure();
  fieldType = getFieldType(structType, field.getValue(),
                           [&] { return parser.emitError(loc); });
  return success(fieldType != nullptr);
}

void mlir::warp::printFieldType(OpAsmPrinter &printer, Operation *,
                                Type structType, StringAttr, Type) {
  printer << structType;
}

/// Checks that field `field` of `structType` has type `type`; `role` names
/// what has type `type` (the result of a read, the value of a write).
static LogicalResult verifyFieldType(Operation *op, Type structType,
                                     StringRef field, Type type,
                                     StringRef role) {
  Type expected =
      getFieldType(structType, field, [&] { return op->emitOpError(); });
  if (!expected)
    return failure();
  if (type != expected)
    return op->emitOpError()
           << "field \"" << field << "\" of struct "
           << cast<StructType>(structType).getName() << " has type " << expected
           << ", but the " << role << " has type " << type;
  return success();
}

LogicalResult
StructOp::expectedOperandTypes(Type resultType, unsigned count,
                               SmallVectorImpl<Type> &operandTypes,
                               function_ref<InFlightDiagnostic()> emitError) {
  auto structType = dyn_cast<StructType>(resultType);
  if (!structType)
    return emitError() << "expected a warp struct type, got " << resultType;
  ArrayRef<Type> fields = structType.getFieldTypes();
  if (count != fields.size())
    return emitError() << "struct " << structType.getName() << " has "
                       << fields.size() << " fields, got " << count
                       << " values (the default constructor is warp.zero)";
  operandTypes.assign(fields.begin(), fields.end());
  return success();
}

LogicalResult GetFieldOp::verify() {
  return verifyFieldType(*this, getInput().getType(), getField(), getType(),
                         "result");
}

LogicalResult SetFieldOp::verify() {
  return verifyFieldType(*this, getInput().getType(), getField(),
                         getValue().getType(), "value");
}

OpFoldResult GetFieldOp::fold(FoldAdaptor) {
  // Look through writes to other fields; read a written value straight back.
  Value input = getInput();
  while (auto set = input.getDefiningOp<SetFieldOp>()) {
    if (set.getField() == getField())
      return set.getValue();
    input = set.getInput();
  }
  if (auto construct = input.getDefiningOp<StructOp>())
    return construct.getFields()[*cast<StructType>(input.getType())
                                      .getFieldIndex(getField())];
  if (input == getInput())
    return {};
  getInputMutable().assign(input);
  return getResult();
}

namespace {
/// A field of `warp.zero` is zero.
struct GetFieldOfZero : OpRewritePattern<GetFieldOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(GetFieldOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getInput().getDefiningOp<ZeroOp>())
      return failure();
    rewriter.replaceOpWithNewOp<ZeroOp>(op, op.getType());
    return success();
  }
};
} // namespace

void GetFieldOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                             MLIRContext *context) {
  results.add<GetFieldOfZero>(context);
}

OpFoldResult SetFieldOp::fold(FoldAdaptor) {
  // Writing back what was just read changes nothing.
  if (auto get = getValue().getDefiningOp<GetFieldOp>())
    if (get.getInput() == getInput() && get.getField() == getField())
      return getInput();
  // An earlier write to the same field is overwritten.
  if (auto inner = getInput().getDefiningOp<SetFieldOp>())
    if (inner.getField() == getField()) {
      getInputMutable().assign(inner.getInput());
      return getResult();
    }
  return {};
}
