//===- saxpy-launch.cpp - Launch saxpy.ptx through the runtime ------------===//
//
// Usage: warp-runtime-saxpy-test saxpy.ptx
//
// Loads the hand-written saxpy kernel, launches it with the ABI's launch
// bounds and array descriptors and checks every element, so that the runtime
// and the parameter layouts are tested without the compiler. x is read with a
// stride of two elements (the elements between are NaN, so a wrong stride
// shows), and y has guard elements past bounds.size that must stay unchanged.
// Prints PASS and exits 0, or FAIL with the reason and exits 1.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"
#include "warp-runtime/KernelABI.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <limits>
#include <sstream>
#include <vector>

using namespace warp::runtime;

namespace {
constexpr int32_t kSize = 100003; // not a multiple of any block size
constexpr int kGuard = 64;        // elements of y past bounds.size
constexpr float kGuardValue = -7.0f;
constexpr float kA = 2.5f;

struct Config {
  Dim3 grid, block;
};
} // namespace

static int fail(const std::string &message) {
  std::cout << "FAIL: " << message << "\n";
  return 1;
}

static float xAt(int i) { return 0.5f * float(i % 1000) - 3.0f; }
static float yAt(int i) { return float(i % 77) * 0.25f; }
// The kernel computes fma.rn.f32, so the result is exact.
static float expectedAt(int i) {
  return i < kSize ? std::fma(kA, xAt(i), yAt(i)) : kGuardValue;
}

/// Launches saxpy once with `config` and checks y: false for wrong results,
/// a failure when the runtime fails.
static Result<bool> runOnce(const CudaDriver &driver, CUfunction saxpy,
                            Config config, const DeviceBuffer &x,
                            const DeviceBuffer &y) {
  std::vector<float> yHost(kSize + kGuard, kGuardValue);
  for (int i = 0; i < kSize; ++i)
    yHost[i] = yAt(i);
  if (Status status =
          driver.copyToDevice(y, yHost.data(), yHost.size() * sizeof(float));
      status.failed())
    return status;

  Result<LaunchBounds> bounds = makeLaunchBounds({kSize});
  if (!bounds)
    return bounds.error();
  ArrayDescriptor<1> xDesc = {x.data(), {kSize}, {int64_t(2 * sizeof(float))}};
  ArrayDescriptor<1> yDesc = {y.data(), {kSize}, {int64_t(sizeof(float))}};
  float a = kA;
  std::vector<void *> params = {&*bounds, &xDesc, &yDesc, &a};

  Result<CudaTimer> timer = driver.createTimer();
  if (!timer)
    return timer.error();
  if (Status status = timer->start(); status.failed())
    return status;
  if (Status status = driver.launch(saxpy, config.grid, config.block, params);
      status.failed())
    return status;
  Result<float> ms = timer->stop();
  if (!ms)
    return ms.error();
  // Reports faults raised while the kernel ran.
  if (Status status = driver.synchronize(); status.failed())
    return status;

  std::vector<float> result(yHost.size());
  if (Status status =
          driver.copyToHost(result.data(), y, result.size() * sizeof(float));
      status.failed())
    return status;

  std::cout << "grid " << config.grid.x << ", block " << config.block.x << ": "
            << std::fixed << std::setprecision(3) << *ms << " ms: ";
  int wrong = 0, first = -1;
  for (int i = 0; i < kSize + kGuard; ++i)
    if (result[i] != expectedAt(i) && wrong++ == 0)
      first = i;
  if (!wrong) {
    std::cout << "ok\n";
    return true;
  }
  std::cout << wrong << " wrong elements; the first is y[" << first
            << "] = " << result[first] << ", expected " << expectedAt(first)
            << (first < kSize ? "" : " (past bounds.size)") << "\n";
  return false;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " saxpy.ptx\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file)
    return fail(std::string("cannot read ") + argv[1] + ": " +
                std::strerror(errno));
  std::ostringstream ptx;
  ptx << file.rdbuf();

  Result<std::unique_ptr<CudaDriver>> driver = CudaDriver::open();
  if (!driver)
    return fail(driver.message());
  auto [major, minor] = (*driver)->computeCapability();
  std::cout << "device: " << (*driver)->deviceName() << " (sm_" << major
            << minor << ")\n";

  Result<CudaModule> module = (*driver)->loadPTX(ptx.str());
  if (!module)
    return fail(module.message());
  Result<CUfunction> saxpy = module->getFunction("saxpy");
  if (!saxpy)
    return fail(saxpy.message());

  // x holds x[i] at element 2i and NaN between.
  std::vector<float> xHost(2 * kSize, std::numeric_limits<float>::quiet_NaN());
  for (int i = 0; i < kSize; ++i)
    xHost[2 * i] = xAt(i);
  Result<DeviceBuffer> x = (*driver)->alloc(xHost.size() * sizeof(float));
  if (!x)
    return fail(x.message());
  if (Status status = (*driver)->copyToDevice(*x, xHost.data(),
                                              xHost.size() * sizeof(float));
      status.failed())
    return fail(status.message());
  Result<DeviceBuffer> y = (*driver)->alloc((kSize + kGuard) * sizeof(float));
  if (!y)
    return fail(y.message());

  // The grid the kernel needs for the rows per thread its module declares
  // (docs/abi.md, "GPU launch"; 1 for a module that declares none), with a
  // partial last block; then more blocks than it needs, whose extra threads
  // must do nothing.
  Result<int64_t> rows = module->rowsPerThread("saxpy");
  if (!rows)
    return fail(rows.message());
  Result<LaunchBounds> bounds = makeLaunchBounds({kSize});
  if (!bounds)
    return fail(bounds.message());
  Result<int64_t> needed = gridSize(*bounds, *rows, 128);
  if (!needed)
    return fail(needed.message());
  std::cout << "rows per thread: " << *rows << "\n";
  Config configs[] = {{{unsigned(*needed)}, {128}},
                      {{unsigned(*needed + 7)}, {256}}};
  bool allOk = true;
  for (Config config : configs) {
    Result<bool> ok = runOnce(**driver, *saxpy, config, *x, *y);
    if (!ok)
      return fail(ok.message());
    allOk &= *ok;
  }
  if (!allOk)
    return fail("wrong results");
  std::cout << "PASS\n";
  return 0;
}
