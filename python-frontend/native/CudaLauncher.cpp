//===- CudaLauncher.cpp - PTX kernels launched on GPU 0 -------------------===//

#include "CudaLauncher.h"

#include "warp-runtime/CudaDriver.h"
#include "warp-runtime/KernelABI.h"

#include <cstring>
#include <mutex>
#include <thread>

namespace rt = ::warp::runtime;

namespace warp::python {

namespace {
/// The process's one driver, opened on first use and kept open: modules and
/// buffers must not outlive it. Its context is current on the thread that
/// opened it only, so launches come from that thread.
struct Device {
  std::unique_ptr<rt::CudaDriver> driver;
  std::thread::id thread;
};
} // namespace

static std::mutex deviceMutex;

static Outcome<rt::CudaDriver *> openDevice() {
  static Device *device = nullptr;
  std::lock_guard<std::mutex> lock(deviceMutex);
  if (!device) {
    // A failure (no driver, no GPU) is not kept: the next call tries again.
    rt::Result<std::unique_ptr<rt::CudaDriver>> driver = rt::CudaDriver::open();
    if (!driver)
      return plainFailure(driver.message());
    device = new Device{std::move(*driver), std::this_thread::get_id()};
  }
  if (device->thread != std::this_thread::get_id())
    return plainFailure("CUDA is used from the thread that first opened the "
                        "device; this is another thread");
  return device->driver.get();
}

Outcome<std::string> cudaDeviceDescription() {
  Outcome<rt::CudaDriver *> driver = openDevice();
  if (!driver)
    return std::move(driver.failure());
  auto [major, minor] = (*driver)->computeCapability();
  return (*driver)->deviceName() + " (sm_" + std::to_string(major) +
         std::to_string(minor) + ")";
}

struct CudaKernel::Loaded {
  rt::CudaDriver *driver;
  rt::CudaModule module;
  CUfunction function;
  /// Launch indices per thread, as the module declares (docs/abi.md).
  int64_t rows;
};

CudaKernel::CudaKernel(std::unique_ptr<Loaded> loaded)
    : loaded(std::move(loaded)) {}

CudaKernel::~CudaKernel() = default;

Outcome<std::shared_ptr<CudaKernel>> CudaKernel::load(const std::string &ptx,
                                                      const std::string &name) {
  Outcome<rt::CudaDriver *> driver = openDevice();
  if (!driver)
    return std::move(driver.failure());
  rt::Result<rt::CudaModule> module = (*driver)->loadPTX(ptx);
  if (!module)
    return plainFailure(module.message());
  // launch() copies every array to a C-contiguous device buffer.
  rt::Result<CUfunction> function = module->getFunctionForContiguousArrays(name);
  if (!function)
    return plainFailure(function.message());
  rt::Result<int64_t> rows = module->rowsPerThread(name);
  if (!rows)
    return plainFailure(rows.message());
  auto loaded = std::unique_ptr<Loaded>(
      new Loaded{*driver, std::move(*module), *function, *rows});
  return std::shared_ptr<CudaKernel>(new CudaKernel(std::move(loaded)));
}

Outcome<bool> CudaKernel::launch(std::vector<std::string> parameters,
                                 const std::vector<DeviceArray> &arrays,
                                 int64_t size, unsigned block) {
  if (Outcome<rt::CudaDriver *> driver = openDevice(); !driver)
    return std::move(driver.failure());
  rt::CudaDriver &driver = *loaded->driver;
  auto fail = [](const rt::Status &status) {
    return plainFailure(status.message());
  };
  std::vector<rt::DeviceBuffer> buffers;
  for (const DeviceArray &array : arrays) {
    if (array.parameter >= parameters.size() ||
        array.offset + sizeof(void *) > parameters[array.parameter].size())
      return plainFailure("an array's data pointer lies outside its "
                          "parameter's bytes");
    rt::Result<rt::DeviceBuffer> buffer = driver.alloc(array.bytes);
    if (!buffer)
      return fail(buffer.error());
    if (array.bytes)
      if (rt::Status status =
              driver.copyToDevice(*buffer, array.host, array.bytes);
          status.failed())
        return fail(status);
    void *address = static_cast<char *>(buffer->data()) + array.dataOffset;
    std::memcpy(&parameters[array.parameter][array.offset], &address,
                sizeof(address));
    buffers.push_back(std::move(*buffer));
  }
  rt::LaunchParameters launchParameters;
  for (const std::string &bytes : parameters)
    launchParameters.add(bytes.data(), bytes.size());
  std::vector<void *> pointers = launchParameters.pointers();
  rt::LaunchBounds bounds;
  if (parameters.empty() || parameters.front().size() != sizeof(bounds))
    return plainFailure("the first parameter is not the launch bounds");
  std::memcpy(&bounds, parameters.front().data(), sizeof(bounds));
  if (bounds.size != size)
    return plainFailure("the launch bounds hold " +
                        std::to_string(bounds.size) + " indices, not " +
                        std::to_string(size));
  rt::Result<int64_t> grid = rt::gridSize(bounds, loaded->rows, block);
  if (!grid)
    return fail(grid.error());
  if (rt::Status status =
          driver.launch(loaded->function, rt::Dim3{unsigned(*grid)},
                        rt::Dim3{block}, pointers);
      status.failed())
    return fail(status);
  if (rt::Status status = driver.synchronize(); status.failed())
    return fail(status);
  for (size_t index = 0; index < arrays.size(); ++index) {
    if (!arrays[index].bytes)
      continue;
    if (rt::Status status = driver.copyToHost(
            arrays[index].host, buffers[index], arrays[index].bytes);
        status.failed())
      return fail(status);
  }
  return true;
}

} // namespace warp::python
