//===- Pipelines.cpp - registered pipelines from warp to targets ----------===//

#include "warp/Pipelines/Pipelines.h"

#include "warp/Conversion/Passes.h"

#include "mlir/Conversion/ConvertToLLVM/ToLLVMPass.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
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

void mlir::warp::buildWarpToLLVMPipeline(OpPassManager &pm, bool checkBounds) {
  ConvertWarpToCPUOptions options;
  options.checkBounds = checkBounds;
  pm.addPass(createConvertWarpToCPU(options));
  // Intrinsics where LLVM has them (they become libm calls or instructions),
  // libm calls for the rest.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
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
  PassPipelineRegistration<>(
      "warp-to-llvm",
      "Compile warp kernels to CPU entry points in the LLVM dialect: "
      "convert-warp-to-cpu, then arith, math (libm) and the rest to LLVM",
      [](OpPassManager &pm) { buildWarpToLLVMPipeline(pm); });
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
