//===- CudaDriver.cpp - The CUDA driver API, loaded at run time -----------===//
//
// Entry points are resolved by the names cuda.h maps them to (cuMemAlloc is
// cuMemAlloc_v2, cuMemcpyHtoD is cuMemcpyHtoD_v2, ...): the plain names in
// this file are macros from cuda.h, so each Api member, each call and each
// symbol looked up carries the versioned name with the signature cuda.h
// declares for it.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"
#include "warp-runtime/KernelABI.h"

#include <dlfcn.h>

#include <cctype>
#include <iterator>
#include <vector>

using namespace warp::runtime;

// Every entry point except cuEventElapsedTime, which needs a fallback.
#define WARP_CUDA_ENTRY_POINTS(X)                                              \
  X(cuInit)                                                                    \
  X(cuDriverGetVersion)                                                        \
  X(cuDeviceGetCount)                                                          \
  X(cuDeviceGet)                                                               \
  X(cuDeviceGetName)                                                           \
  X(cuDeviceGetAttribute)                                                      \
  X(cuDevicePrimaryCtxRetain)                                                  \
  X(cuDevicePrimaryCtxRelease)                                                 \
  X(cuCtxSetCurrent)                                                           \
  X(cuCtxSynchronize)                                                          \
  X(cuModuleLoadDataEx)                                                        \
  X(cuModuleUnload)                                                            \
  X(cuModuleGetFunction)                                                       \
  X(cuModuleGetGlobal)                                                         \
  X(cuMemAlloc)                                                                \
  X(cuMemFree)                                                                 \
  X(cuMemcpyHtoD)                                                              \
  X(cuMemcpyDtoH)                                                              \
  X(cuMemcpyDtoD)                                                              \
  X(cuMemcpy)                                                                  \
  X(cuMemsetD8)                                                                \
  X(cuLaunchKernel)                                                            \
  X(cuEventCreate)                                                             \
  X(cuEventRecord)                                                             \
  X(cuEventSynchronize)                                                        \
  X(cuEventDestroy)                                                            \
  X(cuGetErrorName)                                                            \
  X(cuGetErrorString)

// Stringizes after expansion, giving the versioned symbol name.
#define WARP_STR_(x) #x
#define WARP_STR(x) WARP_STR_(x)

struct CudaDriver::Api {
#define WARP_DECLARE(fn) decltype(&::fn) fn = nullptr;
  WARP_CUDA_ENTRY_POINTS(WARP_DECLARE)
  WARP_DECLARE(cuEventElapsedTime)
#undef WARP_DECLARE

  /// Loads the driver library and resolves every entry point.
  Status load();
};

Status CudaDriver::Api::load() {
  // The library is never closed: the driver keeps threads and exit handlers
  // of its own, and unloading it under them is unsafe.
  const char *library = "libcuda.so.1";
  void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    std::string firstError = dlerror();
    library = "libcuda.so";
    handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
      return Status::failure(
          "no CUDA driver found (libcuda.so.1 could not be loaded: " +
          firstError + "); --device cuda needs an NVIDIA GPU and its driver");
  }

  auto missing = [&](const char *symbol) {
    return Status::failure(std::string(library) + " has no " + symbol +
                           ": the CUDA driver is older than this runtime "
                           "supports");
  };
#define WARP_RESOLVE(fn)                                                       \
  fn = reinterpret_cast<decltype(fn)>(dlsym(handle, WARP_STR(fn)));            \
  if (!fn)                                                                     \
    return missing(WARP_STR(fn));
  WARP_CUDA_ENTRY_POINTS(WARP_RESOLVE)
#undef WARP_RESOLVE

  // cuEventElapsedTime_v2 is new in CUDA 12.8; older drivers only have the
  // original, which has the same signature.
  cuEventElapsedTime = reinterpret_cast<decltype(cuEventElapsedTime)>(
      dlsym(handle, WARP_STR(cuEventElapsedTime)));
  if (!cuEventElapsedTime)
    cuEventElapsedTime = reinterpret_cast<decltype(cuEventElapsedTime)>(
        dlsym(handle, "cuEventElapsedTime"));
  if (!cuEventElapsedTime)
    return missing(WARP_STR(cuEventElapsedTime));
  return Status::success();
}

//===----------------------------------------------------------------------===//
// CudaDriver
//===----------------------------------------------------------------------===//

CudaDriver::CudaDriver(std::unique_ptr<Api> api) : api(std::move(api)) {}

CudaDriver::~CudaDriver() {
  // A failed release leaves nothing to clean up and no one to tell.
  if (context)
    api->cuDevicePrimaryCtxRelease(device);
}

Status CudaDriver::check(CUresult result, std::string_view call,
                         std::string_view detail) const {
  if (result == CUDA_SUCCESS)
    return Status::success();
  std::string message = std::string(call) + " failed: ";
  const char *errorName = nullptr;
  if (api->cuGetErrorName(result, &errorName) == CUDA_SUCCESS && errorName)
    message += errorName;
  else
    message += "CUDA error " + std::to_string(result);
  const char *errorString = nullptr;
  if (api->cuGetErrorString(result, &errorString) == CUDA_SUCCESS &&
      errorString)
    message += std::string(" (") + errorString + ")";
  if (!detail.empty())
    message += ": " + std::string(detail);
  return Status::failure(std::move(message));
}

Result<std::unique_ptr<CudaDriver>> CudaDriver::open(int ordinal) {
  auto api = std::make_unique<Api>();
  if (Status status = api->load(); status.failed())
    return status;
  std::unique_ptr<CudaDriver> driver(new CudaDriver(std::move(api)));
  const Api &cu = *driver->api;

  if (Status status = driver->check(cu.cuInit(0), "cuInit"); status.failed())
    return status;
  if (Status status = driver->check(cu.cuDriverGetVersion(&driver->version),
                                    "cuDriverGetVersion");
      status.failed())
    return status;
  int count = 0;
  if (Status status =
          driver->check(cu.cuDeviceGetCount(&count), "cuDeviceGetCount");
      status.failed())
    return status;
  if (ordinal < 0 || ordinal >= count)
    return Status::failure(
        "CUDA device " + std::to_string(ordinal) +
        " does not exist (devices found: " + std::to_string(count) + ")");
  if (Status status = driver->check(cu.cuDeviceGet(&driver->device, ordinal),
                                    "cuDeviceGet");
      status.failed())
    return status;

  char name[256] = {};
  if (Status status = driver->check(
          cu.cuDeviceGetName(name, sizeof(name) - 1, driver->device),
          "cuDeviceGetName");
      status.failed())
    return status;
  driver->name = name;
  auto &[major, minor] = driver->capability;
  for (auto [value, attribute] :
       {std::pair(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR),
        std::pair(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR),
        std::pair(&driver->multiprocessors,
                  CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)})
    if (Status status = driver->check(
            cu.cuDeviceGetAttribute(value, attribute, driver->device),
            "cuDeviceGetAttribute");
        status.failed())
      return status;

  // The primary context is the one the CUDA runtime and other libraries
  // share, so buffers can be handed between them.
  CUcontext context = nullptr;
  if (Status status =
          driver->check(cu.cuDevicePrimaryCtxRetain(&context, driver->device),
                        "cuDevicePrimaryCtxRetain");
      status.failed())
    return status;
  driver->context = context;
  if (Status status =
          driver->check(cu.cuCtxSetCurrent(context), "cuCtxSetCurrent");
      status.failed())
    return status;
  return driver;
}

Result<CudaModule> CudaDriver::loadPTX(std::string_view ptx) const {
  // The driver reads PTX up to its terminating NUL.
  std::string image(ptx);
  std::vector<char> errorLog(16 * 1024, '\0');
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *values[] = {errorLog.data(),
                    reinterpret_cast<void *>(uintptr_t(errorLog.size() - 1))};
  CUmodule module = nullptr;
  CUresult result = api->cuModuleLoadDataEx(
      &module, image.c_str(), std::size(options), options, values);
  std::string log = errorLog.data();
  while (!log.empty() && isspace(static_cast<unsigned char>(log.back())))
    log.pop_back();
  if (Status status = check(result, "cuModuleLoadDataEx", log); status.failed())
    return status;
  return CudaModule(this, module);
}

Result<DeviceBuffer> CudaDriver::alloc(size_t bytes) const {
  if (bytes == 0)
    return DeviceBuffer(this, 0, 0);
  CUdeviceptr addr = 0;
  if (Status status = check(api->cuMemAlloc(&addr, bytes), "cuMemAlloc",
                            std::to_string(bytes) + " bytes");
      status.failed())
    return status;
  return DeviceBuffer(this, addr, bytes);
}

/// Fails when `bytes` do not fit in a buffer of `size`.
static Status checkCopySize(size_t bytes, size_t size,
                            std::string_view direction) {
  if (bytes <= size)
    return Status::success();
  return Status::failure("cannot copy " + std::to_string(bytes) + " bytes " +
                         std::string(direction) + " a device buffer of " +
                         std::to_string(size) + " bytes");
}

Status CudaDriver::copyToDevice(const DeviceBuffer &dst, const void *src,
                                size_t bytes) const {
  if (Status status = checkCopySize(bytes, dst.size(), "into");
      status.failed() || bytes == 0)
    return status;
  return check(api->cuMemcpyHtoD(dst.address(), src, bytes), "cuMemcpyHtoD");
}

Status CudaDriver::copyToHost(void *dst, const DeviceBuffer &src,
                              size_t bytes) const {
  if (Status status = checkCopySize(bytes, src.size(), "out of");
      status.failed() || bytes == 0)
    return status;
  return check(api->cuMemcpyDtoH(dst, src.address(), bytes), "cuMemcpyDtoH");
}

Status CudaDriver::copyOnDevice(const DeviceBuffer &dst,
                                const DeviceBuffer &src, size_t bytes) const {
  if (Status status = checkCopySize(bytes, dst.size(), "into");
      status.failed() || bytes == 0)
    return status;
  if (Status status = checkCopySize(bytes, src.size(), "out of");
      status.failed())
    return status;
  return check(api->cuMemcpyDtoD(dst.address(), src.address(), bytes),
               "cuMemcpyDtoD");
}

Status CudaDriver::copy(void *dst, const void *src, size_t bytes) const {
  if (bytes == 0)
    return Status::success();
  return check(api->cuMemcpy(reinterpret_cast<CUdeviceptr>(dst),
                             reinterpret_cast<CUdeviceptr>(src), bytes),
               "cuMemcpy");
}

Status CudaDriver::memset(const DeviceBuffer &dst, uint8_t value) const {
  if (dst.size() == 0)
    return Status::success();
  return check(api->cuMemsetD8(dst.address(), value, dst.size()), "cuMemsetD8");
}

/// "AxBxC".
static std::string dims(Dim3 d) {
  return std::to_string(d.x) + "x" + std::to_string(d.y) + "x" +
         std::to_string(d.z);
}

Status CudaDriver::launch(CUfunction kernel, Dim3 grid, Dim3 block,
                          const std::vector<void *> &params,
                          unsigned sharedMemBytes) const {
  // The driver only reads the parameter array.
  CUresult result = api->cuLaunchKernel(
      kernel, grid.x, grid.y, grid.z, block.x, block.y, block.z, sharedMemBytes,
      /*hStream=*/nullptr, const_cast<void **>(params.data()),
      /*extra=*/nullptr);
  // Launches are hot: describe the launch only when it failed.
  if (result == CUDA_SUCCESS)
    return Status::success();
  return check(result, "cuLaunchKernel",
               "grid " + dims(grid) + ", block " + dims(block) + ", " +
                   std::to_string(sharedMemBytes) +
                   " bytes of shared memory, " + std::to_string(params.size()) +
                   " parameters");
}

Status CudaDriver::synchronize() const {
  return check(api->cuCtxSynchronize(), "cuCtxSynchronize");
}

Result<CudaTimer> CudaDriver::createTimer() const {
  CUevent begin = nullptr;
  if (Status status =
          check(api->cuEventCreate(&begin, CU_EVENT_DEFAULT), "cuEventCreate");
      status.failed())
    return status;
  // Owns `begin` from here, so a failure below destroys it.
  CudaTimer timer(this, begin, nullptr);
  if (Status status = check(api->cuEventCreate(&timer.end, CU_EVENT_DEFAULT),
                            "cuEventCreate");
      status.failed())
    return status;
  return timer;
}

//===----------------------------------------------------------------------===//
// Owned driver objects. Their destructors ignore failures: by then there is no
// one to report to, and a failed free leaves nothing else to undo.
//===----------------------------------------------------------------------===//

DeviceBuffer::DeviceBuffer(DeviceBuffer &&other) noexcept
    : driver(std::exchange(other.driver, nullptr)),
      addr(std::exchange(other.addr, 0)), bytes(std::exchange(other.bytes, 0)) {
}

DeviceBuffer &DeviceBuffer::operator=(DeviceBuffer &&other) noexcept {
  if (this != &other) {
    reset();
    driver = std::exchange(other.driver, nullptr);
    addr = std::exchange(other.addr, 0);
    bytes = std::exchange(other.bytes, 0);
  }
  return *this;
}

DeviceBuffer::~DeviceBuffer() { reset(); }

void DeviceBuffer::reset() {
  if (driver && addr)
    driver->api->cuMemFree(addr);
  driver = nullptr;
  addr = 0;
  bytes = 0;
}

CudaModule::CudaModule(CudaModule &&other) noexcept
    : driver(std::exchange(other.driver, nullptr)),
      module(std::exchange(other.module, nullptr)) {}

CudaModule &CudaModule::operator=(CudaModule &&other) noexcept {
  if (this != &other) {
    reset();
    driver = std::exchange(other.driver, nullptr);
    module = std::exchange(other.module, nullptr);
  }
  return *this;
}

CudaModule::~CudaModule() { reset(); }

void CudaModule::reset() {
  if (driver && module)
    driver->api->cuModuleUnload(module);
  driver = nullptr;
  module = nullptr;
}

Result<CUfunction> CudaModule::getFunction(const std::string &name) const {
  CUfunction function = nullptr;
  if (Status status = driver->check(
          driver->api->cuModuleGetFunction(&function, module, name.c_str()),
          "cuModuleGetFunction", "kernel '" + name + "'");
      status.failed())
    return status;
  return function;
}

Result<CUfunction>
CudaModule::getFunctionForContiguousArrays(const std::string &name) const {
  CUfunction function = nullptr;
  CUresult found = driver->api->cuModuleGetFunction(
      &function, module, (name + kContiguousEntrySuffix).c_str());
  if (found == CUDA_ERROR_NOT_FOUND)
    return getFunction(name);
  if (Status status = driver->check(found, "cuModuleGetFunction",
                                    "kernel '" + name + "' for contiguous arrays");
      status.failed())
    return status;
  return function;
}

Result<int64_t> CudaModule::rowsPerThread(const std::string &name) const {
  std::string symbol = name + kRowsPerThreadSuffix;
  CUdeviceptr address = 0;
  size_t bytes = 0;
  CUresult found =
      driver->api->cuModuleGetGlobal(&address, &bytes, module, symbol.c_str());
  if (found == CUDA_ERROR_NOT_FOUND)
    return int64_t(1);
  if (Status status = driver->check(found, "cuModuleGetGlobal", symbol);
      status.failed())
    return status;
  int32_t rows = 0;
  if (bytes != sizeof(rows))
    return Status::failure(symbol + " holds " + std::to_string(bytes) +
                           " bytes, not an int32");
  if (Status status = driver->check(
          driver->api->cuMemcpyDtoH(&rows, address, sizeof(rows)),
          "cuMemcpyDtoH", symbol);
      status.failed())
    return status;
  if (rows < 1)
    return Status::failure(symbol + " is " + std::to_string(rows) +
                           ", not a positive count");
  return int64_t(rows);
}

CudaTimer::CudaTimer(CudaTimer &&other) noexcept
    : driver(std::exchange(other.driver, nullptr)),
      begin(std::exchange(other.begin, nullptr)),
      end(std::exchange(other.end, nullptr)) {}

CudaTimer &CudaTimer::operator=(CudaTimer &&other) noexcept {
  if (this != &other) {
    reset();
    driver = std::exchange(other.driver, nullptr);
    begin = std::exchange(other.begin, nullptr);
    end = std::exchange(other.end, nullptr);
  }
  return *this;
}

CudaTimer::~CudaTimer() { reset(); }

void CudaTimer::reset() {
  if (driver && begin)
    driver->api->cuEventDestroy(begin);
  if (driver && end)
    driver->api->cuEventDestroy(end);
  driver = nullptr;
  begin = nullptr;
  end = nullptr;
}

Status CudaTimer::start() {
  return driver->check(driver->api->cuEventRecord(begin, /*hStream=*/nullptr),
                       "cuEventRecord");
}

Result<float> CudaTimer::stop() {
  const auto &cu = *driver->api;
  if (Status status = driver->check(cu.cuEventRecord(end, /*hStream=*/nullptr),
                                    "cuEventRecord");
      status.failed())
    return status;
  if (Status status =
          driver->check(cu.cuEventSynchronize(end), "cuEventSynchronize");
      status.failed())
    return status;
  float milliseconds = 0;
  if (Status status =
          driver->check(cu.cuEventElapsedTime(&milliseconds, begin, end),
                        "cuEventElapsedTime");
      status.failed())
    return status;
  return milliseconds;
}
