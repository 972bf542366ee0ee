//===- CudaDriver.h - The CUDA driver API, loaded at run time ---*- C++ -*-===//
//
// The driver library is loaded with dlopen, so every tool links and runs on
// machines without a GPU or driver and reports that as an ordinary failure.
// Every failure is a Status naming the CUDA call and the CUDA error.
//
// A CudaDriver makes its device's primary context current on the thread that
// opened it; use it, and everything it creates, from that thread. Buffers,
// modules and timers must be destroyed before the CudaDriver that made them.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_RUNTIME_CUDADRIVER_H
#define WARP_RUNTIME_CUDADRIVER_H

#include "warp-runtime/Status.h"

#include <cuda.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warp::runtime {

class CudaDriver;

/// Device memory, freed on destruction.
class DeviceBuffer {
public:
  DeviceBuffer() = default;
  DeviceBuffer(DeviceBuffer &&other) noexcept;
  DeviceBuffer &operator=(DeviceBuffer &&other) noexcept;
  ~DeviceBuffer();

  CUdeviceptr address() const { return addr; }
  /// The address as the `void *data` of an array descriptor.
  void *data() const { return reinterpret_cast<void *>(addr); }
  size_t size() const { return bytes; }

private:
  friend class CudaDriver;
  DeviceBuffer(const CudaDriver *driver, CUdeviceptr addr, size_t bytes)
      : driver(driver), addr(addr), bytes(bytes) {}
  void reset();

  const CudaDriver *driver = nullptr;
  CUdeviceptr addr = 0;
  size_t bytes = 0;
};

/// A loaded PTX module, unloaded on destruction.
class CudaModule {
public:
  CudaModule(CudaModule &&other) noexcept;
  CudaModule &operator=(CudaModule &&other) noexcept;
  ~CudaModule();

  /// The kernel (`.entry`) called `name`.
  Result<CUfunction> getFunction(const std::string &name) const;
  /// The entry of kernel `name` to launch when every array argument is
  /// C-contiguous: `name` + kContiguousEntrySuffix when the module has it
  /// (docs/abi.md), else `name`.
  Result<CUfunction> getFunctionForContiguousArrays(const std::string &name) const;
  /// The launch indices each thread of kernel `name` runs: the module's
  /// `name` + kRowsPerThreadSuffix constant, 1 when it has none (a kernel
  /// not compiled by warp-mlir, one thread per index; docs/abi.md).
  Result<int64_t> rowsPerThread(const std::string &name) const;

private:
  friend class CudaDriver;
  CudaModule(const CudaDriver *driver, CUmodule module)
      : driver(driver), module(module) {}
  void reset();

  const CudaDriver *driver = nullptr;
  CUmodule module = nullptr;
};

/// Times the device work submitted between start() and stop().
class CudaTimer {
public:
  CudaTimer(CudaTimer &&other) noexcept;
  CudaTimer &operator=(CudaTimer &&other) noexcept;
  ~CudaTimer();

  Status start();
  /// Waits until the work submitted since start() is done and returns the
  /// device time it took, in milliseconds.
  Result<float> stop();

private:
  friend class CudaDriver;
  CudaTimer(const CudaDriver *driver, CUevent begin, CUevent end)
      : driver(driver), begin(begin), end(end) {}
  void reset();

  const CudaDriver *driver = nullptr;
  CUevent begin = nullptr;
  CUevent end = nullptr;
};

/// Grid or block extents of a launch.
struct Dim3 {
  unsigned x = 1, y = 1, z = 1;
};

/// One CUDA device, with its primary context current on this thread.
class CudaDriver {
public:
  /// Loads the driver library and opens device `device`.
  static Result<std::unique_ptr<CudaDriver>> open(int device = 0);

  CudaDriver(const CudaDriver &) = delete;
  CudaDriver &operator=(const CudaDriver &) = delete;
  ~CudaDriver();

  const std::string &deviceName() const { return name; }
  /// (major, minor), e.g. (9, 0) for sm_90.
  std::pair<int, int> computeCapability() const { return capability; }
  /// The CUDA version the driver supports, e.g. 12040 for 12.4.
  int driverVersion() const { return version; }
  /// Streaming multiprocessors on the device.
  int multiprocessorCount() const { return multiprocessors; }

  /// JIT-compiles `ptx` for this device; a JIT error carries the JIT log.
  Result<CudaModule> loadPTX(std::string_view ptx) const;

  /// Allocates `bytes` of device memory; 0 bytes gives an empty buffer at
  /// address 0 (the driver refuses empty allocations).
  Result<DeviceBuffer> alloc(size_t bytes) const;
  /// Copies `bytes` from the host to the start of `dst`.
  Status copyToDevice(const DeviceBuffer &dst, const void *src,
                      size_t bytes) const;
  /// Copies `bytes` from the start of `src` to the host.
  Status copyToHost(void *dst, const DeviceBuffer &src, size_t bytes) const;
  /// Copies `bytes` from the start of `src` to the start of `dst`, both on
  /// this device. Asynchronous to the host; time it with a CudaTimer.
  Status copyOnDevice(const DeviceBuffer &dst, const DeviceBuffer &src,
                      size_t bytes) const;
  /// Copies `bytes` between any two addresses, host or device (unified
  /// addressing tells them apart), e.g. inside a buffer.
  Status copy(void *dst, const void *src, size_t bytes) const;
  /// Sets every byte of `dst` to `value`.
  Status memset(const DeviceBuffer &dst, uint8_t value) const;

  /// Launches `kernel` on the default stream. `params` holds one pointer per
  /// kernel parameter, to the bytes of that parameter (docs/abi.md). Errors
  /// raised while the kernel runs are reported by the next synchronize().
  Status launch(CUfunction kernel, Dim3 grid, Dim3 block,
                const std::vector<void *> &params,
                unsigned sharedMemBytes = 0) const;
  /// Waits for all submitted work.
  Status synchronize() const;

  Result<CudaTimer> createTimer() const;

private:
  friend class DeviceBuffer;
  friend class CudaModule;
  friend class CudaTimer;
  struct Api;

  explicit CudaDriver(std::unique_ptr<Api> api);
  /// Success, or an error naming `call` and `result`, then `detail`.
  Status check(CUresult result, std::string_view call,
               std::string_view detail = {}) const;

  std::unique_ptr<Api> api;
  CUdevice device = 0;
  CUcontext context = nullptr;
  std::string name;
  std::pair<int, int> capability;
  int version = 0;
  int multiprocessors = 1;
};

} // namespace warp::runtime

#endif // WARP_RUNTIME_CUDADRIVER_H
