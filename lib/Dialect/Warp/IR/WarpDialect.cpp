//===- WarpDialect.cpp - the warp dialect ---------------------------------===//

#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"

using namespace mlir;
using namespace mlir::warp;

#include "mlir/IR/OpImplementation.h"

#include "warp/Dialect/Warp/IR/WarpOpsDialect.cpp.inc"

namespace {
/// Structs print under their Python name (`!Particle = !warp.struct<...>`),
/// as a Warp program names them, instead of spelling every field at every use.
struct WarpOpAsmDialectInterface : OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;

  AliasResult getAlias(Type type, raw_ostream &os) const override {
    if (auto structType = dyn_cast<StructType>(type)) {
      os << structType.getName().getValue();
      return AliasResult::OverridableAlias;
    }
    return AliasResult::NoAlias;
  }
};
} // namespace

void WarpDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "warp/Dialect/Warp/IR/WarpOps.cpp.inc"
      >();
  registerTypes();
  addInterfaces<WarpOpAsmDialectInterface>();
}
