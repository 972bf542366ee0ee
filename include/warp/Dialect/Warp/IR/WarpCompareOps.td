//===- WarpCompareOps.td - comparisons and `not` -----------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD

include "mlir/IR/EnumAttr.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_CmpPredicate : I64EnumAttr<"CmpPredicate",
    "a Python comparison operator", [
      I64EnumAttrCase<"eq", 0>, I64EnumAttrCase<"ne", 1>,
      I64EnumAttrCase<"lt", 2>, I64EnumAttrCase<"le", 3>,
      I64EnumAttrCase<"gt", 4>, I64EnumAttrCase<"ge", 5>]> {
  let cppNamespace = "::mlir::warp";
}

def Warp_CmpOp : Warp_Op<"cmp", [Pure]> {
  let summary = "Python `==`, `!=`, `<`, `<=`, `>`, `>=`";
  let description = [{
    One comparison; a chain `a < b < c` is two comparisons joined by `and`.
    Warp emits the comparison as C++ (`codegen.py`, `add_comp`), so:

    - Any two Warp scalars compare, `i1` included; NaN compares unequal to
      everything. Scalars of different types compare after C++'s usual
      arithmetic conversions: `f32 < si32` compares as f32, `si32 < ui32`
      as ui32 (so `-1 < ui32(1)` is false), `i1 == si32` as si32. `f16`
      compares only with `f16` (Warp's C++ rejects the mix as ambiguous).
    - Vectors, matrices, quaternions and transforms compare only with `==`,
      only with their own type, and are equal when every component is.

    ```mlir
    %lt = warp.cmp lt, %a, %b : f32
    ```
  }];
  let arguments = (ins Warp_CmpPredicate:$predicate,
                       Warp_OperatorOperand:$lhs, Warp_OperatorOperand:$rhs);
  let results = (outs I1:$result);
  let assemblyFormat = [{
    $predicate `,` $lhs `,` $rhs attr-dict `:`
    custom<CompareTypes>(type($lhs), type($rhs))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Warp_NotOp : Warp_Op<"not", [Pure]> {
  let summary = "Python `not`";
  let description = [{
    `not x` for a bool, an integer (true when `x == 0`) or an array (true
    for a null array). Warp has no `not` on floats or vectors: compare with
    zero explicitly.

    ```mlir
    %z = warp.not %n : si32
    ```
  }];
  let arguments = (ins Warp_Value:$operand);
  let results = (outs I1:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPCOMPAREOPS_TD
