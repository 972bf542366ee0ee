//===- PythonTypes.h - Warp types as Python expressions --------*- C++ -*-===//
//
// `f32` is `float`, `!warp.vec<3xf64>` is `wp.vec3d`, `!warp.vec<5xf32>` is
// an alias `vec5f = wp.types.vector(length=5, dtype=float)` that the module
// defines before use, a struct is its `@wp.struct` class.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_PYTHONTYPES_H
#define WARP_LIB_TARGET_PYTHON_PYTHONTYPES_H

#include "PythonNames.h"

#include "warp/Dialect/Warp/IR/WarpTypes.h"

#include "mlir/IR/Location.h"
#include "llvm/ADT/DenseMap.h"

#include <string>
#include <vector>

namespace mlir::warp::python {

/// `float`, `int`, `bool` for f32, si32 and i1 (Warp reads them so), else
/// `wp.float64`, `wp.uint8`, ...; empty for a type that is not a Warp scalar.
std::string spellScalarType(Type type);

/// A struct field's attribute name: the field's name made an identifier, with
/// a `_` after a keyword (`if_`).
std::string pythonFieldName(StringRef field);

/// Names every type of a module: aliases for the vectors and matrices Warp
/// has no name for, classes for structs, claimed in the module's scope.
class TypeSpeller {
public:
  explicit TypeSpeller(NameScope &globals) : globals(globals) {}

  /// Registers the aliases and structs `type` needs; fails, reporting at
  /// `loc`, for a type Python cannot name (a variable slot).
  LogicalResult collect(Type type, Location loc);
  /// The Python expression naming `type` (after `collect`).
  std::string spell(Type type) const;

  struct Alias {
    std::string name;
    std::string definition;
  };
  /// The aliases to define, in the order they were first needed.
  ArrayRef<Alias> getAliases() const { return aliases; }
  /// The structs to define, each after the structs its fields hold.
  ArrayRef<StructType> getStructs() const { return structs; }

private:
  NameScope &globals;
  DenseMap<Type, std::string> names;
  std::vector<Alias> aliases;
  std::vector<StructType> structs;
};

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_PYTHONTYPES_H
