//===- KernelEntries.cpp - what every target's kernel entry shares --------===//

#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

#include "warp/Conversion/WarpToCF/WarpToCF.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::buildWarpBodyLowering(OpPassManager &pm, bool checkBounds,
                                        bool hostMath) {
  pm.addPass(createConvertWarpToCF());
  pm.addPass(createMem2Reg());
  ConvertWarpToLLVMOptions options;
  options.checkBounds = checkBounds;
  options.hostMath = hostMath;
  pm.addPass(createConvertWarpToLLVM(options));
}

LogicalResult
mlir::warp::checkKernelSymbolsAreFree(ModuleOp module,
                                      ArrayRef<KernelSymbol> symbols) {
  SymbolTable table(module);
  bool free = true;
  for (auto function : module.getOps<FunctionOpInterface>()) {
    if (!function->hasAttr(kKernelAttr))
      continue;
    StringRef name = function.getName();
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
    SmallVector<int64_t> elementBytes;
    if (auto bytes =
            function->getAttrOfType<DenseI64ArrayAttr>(kElementBytesAttr))
      llvm::append_range(elementBytes, bytes.asArrayRef());
    kernels.push_back(
        {function, name, unsigned(rank.getInt()), std::move(elementBytes)});
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

ContiguousArguments
mlir::warp::specializeForContiguousArrays(OpBuilder &builder, Location loc,
                                          ArrayRef<Value> arguments,
                                          ArrayRef<int64_t> elementBytes) {
  ContiguousArguments result{Value(), SmallVector<Value>(arguments)};
  Type i64 = builder.getI64Type();
  for (auto [index, bytes] : llvm::enumerate(elementBytes)) {
    if (bytes <= 0 || index >= arguments.size())
      continue;
    Value descriptor = arguments[index];
    auto type = cast<LLVM::LLVMStructType>(descriptor.getType());
    int64_t ndim =
        cast<LLVM::LLVMArrayType>(type.getBody()[1]).getNumElements();
    // C-contiguous: strides[N-1] = bytes, strides[d] = strides[d+1] *
    // shape[d+1].
    Value expected = LLVM::ConstantOp::create(builder, loc, i64, bytes);
    for (int64_t dim = ndim - 1; dim >= 0; --dim) {
      if (dim < ndim - 1) {
        int64_t shapeAt[] = {1, dim + 1};
        Value extent = LLVM::SExtOp::create(
            builder, loc, i64,
            LLVM::ExtractValueOp::create(builder, loc, descriptor, shapeAt));
        // extent * expected: LLVM's canonical order, the constant last.
        expected = LLVM::MulOp::create(builder, loc, extent, expected);
      }
      int64_t strideAt[] = {2, dim};
      Value stride =
          LLVM::ExtractValueOp::create(builder, loc, descriptor, strideAt);
      Value equal = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::eq,
                                         stride, expected);
      result.test = result.test
                        ? LLVM::AndOp::create(builder, loc, result.test, equal)
                              .getResult()
                        : equal;
      result.arguments[index] = LLVM::InsertValueOp::create(
          builder, loc, result.arguments[index], expected, strideAt);
    }
  }
  return result;
}

namespace {
/// The host's triple and data layout, or why there are none.
struct HostLayout {
  std::string triple, dataLayout, error;
};
} // namespace

/// Computed once per process: creating a TargetMachine costs more than
/// lowering a small kernel.
static const HostLayout &hostLayout() {
  static const HostLayout layout = [] {
    HostLayout result;
    llvm::InitializeNativeTarget();
    llvm::Triple triple(llvm::sys::getProcessTriple());
    result.triple = triple.str();
    const llvm::Target *target =
        llvm::TargetRegistry::lookupTarget(triple, result.error);
    if (!target)
      return result;
    std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
        triple, llvm::sys::getHostCPUName(), "", {}, std::nullopt));
    result.dataLayout = machine->createDataLayout().getStringRepresentation();
    return result;
  }();
  return layout;
}

LogicalResult mlir::warp::setHostDataLayout(ModuleOp module) {
  StringRef layoutName = LLVM::LLVMDialect::getDataLayoutAttrName();
  if (module->hasAttr(layoutName))
    return success();
  const HostLayout &host = hostLayout();
  if (host.dataLayout.empty())
    return module.emitError("no LLVM target for the host (")
           << host.triple << "): " << host.error;
  Builder builder(module.getContext());
  module->setAttr(layoutName, builder.getStringAttr(host.dataLayout));
  module->setAttr(LLVM::LLVMDialect::getTargetTripleAttrName(),
                  builder.getStringAttr(host.triple));
  return success();
}
