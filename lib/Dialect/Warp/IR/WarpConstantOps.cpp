//===- WarpConstantOps.cpp - literals and zero values ---------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::warp;

// The value's type is the result type (AllTypesMatch), and builtin integer
// and float attributes only exist for integer and float types, so a
// warp.constant always holds an IntegerAttr or a FloatAttr.

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

Operation *WarpDialect::materializeConstant(OpBuilder &builder,
                                            Attribute value, Type type,
                                            Location loc) {
  auto typed = dyn_cast<TypedAttr>(value);
  if (!typed || typed.getType() != type || !isWarpScalar(type))
    return nullptr;
  if (!isa<IntegerAttr, FloatAttr>(typed))
    return nullptr;
  return ConstantOp::create(builder, loc, typed);
}

/// The zero of a scalar is an ordinary literal, which folding can use.
OpFoldResult ZeroOp::fold(FoldAdaptor) {
  Type type = getType();
  if (isWarpFloat(type))
    return FloatAttr::get(type, 0.0);
  if (isWarpScalar(type))
    return IntegerAttr::get(type, 0);
  return {};
}
