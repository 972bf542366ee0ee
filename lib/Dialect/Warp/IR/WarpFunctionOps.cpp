//===- WarpFunctionOps.cpp - @wp.func and calls ---------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/FunctionImplementation.h"

using namespace mlir;
using namespace mlir::warp;

void FuncOp::build(OpBuilder &builder, OperationState &state, StringRef name,
                   FunctionType type) {
  state.addAttribute(SymbolTable::getSymbolAttrName(),
                     builder.getStringAttr(name));
  state.addAttribute(getFunctionTypeAttrName(state.name), TypeAttr::get(type));
  state.addRegion();
}

ParseResult FuncOp::parse(OpAsmParser &parser, OperationState &result) {
  auto buildFuncType = [](Builder &builder, ArrayRef<Type> argTypes,
                          ArrayRef<Type> results,
                          function_interface_impl::VariadicFlag,
                          std::string &) {
    return builder.getFunctionType(argTypes, results);
  };
  return function_interface_impl::parseFunctionOp(
      parser, result, /*allowVariadic=*/false,
      getFunctionTypeAttrName(result.name), buildFuncType,
      getArgAttrsAttrName(result.name), getResAttrsAttrName(result.name));
}

void FuncOp::print(OpAsmPrinter &p) {
  function_interface_impl::printFunctionOp(
      p, *this, /*isVariadic=*/false, getFunctionTypeAttrName(),
      getArgAttrsAttrName(), getResAttrsAttrName());
}

LogicalResult FuncOp::verify() {
  if (!getBody().empty() && !getBody().hasOneBlock())
    return emitOpError("body must be a single block; control flow is "
                       "structured (warp.if, warp.for, ...)");
  for (auto [index, type] : llvm::enumerate(getArgumentTypes()))
    if (!isWarpValueType(type))
      return emitOpError("argument #")
             << index << " has type " << type << ", which is not a Warp type";
  for (auto [index, type] : llvm::enumerate(getResultTypes()))
    if (!isWarpValueType(type))
      return emitOpError("result #")
             << index << " has type " << type << ", which is not a Warp type";
  return success();
}

LogicalResult CallOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  Operation *target =
      symbolTable.lookupNearestSymbolFrom(*this, getCalleeAttr());
  if (!target)
    return emitOpError("calls @") << getCallee() << ", which does not exist";
  auto callee = dyn_cast<FuncOp>(target);
  if (!callee) {
    if (isa<KernelOp>(target))
      return emitOpError("calls kernel @")
             << getCallee() << "; kernels are launched, not called";
    return emitOpError("calls @")
           << getCallee() << ", which is not a warp.func";
  }
  FunctionType expected = callee.getFunctionType();
  if (getCalleeType() != expected)
    return emitOpError("has type ")
           << getCalleeType() << ", but @" << getCallee() << " has type "
           << expected;
  return success();
}
