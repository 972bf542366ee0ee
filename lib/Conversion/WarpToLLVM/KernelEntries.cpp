//===- KernelEntries.cpp - what every target's kernel entry shares --------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace mlir::warp;

LogicalResult
mlir::warp::checkKernelSymbolsAreFree(ModuleOp module,
                                      ArrayRef<KernelSymbol> symbols) {
  bool free = true;
  for (auto function : module.getOps<LLVM::LLVMFuncOp>()) {
    if (!function->hasAttr("warp.kernel"))
      continue;
    StringRef name = function.getSymName();
    for (const KernelSymbol &symbol : symbols) {
      std::string derived = (name + symbol.suffix).str();
      if (!module.lookupSymbol(derived))
        continue;
      function.emitError() << "kernel '" << name << "' needs the symbol '"
                           << derived << "' for its " << symbol.purpose
                           << ", which is taken";
      free = false;
    }
  }
  return success(free);
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
