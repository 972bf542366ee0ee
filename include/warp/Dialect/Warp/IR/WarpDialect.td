//===- WarpDialect.td - the warp dialect -------------------*- tablegen -*-===//
//
// The source-level IR of NVIDIA Warp's kernel language. Warp's own types
// (signed and unsigned integers, arrays, ...) survive in this dialect so that a
// module prints back to Python without loss.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_DIALECT_WARP_IR_WARPDIALECT_TD
#define WARP_DIALECT_WARP_IR_WARPDIALECT_TD

include "mlir/IR/OpBase.td"

def Warp_Dialect : Dialect {
  let name = "warp";
  let cppNamespace = "::mlir::warp";
  let summary = "The kernel language of NVIDIA Warp as MLIR";
  let description = [{
    Every construct a `@wp.kernel` may use has an op or a type here.
    Scalars are builtin types with Warp's signedness kept: `i1` is `wp.bool`,
    `si8`..`si64` are `wp.int8`..`wp.int64`, `ui8`..`ui64` are
    `wp.uint8`..`wp.uint64`, and `f16`, `f32`, `f64` are Warp's floats.
    Signless integers wider than one bit are not Warp types.
  }];
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    void registerTypes();
  }];
}

class Warp_Op<string mnemonic, list<Trait> traits = []>
    : Op<Warp_Dialect, mnemonic, traits>;

#endif // WARP_DIALECT_WARP_IR_WARPDIALECT_TD
