//===- WarpCompositeSupport.h -----------------------------------*- C++ -*-===//
//
// Declarations the generated builtin ops (math, composite, struct) refer to:
// type predicates for their operand constraints, the rules that derive a
// result type from an operand type, and shared assembly and verifier helpers.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H
#define WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H

#include "mlir/IR/OpImplementation.h"

namespace mlir::warp {

//===----------------------------------------------------------------------===//
// Type predicates
//===----------------------------------------------------------------------===//

/// A float scalar, or a vector, matrix, quaternion or transform of floats.
bool hasWarpFloatElements(Type type);
/// A Warp vector with `length` elements.
bool isWarpVecOfLength(Type type, unsigned length);
/// A Warp matrix with as many rows as columns, `minSize` to `maxSize` of each.
bool isSquareWarpMat(Type type, unsigned minSize, unsigned maxSize);

//===----------------------------------------------------------------------===//
// Result-type rules. Each is total: for an operand of the wrong kind it
// returns the operand type itself, so that the parser never builds an op with
// a null type and the operand constraint, not a crash, reports the problem.
//===----------------------------------------------------------------------===//

/// The scalar inside a vector, matrix, quaternion or transform.
Type getElementTypeOr(Type type);
/// The transposed matrix type.
Type getTransposeTypeOr(Type type);
/// A vector of length n -> the n x n matrix (wp.diag).
Type getDiagTypeOr(Type type);
/// A 3-vector -> the 3x3 matrix (wp.skew).
Type getSkewTypeOr(Type type);
/// The 3-vector of the same element type (a quaternion's axis, a transform's
/// translation).
Type getVec3TypeOr(Type type);
/// The quaternion of the same element type.
Type getQuatTypeOr(Type type);

/// The type `base[i0, i1, ...]` reads with `numIndices` indices, or null when
/// `base` takes no such number of indices. Emits why through `emitError`
/// when it is given.
Type getIndexedType(Type base, unsigned numIndices,
                    function_ref<InFlightDiagnostic()> emitError = nullptr);

/// The type of field `field` of `type`, or null with a diagnostic when `type`
/// is not a struct or has no such field.
Type getFieldType(Type type, StringRef field,
                  function_ref<InFlightDiagnostic()> emitError);

//===----------------------------------------------------------------------===//
// Assembly
//===----------------------------------------------------------------------===//

/// `: T` for an op whose operands and result all have type T.
template <typename... Rest>
ParseResult parseUniformType(OpAsmParser &parser, Type &first, Rest &...rest) {
  if (parser.parseType(first))
    return failure();
  ((rest = first), ...);
  return success();
}
template <typename... Rest>
void printUniformType(OpAsmPrinter &printer, Operation *, Type first, Rest...) {
  // Ops whose types differ fail verification and print in generic form.
  printer << first;
}

/// `: BaseType, IndexType, ...` for `base[indices]`; `element` is the type
/// the indices select (warp.extract's result, warp.insert's value).
ParseResult parseIndexedTypes(OpAsmParser &parser, Type &base,
                              SmallVectorImpl<Type> &indices, Type &element);
void printIndexedTypes(OpAsmPrinter &printer, Operation *op, Type base,
                       TypeRange indices, Type element);

/// `: StructType` for `s["field"]`; `fieldType` is the field's type.
ParseResult parseFieldType(OpAsmParser &parser, Type &structType,
                           StringAttr field, Type &fieldType);
void printFieldType(OpAsmPrinter &printer, Operation *op, Type structType,
                    StringAttr field, Type fieldType);

/// The operand types a constructor of `resultType` takes when given `count`
/// operands; fails through `emitError` when it takes no such count.
using ConstructorOperandTypesFn = function_ref<LogicalResult(
    Type resultType, unsigned count, SmallVectorImpl<Type> &operandTypes,
    function_ref<InFlightDiagnostic()> emitError)>;

/// `%a, %b, ... attr-dict : ResultType`: constructors print only the type
/// they build, which fixes every operand type.
ParseResult parseConstructor(OpAsmParser &parser, OperationState &result,
                             ConstructorOperandTypesFn operandTypes);
void printConstructor(OpAsmPrinter &printer, Operation *op);
LogicalResult verifyConstructor(Operation *op,
                                ConstructorOperandTypesFn operandTypes);

/// warp.min / warp.max: `%a, %b : T` elementwise, `%v : !warp.vec<..>` a
/// reduction to the element type.
ParseResult parseMinMax(OpAsmParser &parser, OperationState &result);
void printMinMax(OpAsmPrinter &printer, Operation *op);
LogicalResult verifyMinMax(Operation *op);
} // namespace mlir::warp

#endif // WARP_DIALECT_WARP_IR_WARPCOMPOSITESUPPORT_H
