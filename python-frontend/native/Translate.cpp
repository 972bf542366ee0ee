//===- Translate.cpp - warp IR to each target's text ----------------------===//

#include "Translate.h"

#include "Compile.h"
#include "ParsedModule.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Execution/CpuJit.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/OperationSupport.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/Cpp/CppEmitter.h"

#ifdef WARP_MLIR_HAS_PYTHON_TARGET
#include "warp/Target/Python/WarpToPython.h"
#endif

using namespace mlir;

namespace warp::python {

std::vector<std::string> targetNames() {
  return {"mlir", "ptx", "llvm", "cpp", "cuda", "python"};
}

/// `parsed` as Warp Python source (lib/Target/Python), when this build has
/// that target.
static Outcome<std::string> translateToPython(ParsedModule &parsed) {
#ifdef WARP_MLIR_HAS_PYTHON_TARGET
  std::string output;
  llvm::raw_string_ostream os(output);
  if (failed(mlir::warp::translateModuleToPython(parsed.module(), os)))
    return parsed.failure("the module did not translate to Python");
  return output;
#else
  (void)parsed;
  return plainFailure("the python target is not available: this build has "
                      "no warp-to-python translation (lib/Target/Python)");
#endif
}

Outcome<std::string> translate(ParsedModule &parsed, const std::string &target,
                               const TranslateOptions &options) {
  ModuleOp module = parsed.module();
  std::string output;
  if (target == "mlir") {
    llvm::raw_string_ostream os(output);
    module->print(os);
    return output;
  }
  if (target == "python")
    return translateToPython(parsed);
  if (target != "ptx" && target != "llvm" && target != "cpp" &&
      target != "cuda") {
    std::string known;
    for (const std::string &name : targetNames())
      known += (known.empty() ? "" : ", ") + name;
    return plainFailure("unknown target '" + target + "' (targets: " + known +
                        ")");
  }
  if (module.getOps<mlir::warp::KernelOp>().empty())
    return plainFailure("the module has no warp.kernel to compile");

  if (target == "ptx")
    return compilePTX(parsed, options);
  if (target == "llvm") {
    if (failed(mlir::warp::translateToCpuLLVMIR(module, output)))
      return parsed.failure("the module did not compile to LLVM IR");
    return output;
  }
  // C++ or CUDA source, every variable declared at the top of its function
  // (as warp-translate prints them).
  PassManager pm(module.getContext());
  mlir::warp::buildWarpToSourcePipeline(pm, /*cuda=*/target == "cuda");
  llvm::raw_string_ostream os(output);
  if (failed(pm.run(module)) ||
      failed(emitc::translateToCpp(module, os,
                                   /*declareVariablesAtTop=*/true)))
    return parsed.failure("the module did not compile to " + target +
                          " source");
  return output;
}

} // namespace warp::python
