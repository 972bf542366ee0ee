//===- KernelSignature.h - a kernel's parameters, described -----*- C++ -*-===//
//
// What Python needs to check and lay out a launch's arguments: each
// parameter's name and type as plain data (docs/abi.md gives the layouts).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_KERNELSIGNATURE_H
#define WARP_MLIR_PYTHON_KERNELSIGNATURE_H

#include "Outcome.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir::warp {
class KernelOp;
} // namespace mlir::warp

namespace warp::python {

/// A warp type as data.
struct TypeInfo {
  /// "scalar", "vec", "mat", "quat", "transform", "struct" or "array".
  std::string kind;
  /// The components' NumPy dtype name ("float32", "uint8", "bool", ...);
  /// empty for structs and arrays.
  std::string scalar;
  /// The value's own extents: {} for a scalar, {N} for a vec, {R, C} for a
  /// mat, {4} for a quat, {7} for a transform.
  std::vector<int64_t> shape;
  /// A struct's name and field names; its field types are `children`.
  std::string name;
  std::vector<std::string> fieldNames;
  /// Struct fields, or an array's one element type.
  std::vector<TypeInfo> children;
  /// An array's dimension count.
  unsigned ndim = 0;
  /// The type as MLIR prints it.
  std::string text;
};

struct ParameterInfo {
  /// The `warp.name` argument attribute, else `argN`.
  std::string name;
  TypeInfo type;
};

struct KernelInfo {
  std::string name;
  /// The launch rank the kernel is written for (`dims(N)`), if recorded.
  std::optional<unsigned> launchDims;
  std::vector<ParameterInfo> parameters;
};

/// `kernel`'s signature; a parameter of a type no launch can pass is a
/// failure.
Outcome<KernelInfo> describeKernel(mlir::warp::KernelOp kernel);

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_KERNELSIGNATURE_H
