//===- WarpCastOps.td - scalar and composite conversions ---*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCASTOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCASTOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_CastOp : Warp_Op<"cast", [Pure]> {
  let summary = "`wp.float32(x)`, `wp.int32(x)`, `int(x)`, `float(x)`, `bool(x)`, `wp.vec3d(v)`, ...";
  let description = [{
    Converts a value to another dtype. Warp's scalar constructors accept
    every scalar, `i1` included (`int` is `si32`, `float` is `f32`), with
    C++ conversion semantics:

    - integer to integer: wraps modulo 2^width, extending by the source's
      signedness (`ui8(300) == 44`, `ui8(-1) == 255`);
    - integer to float: round to nearest; f16 is built from f32, so
      conversions to f16 round to f32 first, f64 ones included;
    - float to integer: truncates toward zero (`int(-2.7) == -2`); NaN and
      values out of the target's range are undefined behaviour;
    - to bool: `x != 0` (NaN is true); from bool: 0 or 1.

    Vectors of one length, matrices of one shape and quaternions convert
    componentwise (`wp.vec3d(v)`, `wp.vec3i(v)`); Warp does not convert a
    transform's dtype, nor change a length or a shape.

    ```mlir
    %f = warp.cast %i : si32 to f32
    ```
  }];
  let arguments = (ins Warp_OperatorOperand:$input);
  let results = (outs Warp_OperatorOperand:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPCASTOPS_TD
