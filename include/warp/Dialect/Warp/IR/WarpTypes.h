//===- WarpTypes.h - warp dialect types -------------------------*- C++ -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPTYPES_H
#define WARP_DIALECT_WARP_IR_WARPTYPES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

namespace mlir::warp {
/// wp.bool: i1.
bool isWarpBool(Type type);
/// wp.int8..wp.int64 and wp.uint8..wp.uint64: si8..si64, ui8..ui64.
bool isWarpInteger(Type type);
/// wp.float16, wp.float32, wp.float64.
bool isWarpFloat(Type type);
/// A Warp integer or float (the types arithmetic accepts).
bool isWarpNumeric(Type type);
/// Any Warp scalar: bool, integer or float.
bool isWarpScalar(Type type);
} // namespace mlir::warp

#define GET_TYPEDEF_CLASSES
#include "warp/Dialect/Warp/IR/WarpOpsTypes.h.inc"

namespace mlir::warp {
/// What an array may hold: a scalar, vector, matrix, quaternion, transform or
/// struct.
bool isWarpArrayDtype(Type type);
/// What a variable, argument or field may hold: an array dtype or an array.
bool isWarpValueType(Type type);
/// The scalar type inside a vector, matrix, quaternion or transform; the type
/// itself for a scalar; null otherwise.
Type getWarpElementType(Type type);
} // namespace mlir::warp

#endif // WARP_DIALECT_WARP_IR_WARPTYPES_H
