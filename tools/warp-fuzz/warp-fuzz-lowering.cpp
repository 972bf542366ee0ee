//===- warp-fuzz-lowering.cpp - Fuzz every lowering with mutated kernels --===//
//
// Input: [lowering: 1 byte][generator seed: 4 bytes][mutations ...]. The
// generator builds one kernel from the seed, IRMutator changes it as the
// remaining bytes say, and a mutant that still verifies goes through one
// lowering: LLVM IR (warp-to-llvm), C++ or CUDA C++ (warp-to-cpp/-cuda and
// the EmitC printer), PTX (warp-to-ptx) or Python (the warp-to-python
// translation). Each may refuse a kernel with an error diagnostic; it must
// never crash, never fail without a diagnostic, and what its pipeline
// accepts its printer must print.
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"
#include "IRMutator.h"

#include "warp/Execution/CpuJit.h"
#include "warp/Execution/PTXCompiler.h"
#include "warp/Generator/Generator.h"
#include "warp/Pipelines/Pipelines.h"
#include "warp/Target/Python/WarpToPython.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/Cpp/CppEmitter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

using namespace mlir;
using mlir::warp::fuzz::reportBug;

namespace {

enum class Lowering : uint8_t { LLVM, Cpp, Cuda, PTX, Python, kMaxValue = Python };

const char *nameOf(Lowering lowering) {
  switch (lowering) {
  case Lowering::LLVM:
    return "warp-to-llvm";
  case Lowering::Cpp:
    return "warp-to-cpp";
  case Lowering::Cuda:
    return "warp-to-cuda";
  case Lowering::PTX:
    return "warp-to-ptx";
  case Lowering::Python:
    return "warp-to-python";
  }
  return "?";
}

/// One pass manager per pipeline, built for the current context: their
/// passes build their patterns once, on the first run.
class Pipelines {
public:
  PassManager &get(MLIRContext &context, Lowering lowering) {
    std::unique_ptr<PassManager> &pm = managers[unsigned(lowering)];
    if (!pm) {
      pm = std::make_unique<PassManager>(&context);
      switch (lowering) {
      case Lowering::LLVM:
        warp::buildWarpToLLVMPipeline(*pm);
        break;
      case Lowering::Cpp:
      case Lowering::Cuda:
        warp::buildWarpToSourcePipeline(*pm, lowering == Lowering::Cuda);
        break;
      case Lowering::PTX: {
        warp::WarpToPTXOptions options;
        options.hostLaunchers = false;
        warp::buildWarpToPTXPipeline(*pm, options);
        break;
      }
      case Lowering::Python:
        break;
      }
    }
    return *pm;
  }

  void clear() {
    for (std::unique_ptr<PassManager> &pm : managers)
      pm.reset();
  }

private:
  std::array<std::unique_ptr<PassManager>, unsigned(Lowering::kMaxValue) + 1>
      managers;
};

mlir::warp::fuzz::FuzzContext fuzzContext;
Pipelines pipelines;

/// Prints the lowered module in its target's language.
LogicalResult print(ModuleOp module, Lowering lowering, std::string &text) {
  llvm::raw_string_ostream os(text);
  switch (lowering) {
  case Lowering::LLVM:
    return warp::printLoweredLLVMIR(module, text);
  case Lowering::Cpp:
  case Lowering::Cuda:
    return emitc::translateToCpp(module, os, /*declareVariablesAtTop=*/true);
  case Lowering::PTX:
    warp::appendGPUBinaryObjects(module, text);
    return success(!text.empty());
  case Lowering::Python:
    return warp::translateModuleToPython(module, os);
  }
  return failure();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FuzzedDataProvider input(data, size);
  Lowering lowering = input.ConsumeEnum<Lowering>();
  uint32_t seed = input.ConsumeIntegral<uint32_t>();

  MLIRContext &context = fuzzContext.next();
  if (fuzzContext.renewed())
    pipelines.clear();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  warp::gen::GeneratorOptions options;
  options.count = 1;
  options.seed = seed;
  options.threads = 1;
  if (failed(warp::gen::generateKernels(
          *module, options, [&](const llvm::Twine &message) {
            reportBug("the generator failed for seed " + llvm::Twine(seed) +
                      ": " + message);
          })))
    reportBug("the generator failed for seed " + llvm::Twine(seed));

  mlir::warp::fuzz::mutateIR(*module, input);
  if (failed(verify(*module)))
    return 0; // not a kernel any more: nothing to lower

  std::string before;
  llvm::raw_string_ostream(before) << *module;
  const char *name = nameOf(lowering);
  if (lowering != Lowering::Python &&
      failed(pipelines.get(context, lowering).run(*module))) {
    if (fuzzContext.errors() == 0)
      reportBug(llvm::Twine(name) + " failed without an error on:\n" + before);
    return 0;
  }
  std::string text;
  if (failed(print(*module, lowering, text))) {
    if (lowering == Lowering::Python && fuzzContext.errors() != 0)
      return 0; // Python may refuse what Warp's Python cannot express
    reportBug(llvm::Twine(name) + " lowered a kernel it cannot print:\n" +
              before);
  }
  return 0;
}
