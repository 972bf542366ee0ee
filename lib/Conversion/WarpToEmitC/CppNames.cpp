//===- CppNames.cpp - C++ identifiers for Python names --------------------===//

#include "CppNames.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir::warp;

/// C++17 keywords, alternative tokens and names the emitted code relies on.
static bool isReserved(llvm::StringRef name) {
  static const llvm::StringSet<> reserved = {"alignas",      "alignof",
                                             "and",          "and_eq",
                                             "asm",          "auto",
                                             "bitand",       "bitor",
                                             "bool",         "break",
                                             "case",         "catch",
                                             "char",         "char16_t",
                                             "char32_t",     "class",
                                             "compl",        "const",
                                             "constexpr",    "const_cast",
                                             "continue",     "decltype",
                                             "default",      "delete",
                                             "do",           "double",
                                             "dynamic_cast", "else",
                                             "enum",         "explicit",
                                             "export",       "extern",
                                             "false",        "float",
                                             "for",          "friend",
                                             "goto",         "if",
                                             "inline",       "int",
                                             "long",         "mutable",
                                             "namespace",    "new",
                                             "noexcept",     "not",
                                             "not_eq",       "nullptr",
                                             "operator",     "or",
                                             "or_eq",        "private",
                                             "protected",    "public",
                                             "register",     "reinterpret_cast",
                                             "return",       "short",
                                             "signed",       "sizeof",
                                             "static",       "static_assert",
                                             "static_cast",  "struct",
                                             "switch",       "template",
                                             "this",         "thread_local",
                                             "throw",        "true",
                                             "try",          "typedef",
                                             "typeid",       "typename",
                                             "union",        "unsigned",
                                             "using",        "virtual",
                                             "void",         "volatile",
                                             "wchar_t",      "while",
                                             "xor",          "xor_eq",
                                             "wp",           "std",
                                             "main",         "WP_FUNC",
                                             "INFINITY",     "NAN"};
  if (reserved.contains(name) || name.starts_with("__") ||
      (name.size() > 1 && name[0] == '_' && llvm::isUpper(name[1])))
    return true;
  // The emitter's own names: v<N>, label<N>, and loop variables i..t<N>, u<N>.
  auto digitsAfter = [&](size_t prefix) {
    return name.size() > prefix &&
           llvm::all_of(name.drop_front(prefix), llvm::isDigit);
  };
  if (name.starts_with("label") && digitsAfter(5))
    return true;
  return ((name[0] >= 'i' && name[0] <= 'v')) && digitsAfter(1);
}

std::string mlir::warp::claimCppName(llvm::StringRef name,
                                     llvm::StringRef fallback,
                                     llvm::StringSet<> &taken) {
  std::string base = name.empty() ? fallback.str() : name.str();
  for (char &c : base)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  if (llvm::isDigit(base.front()))
    base.insert(base.begin(), '_');
  std::string candidate = base;
  for (unsigned suffix = 1; isReserved(candidate) || taken.contains(candidate);
       ++suffix)
    candidate = base + "_" + std::to_string(suffix);
  taken.insert(candidate);
  return candidate;
}
