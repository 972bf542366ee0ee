//===- KernelParameters.cpp - a kernel's parameters as host bytes ---------===//

#include "KernelParameters.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/Support/MathExtras.h"

#include <cstring>
#include <limits>
#include <unistd.h>

namespace warp::run {

using mlir::Type;
using runtime::NpyArray;
using runtime::Result;
using runtime::Status;

size_t Parameter::scalarBytes() const {
  return std::strtoul(descr.c_str() + 2, nullptr, 10);
}

size_t Parameter::components() const {
  size_t n = 1;
  for (int64_t extent : valueShape)
    n *= extent;
  return n;
}

/// NumPy's type string for a warp scalar type, or empty.
static std::string scalarDescr(Type type) {
  if (type.isInteger(1))
    return "|b1";
  if (auto integer = mlir::dyn_cast<mlir::IntegerType>(type)) {
    unsigned bytes = integer.getWidth() / 8;
    return std::string(bytes == 1 ? "|" : "<") +
           (integer.isUnsigned() ? "u" : "i") + std::to_string(bytes);
  }
  if (type.isF16())
    return "<f2";
  if (type.isF32())
    return "<f4";
  if (type.isF64())
    return "<f8";
  return "";
}

/// Fills `parameter` with the layout of a value of `type`; false when warp-run
/// cannot pass it.
static bool describeValue(Type type, Parameter &parameter) {
  Type scalar = type;
  if (auto vec = mlir::dyn_cast<mlir::warp::VecType>(type)) {
    scalar = vec.getElementType();
    parameter.valueShape = {vec.getLength()};
  } else if (auto mat = mlir::dyn_cast<mlir::warp::MatType>(type)) {
    scalar = mat.getElementType();
    parameter.valueShape = {mat.getRows(), mat.getCols()};
  } else if (auto quat = mlir::dyn_cast<mlir::warp::QuatType>(type)) {
    scalar = quat.getElementType();
    parameter.valueShape = {4};
  } else if (auto transform = mlir::dyn_cast<mlir::warp::TransformType>(type)) {
    scalar = transform.getElementType();
    parameter.valueShape = {7};
  }
  parameter.descr = scalarDescr(scalar);
  return !parameter.descr.empty();
}

mlir::FailureOr<std::vector<Parameter>>
describeParameters(mlir::warp::KernelOp kernel) {
  std::vector<Parameter> parameters;
  for (auto [index, type] : llvm::enumerate(kernel.getArgumentTypes())) {
    Parameter parameter;
    auto name = kernel.getArgAttrOfType<mlir::StringAttr>(index, "warp.name");
    parameter.name = name ? name.str() : "arg" + std::to_string(index);
    Type valueType = type;
    if (auto array = mlir::dyn_cast<mlir::warp::ArrayType>(type)) {
      parameter.isArray = true;
      parameter.ndim = array.getNdim();
      valueType = array.getDtype();
    }
    if (!describeValue(valueType, parameter))
      return kernel.emitError()
             << "warp-run cannot pass parameter " << index << " ("
             << parameter.name << ") of type " << type << " yet";
    parameters.push_back(std::move(parameter));
  }
  return parameters;
}

std::vector<int32_t> HostArgument::arrayShape() const {
  if (!parameter.isArray)
    return {};
  return std::vector<int32_t>(data.shape.begin(),
                              data.shape.begin() + parameter.ndim);
}

/// `shape` as Python writes a tuple: (), (3,), (3, 4).
static std::string shapeText(const std::vector<int64_t> &shape) {
  std::string text = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    text += (i ? ", " : "") + std::to_string(shape[i]);
  return text + (shape.size() == 1 ? ",)" : ")");
}

Result<HostArgument> readArgument(const Parameter &parameter,
                                  const std::string &path) {
  Result<NpyArray> array = runtime::readNpy(path);
  if (!array)
    return array.error();
  std::string what = path + " for parameter '" + parameter.name + "'";
  if (array->descr != parameter.descr)
    return Status::failure(what + ": element type " + array->descr +
                           ", the kernel takes " + parameter.descr);
  size_t leading = parameter.isArray ? parameter.ndim : 0;
  const std::vector<int64_t> &shape = array->shape;
  bool fits = shape.size() == leading + parameter.valueShape.size() &&
              std::equal(parameter.valueShape.begin(),
                         parameter.valueShape.end(), shape.begin() + leading);
  // A single-component value may also come as a 1-element 1-d array.
  if (!fits && !parameter.isArray &&
      array->count() == int64_t(parameter.components()))
    fits = true;
  if (!fits) {
    std::string expected = parameter.isArray
                               ? std::to_string(parameter.ndim) + " extents"
                               : "no extents";
    if (!parameter.valueShape.empty())
      expected += " then " + shapeText(parameter.valueShape);
    return Status::failure(what + ": shape " + shapeText(shape) +
                           ", expected " + expected);
  }
  for (size_t i = 0; i < leading; ++i)
    if (shape[i] > std::numeric_limits<int32_t>::max())
      return Status::failure(what + ": extent " + std::to_string(shape[i]) +
                             " is over the int32 limit of array shapes");
  return HostArgument{parameter, std::move(*array)};
}

/// Stores `value` as one scalar of `descr` at `out`.
static void storeScalar(const std::string &descr, double value, uint8_t *out) {
  char kind = descr[1];
  size_t bytes = std::strtoul(descr.c_str() + 2, nullptr, 10);
  if (kind == 'f') {
    if (bytes == 2) {
      llvm::APFloat half(value);
      bool lost;
      half.convert(llvm::APFloat::IEEEhalf(),
                   llvm::APFloat::rmNearestTiesToEven, &lost);
      uint16_t bits = half.bitcastToAPInt().getZExtValue();
      std::memcpy(out, &bits, 2);
    } else if (bytes == 4) {
      float f = value;
      std::memcpy(out, &f, 4);
    } else {
      std::memcpy(out, &value, 8);
    }
    return;
  }
  int64_t integer = static_cast<int64_t>(value);
  std::memcpy(out, &integer, bytes); // little-endian: the low bytes
}

/// The bytes of physical memory, or 0 when the system does not say.
static uint64_t physicalMemory() {
  long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
  return pages > 0 && pageSize > 0 ? uint64_t(pages) * uint64_t(pageSize) : 0;
}

Result<HostArgument> randomArgument(const Parameter &parameter,
                                    const std::vector<int32_t> &dims,
                                    std::mt19937_64 &rng) {
  NpyArray array;
  array.descr = parameter.descr;
  if (parameter.isArray) {
    if (parameter.ndim > dims.size())
      return Status::failure("parameter '" + parameter.name + "' is a " +
                             std::to_string(parameter.ndim) +
                             "-d array but the launch has " +
                             std::to_string(dims.size()) +
                             " dimensions: give its data with --inputs");
    array.shape.assign(dims.begin(), dims.begin() + parameter.ndim);
  }
  llvm::append_range(array.shape, parameter.valueShape);
  // Each launch extent fits in 32 bits, their product in bytes need not fit
  // in memory (or in 64 bits): refuse it rather than fail to allocate.
  bool overflow = false;
  uint64_t total = parameter.scalarBytes();
  for (int64_t extent : array.shape) {
    bool step = false;
    total = llvm::SaturatingMultiply(total, uint64_t(extent), &step);
    overflow |= step;
  }
  overflow &= total != 0; // an extent of 0
  uint64_t memory = physicalMemory();
  if (overflow || (memory && total > memory))
    return Status::failure(
        "parameter '" + parameter.name + "': an array of shape " +
        shapeText(array.shape) + " of " + parameter.descr + " is " +
        (overflow ? "over 2^64" : std::to_string(total)) +
        " bytes, more than the " + std::to_string(memory) +
        " bytes of memory: launch over smaller --dim, or give its data with "
        "--inputs");
  size_t scalars = array.count();
  size_t bytes = parameter.scalarBytes();
  array.data.resize(scalars * bytes);
  char kind = parameter.descr[1];
  for (size_t i = 0; i < scalars; ++i) {
    double value;
    if (kind == 'f')
      value = std::uniform_real_distribution<double>(-1.0, 1.0)(rng);
    else if (kind == 'b')
      value = std::uniform_int_distribution<int>(0, 1)(rng);
    else if (kind == 'u')
      value = std::uniform_int_distribution<int>(0, 200)(rng);
    else
      value = std::uniform_int_distribution<int>(-100, 100)(rng);
    storeScalar(parameter.descr, value, &array.data[i * bytes]);
  }
  return HostArgument{parameter, std::move(array)};
}

std::vector<uint8_t> arrayDescriptor(const HostArgument &argument, void *data) {
  return runtime::contiguousArrayDescriptor(data, argument.arrayShape(),
                                            argument.parameter.valueBytes());
}

} // namespace warp::run
