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
    dimension. Index types are any Warp integer. As in Warp, an index in
    `[-shape[d], 0)` counts from the end of dimension `d`; any other index
    outside `[0, shape[d])` is out of bounds.

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
    dimension and the value's type is the array's dtype. Negative indices
    count from the end, as for `warp.load`.

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

def Warp_ViewOp : Warp_Op<"view", [Pure]> {
  let summary = "a[i]: the sub-array selected by leading indices";
  let description = [{
    Indexing an N-d array with fewer than N indices gives an array of the
    remaining dimensions that shares the memory (Warp's `view`); negative
    indices count from the end.

    ```mlir
    %row = warp.view %a[%i] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>
    ```
  }];
  let arguments = (ins Warp_AnyArray:$array, Variadic<Warp_Int>:$indices);
  let results = (outs Warp_AnyArray:$result);
  let assemblyFormat = [{
    $array `[` $indices `]` attr-dict `:` qualified(type($array)) `,`
    type($indices) `->` qualified(type($result))
  }];
  let hasVerifier = 1;
}

def Warp_ShapeOp : Warp_Op<"shape", [Pure]> {
  let summary = "a.shape[d]: the extent of one dimension";
  let description = [{
    The extent of dimension `dim` as a `wp.int32`, as Warp stores it.

    ```mlir
    %rows = warp.shape %a[0] : !warp.array<f32, 2>
    ```
  }];
  let arguments = (ins Warp_AnyArray:$array,
                       ConfinedAttr<I32Attr, [IntNonNegative]>:$dim);
  let results = (outs SI32:$result);
  let assemblyFormat = "$array `[` $dim `]` attr-dict `:` qualified(type($array))";
  let hasVerifier = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPARRAYOPS_TD
