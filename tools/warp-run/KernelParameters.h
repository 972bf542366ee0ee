//===- KernelParameters.h - a kernel's parameters as host bytes -*- C++ -*-===//
//
// warp-run passes a kernel's arguments as docs/abi.md lays them out; this is
// the kernel's signature read from the IR, the host arrays and values for
// it (from .npy files or a seed), and their bytes.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_TOOLS_WARP_RUN_KERNELPARAMETERS_H
#define WARP_TOOLS_WARP_RUN_KERNELPARAMETERS_H

#include "warp-runtime/KernelABI.h"
#include "warp-runtime/Npy.h"

#include "mlir/IR/Types.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace mlir::warp {
class KernelOp;
} // namespace mlir::warp

namespace warp::run {

/// One kernel parameter: an array of values or one value. A value is
/// `components` scalars of NumPy type `descr` (a vec3f is 3 of `<f4`).
struct Parameter {
  std::string name;
  bool isArray = false;
  unsigned ndim = 0;
  std::string descr;
  /// The value's own extents, trailing in a .npy file: {} for a scalar,
  /// {3} for a vec3, {3, 3} for a mat33.
  std::vector<int64_t> valueShape;

  size_t scalarBytes() const;
  size_t components() const;
  size_t valueBytes() const { return components() * scalarBytes(); }
};

/// The parameters of `kernel`, named by their `warp.name` argument attribute
/// or `argN`; an unsupported type is a located error on the kernel.
mlir::FailureOr<std::vector<Parameter>>
describeParameters(mlir::warp::KernelOp kernel);

/// A parameter's host data: the elements of an array (its extents first,
/// then the value's) or one value (the value's extents).
struct HostArgument {
  Parameter parameter;
  runtime::NpyArray data;
  /// The array's extents (without the value's); empty for a value.
  std::vector<int32_t> arrayShape() const;
};

/// `parameter`'s data read from `path`; the shape must end with the value's
/// extents and (for arrays) have `ndim` more.
runtime::Result<HostArgument> readArgument(const Parameter &parameter,
                                           const std::string &path);
/// `parameter`'s data filled from `rng`: arrays take the first `ndim` launch
/// extents. Floats are uniform in [-1, 1), signed integers in [-100, 100],
/// unsigned in [0, 200], booleans 0 or 1. An array larger than the
/// machine's memory is an error, not an allocation that fails.
runtime::Result<HostArgument> randomArgument(const Parameter &parameter,
                                             const std::vector<int32_t> &dims,
                                             std::mt19937_64 &rng);

/// An array descriptor (docs/abi.md) for a C-contiguous array at `data`.
std::vector<uint8_t> arrayDescriptor(const HostArgument &argument, void *data);

} // namespace warp::run

#endif // WARP_TOOLS_WARP_RUN_KERNELPARAMETERS_H
