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

#include "llvm/ADT/Twine.h"
#include "llvm/Support/FormatVariadic.h"

#include <dlfcn.h>
#include <vector>

using namespace llvm;
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
  X(cuMemAlloc)                                                                \
  X(cuMemFree)                                                                 \
  X(cuMemcpyHtoD)                                                              \
  X(cuMemcpyDtoH)                                                              \
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
  Error load();
};

Error CudaDriver::Api::load() {
  // The library is never closed: the driver keeps threads and exit handlers
  // of its own, and unloading it under them is unsafe.
  const char *library = "libcuda.so.1";
  void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    std::string firstError = dlerror();
    library = "libcuda.so";
    handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
      return createStringError(
          "no CUDA driver found (libcuda.so.1 could not be loaded: " +
          firstError +
          "); --device cuda needs an NVIDIA GPU and its driver");
  }

  auto missing = [&](const char *symbol) {
    return createStringError(Twine(library) + " has no " + symbol +
                             ": the CUDA driver is older than this runtime "
                             "supports");
  };
#define WARP_RESOLVE(fn)                                                       \
  fn = reinterpret_cast<decltype(fn)>(dlsym(handle, WARP_STR(fn)));           \
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
  return Error::success();
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

Error CudaDriver::check(CUresult result, StringRef call,
                        StringRef detail) const {
  if (result == CUDA_SUCCESS)
    return Error::success();
  std::string message = (call + " failed: ").str();
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
    message += (": " + detail).str();
  return createStringError(message);
}

Expected<std::unique_ptr<CudaDriver>> CudaDriver::open(int ordinal) {
  auto api = std::make_unique<Api>();
  if (Error err = api->load())
    return std::move(err);
  std::unique_ptr<CudaDriver> driver(new CudaDriver(std::move(api)));
  const Api &cu = *driver->api;

  if (Error err = driver->check(cu.cuInit(0), "cuInit"))
    return std::move(err);
  if (Error err = driver->check(cu.cuDriverGetVersion(&driver->version),
                                "cuDriverGetVersion"))
    return std::move(err);
  int count = 0;
  if (Error err = driver->check(cu.cuDeviceGetCount(&count), "cuDeviceGetCount"))
    return std::move(err);
  if (ordinal < 0 || ordinal >= count)
    return createStringError("CUDA device " + Twine(ordinal) +
                             " does not exist: there are " + Twine(count) +
                             " CUDA devices");
  if (Error err = driver->check(cu.cuDeviceGet(&driver->device, ordinal),
                                "cuDeviceGet"))
    return std::move(err);

  char name[256] = {};
  if (Error err = driver->check(
          cu.cuDeviceGetName(name, sizeof(name) - 1, driver->device),
          "cuDeviceGetName"))
    return std::move(err);
  driver->name = name;
  auto &[major, minor] = driver->capability;
  if (Error err = driver->check(
          cu.cuDeviceGetAttribute(
              &major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,
              driver->device),
          "cuDeviceGetAttribute"))
    return std::move(err);
  if (Error err = driver->check(
          cu.cuDeviceGetAttribute(
              &minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,
              driver->device),
          "cuDeviceGetAttribute"))
    return std::move(err);

  // The primary context is the one the CUDA runtime and other libraries
  // share, so buffers can be handed between them.
  CUcontext context = nullptr;
  if (Error err = driver->check(
          cu.cuDevicePrimaryCtxRetain(&context, driver->device),
          "cuDevicePrimaryCtxRetain"))
    return std::move(err);
  driver->context = context;
  if (Error err = driver->check(cu.cuCtxSetCurrent(context), "cuCtxSetCurrent"))
    return std::move(err);
  return std::move(driver);
}

Expected<CudaModule> CudaDriver::loadPTX(StringRef ptx) const {
  // The driver reads PTX up to its terminating NUL.
  std::string image = ptx.str();
  std::vector<char> errorLog(16 * 1024, '\0');
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *values[] = {errorLog.data(),
                    reinterpret_cast<void *>(uintptr_t(errorLog.size() - 1))};
  CUmodule module = nullptr;
  CUresult result = api->cuModuleLoadDataEx(&module, image.c_str(),
                                            std::size(options), options, values);
  if (Error err = check(result, "cuModuleLoadDataEx",
                        StringRef(errorLog.data()).trim()))
    return std::move(err);
  return CudaModule(this, module);
}

Expected<DeviceBuffer> CudaDriver::alloc(size_t bytes) const {
  if (bytes == 0)
    return DeviceBuffer(this, 0, 0);
  CUdeviceptr addr = 0;
  if (Error err = check(api->cuMemAlloc(&addr, bytes), "cuMemAlloc",
                        Twine(bytes).str() + " bytes"))
    return std::move(err);
  return DeviceBuffer(this, addr, bytes);
}

/// Fails when `bytes` do not fit in a buffer of `size`.
static Error checkCopySize(size_t bytes, size_t size, StringRef direction) {
  if (bytes <= size)
    return Error::success();
  return createStringError("cannot copy " + Twine(bytes) + " bytes " +
                           direction + " a device buffer of " + Twine(size) +
                           " bytes");
}

Error CudaDriver::copyToDevice(const DeviceBuffer &dst, const void *src,
                               size_t bytes) const {
  if (Error err = checkCopySize(bytes, dst.size(), "into"))
    return err;
  if (bytes == 0)
    return Error::success();
  return check(api->cuMemcpyHtoD(dst.address(), src, bytes), "cuMemcpyHtoD");
}

Error CudaDriver::copyToHost(void *dst, const DeviceBuffer &src,
                             size_t bytes) const {
  if (Error err = checkCopySize(bytes, src.size(), "out of"))
    return err;
  if (bytes == 0)
    return Error::success();
  return check(api->cuMemcpyDtoH(dst, src.address(), bytes), "cuMemcpyDtoH");
}

Error CudaDriver::memset(const DeviceBuffer &dst, uint8_t value) const {
  if (dst.size() == 0)
    return Error::success();
  return check(api->cuMemsetD8(dst.address(), value, dst.size()),
               "cuMemsetD8");
}

Error CudaDriver::launch(CUfunction kernel, Dim3 grid, Dim3 block,
                         ArrayRef<void *> params,
                         unsigned sharedMemBytes) const {
  // The driver only reads the parameter array.
  CUresult result = api->cuLaunchKernel(
      kernel, grid.x, grid.y, grid.z, block.x, block.y, block.z,
      sharedMemBytes, /*hStream=*/nullptr, const_cast<void **>(params.data()),
      /*extra=*/nullptr);
  return check(result, "cuLaunchKernel",
               formatv("grid {0}x{1}x{2}, block {3}x{4}x{5}, {6} bytes of "
                       "shared memory, {7} parameters",
                       grid.x, grid.y, grid.z, block.x, block.y, block.z,
                       sharedMemBytes, params.size())
                   .str());
}

Error CudaDriver::synchronize() const {
  return check(api->cuCtxSynchronize(), "cuCtxSynchronize");
}

Expected<CudaTimer> CudaDriver::createTimer() const {
  CUevent begin = nullptr;
  if (Error err = check(api->cuEventCreate(&begin, CU_EVENT_DEFAULT),
                        "cuEventCreate"))
    return std::move(err);
  // Owns `begin` from here, so a failure below destroys it.
  CudaTimer timer(this, begin, nullptr);
  if (Error err = check(api->cuEventCreate(&timer.end, CU_EVENT_DEFAULT),
                        "cuEventCreate"))
    return std::move(err);
  return std::move(timer);
}

//===----------------------------------------------------------------------===//
// Owned driver objects. Their destructors ignore failures: by then there is no
// one to report to, and a failed free leaves nothing else to undo.
//===----------------------------------------------------------------------===//

DeviceBuffer::DeviceBuffer(DeviceBuffer &&other) noexcept
    : driver(std::exchange(other.driver, nullptr)),
      addr(std::exchange(other.addr, 0)),
      bytes(std::exchange(other.bytes, 0)) {}

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

Expected<CUfunction> CudaModule::getFunction(StringRef name) const {
  CUfunction function = nullptr;
  if (Error err = driver->check(
          driver->api->cuModuleGetFunction(&function, module,
                                           name.str().c_str()),
          "cuModuleGetFunction", ("kernel '" + name + "'").str()))
    return std::move(err);
  return function;
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

Error CudaTimer::start() {
  return driver->check(driver->api->cuEventRecord(begin, /*hStream=*/nullptr),
                       "cuEventRecord");
}

Expected<float> CudaTimer::stop() {
  const auto &cu = *driver->api;
  if (Error err =
          driver->check(cu.cuEventRecord(end, /*hStream=*/nullptr),
                        "cuEventRecord"))
    return std::move(err);
  if (Error err = driver->check(cu.cuEventSynchronize(end),
                                "cuEventSynchronize"))
    return std::move(err);
  float milliseconds = 0;
  if (Error err = driver->check(
          cu.cuEventElapsedTime(&milliseconds, begin, end),
          "cuEventElapsedTime"))
    return std::move(err);
  return milliseconds;
}
