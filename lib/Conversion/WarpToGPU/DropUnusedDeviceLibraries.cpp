//===- DropUnusedDeviceLibraries.cpp - libdevice only where it is called --===//

#include "warp/Conversion/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"

namespace mlir::warp {
#define GEN_PASS_DEF_DROPUNUSEDDEVICELIBRARIES
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;

namespace {
struct DropUnusedDeviceLibrariesPass
    : public warp::impl::DropUnusedDeviceLibrariesBase<
          DropUnusedDeviceLibrariesPass> {
  void runOnOperation() override {
    gpu::GPUModuleOp module = getOperation();
    ArrayAttr targets = module.getTargetsAttr();
    if (!targets)
      return;
    // libdevice's functions are all named __nv_*.
    for (auto function : module.getOps<LLVM::LLVMFuncOp>())
      if (function.isExternal() && function.getName().starts_with("__nv_"))
        return;
    SmallVector<Attribute> unlinked;
    for (Attribute target : targets) {
      auto nvvm = dyn_cast<NVVM::NVVMTargetAttr>(target);
      if (!nvvm || !nvvm.getLink()) {
        unlinked.push_back(target);
        continue;
      }
      unlinked.push_back(NVVM::NVVMTargetAttr::get(
          &getContext(), nvvm.getO(), nvvm.getTriple(), nvvm.getChip(),
          nvvm.getFeatures(), nvvm.getFlags(), /*linkFiles=*/nullptr,
          nvvm.getVerifyTarget()));
    }
    module.setTargetsAttr(ArrayAttr::get(&getContext(), unlinked));
  }
};
} // namespace
