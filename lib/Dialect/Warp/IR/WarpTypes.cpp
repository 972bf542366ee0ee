//===- WarpTypes.cpp - warp dialect types ---------------------------------===//

#include "warp/Dialect/Warp/IR/WarpTypes.h"
#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::warp;

bool mlir::warp::isWarpBool(Type type) { return type.isSignlessInteger(1); }

bool mlir::warp::isWarpInteger(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType || intType.isSignless())
    return false;
  unsigned width = intType.getWidth();
  return width == 8 || width == 16 || width == 32 || width == 64;
}

bool mlir::warp::isWarpFloat(Type type) {
  return type.isF16() || type.isF32() || type.isF64();
}

bool mlir::warp::isWarpNumeric(Type type) {
  return isWarpInteger(type) || isWarpFloat(type);
}

bool mlir::warp::isWarpScalar(Type type) {
  return isWarpBool(type) || isWarpNumeric(type);
}

LogicalResult ArrayType::verify(function_ref<InFlightDiagnostic()> emitError,
                                Type dtype, unsigned ndim) {
  if (ndim < 1 || ndim > 4)
    return emitError() << "array must have 1 to 4 dimensions, got " << ndim;
  if (!isWarpScalar(dtype))
    return emitError() << "array dtype must be a Warp scalar (i1, si8..si64, "
                          "ui8..ui64, f16, f32, f64), got "
                       << dtype;
  return success();
}

#define GET_TYPEDEF_CLASSES
#include "warp/Dialect/Warp/IR/WarpOpsTypes.cpp.inc"

void WarpDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "warp/Dialect/Warp/IR/WarpOpsTypes.cpp.inc"
      >();
}
