//===- PythonExpr.h - Python expression trees ------------------*- C++ -*-===//
//
// Expressions are built as trees and printed with the fewest parentheses
// Python's precedence allows, spaced as black spaces them. Each node also
// says what layout may do with it: an inlined IR value can be bound to a
// fresh name just before its statement when the line is too long.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_PYTHONEXPR_H
#define WARP_LIB_TARGET_PYTHON_PYTHONEXPR_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <string>

namespace mlir::warp::python {

/// Python's operator precedence, loosest first (the language reference,
/// "Operator precedence").
enum class Precedence : int {
  Lambda,
  IfExp,
  Or,
  And,
  Not,
  Compare,
  BitOr,
  BitXor,
  BitAnd,
  Shift,
  Arith,
  Term,
  Unary,
  Power,
  Primary,
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  enum class Kind {
    Atom,      // a name or a number: `text`
    Unary,     // `text` (-, ~, not) applied to operands[0]
    Binary,    // operands[0] `text` operands[1]
    Compare,   // operands[0] `text` operands[1]
    BoolOp,    // operands[0] `text` (and, or) operands[1]; the right is lazy
    IfExp,     // operands: condition, value if true, value if false
    Call,      // `text`(operands...), the last `keywords.size()` by keyword
    Subscript, // operands[0][operands[1], ...]
    Attribute, // operands[0].`text`
  };

  Kind kind;
  std::string text;
  SmallVector<ExprPtr, 3> operands;
  SmallVector<std::string, 1> keywords;

  /// The node stands for an IR value that was inlined into its user: binding
  /// it to a name just before the statement computes the same value.
  bool hoistable = false;
  /// The subtree reads a variable or memory, or has effects.
  bool impure = false;
  /// The subtree calls a function or performs an atomic.
  bool effectful = false;
  /// The stem of the name a hoisted node is bound to.
  std::string hint;
  /// The value is a bool (a comparison, `not`, ...).
  bool knownBool = false;

  Expr(Kind kind, std::string text) : kind(kind), text(std::move(text)) {}

  static ExprPtr atom(std::string text);
  static ExprPtr unary(StringRef op, ExprPtr operand);
  static ExprPtr binary(StringRef op, ExprPtr lhs, ExprPtr rhs);
  static ExprPtr compare(StringRef op, ExprPtr lhs, ExprPtr rhs);
  static ExprPtr boolOp(StringRef op, ExprPtr lhs, ExprPtr rhs);
  static ExprPtr ifExp(ExprPtr condition, ExprPtr whenTrue, ExprPtr whenFalse);
  static ExprPtr
  call(std::string callee, SmallVector<ExprPtr> args,
       SmallVector<std::pair<std::string, ExprPtr>> keywords = {});
  static ExprPtr subscript(ExprPtr base, SmallVector<ExprPtr> indices);
  static ExprPtr attribute(ExprPtr base, StringRef name);

  Precedence precedence() const;
  /// The expression as black prints it on one line.
  std::string render() const;
  /// Whether an operand must be evaluated only when the node says so (the
  /// branches of a conditional expression, the right side of and/or).
  bool isLazyOperand(unsigned index) const;
  /// A deep copy, layout metadata included.
  ExprPtr clone() const;
};

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_PYTHONEXPR_H
