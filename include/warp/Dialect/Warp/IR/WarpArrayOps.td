//===- WarpArrayOps.td - array element access --------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPARRAYOPS_TD
#define WARP_DIALECT_WARP_IR_WARPARRAYOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_LoadOp : Warp_Op<"load", [
    TypesMatchWith<"result type is the array's dtype", "array", "result",
                   "::llvm::cast<::mlir::warp::ArrayType>($_self).getDtype()">,
    MemoryEffects<[MemRead]>]> {
  let summary = "a[i, j, ...]: read one element";
  let description = [{
    Reads the element at the given indices; there is one index per array
    dimension. Index types are any Warp integer.

    ```mlir
    %v = warp.load %a[%i, %j] : !warp.array<f32, 2>, si32, si32
    ```
  }];
  let arguments = (ins Warp_AnyArray:$array, Variadic<Warp_Int>:$indices);
  let results = (outs AnyType:$result);
  let assemblyFormat = [{
    $array `[` $indices `]` attr-dict `:` qualified(type($array)) `,` type($indices)
  }];
  let hasVerifier = 1;
}

def Warp_StoreOp : Warp_Op<"store", [
    TypesMatchWith<"stored value type is the array's dtype", "array", "value",
                   "::llvm::cast<::mlir::warp::ArrayType>($_self).getDtype()">,
    MemoryEffects<[MemWrite]>]> {
  let summary = "a[i, j, ...] = v: write one element";
  let description = [{
    Writes `value` at the given indices; there is one index per array
    dimension and the value's type is the array's dtype.

    ```mlir
    warp.store %v, %a[%i] : !warp.array<f32, 1>, si32
    ```
  }];
  let arguments = (ins AnyType:$value, Warp_AnyArray:$array,
                       Variadic<Warp_Int>:$indices);
  let assemblyFormat = [{
    $value `,` $array `[` $indices `]` attr-dict `:` qualified(type($array)) `,`
    type($indices)
  }];
  let hasVerifier = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPARRAYOPS_TD
