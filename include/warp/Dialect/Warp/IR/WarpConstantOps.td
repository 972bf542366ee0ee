//===- WarpConstantOps.td - literals and zero values -------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPCONSTANTOPS_TD
#define WARP_DIALECT_WARP_IR_WARPCONSTANTOPS_TD

include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_ConstantOp : Warp_Op<"constant", [
    ConstantLike, Pure, AllTypesMatch<["value", "result"]>]> {
  let summary = "a scalar literal";
  let description = [{
    A Python literal with Warp's typing: an integer literal is `si32`, a float
    literal `f32`, `True`/`False` are `i1`; typed literals such as
    `wp.uint8(3)` carry their type.

    ```mlir
    %one = warp.constant 1 : si32
    %half = warp.constant 5.000000e-01 : f32
    %yes = warp.constant true
    ```
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs Warp_Scalar:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

def Warp_ZeroOp : Warp_Op<"zero", [Pure]> {
  let summary = "the zero value of a type: wp.vec3(), Particle(), ...";
  let description = [{
    Every component zero: what Warp's default constructors produce
    (`wp.vec3()`, `wp.mat33()`, a `@wp.struct` constructed with no
    arguments). For a quaternion and a transform it is all zeros too; the
    identity is `warp.identity`. For an array it is the null array.

    ```mlir
    %v = warp.zero : !warp.vec<3xf32>
    ```
  }];
  let results = (outs Warp_Value:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
  let hasFolder = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPCONSTANTOPS_TD
