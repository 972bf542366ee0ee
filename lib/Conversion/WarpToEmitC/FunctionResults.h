//===- FunctionResults.h - calls and results of emitted functions -*- C++
//-*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOEMITC_FUNCTIONRESULTS_H
#define WARP_LIB_CONVERSION_WARPTOEMITC_FUNCTIONRESULTS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::warp {

/// A C++ function returns one value: each func.func of `module` (in CFG
/// form, still warp-typed) with several results returns instead a
/// `!warp.struct<NAME_result {r0, r1, ...}>`, which its callers unpack with
/// warp.getfield.
void packMultipleResults(ModuleOp module);

/// func.call to emitc.call with converted result types (upstream's pattern
/// keeps the original ones).
void populateCallLoweringPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOEMITC_FUNCTIONRESULTS_H
