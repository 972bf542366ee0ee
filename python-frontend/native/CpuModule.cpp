//===- CpuModule.cpp - host object code loaded for launches ---------------===//

#include "CpuModule.h"

namespace warp::python {

Outcome<std::shared_ptr<CpuModule>> CpuModule::load(const std::string &object) {
  auto jit = mlir::warp::CpuJitModule::load(object);
  if (!jit)
    return plainFailure("the CPU object code did not load: " +
                        llvm::toString(jit.takeError()));
  return std::shared_ptr<CpuModule>(new CpuModule(std::move(*jit)));
}

Outcome<mlir::warp::CpuEntry> CpuModule::entry(const std::string &kernel) {
  auto entry = jit->lookupEntry(kernel);
  if (!entry)
    return plainFailure("no CPU entry point for kernel '" + kernel +
                        "': " + llvm::toString(entry.takeError()));
  return *entry;
}

} // namespace warp::python
