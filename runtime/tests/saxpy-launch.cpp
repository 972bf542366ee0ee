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

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <limits>
#include <vector>

using namespace llvm;
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

static int fail(const Twine &message) {
  outs() << "FAIL: " << message << "\n";
  return 1;
}

static float xAt(int i) { return 0.5f * float(i % 1000) - 3.0f; }
static float yAt(int i) { return float(i % 77) * 0.25f; }

/// Launches saxpy once with `config` and checks y: false for wrong results,
/// an error when the runtime fails.
static Expected<bool> runOnce(const CudaDriver &driver, CUfunction saxpy,
                              Config config, const DeviceBuffer &x,
                              const DeviceBuffer &y) {
  std::vector<float> yHost(kSize + kGuard, kGuardValue);
  for (int i = 0; i < kSize; ++i)
    yHost[i] = yAt(i);
  if (Error err =
          driver.copyToDevice(y, yHost.data(), yHost.size() * sizeof(float)))
    return std::move(err);

  int32_t shape[] = {kSize};
  Expected<LaunchBounds> bounds = makeLaunchBounds(shape);
  if (!bounds)
    return bounds.takeError();
  ArrayDescriptor<1> xDesc = {x.data(), {kSize}, {int64_t(2 * sizeof(float))}};
  ArrayDescriptor<1> yDesc = {y.data(), {kSize}, {int64_t(sizeof(float))}};
  float a = kA;
  void *params[] = {&*bounds, &xDesc, &yDesc, &a};

  Expected<CudaTimer> timer = driver.createTimer();
  if (!timer)
    return timer.takeError();
  if (Error err = timer->start())
    return std::move(err);
  if (Error err = driver.launch(saxpy, config.grid, config.block, params))
    return std::move(err);
  Expected<float> ms = timer->stop();
  if (!ms)
    return ms.takeError();
  if (Error err = driver.synchronize())
    return std::move(err);

  std::vector<float> result(yHost.size());
  if (Error err = driver.copyToHost(result.data(), y,
                                    result.size() * sizeof(float)))
    return std::move(err);

  outs() << "grid " << config.grid.x << ", block " << config.block.x << ": "
         << format("%.3f", *ms) << " ms: ";
  int wrong = 0, first = -1;
  for (int i = 0; i < kSize + kGuard; ++i) {
    // The kernel computes fma.rn.f32, so the result is exact.
    float expected = i < kSize ? std::fma(kA, xAt(i), yAt(i)) : kGuardValue;
    if (result[i] != expected && wrong++ == 0)
      first = i;
  }
  if (!wrong) {
    outs() << "ok\n";
    return true;
  }
  outs() << wrong << " wrong elements; the first is y[" << first
         << "] = " << result[first] << ", expected "
         << (first < kSize ? std::fma(kA, xAt(first), yAt(first))
                           : kGuardValue)
         << (first < kSize ? "" : " (past bounds.size)") << "\n";
  return false;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    errs() << "usage: " << argv[0] << " saxpy.ptx\n";
    return 2;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> ptx =
      MemoryBuffer::getFile(argv[1], /*IsText=*/true);
  if (!ptx)
    return fail(Twine("cannot read ") + argv[1] + ": " +
                ptx.getError().message());

  Expected<std::unique_ptr<CudaDriver>> driver = CudaDriver::open();
  if (!driver)
    return fail(toString(driver.takeError()));
  auto [major, minor] = (*driver)->computeCapability();
  outs() << "device: " << (*driver)->deviceName() << " (sm_" << major << minor
         << ")\n";

  Expected<CudaModule> module = (*driver)->loadPTX((*ptx)->getBuffer());
  if (!module)
    return fail(toString(module.takeError()));
  Expected<CUfunction> saxpy = module->getFunction("saxpy");
  if (!saxpy)
    return fail(toString(saxpy.takeError()));

  // x holds x[i] at element 2i and NaN between.
  std::vector<float> xHost(2 * kSize, std::numeric_limits<float>::quiet_NaN());
  for (int i = 0; i < kSize; ++i)
    xHost[2 * i] = xAt(i);
  Expected<DeviceBuffer> x = (*driver)->alloc(xHost.size() * sizeof(float));
  if (!x)
    return fail(toString(x.takeError()));
  if (Error err = (*driver)->copyToDevice(*x, xHost.data(),
                                          xHost.size() * sizeof(float)))
    return fail(toString(std::move(err)));
  Expected<DeviceBuffer> y =
      (*driver)->alloc((kSize + kGuard) * sizeof(float));
  if (!y)
    return fail(toString(y.takeError()));

  // Fewer threads than elements (each loops), then one thread per element
  // with a partial last block.
  Config configs[] = {{{64}, {256}}, {{(kSize + 127) / 128}, {128}}};
  bool allOk = true;
  for (Config config : configs) {
    Expected<bool> ok = runOnce(**driver, *saxpy, config, *x, *y);
    if (!ok)
      return fail(toString(ok.takeError()));
    allOk &= *ok;
  }
  if (!allOk)
    return fail("wrong results");
  outs() << "PASS\n";
  return 0;
}
