//===- CudaLauncher.h - PTX kernels launched on GPU 0 -----------*- C++ -*-===//
//
// Launches through the project's runtime (runtime/, the CUDA driver loaded
// with dlopen): on a machine without a driver every call fails with a
// message that says so. Arrays are copied to the device before the launch
// and back after it.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_CUDALAUNCHER_H
#define WARP_MLIR_PYTHON_CUDALAUNCHER_H

#include "Outcome.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace warp::python {

/// Host memory an argument's bytes point to: `bytes` at `host` are copied
/// to a device buffer and back after the launch; the buffer's address plus
/// `dataOffset` is written at byte `offset` of parameter `parameter` (an
/// array descriptor's data pointer).
struct DeviceArray {
  size_t parameter = 0;
  size_t offset = 0;
  void *host = nullptr;
  size_t bytes = 0;
  size_t dataOffset = 0;
};

/// The device's name and compute capability, e.g. "NVIDIA H100 (sm_90)".
Outcome<std::string> cudaDeviceDescription();

class CudaKernel {
public:
  /// Kernel `name` of `ptx`, loaded on GPU 0.
  static Outcome<std::shared_ptr<CudaKernel>> load(const std::string &ptx,
                                                   const std::string &name);
  ~CudaKernel();

  /// Runs the kernel: `parameters` holds each parameter's bytes (the launch
  /// bounds first), `arrays` the host memory to place on the device, `size`
  /// the launch's index count, `block` threads per block.
  Outcome<bool> launch(std::vector<std::string> parameters,
                       const std::vector<DeviceArray> &arrays, int64_t size,
                       unsigned block);

private:
  struct Loaded;
  explicit CudaKernel(std::unique_ptr<Loaded> loaded);
  std::unique_ptr<Loaded> loaded;
};

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_CUDALAUNCHER_H
