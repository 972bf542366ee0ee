//===- Elementwise.h - apply a scalar function across composites -*- C++ -*-===//
//
// Vectors, matrices, quaternions and transforms lower to nested
// `!llvm.array`s of scalars; most of their ops are one scalar op per
// component. These helpers build that once for every lowering.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_CONVERSION_WARPTOLLVM_ELEMENTWISE_H
#define WARP_CONVERSION_WARPTOLLVM_ELEMENTWISE_H

#include "mlir/IR/Builders.h"

namespace mlir::warp {

/// Builds a value of `resultType` (an LLVM scalar or nested `!llvm.array`)
/// whose every scalar is `scalarFn` of the corresponding scalars of
/// `operands`. An operand whose type is not an array is used for every
/// component (a scalar broadcast, as in `v * s`).
Value buildElementwise(
    OpBuilder &builder, Location loc, Type resultType, ValueRange operands,
    function_ref<Value(OpBuilder &, Location, ValueRange)> scalarFn);

/// The scalars of a (nested) `!llvm.array` value in row-major order; a
/// scalar value is its own single element.
SmallVector<Value> extractScalars(OpBuilder &builder, Location loc,
                                  Value value);

/// Packs row-major `scalars` into a value of `type` (a scalar or nested
/// `!llvm.array`).
Value packScalars(OpBuilder &builder, Location loc, Type type,
                  ValueRange scalars);

} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOLLVM_ELEMENTWISE_H
