//===- TypeConverter.cpp - warp types to LLVM types (docs/abi.md) ---------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Dialect/Warp/IR/WarpTypes.h"

using namespace mlir;
using namespace mlir::warp;

WarpToLLVMTypeConverter::WarpToLLVMTypeConverter(MLIRContext *context)
    : LLVMTypeConverter(context) {
  addConversion([this](VecType type) -> Type {
    return LLVM::LLVMArrayType::get(convertType(type.getElementType()),
                                    type.getLength());
  });
  addConversion([this](MatType type) -> Type {
    Type row = LLVM::LLVMArrayType::get(convertType(type.getElementType()),
                                        type.getCols());
    return LLVM::LLVMArrayType::get(row, type.getRows());
  });
  addConversion([this](QuatType type) -> Type {
    return LLVM::LLVMArrayType::get(convertType(type.getElementType()), 4);
  });
  // p[3] then q[4]: seven contiguous components.
  addConversion([this](TransformType type) -> Type {
    return LLVM::LLVMArrayType::get(convertType(type.getElementType()), 7);
  });
  addConversion([this](StructType type) -> Type {
    SmallVector<Type> fields;
    for (Type field : type.getFieldTypes())
      fields.push_back(convertType(field));
    return LLVM::LLVMStructType::getLiteral(&getContext(), fields);
  });
  addConversion([this](ArrayType type) -> Type {
    MLIRContext *context = &getContext();
    return LLVM::LLVMStructType::getLiteral(
        context,
        {LLVM::LLVMPointerType::get(context),
         LLVM::LLVMArrayType::get(IntegerType::get(context, 32),
                                  type.getNdim()),
         LLVM::LLVMArrayType::get(IntegerType::get(context, 64),
                                  type.getNdim())});
  });
  addConversion([this](RefType) -> Type {
    return LLVM::LLVMPointerType::get(&getContext());
  });
}

LLVM::LLVMStructType WarpToLLVMTypeConverter::getLaunchBoundsType() const {
  MLIRContext *context = &getContext();
  Type i32 = IntegerType::get(context, 32);
  return LLVM::LLVMStructType::getLiteral(
      context, {LLVM::LLVMArrayType::get(i32, 4), i32,
                IntegerType::get(context, 64)});
}
