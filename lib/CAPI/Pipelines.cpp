//===- Pipelines.cpp - C API for warp's pipelines -------------------------===//

#include "warp-c/Pipelines.h"

#include "warp/InitAllWarp.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/Cpp/CppEmitter.h"

using namespace mlir;

void mlirWarpRegisterPipelines(void) { warp::registerAllWarpPipelines(); }

void mlirWarpRegisterPipelineDialects(MlirDialectRegistry registry) {
  warp::registerPipelineDialects(*unwrap(registry));
}

MlirLogicalResult mlirWarpRunPipeline(MlirOperation op, MlirStringRef pipeline,
                                      MlirStringCallback errorCallback,
                                      void *userData) {
  Operation *operation = unwrap(op);
  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  // The anchored form, "builtin.module(...)", as mlirParsePassPipeline takes.
  FailureOr<OpPassManager> parsed =
      parsePassPipeline(unwrap(pipeline), errorStream);
  if (failed(parsed)) {
    if (errorCallback)
      errorCallback(wrap(StringRef(errors)), userData);
    return wrap(failure());
  }
  PassManager pm(operation->getContext(), parsed->getOpAnchorName());
  static_cast<OpPassManager &>(pm) = std::move(*parsed);
  return wrap(pm.run(operation));
}

MlirLogicalResult mlirWarpTranslateModuleToCpp(MlirOperation module,
                                               MlirStringCallback callback,
                                               void *userData) {
  detail::CallbackOstream stream(callback, userData);
  return wrap(emitc::translateToCpp(unwrap(module), stream,
                                    /*declareVariablesAtTop=*/true));
}
