//===- Passes.cpp - C API for warp's passes -------------------------------===//

#include "warp-c/Passes.h"

#include "warp/Conversion/Passes.h"
#include "warp/Generator/Passes.h"
#include "warp/InitAllWarp.h"

#include "mlir/CAPI/Pass.h"
#include "mlir/Pass/Pass.h"

// The generated definitions call the C++ registration and creation functions
// unqualified.
using namespace mlir;
using namespace mlir::warp;

#ifdef __cplusplus
extern "C" {
#endif

#include "warp-c/ConversionPasses.capi.cpp.inc"
#include "warp-c/GeneratorPasses.capi.cpp.inc"

#ifdef __cplusplus
}
#endif

void mlirWarpRegisterAllPasses(void) { registerAllWarpPasses(); }
