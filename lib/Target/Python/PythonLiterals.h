//===- PythonLiterals.h - scalar constants as Python literals --*- C++ -*-===//
//
// A literal reads back as exactly the constant: an int literal is int32 and
// a float literal float32 in Warp, so other types are written as a call
// (`wp.uint8(200)`, `wp.float64(0.1)`); a float prints as the shortest
// decimal that warp-lang's path (Python double, then the type) turns back
// into the same bits; infinities and NaN are `wp.inf` and `wp.nan`.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_PYTHONLITERALS_H
#define WARP_LIB_TARGET_PYTHON_PYTHONLITERALS_H

#include "PythonExpr.h"

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/APFloat.h"

namespace mlir::warp::python {

/// The shortest decimal text of `value`, as Python prints floats (`0.1`,
/// `16777216.0`, `3.4028235e38`, `1e-45`), without a sign: the value of a
/// negative number is the text of its magnitude. `value`'s semantics are
/// IEEE half, single or double; the text converts to a double, then to
/// `value`'s type (rounding to nearest even each time), giving `value`.
std::string formatFloatMagnitude(const llvm::APFloat &value);

/// The literal for `value`, an IntegerAttr or FloatAttr of a Warp scalar
/// type. `forVariable`: the value is assigned to a local that may change
/// later, where warp-lang wants a constructor (`int(0)`, `float(0.5)`,
/// `bool(True)`): a bare literal there is a compile-time constant that a
/// dynamic loop may not reassign.
ExprPtr literalExpr(TypedAttr value, bool forVariable);

/// Whether a literal of `type` prints bare (`3`, `2.5`, `True`): the types
/// Warp gives a Python literal by default.
bool isBareLiteralType(Type type);

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_PYTHONLITERALS_H
