//===- CpuModule.h - host object code loaded for launches -------*- C++ -*-===//

#ifndef WARP_MLIR_PYTHON_CPUMODULE_H
#define WARP_MLIR_PYTHON_CPUMODULE_H

#include "Outcome.h"

#include "warp/Execution/CpuJit.h"

#include <memory>
#include <string>

namespace warp::python {

/// An object file from compileCpuObject, linked into the process; its
/// kernels' entry points stay valid while it lives.
class CpuModule {
public:
  static Outcome<std::shared_ptr<CpuModule>> load(const std::string &object);

  /// Kernel `kernel`'s CPU entry point.
  Outcome<mlir::warp::CpuEntry> entry(const std::string &kernel);

private:
  explicit CpuModule(std::unique_ptr<mlir::warp::CpuJitModule> jit)
      : jit(std::move(jit)) {}
  std::unique_ptr<mlir::warp::CpuJitModule> jit;
};

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_CPUMODULE_H
