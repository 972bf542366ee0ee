/*===-- warp-c/Passes.h - C API for warp's passes -----------------*- C -*-===*\
|*                                                                            *|
|* Registration and creation of every warp pass, generated from the passes'  *|
|* TableGen definitions as upstream's mlir-c/Conversion.h is:                 *|
|*   mlirRegisterWarpConversionPasses(),                                      *|
|*   mlirCreateWarpConversionConvertWarpToCPU(), ...,                         *|
|*   mlirRegisterWarpGeneratorPasses(),                                       *|
|*   mlirCreateWarpGeneratorGenRandomKernels().                               *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef WARP_C_PASSES_H
#define WARP_C_PASSES_H

#include "mlir-c/Pass.h"

#include "warp-c/ConversionPasses.capi.h.inc"
#include "warp-c/GeneratorPasses.capi.h.inc"

#ifdef __cplusplus
extern "C" {
#endif

/// Registers every warp pass (conversions and the kernel generator) with the
/// global pass registry, so that textual pipelines can name them.
MLIR_CAPI_EXPORTED void mlirWarpRegisterAllPasses(void);

#ifdef __cplusplus
}
#endif

#endif // WARP_C_PASSES_H
