//===- Elementwise.cpp - apply a scalar function across composites --------===//

#include "warp/Conversion/WarpToLLVM/Elementwise.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

using namespace mlir;
using namespace mlir::warp;

Value mlir::warp::buildElementwise(
    OpBuilder &builder, Location loc, Type resultType, ValueRange operands,
    function_ref<Value(OpBuilder &, Location, ValueRange)> scalarFn) {
  auto arrayType = dyn_cast<LLVM::LLVMArrayType>(resultType);
  if (!arrayType)
    return scalarFn(builder, loc, operands);
  Value result = LLVM::PoisonOp::create(builder, loc, arrayType);
  for (unsigned index = 0; index < arrayType.getNumElements(); ++index) {
    SmallVector<Value> parts;
    for (Value operand : operands) {
      if (isa<LLVM::LLVMArrayType>(operand.getType()))
        parts.push_back(
            LLVM::ExtractValueOp::create(builder, loc, operand, index));
      else
        parts.push_back(operand);
    }
    Value element = buildElementwise(builder, loc, arrayType.getElementType(),
                                     parts, scalarFn);
    result = LLVM::InsertValueOp::create(builder, loc, result, element, index);
  }
  return result;
}

SmallVector<Value> mlir::warp::extractScalars(OpBuilder &builder, Location loc,
                                              Value value) {
  auto arrayType = dyn_cast<LLVM::LLVMArrayType>(value.getType());
  if (!arrayType)
    return {value};
  SmallVector<Value> scalars;
  for (unsigned index = 0; index < arrayType.getNumElements(); ++index)
    llvm::append_range(
        scalars,
        extractScalars(builder, loc,
                       LLVM::ExtractValueOp::create(builder, loc, value,
                                                    index)));
  return scalars;
}

/// Consumes scalars from the front of `scalars` to build one `type`.
static Value packFront(OpBuilder &builder, Location loc, Type type,
                       ValueRange &scalars) {
  auto arrayType = dyn_cast<LLVM::LLVMArrayType>(type);
  if (!arrayType) {
    Value scalar = scalars.front();
    scalars = scalars.drop_front();
    return scalar;
  }
  Value result = LLVM::PoisonOp::create(builder, loc, arrayType);
  for (unsigned index = 0; index < arrayType.getNumElements(); ++index) {
    Value element =
        packFront(builder, loc, arrayType.getElementType(), scalars);
    result = LLVM::InsertValueOp::create(builder, loc, result, element, index);
  }
  return result;
}

Value mlir::warp::packScalars(OpBuilder &builder, Location loc, Type type,
                              ValueRange scalars) {
  return packFront(builder, loc, type, scalars);
}
