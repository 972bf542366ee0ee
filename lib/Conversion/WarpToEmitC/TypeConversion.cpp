//===- TypeConversion.cpp - warp types as C++ types -----------------------===//
//
// Spellings follow runtime/include/warp-source and docs/abi.md's layouts, so
// the emitted source passes arguments exactly as the other targets do.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"

#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::warp;

std::string mlir::warp::getCppTypeName(Type type) {
  return llvm::TypeSwitch<Type, std::string>(type)
      .Case([](IntegerType integer) -> std::string {
        if (integer.getWidth() == 1)
          return "bool";
        return llvm::formatv("{0}int{1}_t", integer.isUnsigned() ? "u" : "",
                             integer.getWidth());
      })
      .Case([](FloatType floatType) -> std::string {
        if (floatType.isF16())
          return "wp::half";
        return floatType.isF32() ? "float" : "double";
      })
      .Case([](VecType vec) -> std::string {
        return llvm::formatv("wp::vec_t<{0}, {1}>", vec.getLength(),
                             getCppTypeName(vec.getElementType()));
      })
      .Case([](MatType mat) -> std::string {
        return llvm::formatv("wp::mat_t<{0}, {1}, {2}>", mat.getRows(),
                             mat.getCols(),
                             getCppTypeName(mat.getElementType()));
      })
      .Case([](QuatType quat) -> std::string {
        return "wp::quat_t<" + getCppTypeName(quat.getElementType()) + ">";
      })
      .Case([](TransformType transform) -> std::string {
        return "wp::transform_t<" + getCppTypeName(transform.getElementType()) +
               ">";
      })
      .Case([](ArrayType array) -> std::string {
        return llvm::formatv("wp::array_t<{0}, {1}>",
                             getCppTypeName(array.getDtype()), array.getNdim());
      })
      .Case([](StructType structType) -> std::string {
        return structType.getName().str();
      })
      .Case([](emitc::OpaqueType opaque) -> std::string {
        return opaque.getValue().str();
      })
      .Default([](Type) -> std::string { return ""; });
}

void mlir::warp::populateWarpToEmitCTypeConversions(TypeConverter &converter) {
  // Builtin scalars other than f16 are EmitC types as they are.
  converter.addConversion([](Type type) -> std::optional<Type> {
    if (emitc::isSupportedEmitCType(type) && !type.isF16())
      return type;
    return std::nullopt;
  });
  auto toOpaque = [](Type type) -> Type {
    return emitc::OpaqueType::get(type.getContext(), getCppTypeName(type));
  };
  converter.addConversion([toOpaque](FloatType type) -> std::optional<Type> {
    if (!type.isF16())
      return std::nullopt;
    return toOpaque(type);
  });
  converter.addConversion([toOpaque](VecType type) { return toOpaque(type); });
  converter.addConversion([toOpaque](MatType type) { return toOpaque(type); });
  converter.addConversion([toOpaque](QuatType type) { return toOpaque(type); });
  converter.addConversion(
      [toOpaque](TransformType type) { return toOpaque(type); });
  converter.addConversion(
      [toOpaque](ArrayType type) { return toOpaque(type); });
  converter.addConversion(
      [toOpaque](StructType type) { return toOpaque(type); });
  converter.addConversion([&converter](RefType type) -> std::optional<Type> {
    Type value = converter.convertType(type.getElementType());
    if (!value)
      return std::nullopt;
    return emitc::LValueType::get(value);
  });
}
