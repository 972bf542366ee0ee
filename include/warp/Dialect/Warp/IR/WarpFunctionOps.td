//===- WarpFunctionOps.td - @wp.func and calls -------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPFUNCTIONOPS_TD
#define WARP_DIALECT_WARP_IR_WARPFUNCTIONOPS_TD

include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/CallInterfaces.td"
include "mlir/Interfaces/FunctionInterfaces.td"

def Warp_FuncOp : Warp_Op<"func", [
    FunctionOpInterface, IsolatedFromAbove, AutomaticAllocationScope]> {
  let summary = "`@wp.func`: a function callable from kernels and functions";
  let description = [{
    Warp overloads functions by argument types; symbols are unique, so each
    overload is its own `warp.func` and `py_name` records the Python name
    they share when it differs from the symbol.

    ```mlir
    warp.func @scale_f32(%v: !warp.vec<3xf32>, %s: f32) -> !warp.vec<3xf32>
        attributes {py_name = "scale"} {
      %r = warp.mul %v, %s : !warp.vec<3xf32>, f32
      warp.return %r : !warp.vec<3xf32>
    }
    ```
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    TypeAttrOf<FunctionType>:$function_type,
    OptionalAttr<StrAttr>:$sym_visibility,
    OptionalAttr<DictArrayAttr>:$arg_attrs,
    OptionalAttr<DictArrayAttr>:$res_attrs,
    OptionalAttr<StrAttr>:$py_name);
  let regions = (region AnyRegion:$body);

  let builders = [
    OpBuilder<(ins "::llvm::StringRef":$name, "::mlir::FunctionType":$type)>
  ];
  let extraClassDeclaration = [{
    ::mlir::Region *getCallableRegion() {
      return getBody().empty() ? nullptr : &getBody();
    }
    ::llvm::ArrayRef<::mlir::Type> getArgumentTypes() {
      return getFunctionType().getInputs();
    }
    ::llvm::ArrayRef<::mlir::Type> getResultTypes() {
      return getFunctionType().getResults();
    }
    /// The name Python code calls this function by.
    ::llvm::StringRef getPythonName() {
      return getPyName() ? *getPyName() : getSymName();
    }
  }];
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Warp_CallOp : Warp_Op<"call", [
    CallOpInterface, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "a call of a warp.func";
  let description = [{
    ```mlir
    %r = warp.call @scale_f32(%v, %s) : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee,
                       Variadic<AnyType>:$operands,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let results = (outs Variadic<AnyType>);
  let assemblyFormat = [{
    $callee `(` $operands `)` attr-dict `:` functional-type($operands, results)
  }];
  let extraClassDeclaration = [{
    ::mlir::FunctionType getCalleeType() {
      return ::mlir::FunctionType::get(getContext(), getOperandTypes(),
                                       getResultTypes());
    }
    ::mlir::CallInterfaceCallable getCallableForCallee() {
      return (*this)->getAttrOfType<::mlir::SymbolRefAttr>("callee");
    }
    void setCalleeFromCallable(::mlir::CallInterfaceCallable callee) {
      (*this)->setAttr("callee", ::llvm::cast<::mlir::SymbolRefAttr>(callee));
    }
    ::mlir::Operation::operand_range getArgOperands() { return getOperands(); }
    ::mlir::MutableOperandRange getArgOperandsMutable() {
      return getOperandsMutable();
    }
  }];
}

#endif // WARP_DIALECT_WARP_IR_WARPFUNCTIONOPS_TD
