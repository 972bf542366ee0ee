//===- WarpArithOps.td - Python operators on numbers -------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPARITHOPS_TD
#define WARP_DIALECT_WARP_IR_WARPARITHOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

// A binary operator whose operands and result share one type: Warp never
// promotes implicitly, so `si32 + f32` is an error, not a conversion.
class Warp_SameTypeBinaryOp<string mnemonic, string pyOp, list<Trait> traits = []>
    : Warp_Op<mnemonic, !listconcat(traits, [Pure])> {
  let summary = "Python `" # pyOp # "` on two values of one type";
  let arguments = (ins Warp_Numeric:$lhs, Warp_Numeric:$rhs);
  let results = (outs Warp_Numeric:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` custom<SameType>(type($lhs), type($rhs),
                                                 type($result))
  }];
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::mlir::warp::verifySameTypeOperands(getOperation());
    }
  }];
}

def Warp_AddOp : Warp_SameTypeBinaryOp<"add", "+", [Commutative]> {
  let description = [{
    `a + b`. Integers wrap as in Warp's C++; floats round to nearest.

    ```mlir
    %c = warp.add %a, %b : f32
    ```
  }];
}

def Warp_MulOp : Warp_SameTypeBinaryOp<"mul", "*", [Commutative]> {
  let description = [{
    `a * b` on two values of one type.

    ```mlir
    %c = warp.mul %a, %b : si32
    ```
  }];
}

#endif // WARP_DIALECT_WARP_IR_WARPARITHOPS_TD
