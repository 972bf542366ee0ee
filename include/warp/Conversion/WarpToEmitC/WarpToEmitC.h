//===- WarpToEmitC.h - warp to EmitC (C++ and CUDA C++ source) --*- C++ -*-===//
//
// The source targets: warp ops in CFG form become EmitC ops that call the
// builtins of runtime/include/warp-source (one statement per op), which
// MLIR's C++ emitter prints.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_CONVERSION_WARPTOEMITC_WARPTOEMITC_H
#define WARP_CONVERSION_WARPTOEMITC_WARPTOEMITC_H

#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/DialectConversion.h"

#include <string>

namespace mlir {
class ModuleOp;
} // namespace mlir

namespace mlir::warp {
#define GEN_PASS_DECL_CONVERTWARPTOEMITC
#include "warp/Conversion/Passes.h.inc"

/// The header every emitted source file includes (runtime/include).
inline constexpr llvm::StringLiteral kSourceHeader = "warp-source/warp.h";

/// The C++ spelling of a warp value type or builtin scalar type in the
/// emitted source: `int32_t`, `wp::vec_t<3, float>`, a struct's name, ...
std::string getCppTypeName(Type type);

/// Adds the conversions of warp types to EmitC types: scalars stay builtin
/// types (the emitter prints `int32_t`, `uint8_t`, `bool`, `float`,
/// `double`), `f16` and composites become `!emitc.opaque` types named by
/// getCppTypeName, and a `!warp.ref<T>` slot an `!emitc.lvalue`.
void populateWarpToEmitCTypeConversions(TypeConverter &converter);

/// Adds the patterns lowering warp value ops (in CFG form, after
/// convert-warp-to-cf) to EmitC.
void populateWarpToEmitCPatterns(const TypeConverter &converter,
                                 RewritePatternSet &patterns);

/// Adds the entry points of every kernel that convert-warp-to-emitc
/// lowered with `target=none`: Warp's CPU entry (`k_cpu`) or, with `cuda`,
/// the CUDA kernel `k`; then the module prints as with `target=cpp` or
/// `target=cuda`. Fails on a body without its `warp.source_entry`.
LogicalResult addSourceEntries(ModuleOp module, bool cuda);

/// Makes `convert-to-emitc` lower warp ops (ConvertToEmitCPatternInterface).
void registerConvertWarpToEmitCInterface(DialectRegistry &registry);

} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOEMITC_WARPTOEMITC_H
