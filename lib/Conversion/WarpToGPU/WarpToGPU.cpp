//===- WarpToGPU.cpp - warp kernels to gpu.module entry points ------------===//
//
// Kernel bodies are lowered like any function; the GPU entry point only adds
// what a launch means on the device: a grid-stride loop over the linear
// thread index and Warp's row-major unravel into launch indices.
//
//===----------------------------------------------------------------------===//

#include "warp/Conversion/WarpToGPU/WarpToGPU.h"

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

/// Builds `gpu.func @name(bounds, args...) kernel` calling `body`.
void buildKernelEntry(OpBuilder &builder, LLVM::LLVMFuncOp body,
                      StringRef name, unsigned rank,
                      LLVM::LLVMStructType boundsType) {
  Location loc = body.getLoc();
  ArrayRef<Type> bodyInputs = body.getFunctionType().getParams();
  SmallVector<Type> inputs{boundsType};
  llvm::append_range(inputs, bodyInputs.drop_front(rank));
  auto entry = gpu::GPUFuncOp::create(builder, loc, name,
                                      builder.getFunctionType(inputs, {}));
  entry->setAttr(gpu::GPUDialect::getKernelFuncAttrName(),
                 builder.getUnitAttr());

  Type i64 = builder.getI64Type();
  Block *start = &entry.getBody().front();
  Region &region = entry.getBody();
  auto *header = new Block();
  Value linear = header->addArgument(i64, loc);
  auto *step = new Block();
  auto *exit = new Block();
  region.push_back(header);
  region.push_back(step);
  region.push_back(exit);

  // t = blockIdx.x * blockDim.x + threadIdx.x; stride = gridDim.x * blockDim.x
  builder.setInsertionPointToEnd(start);
  auto asI64 = [&](Value index) {
    return arith::IndexCastOp::create(builder, loc, i64, index);
  };
  Value threadId = asI64(gpu::ThreadIdOp::create(builder, loc, gpu::Dimension::x));
  Value blockId = asI64(gpu::BlockIdOp::create(builder, loc, gpu::Dimension::x));
  Value blockDim =
      asI64(gpu::BlockDimOp::create(builder, loc, gpu::Dimension::x));
  Value gridDim = asI64(gpu::GridDimOp::create(builder, loc, gpu::Dimension::x));
  Value first = arith::AddIOp::create(
      builder, loc, arith::MulIOp::create(builder, loc, blockId, blockDim),
      threadId);
  Value stride = arith::MulIOp::create(builder, loc, gridDim, blockDim);
  Value bounds = entry.getArgument(0);
  Value size = LLVM::ExtractValueOp::create(builder, loc, bounds,
                                            ArrayRef<int64_t>{2});
  cf::BranchOp::create(builder, loc, header, ValueRange{first});

  builder.setInsertionPointToEnd(header);
  Value inside = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::slt,
                                       linear, size);
  cf::CondBranchOp::create(builder, loc, inside, step, exit);

  // Row-major: the last launch dimension varies fastest.
  builder.setInsertionPointToEnd(step);
  SmallVector<Value> indices(rank);
  Value rest = linear;
  for (int dim = rank - 1; dim > 0; --dim) {
    int64_t position[] = {0, dim};
    Value extent = arith::ExtSIOp::create(
        builder, loc, i64,
        LLVM::ExtractValueOp::create(builder, loc, bounds, position));
    indices[dim] = arith::TruncIOp::create(
        builder, loc, builder.getI32Type(),
        arith::RemSIOp::create(builder, loc, rest, extent));
    rest = arith::DivSIOp::create(builder, loc, rest, extent);
  }
  // What is left is below shape[0], since the linear index is below size.
  indices[0] = arith::TruncIOp::create(builder, loc, builder.getI32Type(), rest);
  SmallVector<Value> arguments(indices);
  llvm::append_range(arguments, entry.getArguments().drop_front());
  LLVM::CallOp::create(builder, loc, body, arguments);
  Value next = arith::AddIOp::create(builder, loc, linear, stride);
  cf::BranchOp::create(builder, loc, header, ValueRange{next});

  builder.setInsertionPointToEnd(exit);
  gpu::ReturnOp::create(builder, loc);
}

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

/// convert-gpu-to-nvvm has no lowering for math.trunc (libdevice has no
/// __nv_trunc pattern there); the LLVM intrinsic becomes cvt.rzi.
void lowerTruncations(gpu::GPUModuleOp gpuModule) {
  gpuModule.walk([](math::TruncOp trunc) {
    OpBuilder builder(trunc);
    Value result =
        LLVM::FTruncOp::create(builder, trunc.getLoc(), trunc.getOperand());
    trunc.replaceAllUsesWith(result);
    trunc.erase();
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
    lowerTruncations(gpuModule);
  }
};
} // namespace
