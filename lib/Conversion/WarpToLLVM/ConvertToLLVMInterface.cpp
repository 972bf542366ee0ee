//===- ConvertToLLVMInterface.cpp - warp in upstream convert-to-llvm ------===//
//
// `convert-to-llvm` asks each dialect's ConvertToLLVMPatternInterface for its
// patterns; warp's add its type conversions (docs/abi.md layouts) to the
// pass's converter and its op lowerings, the same as convert-warp-to-llvm.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/Conversion/ConvertToLLVM/ToLLVMInterface.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::warp;

namespace {
struct WarpToLLVMDialectInterface : public ConvertToLLVMPatternInterface {
  using ConvertToLLVMPatternInterface::ConvertToLLVMPatternInterface;

  void loadDependentDialects(MLIRContext *context) const final {
    context->loadDialect<LLVM::LLVMDialect, arith::ArithDialect,
                         math::MathDialect>();
  }

  void populateConvertToLLVMConversionPatterns(
      ConversionTarget &target, LLVMTypeConverter &converter,
      RewritePatternSet &patterns) const final {
    populateWarpToLLVMTypeConversions(converter);
    populateWarpToLLVMPatterns(converter, patterns);
    target.addIllegalDialect<WarpDialect>();
  }
};
} // namespace

void mlir::warp::registerConvertWarpToLLVMInterface(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *, WarpDialect *dialect) {
    dialect->addInterfaces<WarpToLLVMDialectInterface>();
  });
}
