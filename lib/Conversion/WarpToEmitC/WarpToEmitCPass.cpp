//===- WarpToEmitCPass.cpp - warp kernels to C++ / CUDA C++ source --------===//

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"

#include "CppNames.h"
#include "FunctionResults.h"
#include "PythonNames.h"
#include "SourceEntries.h"

#include "warp/Conversion/Passes.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Conversion/ArithToEmitC/ArithToEmitC.h"
#include "mlir/Conversion/FuncToEmitC/FuncToEmitC.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::warp {
#define GEN_PASS_DEF_CONVERTWARPTOEMITC
#include "warp/Conversion/Passes.h.inc"
} // namespace mlir::warp

using namespace mlir;
using namespace mlir::warp;

namespace {

/// The Python names of `function`'s parameters (`warp.name`), "" where none.
SmallVector<std::string> parameterNames(FunctionOpInterface function) {
  SmallVector<std::string> names;
  for (unsigned index = 0; index < function.getNumArguments(); ++index) {
    auto name = function.getArgAttrOfType<StringAttr>(index, "warp.name");
    names.push_back(name ? name.str() : "");
  }
  return names;
}

/// Orders the functions of `module` so that each comes after the functions
/// it calls, as C++ wants them declared before use (Warp has no recursion).
void orderCalleesFirst(ModuleOp module) {
  SymbolTable table(module);
  DenseSet<Operation *> placed;
  Block *body = module.getBody();
  std::function<void(emitc::FuncOp)> place = [&](emitc::FuncOp function) {
    if (!placed.insert(function).second)
      return;
    // Calls whose results are unread are opaque calls by name.
    function.walk([&](Operation *op) {
      StringRef name;
      if (auto call = dyn_cast<emitc::CallOp>(op))
        name = call.getCallee();
      else if (auto call = dyn_cast<emitc::CallOpaqueOp>(op))
        name = call.getCallee();
      if (auto callee = table.lookup<emitc::FuncOp>(name))
        place(callee);
    });
    function->moveBefore(body, body->end());
  };
  // Moving functions reorders the module: take the list first.
  for (auto function : llvm::to_vector(module.getOps<emitc::FuncOp>()))
    place(function);
}

/// Erases every warp.var that no warp.read reads, with its writes; returns
/// whether there was one.
bool eraseUnreadVariables(ModuleOp module) {
  SmallVector<VarOp> unread;
  module.walk([&](VarOp var) {
    if (llvm::all_of(var->getUsers(),
                     [](Operation *user) { return isa<WriteOp>(user); }))
      unread.push_back(var);
  });
  for (VarOp var : unread) {
    for (Operation *write : llvm::make_early_inc_range(var->getUsers()))
      write->erase();
    var->erase();
  }
  return !unread.empty();
}

struct ConvertWarpToEmitCPass
    : public warp::impl::ConvertWarpToEmitCBase<ConvertWarpToEmitCPass> {
  using Base::Base;

  /// Builds the nested pipelines and the conversion's patterns once, so
  /// that a pass manager running this pass over many modules builds them
  /// once.
  LogicalResult initialize(MLIRContext *context) override {
    lowering = OpPassManager(ModuleOp::getOperationName());
    lowering.addPass(createConvertWarpToCF());
    lowering.addPass(createCanonicalizerPass());
    cleanup = OpPassManager(ModuleOp::getOperationName());
    cleanup.addPass(createCanonicalizerPass());

    converter = std::make_shared<TypeConverter>();
    populateWarpToEmitCTypeConversions(*converter);
    RewritePatternSet set(context);
    populateWarpToEmitCPatterns(*converter, set);
    populateFuncToEmitCPatterns(*converter, set);
    populateCallLoweringPatterns(*converter, set);
    populateArithToEmitCPatterns(*converter, set);
    populateBranchOpInterfaceTypeConversionPattern(set, *converter);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    if (target != "cpp" && target != "cuda" && target != "none") {
      module.emitError() << "convert-warp-to-emitc: unknown target '" << target
                         << "' (expected cpp, cuda or none)";
      return signalPassFailure();
    }
    bool cuda = target == "cuda";

    // What the lowering forgets: Python names, argument types, structs.
    llvm::StringMap<SmallVector<std::string>> names;
    DenseMap<StringAttr, SmallVector<Type>> kernelArgumentTypes;
    for (auto function : module.getOps<FunctionOpInterface>()) {
      names[function.getName()] = parameterNames(function);
      if (isa<KernelOp>(function))
        kernelArgumentTypes[function.getNameAttr()] =
            llvm::to_vector(function.getArgumentTypes());
    }
    if (failed(runPipeline(lowering, module)))
      return signalPassFailure();
    // A variable nobody reads would be a C++ variable set but not used (an
    // error under -Wall -Werror); what only fed it goes with it.
    if (eraseUnreadVariables(module) && failed(runPipeline(cleanup, module)))
      return signalPassFailure();
    packMultipleResults(module);
    std::string structs = defineStructs(module);

    SmallVector<KernelSymbol> symbols{{kBodySuffix, "C++ body"}};
    if (!cuda)
      symbols.append(
          {{kCpuEntrySuffix, "CPU entry"}, {"_args", "argument struct"}});
    if (failed(checkKernelSymbolsAreFree(module, symbols)))
      return signalPassFailure();

    SmallVector<SourceKernel> kernels;
    for (auto function : module.getOps<func::FuncOp>()) {
      auto rank = function->getAttrOfType<IntegerAttr>(kLaunchDimsAttr);
      if (!function->hasAttr(kKernelAttr) || !rank)
        continue;
      SourceKernel kernel{function.getName().str(), unsigned(rank.getInt()),
                          kernelArgumentTypes[function.getNameAttr()],
                          names[function.getName()]};
      // The body's parameters: the launch indices, then the arguments.
      SmallVector<std::string> bodyNames(kernel.rank, "");
      llvm::append_range(bodyNames, kernel.argumentNames);
      names[kernel.name + kBodySuffix.str()] = bodyNames;
      function.setName(kernel.name + kBodySuffix.str());
      kernels.push_back(std::move(kernel));
    }

    if (failed(convertToEmitC(module)))
      return signalPassFailure();

    // Names every function's locals must leave alone.
    llvm::StringSet<> globalNames;
    for (auto function : module.getOps<emitc::FuncOp>())
      globalNames.insert(function.getName());
    for (const SourceKernel &kernel : kernels) {
      globalNames.insert(kernel.name);
      globalNames.insert(kernel.name + kCpuEntrySuffix.str());
      globalNames.insert(kernel.name + "_args");
    }
    module.walk([&](Operation *op) {
      for (Type type : op->getResultTypes())
        if (auto opaque = dyn_cast<emitc::OpaqueType>(type))
          globalNames.insert(opaque.getValue());
    });
    StringAttr staticInline = StringAttr::get(context, "static");
    StringAttr portable = StringAttr::get(context, "WP_FUNC");
    for (auto function : module.getOps<emitc::FuncOp>()) {
      function.setSpecifiersAttr(
          ArrayAttr::get(context, {staticInline, portable}));
      givePythonNames(function, names.lookup(function.getName()), globalNames);
    }
    orderCalleesFirst(module);

    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    Location loc = module.getLoc();
    emitc::IncludeOp::create(builder, loc, kSourceHeader);
    if (!structs.empty())
      emitc::VerbatimOp::create(builder, loc, structs);
    SymbolTable table(module);
    for (const SourceKernel &kernel : kernels)
      table.lookup(kernel.name + kBodySuffix.str())
          ->setAttr(kSourceEntryAttr, describeEntry(context, kernel));
    if (target != "none" && failed(addSourceEntries(module, cuda)))
      return signalPassFailure();
  }

  /// warp, func and cf ops to EmitC (cf branches stay, with EmitC types).
  LogicalResult convertToEmitC(ModuleOp module) {
    ConversionTarget target(getContext());
    target.addLegalDialect<emitc::EmitCDialect>();
    target.addLegalOp<ModuleOp>();
    target.addIllegalDialect<WarpDialect, func::FuncDialect,
                             arith::ArithDialect>();
    target.addDynamicallyLegalDialect<cf::ControlFlowDialect>(
        [&](Operation *op) {
          return isLegalForBranchOpInterfaceTypeConversionPattern(op,
                                                                  *converter);
        });
    return applyFullConversion(module, target, patterns);
  }

private:
  OpPassManager lowering{ModuleOp::getOperationName()};
  OpPassManager cleanup{ModuleOp::getOperationName()};
  /// The patterns hold the converter by reference.
  std::shared_ptr<TypeConverter> converter;
  FrozenRewritePatternSet patterns;
};

} // namespace

LogicalResult mlir::warp::addSourceEntries(ModuleOp module, bool cuda) {
  OpBuilder builder = OpBuilder::atBlockEnd(module.getBody());
  for (auto function : llvm::to_vector(module.getOps<emitc::FuncOp>())) {
    auto described = function->getAttrOfType<DictionaryAttr>(kSourceEntryAttr);
    if (!described)
      continue;
    std::optional<SourceKernel> kernel = entryOf(described);
    if (!kernel)
      return function.emitError()
             << "malformed " << kSourceEntryAttr << " attribute";
    function->removeAttr(kSourceEntryAttr);
    emitc::VerbatimOp::create(builder, module.getLoc(),
                              cuda ? defineCudaEntry(*kernel)
                                   : defineCpuEntry(*kernel));
  }
  return success();
}
