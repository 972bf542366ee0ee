//===- WarpToGPU.cpp - warp kernels to gpu.module entry points ------------===//
//
// Kernel bodies are lowered like any function; the GPU entry point
// (KernelEntry.cpp) only adds what a launch means on the device.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToGPU/WarpToGPU.h"

#include "HostLauncher.h"
#include "KernelEntry.h"

#include "warp/Conversion/Passes.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/TypeUtilities.h"
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

/// On an H100 (ptxas 13) abs.s16 of -32768 followed by cvt.s64.s16 gives
/// +32768, where Warp wraps to -32768. LLVM narrows every 32-bit abs idiom
/// of a sign-extended value back to abs.s16, so 8- and 16-bit abs runs
/// abs.s32 as inline PTX on the widened value and truncates.
void widenNarrowAbs(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](math::AbsIOp abs) {
    auto type = dyn_cast<IntegerType>(abs.getType());
    if (!type || type.getWidth() >= 32)
      return;
    OpBuilder builder(abs);
    Location loc = abs.getLoc();
    Type i32 = builder.getI32Type();
    Value wide = arith::ExtSIOp::create(builder, loc, i32, abs.getOperand());
    auto absolute = LLVM::InlineAsmOp::create(
        builder, loc, i32, ValueRange{wide},
        builder.getStringAttr("abs.s32 $0, $1;"), builder.getStringAttr("=r,r"),
        /*has_side_effects=*/nullptr, /*is_align_stack=*/nullptr,
        LLVM::TailCallKindAttr(), /*asm_dialect=*/nullptr,
        /*operand_attrs=*/nullptr);
    abs.replaceAllUsesWith(
        arith::TruncIOp::create(builder, loc, type, absolute.getResult(0))
            .getResult());
    abs.erase();
  });
}

/// Asks LLVM to unroll every loop of the kernels and functions by 4, as nvcc
/// unrolls loops: NVPTX's own heuristics never partially unroll a loop body
/// that costs 75 or more (a square root and a reciprocal suffice), so such
/// loops kept one load in flight per trip. On an H100 this made nbody 2.4%,
/// newton_poly 2.2% and math_chain 3.6% faster, int_hash 2.7% slower, and
/// left the rest unchanged (docs/performance.md). Loops with fewer trips are
/// still unrolled fully.
void requestLoopUnrolling(gpu::GPUModuleOp gpuModule) {
  MLIRContext *context = gpuModule.getContext();
  Builder b(context);
  auto unroll = LLVM::LoopAnnotationAttr::get(
      context, {}, {}, {},
      LLVM::LoopUnrollAttr::get(context, {}, b.getI32IntegerAttr(4), {}, {}, {},
                                {}, {}),
      {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {});
  gpuModule.walk([&](LLVM::LLVMFuncOp function) {
    if (function.isExternal())
      return;
    DominanceInfo dominance(function);
    function.walk([&](Operation *op) {
      auto isBackEdge = [&](Block *target) {
        return dominance.dominates(target, op->getBlock());
      };
      if (auto branch = dyn_cast<LLVM::BrOp>(op)) {
        if (isBackEdge(branch.getDest()))
          branch.setLoopAnnotationAttr(unroll);
      } else if (auto branch = dyn_cast<LLVM::CondBrOp>(op)) {
        if (isBackEdge(branch.getTrueDest()) ||
            isBackEdge(branch.getFalseDest()))
          branch.setLoopAnnotationAttr(unroll);
      }
    });
  });
}

/// Marks float arithmetic as contractible, so that LLVM may fuse a multiply
/// and an add into an fma (warp-lang's fuse_fp).
void allowContraction(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](Operation *op) {
    // Only float arithmetic rounds; selects and the like also carry flags.
    if (op->getNumResults() != 1 ||
        !isa<FloatType>(getElementTypeOrSelf(op->getResult(0).getType())))
      return;
    if (auto arith = dyn_cast<arith::ArithFastMathInterface>(op)) {
      auto flags = arith.getFastMathFlagsAttr();
      auto contracted =
          (flags ? flags.getValue() : arith::FastMathFlags::none) |
          arith::FastMathFlags::contract;
      op->setAttr(arith.getFastMathAttrName(),
                  arith::FastMathFlagsAttr::get(op->getContext(), contracted));
    } else if (auto llvmOp = dyn_cast<LLVM::FastmathFlagsInterface>(op)) {
      auto contracted =
          llvmOp.getFastmathAttr().getValue() | LLVM::FastmathFlags::contract;
      op->setAttr(llvmOp.getFastmathAttrName(),
                  LLVM::FastmathFlagsAttr::get(op->getContext(), contracted));
    }
  });
}

struct ConvertWarpToGPUPass
    : public warp::impl::ConvertWarpToGPUBase<ConvertWarpToGPUPass> {
  using Base::Base;
  void runOnOperation() override {
    ModuleOp module = getOperation();
    // The host side (k_launch) reads the argument struct with host layout.
    if (hostLaunchers && failed(setHostDataLayout(module)))
      return signalPassFailure();
    OpPassManager lowering(ModuleOp::getOperationName());
    buildWarpBodyLowering(lowering);
    if (failed(runPipeline(lowering, module)))
      return signalPassFailure();
    FailureOr<SmallVector<LoweredKernel>> kernels =
        prepareKernelBodies(module, {{kHostLauncherSuffix, "host launcher"}});
    if (failed(kernels))
      return signalPassFailure();

    MLIRContext *context = &getContext();
    OpBuilder builder(context);
    builder.setInsertionPointToEnd(module.getBody());
    auto gpuModule =
        gpu::GPUModuleOp::create(builder, module.getLoc(), kGpuModuleName);
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    builder.getUnitAttr());
    for (auto function :
         llvm::make_early_inc_range(module.getOps<LLVM::LLVMFuncOp>()))
      function->moveBefore(gpuModule.getBody(), gpuModule.getBody()->end());
    for (const LoweredKernel &kernel : *kernels) {
      builder.setInsertionPointToEnd(gpuModule.getBody());
      gpu::GPUFuncOp entry = buildKernelEntry(
          builder, kernel, getLaunchBoundsType(context), specializeContiguous);
      if (hostLaunchers) {
        builder.setInsertionPoint(gpuModule);
        buildHostLauncher(builder, entry);
      }
    }
    useIEEESquareRoots(gpuModule);
    widenNarrowAbs(gpuModule);
    if (fuseFp)
      allowContraction(gpuModule);
    requestLoopUnrolling(gpuModule);
  }
};
} // namespace
