//===- KernelSignature.cpp - a kernel's parameters, described -------------===//

#include "KernelSignature.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace warp::python {

/// NumPy's name for a warp scalar type, or empty.
static std::string scalarName(Type type) {
  if (type.isInteger(1))
    return "bool";
  if (auto integer = dyn_cast<IntegerType>(type))
    return (integer.isUnsigned() ? "uint" : "int") +
           std::to_string(integer.getWidth());
  if (type.isF16())
    return "float16";
  if (type.isF32())
    return "float32";
  if (type.isF64())
    return "float64";
  return "";
}

static std::string typeText(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

/// `type` as data; false when it is no type a kernel parameter can have.
static bool describeType(Type type, TypeInfo &info) {
  info.text = typeText(type);
  auto scalarOf = [&](Type element) {
    info.scalar = scalarName(element);
    return !info.scalar.empty();
  };
  if (auto vec = dyn_cast<mlir::warp::VecType>(type)) {
    info.kind = "vec";
    info.shape = {vec.getLength()};
    return scalarOf(vec.getElementType());
  }
  if (auto mat = dyn_cast<mlir::warp::MatType>(type)) {
    info.kind = "mat";
    info.shape = {mat.getRows(), mat.getCols()};
    return scalarOf(mat.getElementType());
  }
  if (auto quat = dyn_cast<mlir::warp::QuatType>(type)) {
    info.kind = "quat";
    info.shape = {4};
    return scalarOf(quat.getElementType());
  }
  if (auto transform = dyn_cast<mlir::warp::TransformType>(type)) {
    info.kind = "transform";
    info.shape = {7};
    return scalarOf(transform.getElementType());
  }
  if (auto record = dyn_cast<mlir::warp::StructType>(type)) {
    info.kind = "struct";
    info.name = record.getName().str();
    for (auto [index, field] : llvm::enumerate(record.getFieldTypes())) {
      info.fieldNames.push_back(record.getFieldName(index).str());
      TypeInfo &child = info.children.emplace_back();
      if (!describeType(field, child))
        return false;
    }
    return true;
  }
  if (auto array = dyn_cast<mlir::warp::ArrayType>(type)) {
    info.kind = "array";
    info.ndim = array.getNdim();
    TypeInfo &element = info.children.emplace_back();
    return describeType(array.getDtype(), element);
  }
  info.kind = "scalar";
  return scalarOf(type);
}

Outcome<KernelInfo> describeKernel(mlir::warp::KernelOp kernel) {
  KernelInfo info;
  info.name = kernel.getSymName().str();
  if (std::optional<uint32_t> dims = kernel.getLaunchDims())
    info.launchDims = *dims;
  for (auto [index, type] : llvm::enumerate(kernel.getArgumentTypes())) {
    ParameterInfo &parameter = info.parameters.emplace_back();
    auto name = kernel.getArgAttrOfType<StringAttr>(index, "warp.name");
    parameter.name = name ? name.str() : "arg" + std::to_string(index);
    if (!describeType(type, parameter.type))
      return plainFailure("kernel '" + info.name + "': parameter " +
                          std::to_string(index) + " (" + parameter.name +
                          ") has type " + parameter.type.text +
                          ", which a launch cannot pass");
  }
  return info;
}

} // namespace warp::python
