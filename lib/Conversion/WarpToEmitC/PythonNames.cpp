//===- PythonNames.cpp - Python names for the emitted locals --------------===//
//
// An `emitc.literal` prints as its text wherever it is used, so a variable
// declared by name (emitc.verbatim) is read through a literal of its name.
// Such a read is only correct while the variable keeps the value it had at
// the load; a load whose value is used after the variable may have changed
// copies it first.
//
//===----------------------------------------------------------------------===//

#include "PythonNames.h"

#include "CppNames.h"

#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::warp;

/// Whether every use of `load`'s value reads what the variable held at the
/// load: all uses are in its block, with no assignment to the variable
/// between the load and the last of them.
static bool readsStayCurrent(emitc::LoadOp load) {
  Block *block = load->getBlock();
  Operation *lastUse = load;
  for (Operation *user : load->getUsers()) {
    if (user->getBlock() != block)
      return false;
    if (lastUse->isBeforeInBlock(user))
      lastUse = user;
  }
  Value variable = load.getOperand();
  for (Operation *op = load->getNextNode(); op && op != lastUse;
       op = op->getNextNode())
    if (auto assign = dyn_cast<emitc::AssignOp>(op))
      if (assign.getVar() == variable)
        return false;
  return true;
}

void mlir::warp::givePythonNames(emitc::FuncOp function,
                                 ArrayRef<std::string> parameterNames,
                                 llvm::StringSet<> taken) {
  if (function.getBody().empty())
    return;
  Block &entry = function.getBody().front();
  OpBuilder declarations = OpBuilder::atBlockBegin(&entry);
  Location loc = function.getLoc();

  for (auto [parameter, name] :
       llvm::zip(function.getArguments(), parameterNames)) {
    if (name.empty() || parameter.use_empty())
      continue;
    std::string cppName = claimCppName(name, "arg", taken);
    auto copy = emitc::VerbatimOp::create(
        declarations, loc,
        declarations.getStringAttr("const " +
                                   getCppTypeName(parameter.getType()) + " " +
                                   cppName + " = {};"),
        ValueRange{parameter});
    Value named = emitc::LiteralOp::create(declarations, loc,
                                           parameter.getType(), cppName);
    parameter.replaceAllUsesExcept(named, copy);
  }

  SmallVector<emitc::VariableOp> variables;
  // Unnamed variables too (as `var`, `var_1`, ...): declared by the emitter
  // they would leave a bare `;` where they are defined.
  function.walk(
      [&](emitc::VariableOp variable) { variables.push_back(variable); });
  for (emitc::VariableOp variable : variables) {
    auto lvalue = cast<emitc::LValueType>(variable.getType());
    // A variable reached other than by loads and assignments keeps v<N>.
    if (!llvm::all_of(variable->getUsers(), [](Operation *user) {
          return isa<emitc::LoadOp, emitc::AssignOp>(user);
        }))
      continue;
    Type type = lvalue.getValueType();
    auto name = variable->getAttrOfType<StringAttr>("name");
    std::string cppName =
        claimCppName(name ? name.getValue() : "", "var", taken);
    emitc::VerbatimOp::create(declarations, loc,
                              getCppTypeName(type) + " " + cppName + ";");
    Value named = emitc::LiteralOp::create(declarations, loc, type, cppName);

    SmallVector<Operation *> users(variable->getUsers());
    DenseSet<Operation *> copiedLoads;
    for (Operation *user : users)
      if (auto load = dyn_cast<emitc::LoadOp>(user))
        if (!readsStayCurrent(load))
          copiedLoads.insert(load);
    for (Operation *user : users) {
      OpBuilder builder(user);
      if (auto assign = dyn_cast<emitc::AssignOp>(user)) {
        emitc::VerbatimOp::create(builder, assign.getLoc(),
                                  builder.getStringAttr(cppName + " = {};"),
                                  ValueRange{assign.getValue()});
      } else if (copiedLoads.contains(user)) {
        Value copy = emitc::CallOpaqueOp::create(builder, user->getLoc(),
                                                 TypeRange{type}, "wp::copy",
                                                 ValueRange{named})
                         .getResult(0);
        user->getResult(0).replaceAllUsesWith(copy);
      } else {
        user->getResult(0).replaceAllUsesWith(named);
      }
      user->erase();
    }
    variable->erase();
  }
}
