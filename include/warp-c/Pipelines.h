/*===-- warp-c/Pipelines.h - C API for warp's pipelines -----------*- C -*-===*\
|*                                                                            *|
|* The registered pipelines (warp-to-ptx, warp-to-llvm, warp-to-cpp,          *|
|* warp-to-cuda) from C: register them, give a context what they need, and   *|
|* run a textual pipeline on an operation.                                    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef WARP_C_PIPELINES_H
#define WARP_C_PIPELINES_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Registers warp-to-ptx, warp-to-llvm, warp-to-cpp and warp-to-cuda with the
/// global pipeline registry, so that mlirParsePassPipeline and
/// mlirOpPassManagerAddPipeline accept them, with their options
/// (e.g. "warp-to-llvm{check-bounds=true}").
MLIR_CAPI_EXPORTED void mlirWarpRegisterPipelines(void);

/// Adds to `registry` every dialect, extension and LLVM IR translation the
/// pipelines create or use, upstream's and warp's.
MLIR_CAPI_EXPORTED void
mlirWarpRegisterPipelineDialects(MlirDialectRegistry registry);

/// Parses `pipeline`, a textual pass pipeline anchored on the operation's
/// name (e.g. "builtin.module(warp-to-cpp)"), and runs it on `op`. A pipeline
/// that does not parse is reported through `errorCallback` (which may be
/// null); a pass that fails reports through the context's diagnostics.
MLIR_CAPI_EXPORTED MlirLogicalResult
mlirWarpRunPipeline(MlirOperation op, MlirStringRef pipeline,
                    MlirStringCallback errorCallback, void *userData);

/// Prints `module`, the output of warp-to-cpp or warp-to-cuda, as C++ source
/// (variables declared at the top, as Warp's generated code does) through
/// `callback`.
MLIR_CAPI_EXPORTED MlirLogicalResult
mlirWarpTranslateModuleToCpp(MlirOperation module, MlirStringCallback callback,
                             void *userData);

#ifdef __cplusplus
}
#endif

#endif // WARP_C_PIPELINES_H
