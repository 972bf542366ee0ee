//===- Compile.cpp - warp IR to loadable code -----------------------------===//

#include "Compile.h"

#include "ParsedModule.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Execution/CpuJit.h"
#include "warp/Execution/PTXCompiler.h"

#include <atomic>

namespace warp::python {

static std::atomic<uint64_t> compilations{0};

uint64_t compilationCount() { return compilations.load(); }

/// A failure when `parsed` has nothing to compile.
static std::optional<Failure> requireKernels(ParsedModule &parsed) {
  if (parsed.module().getOps<mlir::warp::KernelOp>().empty())
    return plainFailure("the module has no warp.kernel to compile");
  return std::nullopt;
}

Outcome<std::string> compileCpuObject(ParsedModule &parsed, unsigned optLevel) {
  if (std::optional<Failure> failure = requireKernels(parsed))
    return std::move(*failure);
  ++compilations;
  mlir::warp::CpuCompileOptions options;
  options.optLevel = optLevel;
  std::string object;
  if (failed(mlir::warp::compileToCpuObject(parsed.module(), options, object)))
    return parsed.failure("the module did not compile for the CPU");
  return object;
}

Outcome<std::string> compilePTX(ParsedModule &parsed,
                                const TranslateOptions &options) {
  if (std::optional<Failure> failure = requireKernels(parsed))
    return std::move(*failure);
  ++compilations;
  mlir::warp::WarpToPTXOptions ptxOptions;
  ptxOptions.chip = options.chip;
  ptxOptions.features = options.features;
  ptxOptions.fuseFp = options.fuseFp;
  ptxOptions.hostLaunchers = false;
  std::string ptx;
  if (failed(mlir::warp::compileToPTX(parsed.module(), ptxOptions, ptx)))
    return parsed.failure("the module did not compile to PTX");
  return ptx;
}

} // namespace warp::python
