//===- WarpStructOps.td - @wp.struct values and fields ----*- tablegen -*-===//
//
// Fields are named by their string names in the assembly, which is how they
// print back to Python. Structs are values: warp.setfield returns the updated
// struct. Default construction is `warp.zero`.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD
#define WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD

include "mlir/Interfaces/SideEffectInterfaces.td"

def Warp_StructOp : Warp_ConstructorOp<"struct"> {
  let summary = "`Particle(pos, mass)`: build a struct from its fields";
  let description = [{
    Warp 1.19 gives every `@wp.struct` two constructors: no arguments (every
    field zero, `warp.zero`) and one value per field in declaration order,
    which is this op. Keyword arguments name the same fields; the frontend
    orders them. Each operand has its field's type.

    ```mlir
    %p = warp.struct %pos, %mass : !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>
    ```
  }];
  let arguments = (ins Variadic<Warp_Value>:$fields);
  let results = (outs Warp_AnyStruct:$result);
}

def Warp_GetFieldOp : Warp_Op<"getfield", [Pure]> {
  let summary = "`s.field`: read a struct field";
  let description = [{
    ```mlir
    %m = warp.getfield %p["mass"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>
    ```
  }];
  let arguments = (ins Warp_AnyStruct:$input, StrAttr:$field);
  let results = (outs Warp_Value:$result);
  let assemblyFormat = [{
    $input `[` $field `]` attr-dict `:`
    custom<FieldType>(type($input), ref($field), type($result))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

def Warp_SetFieldOp : Warp_Op<"setfield", [
    Pure, AllTypesMatch<["input", "result"]>]> {
  let summary = "`s.field = x`: the struct with one field replaced";
  let description = [{
    Value semantics: the result is `input` with `field` set to `value`; the
    frontend assigns it back to the Python variable. `value` has the field's
    type.

    ```mlir
    %q = warp.setfield %p["mass"] = %m : !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>
    ```
  }];
  let arguments = (ins Warp_AnyStruct:$input, StrAttr:$field,
                       Warp_Value:$value);
  let results = (outs Warp_AnyStruct:$result);
  let assemblyFormat = [{
    $input `[` $field `]` `=` $value attr-dict `:`
    custom<FieldType>(type($input), ref($field), type($value))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

#endif // WARP_DIALECT_WARP_IR_WARPSTRUCTOPS_TD
