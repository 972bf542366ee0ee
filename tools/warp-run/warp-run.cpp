//===- warp-run.cpp - compile and run one warp kernel ---------------------===//
//
// Compiles one kernel of a .mlir file for the CPU (the warp-to-llvm pipeline,
// host object code linked into the process: lib/Execution) or an NVIDIA GPU
// (warp-to-ptx, launched through the CUDA driver), runs it over a launch
// grid with arguments from .npy files or a seed, and writes every array back
// as .npy. Both devices take the same argument bytes (docs/abi.md), so their
// outputs compare directly.
//
//===----------------------------------------------------------------------===//

#include "KernelParameters.h"

#include "warp-runtime/CudaDriver.h"

#include "warp/Conversion/WarpToCPU/WarpToCPU.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Execution/CpuJit.h"
#include "warp/Execution/PTXCompiler.h"
#include "warp/InitAllWarp.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>
#include <cstdlib>

using namespace mlir;
using namespace ::warp::run;
namespace cl = llvm::cl;
namespace rt = ::warp::runtime;

static cl::OptionCategory category("warp-run options");
static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<kernel.mlir>"),
                                      cl::init("-"), cl::cat(category));
static cl::opt<std::string>
    kernelName("kernel",
               cl::desc("The kernel to run (optional when the file has one)"),
               cl::cat(category));
static cl::list<int32_t> dims("dim", cl::CommaSeparated, cl::OneOrMore,
                              cl::desc("The launch grid: 1 to 4 extents"),
                              cl::cat(category));
static cl::opt<std::string>
    device("device", cl::init("cpu"),
           cl::desc("cpu (LLVM JIT) or cuda (PTX on GPU 0)"),
           cl::cat(category));
static cl::list<std::string> inputs(
    "inputs", cl::CommaSeparated,
    cl::desc("One .npy file per kernel parameter, in order (arrays with "
             "their extents, then a value's: a vec3f array of n is (n, 3)); "
             "'seed' or a missing tail fills from --seed"),
    cl::cat(category));
static cl::opt<uint64_t> seed("seed", cl::init(0),
                              cl::desc("Seed for the parameters not given"),
                              cl::cat(category));
static cl::opt<std::string>
    outputs("outputs",
            cl::desc("Write every array after the launch to DIR/NAME.npy"),
            cl::value_desc("DIR"), cl::cat(category));
static cl::opt<bool>
    fuseFp("fuse-fp", cl::init(true),
           cl::desc("cuda: let float multiply-adds fuse into fma (warp-lang's "
                    "fuse_fp)"),
           cl::cat(category));
static cl::opt<std::string>
    libdevice("libdevice", cl::init(WARP_DEFAULT_LIBDEVICE),
              cl::desc("cuda: the libdevice bitcode math builtins link"),
              cl::cat(category));
static cl::opt<std::string> library(
    "library",
    cl::desc("cpu: call NAME_cpu from this shared library (the compiled "
             "output of warp-translate --warp-to-cpp) instead of the JIT"),
    cl::value_desc("FILE.so"), cl::cat(category));
static cl::opt<bool> checkBounds(
    "check-bounds",
    cl::desc("cpu: check every array index against its extent at run time "
             "and fail on the first out of bounds"),
    cl::cat(category));
static cl::opt<unsigned> block("block", cl::init(256),
                               cl::desc("cuda: threads per block"),
                               cl::cat(category));

static int fail(const Twine &message) {
  llvm::errs() << "warp-run: error: " << message << "\n";
  return 1;
}

/// The kernel to run: --kernel, or the only one.
static mlir::warp::KernelOp findKernel(ModuleOp module, std::string &error) {
  SmallVector<mlir::warp::KernelOp> kernels(
      module.getOps<mlir::warp::KernelOp>());
  if (!kernelName.empty()) {
    for (mlir::warp::KernelOp kernel : kernels)
      if (kernel.getSymName() == kernelName)
        return kernel;
    error = "no warp.kernel @" + kernelName + " in " + inputFile;
  } else if (kernels.size() == 1) {
    return kernels.front();
  } else {
    error = kernels.empty()
                ? "no warp.kernel in " + inputFile
                : inputFile + " has " + std::to_string(kernels.size()) +
                      " kernels: choose one with --kernel";
  }
  return nullptr;
}

/// `bytes` appended to `out` at `alignment` (C struct layout).
static void appendAligned(std::vector<uint8_t> &out, const void *bytes,
                          size_t size, size_t alignment) {
  out.resize((out.size() + alignment - 1) / alignment * alignment);
  const auto *begin = static_cast<const uint8_t *>(bytes);
  out.insert(out.end(), begin, begin + size);
}

static size_t valueAlignment(const HostArgument &argument) {
  return argument.parameter.isArray ? 8 : argument.parameter.scalarBytes();
}

using mlir::warp::CpuEntry;
using mlir::warp::CpuJitModule;

/// What bounds-checked kernels call with each array index (after a negative
/// one has wrapped): an index outside [0, extent) ends the run.
extern "C" void warpRunCheckIndex(int64_t index, int64_t extent, int32_t dim) {
  if (static_cast<uint64_t>(index) < static_cast<uint64_t>(extent))
    return;
  llvm::errs() << "warp-run: error: --check-bounds: array index " << index
               << " is out of bounds in dimension " << dim << " (extent "
               << extent << "; negative indices counted from the end)\n";
  std::_Exit(3);
}

/// `kernel`'s CPU entry point compiled by the JIT (warp-to-llvm).
static rt::Result<CpuEntry> compileForCPU(ModuleOp module, StringRef kernel,
                                          std::unique_ptr<CpuJitModule> &jit) {
  mlir::warp::CpuCompileOptions options;
  options.checkBounds = checkBounds;
  std::string object;
  if (failed(mlir::warp::compileToCpuObject(module, options, object)))
    return rt::Status::failure("the kernel did not compile for the CPU");
  std::pair<StringRef, void *> checkIndex{
      mlir::warp::kCheckIndexFunction,
      reinterpret_cast<void *>(&warpRunCheckIndex)};
  auto loaded = CpuJitModule::load(object, checkIndex);
  if (!loaded)
    return rt::Status::failure("the JIT failed: " +
                               llvm::toString(loaded.takeError()));
  jit = std::move(*loaded);
  auto entry = jit->lookupEntry(kernel);
  if (!entry)
    return rt::Status::failure(
        "no " + (kernel + mlir::warp::kCpuEntrySuffix).str() +
        " after compilation: " + llvm::toString(entry.takeError()));
  return *entry;
}

/// `kernel`'s CPU entry point from the shared library `path`.
static rt::Result<CpuEntry> loadFromLibrary(StringRef path, StringRef kernel) {
  std::string error;
  auto loaded = llvm::sys::DynamicLibrary::getPermanentLibrary(
      path.str().c_str(), &error);
  if (!loaded.isValid())
    return rt::Status::failure("--library " + path.str() + ": " + error);
  std::string entry = (kernel + mlir::warp::kCpuEntrySuffix).str();
  void *symbol = loaded.getAddressOfSymbol(entry.c_str());
  if (!symbol)
    return rt::Status::failure("--library " + path.str() + " has no " + entry);
  return reinterpret_cast<CpuEntry>(symbol);
}

/// Runs `kernel` on the CPU (the JIT, or --library): the args struct points
/// at the host arrays.
static rt::Status runOnCPU(ModuleOp module, StringRef kernel,
                           const rt::LaunchBounds &bounds,
                           std::vector<HostArgument> &arguments) {
  std::unique_ptr<CpuJitModule> jit;
  rt::Result<CpuEntry> function = library.empty()
                                      ? compileForCPU(module, kernel, jit)
                                      : loadFromLibrary(library, kernel);
  if (!function)
    return function.error();

  std::vector<uint8_t> args;
  appendAligned(args, &bounds, sizeof(bounds), 8);
  for (HostArgument &argument : arguments) {
    if (argument.parameter.isArray) {
      std::vector<uint8_t> descriptor =
          arrayDescriptor(argument, argument.data.data.data());
      appendAligned(args, descriptor.data(), descriptor.size(), 8);
    } else {
      appendAligned(args, argument.data.data.data(), argument.data.data.size(),
                    valueAlignment(argument));
    }
  }
  // The struct as a whole is 8-aligned: copy into 8-byte words.
  std::vector<uint64_t> aligned((args.size() + 7) / 8);
  std::memcpy(aligned.data(), args.data(), args.size());
  (*function)(aligned.data());
  return rt::Status::success();
}

/// Runs `kernel` on GPU 0: arrays are copied there and back.
static rt::Status runOnCUDA(ModuleOp module, StringRef kernel,
                            const rt::LaunchBounds &bounds,
                            std::vector<HostArgument> &arguments) {
  // Open the driver first: without one, say so before compiling.
  rt::Result<std::unique_ptr<rt::CudaDriver>> driver = rt::CudaDriver::open();
  if (!driver)
    return driver.error();
  mlir::warp::WarpToPTXOptions options;
  options.fuseFp = fuseFp;
  options.hostLaunchers = false;
  options.libdevice = libdevice;
  std::string ptx;
  if (failed(mlir::warp::compileToPTX(module, options, ptx)))
    return rt::Status::failure("the kernel did not compile to PTX");
  rt::Result<rt::CudaModule> loaded = (*driver)->loadPTX(ptx);
  if (!loaded)
    return loaded.error();
  // The arrays are copied to C-contiguous device buffers.
  rt::Result<CUfunction> function =
      loaded->getFunctionForContiguousArrays(kernel.str());
  if (!function)
    return function.error();

  std::vector<rt::DeviceBuffer> buffers;
  rt::LaunchParameters parameters;
  parameters.add(&bounds, sizeof(bounds));
  for (HostArgument &argument : arguments) {
    if (!argument.parameter.isArray) {
      parameters.add(argument.data.data.data(), argument.data.data.size());
      continue;
    }
    rt::Result<rt::DeviceBuffer> buffer =
        (*driver)->alloc(argument.data.data.size());
    if (!buffer)
      return buffer.error();
    if (rt::Status status = (*driver)->copyToDevice(
            *buffer, argument.data.data.data(), argument.data.data.size());
        status.failed())
      return status;
    std::vector<uint8_t> descriptor = arrayDescriptor(argument, buffer->data());
    parameters.add(descriptor.data(), descriptor.size());
    buffers.push_back(std::move(*buffer));
  }
  std::vector<void *> pointers = parameters.pointers();
  rt::Result<int64_t> rows = loaded->rowsPerThread(kernel.str());
  if (!rows)
    return rows.error();
  rt::Result<int64_t> grid = rt::gridSize(bounds, *rows, block);
  if (!grid)
    return grid.error();
  if (rt::Status status = (*driver)->launch(*function, rt::Dim3{unsigned(*grid)},
                                            rt::Dim3{block}, pointers);
      status.failed())
    return status;
  if (rt::Status status = (*driver)->synchronize(); status.failed())
    return status;
  size_t next = 0;
  for (HostArgument &argument : arguments) {
    if (!argument.parameter.isArray)
      continue;
    if (rt::Status status =
            (*driver)->copyToHost(argument.data.data.data(), buffers[next++],
                                  argument.data.data.size());
        status.failed())
      return status;
  }
  return rt::Status::success();
}

static int runMain(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "warp-run: compile one warp kernel and run it on the CPU or a GPU\n\n"
      "  warp-run kernel.mlir --kernel NAME --dim N[,M...] "
      "[--device cpu|cuda]\n"
      "           [--inputs a.npy,b.npy,...] [--seed S] [--outputs DIR]\n\n"
      "Arrays not given are filled from the seed with the launch's first\n"
      "extents; scalars too. After the launch every array is written to\n"
      "DIR/NAME.npy (NAME: the parameter's warp.name, else argN).\n");

  if (device != "cpu" && device != "cuda")
    return fail("--device is cpu or cuda, not '" + device + "'");
  if (!library.empty() && device != "cpu")
    return fail("--library runs on --device cpu only");
  if (checkBounds && (device != "cpu" || !library.empty()))
    return fail("--check-bounds needs the CPU JIT (--device cpu, no "
                "--library)");
  if (block < 1 || block > 1024)
    return fail("--block is 1 to 1024 threads, not " + Twine(block));
  rt::Result<rt::LaunchBounds> bounds =
      rt::makeLaunchBounds(std::vector<int32_t>(dims.begin(), dims.end()));
  if (!bounds)
    return fail("--dim: " + bounds.message());

  DialectRegistry registry;
  mlir::warp::registerPipelineDialects(registry);
  MLIRContext context(registry);
  llvm::SourceMgr sourceMgr;
  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file)
    return fail(error);
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  // Diagnostics (parse errors, a kernel that does not lower) as
  // file:line:col: error: ..., with the source line.
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1; // the parser reported where
  mlir::warp::KernelOp kernel = findKernel(*module, error);
  if (!kernel)
    return fail(error);
  if (auto rank = kernel.getLaunchDims(); rank && *rank != dims.size())
    return fail("kernel @" + kernel.getSymName() + " is launched over " +
                Twine(*rank) + " dimensions, --dim gives " +
                Twine(dims.size()));
  FailureOr<std::vector<Parameter>> parameters = describeParameters(kernel);
  if (failed(parameters))
    return 1;
  if (inputs.size() > parameters->size())
    return fail("--inputs gives " + Twine(inputs.size()) + " files, kernel @" +
                kernel.getSymName() + " has " + Twine(parameters->size()) +
                " parameters");

  std::mt19937_64 rng(seed);
  std::vector<HostArgument> arguments;
  for (auto [index, parameter] : llvm::enumerate(*parameters)) {
    bool fromFile = index < inputs.size() && inputs[index] != "seed";
    rt::Result<HostArgument> argument =
        fromFile
            ? readArgument(parameter, inputs[index])
            : randomArgument(parameter,
                             std::vector<int32_t>(dims.begin(), dims.end()),
                             rng);
    if (!argument)
      return fail(argument.message());
    arguments.push_back(std::move(*argument));
  }

  std::string name = kernel.getSymName().str();
  auto start = std::chrono::steady_clock::now();
  rt::Status status = device == "cpu"
                          ? runOnCPU(*module, name, *bounds, arguments)
                          : runOnCUDA(*module, name, *bounds, arguments);
  if (status.failed())
    return fail("--device " + device + ": " + status.message());
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  llvm::outs() << "warp-run: " << name << " on " << device << ": "
               << bounds->size << " launch indices (compile and run "
               << llvm::format("%.3f", seconds) << " s)\n";

  if (outputs.empty())
    return 0;
  if (std::error_code ec = llvm::sys::fs::create_directories(outputs))
    return fail("--outputs " + outputs + ": " + ec.message());
  for (const HostArgument &argument : arguments) {
    if (!argument.parameter.isArray)
      continue;
    SmallString<128> path(outputs);
    llvm::sys::path::append(path, argument.parameter.name + ".npy");
    if (rt::Status written = rt::writeNpy(path.str().str(), argument.data);
        written.failed())
      return fail(written.message());
    llvm::outs() << "wrote " << path << "\n";
  }
  return 0;
}

int main(int argc, char **argv) {
  int status = runMain(argc, argv);
  // What stdout could not take (a full disk) is an error, not a fatal one
  // when the stream is closed at exit.
  llvm::outs().flush();
  if (std::error_code ec = llvm::outs().error()) {
    llvm::outs().clear_error();
    return fail("<stdout>: cannot write: " + ec.message());
  }
  return status;
}
