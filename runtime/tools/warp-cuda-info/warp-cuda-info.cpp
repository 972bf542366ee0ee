//===- warp-cuda-info.cpp - Show the CUDA device, check a PTX module ------===//
//
// Prints the device warp-mlir would launch on, or why there is none, and with
// --ptx checks that the driver JIT-compiles a PTX module for it (and with
// --kernel that the module defines a kernel). Exits 1 on any failure.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"

#include "../ToolSupport.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace warp::runtime;

static const char *const kUsage =
    R"(warp-cuda-info: show the CUDA device, or check that a PTX module loads on it

USAGE: warp-cuda-info [options]

OPTIONS:
  --device=<n>     CUDA device ordinal (default 0)
  --ptx=<file>     Load this PTX module on the device
  --kernel=<name>  Check that the PTX module defines this kernel
  --help           Show this help
)";

static int fail(const std::string &message) {
  std::cerr << "warp-cuda-info: error: " << message << "\n";
  return 1;
}

namespace {
struct Options {
  int device = 0;
  std::string ptxFile;
  std::string kernelName;
  bool help = false;
};
} // namespace

/// Parses `--name=value` and `--name value`; a failure says what is wrong.
static Result<Options> parseOptions(int argc, char **argv) {
  Options options;
  Result<std::vector<NamedArgument>> arguments = splitArguments(
      argc, argv, {"--device", "--ptx", "--kernel"}, "warp-cuda-info",
      options.help);
  if (!arguments)
    return arguments.error();
  for (const auto &[name, value] : *arguments) {
    if (name == "--device") {
      long long device = 0;
      if (!parseInt(value, device, 10) || device < 0 || device > 1 << 20)
        return Status::failure("--device needs a device ordinal, not '" +
                               value + "'");
      options.device = int(device);
    } else if (name == "--ptx") {
      options.ptxFile = value;
    } else {
      options.kernelName = value;
    }
  }
  if (!options.kernelName.empty() && options.ptxFile.empty())
    return Status::failure("--kernel needs --ptx");
  return options;
}

static int runMain(int argc, char **argv) {
  Result<Options> options = parseOptions(argc, argv);
  if (!options)
    return fail(options.message());
  if (options->help) {
    std::cout << kUsage;
    return 0;
  }

  // Read the module first: a missing file is an error with or without a GPU.
  std::string ptx;
  if (!options->ptxFile.empty()) {
    Result<std::string> text = readFile(options->ptxFile);
    if (!text)
      return fail(text.message());
    ptx = std::move(*text);
  }

  Result<std::unique_ptr<CudaDriver>> driver =
      CudaDriver::open(options->device);
  if (!driver)
    return fail(driver.message());
  auto [major, minor] = (*driver)->computeCapability();
  int version = (*driver)->driverVersion();
  std::cout << "device " << options->device << ": " << (*driver)->deviceName()
            << "\n"
            << "compute capability: " << major << "." << minor << " (sm_"
            << major << minor << ")\n"
            << "CUDA driver: " << version / 1000 << "." << version % 1000 / 10
            << "\n";
  if (options->ptxFile.empty())
    return 0;

  Result<CudaModule> module = (*driver)->loadPTX(ptx);
  if (!module)
    return fail("cannot load " + options->ptxFile + ": " + module.message());
  std::cout << "loaded " << options->ptxFile << "\n";
  if (options->kernelName.empty())
    return 0;

  Result<CUfunction> kernel = module->getFunction(options->kernelName);
  if (!kernel)
    return fail(options->ptxFile + ": " + kernel.message());
  std::cout << "kernel '" << options->kernelName << "' found\n";
  return 0;
}

int main(int argc, char **argv) {
  int status = runMain(argc, argv);
  // Output stdout could not take (a full disk) is an error.
  if (!std::cout.flush())
    return fail(std::string("cannot write to stdout: ") + std::strerror(errno));
  return status;
}
