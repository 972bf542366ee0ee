//===- WarpAtomicOps.td - atomic read-modify-write on arrays -*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD
#define WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD

include "mlir/IR/EnumAttr.td"

class Warp_MatchesArrayDtype<string what, string operand>
    : TypesMatchWith<what # " type is the array's dtype", "array", operand,
                     "::llvm::cast<::mlir::warp::ArrayType>($_self).getDtype()">;

def Warp_AtomicKind : I32EnumAttr<"AtomicKind",
    "the read-modify-write an atomic performs", [
      I32EnumAttrCase<"add", 0>, I32EnumAttrCase<"sub", 1>,
      I32EnumAttrCase<"min", 2>, I32EnumAttrCase<"max", 3>,
      I32EnumAttrCase<"and_", 4, "and">, I32EnumAttrCase<"or_", 5, "or">,
      I32EnumAttrCase<"xor_", 6, "xor">, I32EnumAttrCase<"exch", 7>
    ]> {
  let cppNamespace = "::mlir::warp";
}

def Warp_AtomicOp : Warp_Op<"atomic", [
    Warp_MatchesArrayDtype<"value", "value">,
    Warp_MatchesArrayDtype<"result", "result">]> {
  let summary = "`wp.atomic_add/sub/min/max/and/or/xor/exch`; a[i] += v";
  let description = [{
    Atomically combines `value` into the element at the indices and returns
    the element's old value. `a[i] += v`, `-=`, `&=`, `|=` and `^=` on an
    array are these atomics in Warp. Vectors and matrices are updated
    atomically component by component. The element types Warp allows are:
    add and sub: si32, ui32, si64, ui64, f16, f32, f64; min and max: si32,
    ui32, si64, ui64, f32, f64; exch: si32, ui32, si64, ui64, f32, f64; and,
    or, xor: si32, ui32, si64, ui64 (for vectors and matrices, of their
    element type).

    ```mlir
    %old = warp.atomic add %a[%i], %v : !warp.array<f32, 1>, si32
    ```
  }];
  let arguments = (ins Warp_AtomicKind:$kind, Warp_AnyArray:$array,
                       Variadic<Warp_Int>:$indices, Warp_Value:$value);
  let results = (outs Warp_Value:$result);
  let assemblyFormat = [{
    $kind $array `[` $indices `]` `,` $value attr-dict `:`
    qualified(type($array)) `,` type($indices)
  }];
  let hasVerifier = 1;
}

def Warp_AtomicCasOp : Warp_Op<"atomic_cas", [
    Warp_MatchesArrayDtype<"compared value", "compare">,
    Warp_MatchesArrayDtype<"new value", "value">,
    Warp_MatchesArrayDtype<"result", "result">]> {
  let summary = "`wp.atomic_cas`: compare and swap";
  let description = [{
    Atomically replaces the element with `value` if it equals `compare`, and
    returns the old element. Element types: si32, ui32, si64, ui64, f32, f64.

    ```mlir
    %old = warp.atomic_cas %a[%i], %expected, %new : !warp.array<si32, 1>, si32
    ```
  }];
  let arguments = (ins Warp_AnyArray:$array, Variadic<Warp_Int>:$indices,
                       Warp_Value:$compare, Warp_Value:$value);
  let results = (outs Warp_Value:$result);
  let assemblyFormat = [{
    $array `[` $indices `]` `,` $compare `,` $value attr-dict `:`
    qualified(type($array)) `,` type($indices)
  }];
  let hasVerifier = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPATOMICOPS_TD
