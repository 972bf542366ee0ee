//===- MgpuRuntime.cpp - the runtime calls of MLIR's gpu-to-llvm ----------===//
//
// Host code lowered by `gpu-to-llvm` (a kernel's `k_launch`, docs/abi.md)
// calls mgpuModuleLoad, mgpuLaunchKernel and their kin; upstream implements
// them in a CUDA runtime wrappers library that Debian does not ship. These
// implement the same C functions over CudaDriver, so lowered host code runs
// against libwarp-mgpu-runtime.so on any machine with the CUDA driver, and
// reports a missing driver by name.
//
// Compiled code cannot receive errors, so a failure prints the CUDA call and
// error and exits with status 1. Every launch goes to the default stream:
// streams are accepted and otherwise ignored, and synchronizing one waits
// for the device.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

using namespace warp::runtime;

namespace {

/// The driver of device 0, opened on first use and never destroyed: lowered
/// host code unloads its modules from a global destructor, which may run
/// after this library's static objects are gone.
CudaDriver &driver() {
  static CudaDriver *instance = [] {
    Result<std::unique_ptr<CudaDriver>> opened = CudaDriver::open();
    if (!opened) {
      std::fprintf(stderr, "warp-mgpu-runtime: error: %s\n",
                   opened.message().c_str());
      std::exit(1);
    }
    return opened->release();
  }();
  return *instance;
}

void check(const Status &status, const char *what) {
  if (!status.failed())
    return;
  std::fprintf(stderr, "warp-mgpu-runtime: error: %s: %s\n", what,
               status.message().c_str());
  std::exit(1);
}

template <typename T> T take(Result<T> result, const char *what) {
  check(result ? Status::success() : result.error(), what);
  return std::move(*result);
}

/// Buffers from mgpuMemAlloc, by device address, until mgpuMemFree; never
/// destroyed either, for the same reason.
struct Buffers {
  std::mutex mutex;
  std::map<CUdeviceptr, DeviceBuffer> byAddress;
};
Buffers &buffers() {
  static auto *allocated = new Buffers();
  return *allocated;
}

} // namespace

#define WARP_MGPU_EXPORT extern "C" __attribute__((visibility("default")))

/// A module from a cubin, fatbin or PTX image (the driver tells them apart).
WARP_MGPU_EXPORT void *mgpuModuleLoad(void *data, size_t size) {
  return new CudaModule(take(
      driver().loadPTX(std::string_view(static_cast<const char *>(data), size)),
      "mgpuModuleLoad"));
}

/// A module from PTX text, JIT-compiled by the driver.
WARP_MGPU_EXPORT void *mgpuModuleLoadJIT(void *data, int /*optLevel*/,
                                         size_t size) {
  return mgpuModuleLoad(data, size);
}

WARP_MGPU_EXPORT void mgpuModuleUnload(void *module) {
  delete static_cast<CudaModule *>(module);
}

WARP_MGPU_EXPORT CUfunction mgpuModuleGetFunction(void *module,
                                                  const char *name) {
  return take(static_cast<CudaModule *>(module)->getFunction(name),
              "mgpuModuleGetFunction");
}

/// The default stream.
WARP_MGPU_EXPORT CUstream mgpuStreamCreate() {
  driver();
  return nullptr;
}

WARP_MGPU_EXPORT void mgpuStreamSynchronize(CUstream) {
  check(driver().synchronize(), "mgpuStreamSynchronize");
}

WARP_MGPU_EXPORT void mgpuStreamDestroy(CUstream) {}

WARP_MGPU_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                       intptr_t gridY, intptr_t gridZ,
                                       intptr_t blockX, intptr_t blockY,
                                       intptr_t blockZ, int32_t sharedBytes,
                                       CUstream, void **params, void **,
                                       size_t paramCount) {
  check(driver().launch(
            function, Dim3{unsigned(gridX), unsigned(gridY), unsigned(gridZ)},
            Dim3{unsigned(blockX), unsigned(blockY), unsigned(blockZ)},
            std::vector<void *>(params, params + paramCount),
            unsigned(sharedBytes)),
        "mgpuLaunchKernel");
}

WARP_MGPU_EXPORT void *mgpuMemAlloc(uint64_t bytes, CUstream,
                                    bool isHostShared) {
  if (isHostShared)
    check(Status::failure("host-shared (managed) memory is not supported"),
          "mgpuMemAlloc");
  DeviceBuffer buffer = take(driver().alloc(bytes), "mgpuMemAlloc");
  void *address = buffer.data();
  std::lock_guard<std::mutex> lock(buffers().mutex);
  buffers().byAddress.emplace(buffer.address(), std::move(buffer));
  return address;
}

WARP_MGPU_EXPORT void mgpuMemFree(void *address, CUstream) {
  std::lock_guard<std::mutex> lock(buffers().mutex);
  buffers().byAddress.erase(reinterpret_cast<CUdeviceptr>(address));
}

/// Copies between any two addresses, host or device (a device address may
/// point inside a buffer).
WARP_MGPU_EXPORT void mgpuMemcpy(void *dst, void *src, size_t bytes, CUstream) {
  check(driver().copy(dst, src, bytes), "mgpuMemcpy");
}
