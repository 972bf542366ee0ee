//===- PythonNames.cpp - valid, unique Python identifiers -----------------===//

#include "PythonNames.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::warp::python;

// Python 3.11's keywords, soft keywords and builtins (`dir(builtins)`), and
// the names the printed module binds itself.
static const char *const kReservedNames[] = {
    // Keywords and soft keywords.
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    "_", "case", "match", "type",
    // Builtin functions, types and constants.
    "Ellipsis", "NotImplemented", "abs", "aiter", "all", "anext", "any",
    "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "copyright", "credits",
    "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
    "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
    "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass",
    "iter", "len", "license", "list", "locals", "map", "max", "memoryview",
    "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
    "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice",
    "sorted", "staticmethod", "str", "sum", "super", "tuple", "vars", "zip",
    // Builtin exceptions and warnings.
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
    "BytesWarning", "ChildProcessError", "ConnectionAbortedError",
    "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError",
    "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
    "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
    "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
    "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
    // The module's own names.
    "wp", "warp"};

bool mlir::warp::python::isReservedPythonName(StringRef name) {
  static const llvm::StringSet<> reserved = [] {
    llvm::StringSet<> set;
    for (const char *name : kReservedNames)
      set.insert(name);
    return set;
  }();
  // Dunder names are Python's, and warp-lang names its own temporaries
  // `_wp_...`.
  return reserved.contains(name) || name.starts_with("__") ||
         name.starts_with("_wp");
}

std::string mlir::warp::python::sanitizePythonIdentifier(StringRef text,
                                                         StringRef fallback) {
  std::string result;
  for (char c : text)
    result += llvm::isAlnum(c) || c == '_' ? c : '_';
  if (result.empty())
    return fallback.str();
  if (llvm::isDigit(result.front()))
    result.insert(result.begin(), '_');
  return result;
}

bool NameScope::isTaken(StringRef name) const {
  return taken.contains(name) || isReservedPythonName(name);
}

bool NameScope::tryClaim(StringRef stem) {
  if (isTaken(stem))
    return false;
  taken.insert(stem);
  return true;
}

std::string NameScope::claim(StringRef stem) {
  // PEP 8's way around a keyword or builtin: `lambda_`, `max_`.
  std::string base = stem.str();
  if (isReservedPythonName(base))
    base = base.front() == '_' ? "v" + base : base + "_";
  stem = base;
  if (tryClaim(stem))
    return stem.str();
  // `x2` reads well; `a0_2` keeps a trailing digit from running on.
  std::string separator = llvm::isDigit(stem.back()) ? "_" : "";
  for (unsigned n = 2;; ++n) {
    std::string candidate = (stem + separator + Twine(n)).str();
    if (tryClaim(candidate))
      return candidate;
  }
}
