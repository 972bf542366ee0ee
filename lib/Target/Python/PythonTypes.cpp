//===- PythonTypes.cpp - Warp types as Python expressions -----------------===//

#include "PythonTypes.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::python;

std::string mlir::warp::python::spellScalarType(Type type) {
  if (type.isInteger(1))
    return "bool";
  if (type.isF32())
    return "float";
  if (type.isF64())
    return "wp.float64";
  if (type.isF16())
    return "wp.float16";
  if (auto integer = dyn_cast<IntegerType>(type)) {
    if (integer.isSignless())
      return "";
    if (integer.isSigned() && integer.getWidth() == 32)
      return "int";
    return (Twine("wp.") + (integer.isUnsigned() ? "uint" : "int") +
            Twine(integer.getWidth()))
        .str();
  }
  return "";
}

std::string mlir::warp::python::pythonFieldName(StringRef field) {
  std::string name = sanitizePythonIdentifier(field, "field");
  static const char *const keywords[] = {
      "False",  "None",   "True",    "and",      "as",       "assert", "async",
      "await",  "break",  "class",   "continue", "def",      "del",    "elif",
      "else",   "except", "finally", "for",      "from",     "global", "if",
      "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
      "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  for (const char *keyword : keywords)
    if (name == keyword)
      return name + "_";
  return name;
}

/// The suffix Warp gives vector names by element type (`wp.vec3i`); f32's
/// is "" for Warp's own names and "f" in aliases.
static std::string elementSuffix(Type element, bool alias) {
  if (element.isF32())
    return alias ? "f" : "";
  if (element.isF64())
    return "d";
  if (element.isF16())
    return "h";
  auto integer = cast<IntegerType>(element);
  std::string base =
      llvm::StringSwitch<std::string>(Twine(integer.getWidth()).str())
          .Case("8", "b")
          .Case("16", "s")
          .Case("32", "i")
          .Default("l");
  return integer.isUnsigned() ? "u" + base : base;
}

LogicalResult TypeSpeller::collect(Type type, Location loc) {
  if (names.count(type))
    return success();
  if (!spellScalarType(type).empty()) {
    names[type] = spellScalarType(type);
    return success();
  }
  if (auto vec = dyn_cast<VecType>(type)) {
    (void)collect(vec.getElementType(), loc);
    unsigned length = vec.getLength();
    if (length >= 2 && length <= 4) {
      names[type] = "wp.vec" + std::to_string(length) +
                    elementSuffix(vec.getElementType(), false);
      return success();
    }
    std::string name = globals.claim("vec" + std::to_string(length) +
                                     elementSuffix(vec.getElementType(), true));
    aliases.push_back(
        {name, "wp.types.vector(length=" + std::to_string(length) +
                   ", dtype=" + spell(vec.getElementType()) + ")"});
    names[type] = name;
    return success();
  }
  if (auto mat = dyn_cast<MatType>(type)) {
    (void)collect(mat.getElementType(), loc);
    unsigned rows = mat.getRows(), cols = mat.getCols();
    Type element = mat.getElementType();
    if (rows == cols && rows >= 2 && rows <= 4 && isa<FloatType>(element)) {
      names[type] = "wp.mat" + std::to_string(rows) + std::to_string(cols) +
                    elementSuffix(element, false);
      return success();
    }
    std::string name =
        globals.claim("mat" + std::to_string(rows) + std::to_string(cols) +
                      elementSuffix(element, true));
    aliases.push_back({name, "wp.types.matrix(shape=(" + std::to_string(rows) +
                                 ", " + std::to_string(cols) +
                                 "), dtype=" + spell(element) + ")"});
    names[type] = name;
    return success();
  }
  if (auto quat = dyn_cast<QuatType>(type)) {
    names[type] = "wp.quat" + elementSuffix(quat.getElementType(), false);
    return success();
  }
  if (auto transform = dyn_cast<TransformType>(type)) {
    names[type] =
        "wp.transform" + elementSuffix(transform.getElementType(), false);
    return success();
  }
  if (auto array = dyn_cast<ArrayType>(type)) {
    if (failed(collect(array.getDtype(), loc)))
      return failure();
    std::string callee =
        array.getNdim() == 1
            ? "wp.array"
            : "wp.array" + std::to_string(array.getNdim()) + "d";
    names[type] = callee + "(dtype=" + spell(array.getDtype()) + ")";
    return success();
  }
  if (auto structType = dyn_cast<StructType>(type)) {
    for (Type field : structType.getFieldTypes())
      if (failed(collect(field, loc)))
        return failure();
    names[type] = globals.claim(
        sanitizePythonIdentifier(structType.getName().getValue(), "Struct"));
    structs.push_back(structType);
    return success();
  }
  return emitError(loc) << "type " << type
                        << " has no spelling in Warp's Python";
}

std::string TypeSpeller::spell(Type type) const {
  auto it = names.find(type);
  if (it != names.end())
    return it->second;
  // Every type the emitter prints was collected first; this only keeps a
  // mistake there visible in the output instead of crashing.
  std::string text;
  llvm::raw_string_ostream(text) << "<uncollected " << type << ">";
  return text;
}
