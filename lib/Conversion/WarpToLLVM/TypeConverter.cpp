//===- TypeConverter.cpp - warp types to LLVM types (docs/abi.md) ---------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Dialect/Warp/IR/WarpTypes.h"

using namespace mlir;
using namespace mlir::warp;

WarpToLLVMTypeConverter::WarpToLLVMTypeConverter(MLIRContext *context)
    : LLVMTypeConverter(context) {
  populateWarpToLLVMTypeConversions(*this);
}

void mlir::warp::populateWarpToLLVMTypeConversions(
    LLVMTypeConverter &converter) {
  MLIRContext *context = &converter.getContext();
  converter.addConversion([&converter](VecType type) -> Type {
    return LLVM::LLVMArrayType::get(
        converter.convertType(type.getElementType()), type.getLength());
  });
  converter.addConversion([&converter](MatType type) -> Type {
    Type row = LLVM::LLVMArrayType::get(
        converter.convertType(type.getElementType()), type.getCols());
    return LLVM::LLVMArrayType::get(row, type.getRows());
  });
  converter.addConversion([&converter](QuatType type) -> Type {
    return LLVM::LLVMArrayType::get(
        converter.convertType(type.getElementType()), 4);
  });
  // p[3] then q[4]: seven contiguous components.
  converter.addConversion([&converter](TransformType type) -> Type {
    return LLVM::LLVMArrayType::get(
        converter.convertType(type.getElementType()), 7);
  });
  converter.addConversion([&converter, context](StructType type) -> Type {
    SmallVector<Type> fields;
    for (Type field : type.getFieldTypes())
      fields.push_back(converter.convertType(field));
    return LLVM::LLVMStructType::getLiteral(context, fields);
  });
  converter.addConversion([context](ArrayType type) -> Type {
    return LLVM::LLVMStructType::getLiteral(
        context, {LLVM::LLVMPointerType::get(context),
                  LLVM::LLVMArrayType::get(IntegerType::get(context, 32),
                                           type.getNdim()),
                  LLVM::LLVMArrayType::get(IntegerType::get(context, 64),
                                           type.getNdim())});
  });
  converter.addConversion([context](RefType) -> Type {
    return LLVM::LLVMPointerType::get(context);
  });
}

LLVM::LLVMStructType mlir::warp::getLaunchBoundsType(MLIRContext *context) {
  Type i32 = IntegerType::get(context, 32);
  return LLVM::LLVMStructType::getLiteral(
      context,
      {LLVM::LLVMArrayType::get(i32, 4), i32, IntegerType::get(context, 64)});
}
