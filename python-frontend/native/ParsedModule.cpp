//===- ParsedModule.cpp - warp IR text parsed and verified ----------------===//

#include "ParsedModule.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Pipelines/Pipelines.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Parser/Parser.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace mlir;

namespace warp::python {

/// Every dialect, extension and LLVM IR translation warp's pipelines use,
/// as warp-run and warp-translate register them; built once.
static const DialectRegistry &dialectRegistry() {
  static const DialectRegistry *registry = [] {
    auto *result = new DialectRegistry();
    mlir::warp::registerPipelineDialects(*result);
    return result;
  }();
  return *registry;
}

ParsedModule::ParsedModule()
    : ctx(std::make_unique<MLIRContext>(dialectRegistry(),
                                        MLIRContext::Threading::DISABLED)) {
  diagnostics = std::make_unique<DiagnosticCollector>(sourceMgr, ctx.get());
}

Outcome<std::unique_ptr<ParsedModule>>
ParsedModule::parse(const std::string &text, const std::string &filename) {
  std::unique_ptr<ParsedModule> parsed(new ParsedModule());
  parsed->sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, filename), llvm::SMLoc());
  // The parser verifies what it parsed.
  parsed->owned =
      parseSourceFile<ModuleOp>(parsed->sourceMgr, parsed->ctx.get());
  if (!parsed->owned)
    return parsed->failure(filename + " is not a valid module");
  return std::move(parsed);
}

Outcome<mlir::warp::KernelOp>
ParsedModule::findKernel(const std::string &name) {
  SmallVector<mlir::warp::KernelOp> kernels(
      module().getOps<mlir::warp::KernelOp>());
  std::string names;
  for (mlir::warp::KernelOp kernel : kernels)
    names += (names.empty() ? "" : ", ") + kernel.getSymName().str();
  if (!name.empty()) {
    for (mlir::warp::KernelOp kernel : kernels)
      if (kernel.getSymName() == name)
        return kernel;
    return plainFailure("no kernel named '" + name + "'" +
                        (kernels.empty() ? std::string(" (the module has none)")
                                         : " (kernels: " + names + ")"));
  }
  if (kernels.size() == 1)
    return kernels.front();
  if (kernels.empty())
    return plainFailure("the module has no warp.kernel");
  return plainFailure("the module has " + std::to_string(kernels.size()) +
                      " kernels (" + names + "): name one");
}

Outcome<bool> ParsedModule::keepOnlyKernel(const std::string &name) {
  Outcome<mlir::warp::KernelOp> kernel = findKernel(name);
  if (!kernel)
    return std::move(kernel.failure());
  // The functions reachable from the kernel through symbol uses.
  SymbolTable symbols(module());
  llvm::SetVector<Operation *> reachable;
  reachable.insert(*kernel);
  for (size_t next = 0; next < reachable.size(); ++next) {
    std::optional<SymbolTable::UseRange> uses =
        SymbolTable::getSymbolUses(reachable[next]);
    if (!uses)
      continue;
    for (const SymbolTable::SymbolUse &use : *uses)
      if (Operation *callee =
              symbols.lookup(use.getSymbolRef().getRootReference().getValue()))
        reachable.insert(callee);
  }
  for (Operation &op : llvm::make_early_inc_range(module().getOps()))
    if (isa<mlir::warp::KernelOp, mlir::warp::FuncOp>(op) &&
        !reachable.contains(&op))
      op.erase();
  return true;
}

} // namespace warp::python
