//===- WarpKernelOps.cpp - kernels, launch indices, return ----------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/FunctionImplementation.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// KernelOp
//===----------------------------------------------------------------------===//

void KernelOp::build(OpBuilder &builder, OperationState &state, StringRef name,
                     FunctionType type, std::optional<unsigned> dims) {
  state.addAttribute(SymbolTable::getSymbolAttrName(),
                     builder.getStringAttr(name));
  state.addAttribute(getFunctionTypeAttrName(state.name),
                     TypeAttr::get(type));
  if (dims)
    state.addAttribute(getLaunchDimsAttrName(state.name),
                       builder.getI32IntegerAttr(*dims));
  state.addRegion();
}

Block *KernelOp::addEntryBlock() {
  Block *entry = new Block();
  getBody().push_back(entry);
  for (Type type : getArgumentTypes())
    entry->addArgument(type, getLoc());
  return entry;
}

// warp.kernel @name(%a: T, ...) [dims(N)] [attributes {...}] { body }
ParseResult KernelOp::parse(OpAsmParser &parser, OperationState &result) {
  StringAttr nameAttr;
  if (parser.parseSymbolName(nameAttr, SymbolTable::getSymbolAttrName(),
                             result.attributes))
    return failure();

  SmallVector<OpAsmParser::Argument> arguments;
  SmallVector<Type> resultTypes;
  SmallVector<DictionaryAttr> resultAttrs;
  bool isVariadic = false;
  SMLoc signatureLoc = parser.getCurrentLocation();
  if (function_interface_impl::parseFunctionSignatureWithArguments(
          parser, /*allowVariadic=*/false, arguments, isVariadic, resultTypes,
          resultAttrs))
    return failure();
  if (!resultTypes.empty())
    return parser.emitError(signatureLoc,
                            "a kernel returns no values; use warp.func");

  SmallVector<Type> argTypes;
  for (OpAsmParser::Argument &argument : arguments)
    argTypes.push_back(argument.type);
  Builder &builder = parser.getBuilder();
  result.addAttribute(getFunctionTypeAttrName(result.name),
                      TypeAttr::get(builder.getFunctionType(argTypes, {})));

  if (succeeded(parser.parseOptionalKeyword("dims"))) {
    int32_t dims = 0;
    if (parser.parseLParen() || parser.parseInteger(dims) ||
        parser.parseRParen())
      return failure();
    result.addAttribute(getLaunchDimsAttrName(result.name),
                        builder.getI32IntegerAttr(dims));
  }
  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();
  call_interface_impl::addArgAndResultAttrs(
      builder, result, arguments, resultAttrs,
      getArgAttrsAttrName(result.name), getResAttrsAttrName(result.name));

  Region *body = result.addRegion();
  OptionalParseResult parsedBody = parser.parseOptionalRegion(
      *body, arguments, /*enableNameShadowing=*/false);
  if (!parsedBody.has_value())
    return parser.emitError(parser.getNameLoc(), "a kernel needs a body");
  return *parsedBody;
}

void KernelOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printSymbolName(getSymName());
  function_interface_impl::printFunctionSignature(
      p, *this, getArgumentTypes(), /*isVariadic=*/false, getResultTypes());
  if (std::optional<uint32_t> dims = getLaunchDims())
    p << " dims(" << *dims << ")";
  function_interface_impl::printFunctionAttributes(
      p, *this,
      {getFunctionTypeAttrName(), getArgAttrsAttrName(), getResAttrsAttrName(),
       getLaunchDimsAttrName()});
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/true);
}

LogicalResult KernelOp::verify() {
  if (!getResultTypes().empty())
    return emitOpError("returns ")
           << getResultTypes().size()
           << " values, but a kernel returns none; use warp.func";
  if (getBody().empty())
    return emitOpError("has no body; a kernel cannot be a declaration");
  if (!getBody().hasOneBlock())
    return emitOpError("body must be a single block; control flow is "
                       "structured (warp.if, warp.for, ...)");
  for (auto [index, type] : llvm::enumerate(getArgumentTypes())) {
    if (!isWarpValueType(type))
      return emitOpError("argument #")
             << index << " has type " << type << ", which is not a Warp type";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// TidOp
//===----------------------------------------------------------------------===//

// The result count is the number of names bound: `%i, %j = warp.tid`.
ParseResult TidOp::parse(OpAsmParser &parser, OperationState &result) {
  if (parser.parseOptionalAttrDict(result.attributes))
    return failure();
  Type si32 = parser.getBuilder().getIntegerType(32, /*isSigned=*/true);
  result.types.append(parser.getNumResults(), si32);
  return success();
}

void TidOp::print(OpAsmPrinter &p) {
  p.printOptionalAttrDict((*this)->getAttrs());
}

LogicalResult TidOp::verify() {
  size_t count = getIndices().size();
  if (count < 1 || count > 4)
    return emitOpError("yields 1 to 4 indices, got ") << count;
  // As in Warp, functions get launch indices as arguments from their kernel.
  auto kernel = (*this)->getParentOfType<KernelOp>();
  if (!kernel)
    return emitOpError("may only be used in a warp.kernel; pass the indices "
                       "to functions as arguments");
  std::optional<uint32_t> dims = kernel.getLaunchDims();
  if (dims && *dims != count)
    return emitOpError("yields ")
           << count << " indices, but kernel @" << kernel.getSymName()
           << " is launched over " << *dims << " dimensions";
  return success();
}

void TidOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  static constexpr StringLiteral names[] = {"i", "j", "k", "l"};
  if (getNumResults() == 1) {
    setNameFn(getResult(0), "tid");
    return;
  }
  for (auto [index, result] : llvm::enumerate(getResults()))
    setNameFn(result, index < 4 ? names[index] : "tid");
}
