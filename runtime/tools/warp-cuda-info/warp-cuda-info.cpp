//===- warp-cuda-info.cpp - Show the CUDA device, check a PTX module ------===//
//
// Prints the device warp-mlir would launch on, or why there is none, and with
// --ptx checks that the driver JIT-compiles a PTX module for it (and with
// --kernel that the module defines a kernel). Exits 1 on any failure.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace warp::runtime;

static cl::opt<int> deviceOrdinal("device", cl::desc("CUDA device ordinal"),
                                  cl::value_desc("n"), cl::init(0));
static cl::opt<std::string>
    ptxFile("ptx", cl::desc("Load this PTX module on the device"),
            cl::value_desc("file"));
static cl::opt<std::string>
    kernelName("kernel",
               cl::desc("Check that the PTX module defines this kernel"),
               cl::value_desc("name"));

static int fail(const Twine &message) {
  WithColor::error(errs(), "warp-cuda-info") << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(
      argc, argv,
      "warp-cuda-info: show the CUDA device, or check that a PTX module "
      "loads on it\n");
  if (!kernelName.empty() && ptxFile.empty())
    return fail("--kernel needs --ptx");

  // Read the module first: a missing file is an error with or without a GPU.
  std::unique_ptr<MemoryBuffer> ptx;
  if (!ptxFile.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> file =
        MemoryBuffer::getFile(ptxFile, /*IsText=*/true);
    if (!file)
      return fail("cannot read " + ptxFile + ": " + file.getError().message());
    ptx = std::move(*file);
  }

  Expected<std::unique_ptr<CudaDriver>> driver = CudaDriver::open(deviceOrdinal);
  if (!driver)
    return fail(toString(driver.takeError()));
  auto [major, minor] = (*driver)->computeCapability();
  int version = (*driver)->driverVersion();
  outs() << "device " << deviceOrdinal << ": " << (*driver)->deviceName()
         << "\n"
         << "compute capability: " << major << "." << minor << " (sm_"
         << major << minor << ")\n"
         << "CUDA driver: " << version / 1000 << "." << version % 1000 / 10
         << "\n";
  if (!ptx)
    return 0;

  Expected<CudaModule> module = (*driver)->loadPTX(ptx->getBuffer());
  if (!module)
    return fail("cannot load " + ptxFile + ": " +
                toString(module.takeError()));
  outs() << "loaded " << ptxFile << "\n";
  if (kernelName.empty())
    return 0;

  Expected<CUfunction> kernel = module->getFunction(kernelName);
  if (!kernel)
    return fail(ptxFile + " has no kernel '" + kernelName +
                "': " + toString(kernel.takeError()));
  outs() << "kernel '" << kernelName << "' found\n";
  return 0;
}
