//===- WarpToLLVMPass.cpp - the convert-warp-to-llvm pass -----------------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

#include "warp/Dialect/Warp/IR/WarpDialect.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
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
                                            bool checkBounds, bool hostMath) {
  populateWarpMemoryToLLVMPatterns(converter, patterns, checkBounds);
  populateWarpArithToLLVMPatterns(converter, patterns);
  populateWarpMathToLLVMPatterns(converter, patterns, hostMath);
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

  /// Builds the pattern set once: a pass manager running this pass over many
  /// small modules would otherwise spend as long building it as converting.
  LogicalResult initialize(MLIRContext *context) override {
    converter = std::make_shared<WarpToLLVMTypeConverter>(context);
    RewritePatternSet set(context);
    populateWarpToLLVMPatterns(*converter, set, checkBounds, hostMath);
    populateFuncToLLVMConversionPatterns(*converter, set);
    cf::populateControlFlowToLLVMConversionPatterns(*converter, set);
    if (hostMath) {
      arith::populateArithToLLVMConversionPatterns(*converter, set);
      // LLVM intrinsics win where LLVM has one; libm calls (func.call, then
      // llvm.call in this same conversion) take the rest.
      populateMathToLLVMConversionPatterns(*converter, set,
                                           /*approximateLog1p=*/true,
                                           /*benefit=*/2);
      populateMathToLibmConversionPatterns(set, /*benefit=*/1);
    }
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    ConversionTarget target(*context);
    configureWarpToLLVMTarget(target);
    target.addLegalOp<ModuleOp>();
    if (hostMath)
      target.addIllegalDialect<arith::ArithDialect, math::MathDialect>();
    if (failed(applyFullConversion(getOperation(), target, patterns)))
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

private:
  /// The patterns hold the converter by reference.
  std::shared_ptr<WarpToLLVMTypeConverter> converter;
  FrozenRewritePatternSet patterns;
};
} // namespace
