//===- KernelSymbols.cpp - names targets derive from kernel names ---------===//

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
