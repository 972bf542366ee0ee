//===- ConvertToEmitCInterface.cpp - warp in upstream convert-to-emitc ----===//
//
// `convert-to-emitc` asks each dialect's ConvertToEmitCPatternInterface for
// its patterns; warp's add its type conversions and op lowerings (for warp
// ops in CFG form). Variables keep the emitter's names there: naming them
// after Python, the entry points and struct definitions are the work of
// convert-warp-to-emitc.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"

#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/Conversion/ConvertToEmitC/ToEmitCInterface.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"

using namespace mlir;
using namespace mlir::warp;

namespace {
struct WarpToEmitCDialectInterface : public ConvertToEmitCPatternInterface {
  using ConvertToEmitCPatternInterface::ConvertToEmitCPatternInterface;

  void populateConvertToEmitCConversionPatterns(
      ConversionTarget &target, TypeConverter &converter,
      RewritePatternSet &patterns) const final {
    populateWarpToEmitCTypeConversions(converter);
    populateWarpToEmitCPatterns(converter, patterns);
    target.addIllegalDialect<WarpDialect>();
  }
};
} // namespace

void mlir::warp::registerConvertWarpToEmitCInterface(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, WarpDialect *dialect) {
    context->loadDialect<emitc::EmitCDialect>();
    dialect->addInterfaces<WarpToEmitCDialectInterface>();
  });
}
