//===- WarpVariableOps.td - local mutable variables --------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPVARIABLEOPS_TD
#define WARP_DIALECT_WARP_IR_WARPVARIABLEOPS_TD

include "mlir/IR/OpAsmInterface.td"
include "mlir/Interfaces/MemorySlotInterfaces.td"

def Warp_VarOp : Warp_Op<"var", [
    DeclareOpInterfaceMethods<PromotableAllocationOpInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a Python local that is assigned more than once";
  let description = [{
    A slot holding the variable's current value, read with `warp.read` and
    assigned with `warp.write`; `name` is the Python name. Reading before
    any write yields the type's zero value. Upstream `mem2reg` turns slots
    into SSA values wherever their uses are not nested inside a region (that
    is, after control flow has been lowered to a CFG).

    ```mlir
    %acc = warp.var "acc" : !warp.ref<f32>
    ```
  }];
  let arguments = (ins OptionalAttr<StrAttr>:$name);
  let results = (outs Warp_AnyRef:$ref);
  let assemblyFormat = "($name^)? attr-dict `:` qualified(type($ref))";
}

def Warp_ReadOp : Warp_Op<"read", [
    DeclareOpInterfaceMethods<PromotableMemOpInterface>,
    TypesMatchWith<"result type is the slot's value type", "ref", "result",
                   "::llvm::cast<::mlir::warp::RefType>($_self).getElementType()">]> {
  let summary = "the current value of a local variable";
  let description = [{
    ```mlir
    %v = warp.read %acc : !warp.ref<f32>
    ```
  }];
  let arguments = (ins Arg<Warp_AnyRef, "the slot", [MemRead]>:$ref);
  let results = (outs Warp_Value:$result);
  let assemblyFormat = "$ref attr-dict `:` qualified(type($ref))";
}

def Warp_WriteOp : Warp_Op<"write", [
    DeclareOpInterfaceMethods<PromotableMemOpInterface>,
    TypesMatchWith<"written value type is the slot's value type", "ref",
                   "value",
                   "::llvm::cast<::mlir::warp::RefType>($_self).getElementType()">]> {
  let summary = "assign a local variable";
  let description = [{
    ```mlir
    warp.write %v, %acc : !warp.ref<f32>
    ```
  }];
  let arguments = (ins Warp_Value:$value,
                       Arg<Warp_AnyRef, "the slot", [MemWrite]>:$ref);
  let assemblyFormat = "$value `,` $ref attr-dict `:` qualified(type($ref))";
}

#endif // WARP_DIALECT_WARP_IR_WARPVARIABLEOPS_TD
