//===- CudaBindings.h - CudaKernel, load_cuda, cuda_device -----*- C++ -*-===//

#ifndef WARP_MLIR_PYTHON_CUDABINDINGS_H
#define WARP_MLIR_PYTHON_CUDABINDINGS_H

#include <nanobind/nanobind.h>

namespace warp::python {

/// Adds the CUDA launcher's bindings to `m` (it needs no LLVM, so a module
/// of these alone builds on GPU machines without it: native/cuda-check).
void bindCuda(nanobind::module_ &m);

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_CUDABINDINGS_H
