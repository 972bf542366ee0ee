//===- KernelEntries.cpp - what every target's kernel entry shares --------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToCF/WarpToCF.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::buildWarpBodyLowering(OpPassManager &pm) {
  pm.addPass(createConvertWarpToCF());
  pm.addPass(createMem2Reg());
  pm.addPass(createConvertWarpToLLVM());
}

LogicalResult
mlir::warp::checkKernelSymbolsAreFree(ModuleOp module,
                                      ArrayRef<KernelSymbol> symbols) {
  SymbolTable table(module);
  bool free = true;
  for (auto function : module.getOps<LLVM::LLVMFuncOp>()) {
    if (!function->hasAttr(kKernelAttr))
      continue;
    StringRef name = function.getSymName();
    for (const KernelSymbol &symbol : symbols) {
      std::string derived = (name + symbol.suffix).str();
      if (!table.lookup(derived))
        continue;
      function.emitError() << "kernel '" << name << "' needs the symbol '"
                           << derived << "' for its " << symbol.purpose
                           << ", which is taken";
      free = false;
    }
  }
  return success(free);
}

FailureOr<SmallVector<LoweredKernel>>
mlir::warp::prepareKernelBodies(ModuleOp module,
                                ArrayRef<KernelSymbol> symbols) {
  SmallVector<KernelSymbol> all{{kBodySuffix, "lowered body"}};
  llvm::append_range(all, symbols);
  if (failed(checkKernelSymbolsAreFree(module, all)))
    return failure();
  SmallVector<LoweredKernel> kernels;
  for (auto function : module.getOps<LLVM::LLVMFuncOp>()) {
    auto rank = function->getAttrOfType<IntegerAttr>(kLaunchDimsAttr);
    if (!function->hasAttr(kKernelAttr) || !rank)
      continue;
    std::string name = function.getSymName().str();
    function.setSymName(name + kBodySuffix.str());
    function.setLinkage(LLVM::Linkage::Internal);
    function.setAlwaysInline(true);
    kernels.push_back({function, name, unsigned(rank.getInt())});
  }
  return kernels;
}

SmallVector<Value> mlir::warp::loadKernelArguments(OpBuilder &builder,
                                                   Location loc, Value args,
                                                   ArrayRef<Type> types) {
  MLIRContext *context = builder.getContext();
  Type ptr = LLVM::LLVMPointerType::get(context);
  // LLVM's struct layout is C's: each field at its alignment.
  auto argsType = LLVM::LLVMStructType::getLiteral(context, types);
  SmallVector<Value> values;
  for (auto [position, type] : llvm::enumerate(types)) {
    Value address = LLVM::GEPOp::create(
        builder, loc, ptr, argsType, args,
        ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(position)});
    values.push_back(LLVM::LoadOp::create(builder, loc, type, address));
  }
  return values;
}
