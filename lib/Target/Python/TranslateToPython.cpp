//===- TranslateToPython.cpp - a warp module as a Python module -----------===//
//
// The module reads top to bottom as a person would write it: the import,
// type aliases, structs (each after the structs it holds), functions (each
// after the functions it calls), kernels; two blank lines between
// definitions, as black wants them.
//
//===----------------------------------------------------------------------===//

#include "warp/Target/Python/WarpToPython.h"

#include "FunctionEmitter.h"
#include "PythonTypes.h"

#include "warp/Dialect/Warp/IR/WarpDialect.h"
#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::python;

/// Registers the aliases and structs every type in `function` needs.
static LogicalResult collectTypes(FunctionOpInterface function,
                                  TypeSpeller &types) {
  auto collect = [&](Type type, Location loc) {
    // A variable's slot is not a value; its contents are.
    if (auto ref = dyn_cast<RefType>(type))
      type = ref.getElementType();
    return types.collect(type, loc);
  };
  for (Type type : function.getArgumentTypes())
    if (failed(collect(type, function.getLoc())))
      return failure();
  for (Type type : function.getResultTypes())
    if (failed(collect(type, function.getLoc())))
      return failure();
  WalkResult walked = function->walk([&](Operation *op) {
    for (Type type : op->getResultTypes())
      if (failed(collect(type, op->getLoc())))
        return WalkResult::interrupt();
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          if (failed(collect(arg.getType(), op->getLoc())))
            return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return failure(walked.wasInterrupted());
}

/// `functions` ordered so that each comes after the functions it calls,
/// otherwise in module order.
static SmallVector<FuncOp> calleesFirst(ArrayRef<FuncOp> functions) {
  llvm::StringMap<FuncOp> bySymbol;
  for (FuncOp func : functions)
    bySymbol[func.getSymName()] = func;
  llvm::SetVector<Operation *> visited;
  SmallVector<FuncOp> ordered;
  std::function<void(FuncOp)> visit = [&](FuncOp func) {
    if (!visited.insert(func))
      return;
    func->walk([&](CallOp call) {
      auto callee = bySymbol.find(call.getCallee());
      if (callee != bySymbol.end())
        visit(callee->second);
    });
    ordered.push_back(func);
  };
  for (FuncOp func : functions)
    visit(func);
  return ordered;
}

LogicalResult
mlir::warp::translateModuleToPython(ModuleOp module, raw_ostream &output,
                                    const PythonEmitOptions &options) {
  SmallVector<FuncOp> functions;
  SmallVector<KernelOp> kernels;
  bool ok = true;
  for (Operation &op : module.getBody()->getOperations()) {
    if (auto func = dyn_cast<FuncOp>(op)) {
      if (func.getBody().empty()) {
        emitError(func.getLoc())
            << "a warp.func without a body has no Python definition";
        ok = false;
      }
      functions.push_back(func);
    } else if (auto kernel = dyn_cast<KernelOp>(op)) {
      kernels.push_back(kernel);
    } else {
      emitError(op.getLoc())
          << "'" << op.getName()
          << "' has no spelling in Warp's Python (a module of "
             "warp.kernel and warp.func ops prints)";
      ok = false;
    }
  }
  if (!ok)
    return failure();

  NameScope globals;
  TypeSpeller types(globals);
  ModuleNames names{types, globals, {}, options.lineLength};
  // Warp overloads a @wp.func by its parameter types: functions sharing a
  // Python name (`py_name`) keep it unless their parameters are the same.
  llvm::StringMap<SmallVector<FunctionType>> overloads;
  for (Operation &op : module.getBody()->getOperations()) {
    if (auto kernel = dyn_cast<KernelOp>(op)) {
      names.functions[kernel.getSymName()] = globals.claim(
          sanitizePythonIdentifier(kernel.getSymName(), "kernel"));
      continue;
    }
    auto func = cast<FuncOp>(op);
    std::string stem = sanitizePythonIdentifier(func.getPythonName(), "func");
    FunctionType type = func.getFunctionType();
    auto shared = overloads.find(stem);
    bool overload = shared != overloads.end() &&
                    llvm::none_of(shared->second, [&](FunctionType other) {
                      return other.getInputs() == type.getInputs();
                    });
    std::string name = overload ? stem : globals.claim(stem);
    overloads[name].push_back(type);
    names.functions[func.getSymName()] = name;
  }

  for (FuncOp func : functions)
    if (failed(collectTypes(func, types)))
      return failure();
  for (KernelOp kernel : kernels)
    if (failed(collectTypes(kernel, types)))
      return failure();

  std::vector<std::vector<std::string>> definitions;
  for (FuncOp func : calleesFirst(functions)) {
    FunctionEmitter emitter(names, func);
    if (failed(emitter.emit(definitions.emplace_back())))
      ok = false;
  }
  for (KernelOp kernel : kernels) {
    FunctionEmitter emitter(names, kernel);
    if (failed(emitter.emit(definitions.emplace_back())))
      ok = false;
  }
  if (!ok)
    return failure();

  output << "import warp as wp\n";
  if (!types.getAliases().empty()) {
    // Black puts one blank line between the imports and other statements.
    output << "\n";
    for (const TypeSpeller::Alias &alias : types.getAliases())
      output << alias.name << " = " << alias.definition << "\n";
  }
  for (StructType structType : types.getStructs()) {
    output << "\n\n@wp.struct\nclass " << types.spell(structType) << ":\n";
    if (structType.getFieldTypes().empty())
      output << "    pass\n";
    for (auto [field, type] :
         llvm::zip(structType.getFieldNames(), structType.getFieldTypes()))
      output << "    " << pythonFieldName(cast<StringAttr>(field).getValue())
             << ": " << types.spell(type) << "\n";
  }
  for (const std::vector<std::string> &lines : definitions) {
    output << "\n\n";
    for (const std::string &line : lines)
      output << line << "\n";
  }
  return success();
}

void mlir::warp::registerWarpToPythonTranslation() {
  TranslateFromMLIRRegistration registration(
      "warp-to-python",
      "print warp kernels and functions as Warp Python source (warp-lang)",
      [](Operation *op, raw_ostream &output) -> LogicalResult {
        auto module = dyn_cast<ModuleOp>(op);
        if (!module)
          return emitError(op->getLoc()) << "expected a builtin.module";
        return translateModuleToPython(module, output);
      },
      [](DialectRegistry &registry) { registry.insert<WarpDialect>(); });
}
