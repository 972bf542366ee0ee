//===- SourceEntries.cpp - what a launch means in emitted source ----------===//
//
// The entry points are fixed shapes around each kernel's body, so they are
// written as text (emitc.verbatim) rather than built op by op.
//
//===----------------------------------------------------------------------===//

#include "SourceEntries.h"

#include "CppNames.h"

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::warp;

/// Adds `type`'s structs to `order`, each after the structs its fields hold.
static void collectStructs(Type type, llvm::SetVector<StructType> &order) {
  if (auto array = dyn_cast<ArrayType>(type))
    return collectStructs(array.getDtype(), order);
  if (auto ref = dyn_cast<RefType>(type))
    return collectStructs(ref.getElementType(), order);
  auto structType = dyn_cast<StructType>(type);
  if (!structType || order.contains(structType))
    return;
  for (Type field : structType.getFieldTypes())
    collectStructs(field, order);
  order.insert(structType);
}

std::string mlir::warp::defineStructs(ModuleOp module) {
  llvm::SetVector<StructType> order;
  module.walk([&](Operation *op) {
    for (Type type : op->getResultTypes())
      collectStructs(type, order);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (Type type : block.getArgumentTypes())
          collectStructs(type, order);
  });
  std::string text;
  llvm::raw_string_ostream os(text);
  for (StructType structType : order) {
    // An aggregate with C layout; the constructor is what warp.struct
    // calls, and `T()` (value-initialized) is the zero struct.
    StringRef name = structType.getName();
    os << "struct " << name << " {\n";
    SmallVector<std::string> fields, parameters;
    for (auto [index, type] : llvm::enumerate(structType.getFieldTypes())) {
      std::string field = structType.getFieldName(index).str();
      os << "  " << getCppTypeName(type) << " " << field << ";\n";
      fields.push_back(field);
      parameters.push_back(getCppTypeName(type) + " " + field + "_");
    }
    os << "  " << name << "() = default;\n";
    os << "  WP_FUNC " << name << "(" << llvm::join(parameters, ", ") << ")";
    for (auto [index, field] : llvm::enumerate(fields))
      os << (index ? ", " : "\n      : ") << field << "(" << field << "_)";
    os << " {}\n};\n\n";
  }
  return text;
}

/// The body's arguments after the launch indices, each `prefix<name>`.
static std::string bodyArguments(ArrayRef<std::string> indices,
                                 StringRef prefix,
                                 ArrayRef<std::string> names) {
  SmallVector<std::string> arguments(indices);
  for (const std::string &name : names)
    arguments.push_back((prefix + name).str());
  return llvm::join(arguments, ", ");
}

/// Names for the kernel's arguments in an entry, clear of `reserved`.
static SmallVector<std::string>
entryArgumentNames(const SourceKernel &kernel,
                   std::initializer_list<StringRef> reserved) {
  llvm::StringSet<> taken;
  for (StringRef name : reserved)
    taken.insert(name);
  SmallVector<std::string> names;
  for (auto [index, name] : llvm::enumerate(kernel.argumentNames))
    names.push_back(claimCppName(name, ("arg" + std::to_string(index)), taken));
  return names;
}

std::string mlir::warp::defineCpuEntry(const SourceKernel &kernel) {
  SmallVector<std::string> names = entryArgumentNames(kernel, {"bounds"});
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "// The arguments of " << kernel.name
     << " as docs/abi.md lays them out.\n";
  os << "struct " << kernel.name << "_args {\n";
  os << "  wp::launch_bounds_t bounds;\n";
  for (auto [type, name] : llvm::zip(kernel.argumentTypes, names))
    os << "  " << getCppTypeName(type) << " " << name << ";\n";
  os << "};\n\n";
  os << "extern \"C\" void " << kernel.name << "_cpu(const void *args) {\n";
  os << "  const " << kernel.name << "_args &launch = *static_cast<const "
     << kernel.name << "_args *>(args);\n";
  SmallVector<std::string> indices;
  std::string indent = "  ";
  for (unsigned dim = 0; dim < kernel.rank; ++dim) {
    std::string index = "i" + std::to_string(dim);
    os << indent << "for (int32_t " << index << " = 0; " << index
       << " < launch.bounds.shape[" << dim << "]; ++" << index << ")\n";
    indices.push_back(index);
    indent += "  ";
  }
  os << indent << kernel.name << "_body("
     << bodyArguments(indices, "launch.", names) << ");\n";
  os << "}\n";
  return text;
}

std::string mlir::warp::defineCudaEntry(const SourceKernel &kernel) {
  SmallVector<std::string> names = entryArgumentNames(
      kernel, {"bounds", "stride", "index", "rest", "i0", "i1", "i2", "i3"});
  SmallVector<std::string> parameters{"wp::launch_bounds_t bounds"};
  for (auto [type, name] : llvm::zip(kernel.argumentTypes, names))
    parameters.push_back(getCppTypeName(type) + " " + name);
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "extern \"C\" __global__ void " << kernel.name << "("
     << llvm::join(parameters, ", ") << ") {\n";
  os << "  const int64_t stride = int64_t(gridDim.x) * blockDim.x;\n";
  os << "  for (int64_t index = int64_t(blockIdx.x) * blockDim.x + "
        "threadIdx.x;\n"
        "       index < bounds.size; index += stride) {\n";
  SmallVector<std::string> indices(kernel.rank);
  if (kernel.rank > 1)
    os << "    int64_t rest = index;\n";
  for (unsigned dim = kernel.rank; dim-- > 0;) {
    indices[dim] = "i" + std::to_string(dim);
    std::string source = kernel.rank > 1 ? "rest" : "index";
    if (dim == 0) {
      os << "    const int32_t " << indices[dim] << " = int32_t(" << source
         << ");\n";
      continue;
    }
    os << "    const int32_t " << indices[dim]
       << " = int32_t(rest % bounds.shape[" << dim << "]);\n";
    os << "    rest /= bounds.shape[" << dim << "];\n";
  }
  os << "    " << kernel.name << "_body(" << bodyArguments(indices, "", names)
     << ");\n";
  os << "  }\n}\n";
  return text;
}

DictionaryAttr mlir::warp::describeEntry(MLIRContext *context,
                                         const SourceKernel &kernel) {
  Builder builder(context);
  SmallVector<Attribute> types;
  for (Type type : kernel.argumentTypes)
    types.push_back(TypeAttr::get(type));
  SmallVector<StringRef> names(kernel.argumentNames.begin(),
                               kernel.argumentNames.end());
  return builder.getDictionaryAttr(
      {builder.getNamedAttr("name", builder.getStringAttr(kernel.name)),
       builder.getNamedAttr("rank", builder.getI32IntegerAttr(kernel.rank)),
       builder.getNamedAttr("types", builder.getArrayAttr(types)),
       builder.getNamedAttr("names", builder.getStrArrayAttr(names))});
}

std::optional<SourceKernel> mlir::warp::entryOf(DictionaryAttr described) {
  auto name = described.getAs<StringAttr>("name");
  auto rank = described.getAs<IntegerAttr>("rank");
  auto types = described.getAs<ArrayAttr>("types");
  auto names = described.getAs<ArrayAttr>("names");
  if (!name || !rank || !types || !names || types.size() != names.size())
    return std::nullopt;
  SourceKernel kernel{name.str(), unsigned(rank.getInt()), {}, {}};
  for (auto [type, argumentName] : llvm::zip(types, names)) {
    auto typeAttr = dyn_cast<TypeAttr>(type);
    auto nameAttr = dyn_cast<StringAttr>(argumentName);
    if (!typeAttr || !nameAttr)
      return std::nullopt;
    kernel.argumentTypes.push_back(typeAttr.getValue());
    kernel.argumentNames.push_back(nameAttr.str());
  }
  return kernel;
}
