//===- WarpBitwiseOps.td - Python bitwise operators --------*- tablegen -*-===//
//
// `& | ^ << >>` and `~` on Warp integers, and elementwise on vectors and
// matrices of integers. Warp has no bitwise operators on bools or floats.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD
#define WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

class Warp_BitwiseOp<string mnemonic, string pyOp, list<Trait> traits = []>
    : Warp_BinaryOperatorOp<mnemonic, pyOp, "Scalar | Vec | Mat", "0", "false",
                            "Integer", traits>;

def Warp_BitAndOp : Warp_BitwiseOp<"bit_and", "&", [Commutative]> {
  let summary = "Python `&`";
  let description = [{
    Bitwise AND of two integers, integer vectors or integer matrices of one
    type.

    ```mlir
    %c = warp.bit_and %a, %b : ui32
    ```
  }];
}

def Warp_BitOrOp : Warp_BitwiseOp<"bit_or", "|", [Commutative]> {
  let summary = "Python `|`";
  let description = [{
    Bitwise OR, with the operands of `&`.

    ```mlir
    %c = warp.bit_or %a, %b : ui32
    ```
  }];
}

def Warp_BitXorOp : Warp_BitwiseOp<"bit_xor", "^", [Commutative]> {
  let summary = "Python `^`";
  let description = [{
    Bitwise XOR, with the operands of `&`.

    ```mlir
    %c = warp.bit_xor %a, %b : si64
    ```
  }];
}

def Warp_ShlOp : Warp_BitwiseOp<"shl", "<<"> {
  let summary = "Python `<<`";
  let description = [{
    `a << b`, the amount having `a`'s type (`ui8 << 3` is a type error; write
    `ui8 << ui8(3)`). Warp uses C++ `<<`: si8/ui8/si16/ui16 are shifted in
    32-bit `int` and truncated; a negative amount, or one of at least the
    width of the (promoted) type, is undefined behaviour (the CPU masks the
    amount: `1 << 32 == 1` there).

    ```mlir
    %c = warp.shl %a, %n : si32
    ```
  }];
}

def Warp_ShrOp : Warp_BitwiseOp<"shr", ">>"> {
  let summary = "Python `>>`";
  let description = [{
    `a >> b`: arithmetic for signed integers (`-8 >> 1 == -4`), logical for
    unsigned ones; amounts as for `<<`.

    ```mlir
    %c = warp.shr %a, %n : ui32
    ```
  }];
}

def Warp_BitNotOp : Warp_Op<"bit_not", [Pure, AllTypesMatch<["operand", "result"]>]> {
  let summary = "Python `~`";
  let description = [{
    Bitwise complement of an integer, integer vector or integer matrix
    (`~ui8(200) == 55`). Warp has no `~` on bools.

    ```mlir
    %c = warp.bit_not %a : si32
    ```
  }];
  let arguments = (ins Warp_OperatorOperand:$operand);
  let results = (outs Warp_OperatorOperand:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPBITWISEOPS_TD
