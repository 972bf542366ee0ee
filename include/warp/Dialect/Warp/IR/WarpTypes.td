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

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

class Warp_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Warp_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Warp_ArrayType : Warp_Type<"Array", "array"> {
  let summary = "wp.array: a strided view of device memory";
  let description = [{
    `!warp.array<f32, 2>` is `wp.array(dtype=wp.float32, ndim=2)`. The
    dimension count is 1 to 4. Memory layout follows the kernel ABI (a data
    pointer, the shape and the strides in bytes).
  }];
  let parameters = (ins "::mlir::Type":$dtype, "unsigned":$ndim);
  let assemblyFormat = "`<` $dtype `,` $ndim `>`";
  let genVerifyDecl = 1;
}

def Warp_AnyArray : Type<CPred<"::llvm::isa<::mlir::warp::ArrayType>($_self)">,
                         "warp array", "::mlir::warp::ArrayType">;

#endif // WARP_DIALECT_WARP_IR_WARPTYPES_TD
