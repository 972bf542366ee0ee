//===- Pipelines.cpp - registered pipelines from warp to targets ----------===//

#include "warp/Pipelines/Pipelines.h"

#include "warp/Conversion/Passes.h"

#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::buildWarpToPTXPipeline(OpPassManager &pm,
                                        const WarpToPTXOptions &options) {
  ConvertWarpToGPUOptions lowering;
  lowering.fuseFp = options.fuseFp;
  lowering.hostLaunchers = options.hostLaunchers;
  // Tuning knobs forward only when given, so the pass's defaults stay the
  // only ones.
  if (options.specializeContiguous.hasValue())
    lowering.specializeContiguous = options.specializeContiguous;
  if (options.rowsPerThread.hasValue())
    lowering.rowsPerThread = options.rowsPerThread;
  if (options.fullUnrollBudget.hasValue())
    lowering.fullUnrollBudget = options.fullUnrollBudget;
  pm.addPass(createConvertWarpToGPU(lowering));

  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = options.optLevel;
  if (!options.libdevice.empty())
    target.linkLibs.push_back(options.libdevice);
  pm.addPass(createGpuNVVMAttachTarget(target));

  OpPassManager &device = pm.nest<gpu::GPUModuleOp>();
  device.addPass(createConvertGpuOpsToNVVMOps());
  // What libdevice does not cover (integer abs, copysign, fma, trunc,
  // roundeven) becomes LLVM intrinsics, which NVPTX selects to instructions.
  device.addPass(createConvertMathToLLVMPass());
  device.addPass(createCanonicalizerPass());
  device.addPass(createReconcileUnrealizedCastsPass());
  device.addPass(createDropUnusedDeviceLibraries());

  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = options.format;
  binary.toolkitPath = options.cudaPath;
  pm.addPass(createGpuModuleToBinaryPass(binary));
}

void mlir::warp::buildWarpToLLVMPipeline(OpPassManager &pm,
                                         const WarpToLLVMOptions &options) {
  ConvertWarpToCPUOptions lowering;
  if (options.specializeContiguous.hasValue())
    lowering.specializeContiguous = options.specializeContiguous;
  if (options.checkBounds.hasValue())
    lowering.checkBounds = options.checkBounds;
  // convert-warp-to-cpu lowers arith and math too (intrinsics where LLVM
  // has them, libm calls for the rest), in its one conversion.
  pm.addPass(createConvertWarpToCPU(lowering));
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::warp::buildWarpToLLVMPipeline(OpPassManager &pm, bool checkBounds) {
  WarpToLLVMOptions options;
  if (checkBounds)
    options.checkBounds = true;
  buildWarpToLLVMPipeline(pm, options);
}

void mlir::warp::buildWarpToSourcePipeline(OpPassManager &pm, bool cuda) {
  ConvertWarpToEmitCOptions options;
  options.target = cuda ? "cuda" : "cpp";
  pm.addPass(createConvertWarpToEmitC(options));
}

void mlir::warp::registerWarpPipelines() {
  PassPipelineRegistration<WarpToPTXOptions>(
      "warp-to-ptx",
      "Compile warp kernels to PTX: convert-warp-to-gpu, NVVM, and a "
      "gpu.binary holding the PTX text",
      buildWarpToPTXPipeline);
  PassPipelineRegistration<WarpToLLVMOptions>(
      "warp-to-llvm",
      "Compile warp kernels to CPU entry points in the LLVM dialect: "
      "convert-warp-to-cpu (arith and math as LLVM intrinsics or libm "
      "calls), then reconcile-unrealized-casts",
      [](OpPassManager &pm, const WarpToLLVMOptions &options) {
        buildWarpToLLVMPipeline(pm, options);
      });
  // convert-warp-to-emitc's only option, the language, is the pipeline's
  // name: the source pipelines take no options.
  PassPipelineRegistration<>(
      "warp-to-cpp",
      "Compile warp kernels to EmitC for C++ source in Warp's CPU style "
      "(print with mlir-translate --mlir-to-cpp --declare-variables-at-top)",
      [](OpPassManager &pm) { buildWarpToSourcePipeline(pm, false); });
  PassPipelineRegistration<>(
      "warp-to-cuda",
      "Compile warp kernels to EmitC for CUDA C++ source (print with "
      "mlir-translate --mlir-to-cpp --declare-variables-at-top)",
      [](OpPassManager &pm) { buildWarpToSourcePipeline(pm, true); });
}
