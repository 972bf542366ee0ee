//===- PythonLayout.h - statements laid out in black's style ---*- C++ -*-===//
//
// Statements hold expression trees until they are laid out. A line longer
// than the limit gets its largest inlined subexpression bound to a fresh name
// on the line before (where that keeps the order of reads and effects), and
// only when nothing is left to bind is it split at its last bracket, as
// black splits it, so that black leaves the output as it is.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_PYTHONLAYOUT_H
#define WARP_LIB_TARGET_PYTHON_PYTHONLAYOUT_H

#include "PythonExpr.h"
#include "PythonNames.h"

#include <string>
#include <vector>

namespace mlir::warp::python {

struct Stmt;
using StmtList = std::vector<Stmt>;

struct Stmt {
  enum class Kind {
    Assign,    // targets = value (several targets: a tuple)
    AugAssign, // targets[0] op value
    Eval,      // value, for its effect
    Return,    // return values...
    Break,
    Continue,
    Pass,
    If,    // if value: body else: orelse (elif when orelse is one If)
    For,   // for loopVar in range(values...): body
    While, // while value: body
  };

  Kind kind;
  SmallVector<ExprPtr, 1> targets;
  std::string op;
  ExprPtr value;
  SmallVector<ExprPtr, 2> values;
  std::string loopVar;
  StmtList body, orelse;

  explicit Stmt(Kind kind) : kind(kind) {}

  static Stmt assign(ExprPtr target, ExprPtr value);
  static Stmt eval(ExprPtr value);
  static Stmt ifElse(ExprPtr condition, StmtList body, StmtList orelse = {});
};

/// Lays out `block` at `indent` spaces (`pass` for an empty one), claiming
/// the names of hoisted subexpressions in `names`.
void layoutBlock(StmtList &block, unsigned indent, NameScope &names,
                 unsigned lineLength, std::vector<std::string> &lines);

/// `def name(params) -> result:` as black lays it out: on one line when it
/// fits, else the parameters on their own line, else one per line with a
/// trailing comma. `result` may be empty.
void layoutDef(StringRef name, ArrayRef<std::string> params, StringRef result,
               unsigned lineLength, std::vector<std::string> &lines);

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_PYTHONLAYOUT_H
