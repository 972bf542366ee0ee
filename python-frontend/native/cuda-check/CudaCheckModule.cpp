//===- CudaCheckModule.cpp - warp_mlir._native, CUDA only -----------------===//
//
// The CUDA launcher's bindings alone (no compiler), so that wm.launch's
// CUDA path runs on GPU machines without LLVM; check.py drives it with PTX
// compiled elsewhere.
//
//===----------------------------------------------------------------------===//

#include "CudaBindings.h"
#include "PythonErrors.h"

NB_MODULE(_native, m) {
  m.doc() = "warp_mlir._native, CUDA launcher only (native/cuda-check)";
  warp::python::importErrorTypes(m);
  warp::python::bindCuda(m);
}
