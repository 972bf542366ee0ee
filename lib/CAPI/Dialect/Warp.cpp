//===- Warp.cpp - C API for the warp dialect ------------------------------===//

#include "warp-c/Dialect/Warp.h"

#include "warp/InitAllWarp.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Warp, warp, mlir::warp::WarpDialect)

void mlirWarpRegisterAllDialects(MlirDialectRegistry registry) {
  mlir::warp::registerAllWarpDialects(*unwrap(registry));
}
