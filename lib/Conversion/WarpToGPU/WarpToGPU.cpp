//===- WarpToGPU.cpp - warp kernels to gpu.module entry points ------------===//
//
// Kernel bodies are lowered like any function; the GPU entry point
// (KernelEntry.cpp) only adds what a launch means on the device.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToGPU/WarpToGPU.h"

#include "KernelEntry.h"

#include "warp/Conversion/Passes.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOGPU
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

namespace {

/// math.sqrt would become libdevice's __nv_sqrtf, which LLVM's NVVMReflect
/// resolves to sqrt.approx; Warp's CUDA is compiled with IEEE square roots
/// (-prec-sqrt=true), so call the round-to-nearest intrinsic directly.
void useIEEESquareRoots(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](math::SqrtOp sqrt) {
    Type type = sqrt.getType();
    if (!type.isF32() && !type.isF64())
      return;
    OpBuilder builder(sqrt);
    StringAttr intrinsic = builder.getStringAttr(
        type.isF32() ? "llvm.nvvm.sqrt.rn.f" : "llvm.nvvm.sqrt.rn.d");
    auto call = LLVM::CallIntrinsicOp::create(builder, sqrt.getLoc(), type,
                                              intrinsic, sqrt.getOperand());
    sqrt.replaceAllUsesWith(call.getResults());
    sqrt.erase();
  });
}

struct ConvertWarpToGPUPass
    : public warp::impl::ConvertWarpToGPUBase<ConvertWarpToGPUPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    OpPassManager lowering(ModuleOp::getOperationName());
    lowering.addPass(createConvertWarpToCF());
    lowering.addPass(createMem2Reg());
    lowering.addPass(createConvertWarpToLLVM());
    if (failed(runPipeline(lowering, module)))
      return signalPassFailure();

    MLIRContext *context = &getContext();
    OpBuilder builder(context);
    builder.setInsertionPointToEnd(module.getBody());
    auto gpuModule =
        gpu::GPUModuleOp::create(builder, module.getLoc(), kGpuModuleName);
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    builder.getUnitAttr());

    WarpToLLVMTypeConverter converter(context);
    for (auto function :
         llvm::make_early_inc_range(module.getOps<LLVM::LLVMFuncOp>())) {
      function->moveBefore(gpuModule.getBody(), gpuModule.getBody()->end());
      auto rankAttr = function->getAttrOfType<IntegerAttr>("warp.launch_dims");
      if (!function->hasAttr("warp.kernel") || !rankAttr)
        continue;
      std::string name = function.getSymName().str();
      function.setSymName(name + "_body");
      function.setLinkage(LLVM::Linkage::Internal);
      function.setAlwaysInline(true);
      builder.setInsertionPointToEnd(gpuModule.getBody());
      buildKernelEntry(builder, function, name, rankAttr.getInt(),
                       converter.getLaunchBoundsType());
    }
    useIEEESquareRoots(gpuModule);
  }
};
} // namespace
