/*===-- warp-c/Dialect/Warp.h - C API for the warp dialect --------*- C -*-===*\
|*                                                                            *|
|* Registers the warp dialect from C, as the headers of mlir-c/Dialect do for *|
|* upstream's dialects.                                                       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef WARP_C_DIALECT_WARP_H
#define WARP_C_DIALECT_WARP_H

#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

/// mlirGetDialectHandle__warp__(): the handle mlirDialectHandleInsertDialect
/// and mlirDialectHandleLoadDialect take.
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Warp, warp);

/// Adds the warp dialect to `registry` together with the interfaces that
/// upstream's generic passes look for (convert-to-llvm, convert-to-emitc).
/// Prefer this over the bare handle when the context will run passes.
MLIR_CAPI_EXPORTED void mlirWarpRegisterAllDialects(MlirDialectRegistry registry);

#ifdef __cplusplus
}
#endif

#endif // WARP_C_DIALECT_WARP_H
