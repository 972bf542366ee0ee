//===- WarpKernelOps.td - kernels, launch indices, return --*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPKERNELOPS_TD
#define WARP_DIALECT_WARP_IR_WARPKERNELOPS_TD

include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/FunctionInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_KernelOp : Warp_Op<"kernel", [
    FunctionOpInterface, IsolatedFromAbove, AutomaticAllocationScope]> {
  let summary = "`@wp.kernel`: an entry point launched over a 1-4 d grid";
  let description = [{
    A kernel takes arrays and scalars and returns nothing. `dims(N)` records
    the launch rank the kernel is written for; when present, every `warp.tid`
    in the body yields exactly N indices.

    ```mlir
    warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>,
                       %a: f32) dims(1) {
      %i = warp.tid
      %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
      ...
      warp.return
    }
    ```
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    TypeAttrOf<FunctionType>:$function_type,
    OptionalAttr<StrAttr>:$sym_visibility,
    OptionalAttr<DictArrayAttr>:$arg_attrs,
    OptionalAttr<DictArrayAttr>:$res_attrs,
    OptionalAttr<ConfinedAttr<I32Attr, [IntMinValue<1>, IntMaxValue<4>]>>
        :$launch_dims);
  let regions = (region AnyRegion:$body);

  let builders = [
    OpBuilder<(ins "::llvm::StringRef":$name, "::mlir::FunctionType":$type,
                   CArg<"std::optional<unsigned>", "std::nullopt">:$dims)>
  ];

  let extraClassDeclaration = [{
    ::mlir::Region *getCallableRegion() { return &getBody(); }
    ::llvm::ArrayRef<::mlir::Type> getArgumentTypes() {
      return getFunctionType().getInputs();
    }
    ::llvm::ArrayRef<::mlir::Type> getResultTypes() {
      return getFunctionType().getResults();
    }
    /// Adds the entry block with one argument per kernel parameter.
    ::mlir::Block *addEntryBlock();
  }];
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Warp_TidOp : Warp_Op<"tid", [
    Pure, DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "`wp.tid()`: this thread's index in the launch grid";
  let description = [{
    Yields one `si32` index per launch dimension (1 to 4), unravelled
    row-major from the launch shape as Warp does. Only kernels may use it;
    as in Warp, functions receive the indices as arguments.

    ```mlir
    %i, %j = warp.tid
    ```
  }];
  let results = (outs Variadic<SI32>:$indices);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

// Not Pure: a return nested in a loop or if changes control flow, so the
// enclosing statements must not be treated as dead.
def Warp_ReturnOp : Warp_Op<"return", [ReturnLike, Terminator]> {
  let summary = "return from a kernel or function, possibly early";
  let description = [{
    Ends the enclosing kernel or function. It may appear at the end of any
    block nested in the body, which is how an early `return` is written.
    Its operands match the enclosing function's result types.

    ```mlir
    warp.return
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$operands);
  let builders = [OpBuilder<(ins), [{ build($_builder, $_state, {}); }]>];
  let assemblyFormat = "attr-dict ($operands^ `:` type($operands))?";
  let hasVerifier = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPKERNELOPS_TD
