//===- WarpToLLVMPass.cpp - the convert-warp-to-llvm pass -----------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOLLVM
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::populateWarpToLLVMPatterns(const LLVMTypeConverter &converter,
                                            RewritePatternSet &patterns,
                                            bool checkBounds) {
  populateWarpMemoryToLLVMPatterns(converter, patterns, checkBounds);
  populateWarpArithToLLVMPatterns(converter, patterns);
  populateWarpMathToLLVMPatterns(converter, patterns);
  populateWarpCompositeToLLVMPatterns(converter, patterns);
}

void mlir::warp::configureWarpToLLVMTarget(ConversionTarget &target) {
  target.addIllegalDialect<WarpDialect>();
  target.addLegalDialect<LLVM::LLVMDialect, arith::ArithDialect,
                         math::MathDialect>();
}

namespace {
struct ConvertWarpToLLVMPass
    : public warp::impl::ConvertWarpToLLVMBase<ConvertWarpToLLVMPass> {
  using Base::Base;
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    WarpToLLVMTypeConverter converter(context);
    RewritePatternSet patterns(context);
    populateWarpToLLVMPatterns(converter, patterns, checkBounds);
    populateFuncToLLVMConversionPatterns(converter, patterns);
    cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);

    ConversionTarget target(*context);
    configureWarpToLLVMTarget(target);
    target.addLegalOp<ModuleOp>();
    if (failed(
            applyFullConversion(getOperation(), target, std::move(patterns))))
      return signalPassFailure();
    // Python names of parameters (warp.name) mean nothing to LLVM, whose IR
    // translation warns about every argument attribute it does not know.
    getOperation().walk([](LLVM::LLVMFuncOp function) {
      auto callable = cast<FunctionOpInterface>(function.getOperation());
      for (unsigned index = 0; index < callable.getNumArguments(); ++index)
        for (NamedAttribute attr :
             llvm::to_vector(callable.getArgAttrs(index)))
          if (attr.getName().strref().starts_with("warp."))
            callable.removeArgAttr(index, attr.getName());
    });
  }
};
} // namespace
