//===- WarpTypes.td - warp dialect types -------------------*- tablegen -*-===//

#ifndef WARP_DIALECT_WARP_IR_WARPTYPES_TD
#define WARP_DIALECT_WARP_IR_WARPTYPES_TD

include "warp/Dialect/Warp/IR/WarpDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinTypes.td"

//===----------------------------------------------------------------------===//
// Scalar type constraints: builtin types, read the Warp way.
//===----------------------------------------------------------------------===//

def Warp_Bool : TypeAlias<I1, "wp.bool (i1)">;
def Warp_Int : Type<CPred<"::mlir::warp::isWarpInteger($_self)">,
                    "Warp integer (si8..si64, ui8..ui64)">;
def Warp_Float : AnyTypeOf<[F16, F32, F64], "Warp float (f16, f32, f64)">;
def Warp_Scalar : Type<CPred<"::mlir::warp::isWarpScalar($_self)">,
                       "Warp scalar (i1, si8..si64, ui8..ui64, f16, f32, f64)">;
def Warp_Numeric : Type<CPred<"::mlir::warp::isWarpNumeric($_self)">,
                        "Warp number (si8..si64, ui8..ui64, f16, f32, f64)">;
def Warp_Index : Type<CPred<"::mlir::warp::isWarpInteger($_self)">,
                      "Warp integer index">;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

class Warp_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Warp_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Warp_VecType : Warp_Type<"Vec", "vec"> {
  let summary = "`wp.vec2` .. `wp.vec4` (and `wp.types.vector`): a fixed-length vector";
  let description = [{
    `!warp.vec<3xf32>` is `wp.vec3`; `!warp.vec<2xsi32>` is `wp.vec2i`. The
    length is 1 to 16 and the element a Warp integer or float.

    ```mlir
    !warp.vec<3xf32>
    ```
  }];
  let parameters = (ins "unsigned":$length, "::mlir::Type":$elementType);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Warp_MatType : Warp_Type<"Mat", "mat"> {
  let summary = "`wp.mat22` .. `wp.mat44` (and `wp.types.matrix`): a row-major matrix";
  let description = [{
    `!warp.mat<3x3xf32>` is `wp.mat33`. Rows and columns are 1 to 16 each;
    the element is a Warp integer or float.

    ```mlir
    !warp.mat<3x3xf32>
    ```
  }];
  let parameters = (ins "unsigned":$rows, "unsigned":$cols,
                        "::mlir::Type":$elementType);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Warp_QuatType : Warp_Type<"Quat", "quat"> {
  let summary = "`wp.quat`: a quaternion (x, y, z, w)";
  let description = [{
    `!warp.quat<f32>` is `wp.quat` (`wp.quatd` for f64, `wp.quath` for f16).
    Components are stored x, y, z, w as in Warp.

    ```mlir
    !warp.quat<f32>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
  let genVerifyDecl = 1;
}

def Warp_TransformType : Warp_Type<"Transform", "transform"> {
  let summary = "`wp.transform`: a rigid transform (translation p, rotation q)";
  let description = [{
    `!warp.transform<f32>` is `wp.transform`: a vec3 position followed by a
    quaternion, seven components in all.

    ```mlir
    !warp.transform<f32>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
  let genVerifyDecl = 1;
}

def Warp_StructType : Warp_Type<"Struct", "struct"> {
  let summary = "`@wp.struct`: a named record of fields";
  let description = [{
    `!warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>`. The type is
    structural: two structs are the same type when their names, field names
    and field types agree. Fields hold Warp scalars, vectors, matrices,
    quaternions, transforms, arrays or other structs.

    ```mlir
    !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name,
                        "::mlir::ArrayAttr":$fieldNames,
                        ArrayRefParameter<"::mlir::Type">:$fieldTypes);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The index of the field called `field`, if there is one.
    std::optional<unsigned> getFieldIndex(::llvm::StringRef field) const;
    ::llvm::StringRef getFieldName(unsigned index) const;
  }];
}

def Warp_ArrayType : Warp_Type<"Array", "array"> {
  let summary = "`wp.array`: a strided view of device memory";
  let description = [{
    `!warp.array<f32, 2>` is `wp.array(dtype=wp.float32, ndim=2)`. The
    dimension count is 1 to 4; the dtype is a scalar, vector, matrix,
    quaternion, transform or struct. Memory layout follows the kernel ABI (a
    data pointer, the shape and the strides in bytes).

    ```mlir
    !warp.array<f32, 2>
    ```
  }];
  let parameters = (ins "::mlir::Type":$dtype, "unsigned":$ndim);
  let assemblyFormat = "`<` $dtype `,` $ndim `>`";
  let genVerifyDecl = 1;
}

def Warp_RefType : Warp_Type<"Ref", "ref"> {
  let summary = "a local mutable variable's slot";
  let description = [{
    `!warp.ref<f32>` is the type of `warp.var`: a Python local that is
    assigned more than once. Slots become SSA values through `mem2reg`.

    ```mlir
    !warp.ref<f32>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Constraints over the types above
//===----------------------------------------------------------------------===//

def Warp_AnyArray : Type<CPred<"::llvm::isa<::mlir::warp::ArrayType>($_self)">,
                         "warp array", "::mlir::warp::ArrayType">;
def Warp_AnyVec : Type<CPred<"::llvm::isa<::mlir::warp::VecType>($_self)">,
                       "warp vector", "::mlir::warp::VecType">;
def Warp_AnyMat : Type<CPred<"::llvm::isa<::mlir::warp::MatType>($_self)">,
                       "warp matrix", "::mlir::warp::MatType">;
def Warp_AnyQuat : Type<CPred<"::llvm::isa<::mlir::warp::QuatType>($_self)">,
                        "warp quaternion", "::mlir::warp::QuatType">;
def Warp_AnyTransform
    : Type<CPred<"::llvm::isa<::mlir::warp::TransformType>($_self)">,
           "warp transform", "::mlir::warp::TransformType">;
def Warp_AnyStruct : Type<CPred<"::llvm::isa<::mlir::warp::StructType>($_self)">,
                          "warp struct", "::mlir::warp::StructType">;
def Warp_AnyRef : Type<CPred<"::llvm::isa<::mlir::warp::RefType>($_self)">,
                       "warp variable slot", "::mlir::warp::RefType">;

// A value a Warp variable can hold: every type but the slot type.
def Warp_Value : Type<CPred<"::mlir::warp::isWarpValueType($_self)">,
                      "Warp value (scalar, vector, matrix, quaternion, "
                      "transform, struct or array)">;

#endif // WARP_DIALECT_WARP_IR_WARPTYPES_TD
