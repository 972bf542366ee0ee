//===- PythonLayout.cpp - statements laid out in black's style ------------===//

#include "PythonLayout.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::warp::python;

Stmt Stmt::assign(ExprPtr target, ExprPtr value) {
  Stmt stmt(Kind::Assign);
  stmt.targets.push_back(std::move(target));
  stmt.value = std::move(value);
  return stmt;
}

Stmt Stmt::eval(ExprPtr value) {
  Stmt stmt(Kind::Eval);
  stmt.value = std::move(value);
  return stmt;
}

Stmt Stmt::ifElse(ExprPtr condition, StmtList body, StmtList orelse) {
  Stmt stmt(Kind::If);
  stmt.value = std::move(condition);
  stmt.body = std::move(body);
  stmt.orelse = std::move(orelse);
  return stmt;
}

static std::string joinRendered(ArrayRef<ExprPtr> exprs) {
  std::string text;
  for (auto [index, expr] : llvm::enumerate(exprs)) {
    if (index)
      text += ", ";
    text += expr->render();
  }
  return text;
}

/// The statement's line, or a compound statement's header, unindented.
static std::string renderLine(const Stmt &stmt) {
  switch (stmt.kind) {
  case Stmt::Kind::Assign:
    return joinRendered(stmt.targets) + " = " + stmt.value->render();
  case Stmt::Kind::AugAssign:
    return stmt.targets[0]->render() + " " + stmt.op + " " +
           stmt.value->render();
  case Stmt::Kind::Eval:
    return stmt.value->render();
  case Stmt::Kind::Return:
    return stmt.values.empty() ? "return"
                               : "return " + joinRendered(stmt.values);
  case Stmt::Kind::Break:
    return "break";
  case Stmt::Kind::Continue:
    return "continue";
  case Stmt::Kind::Pass:
    return "pass";
  case Stmt::Kind::If:
    return "if " + stmt.value->render() + ":";
  case Stmt::Kind::For:
    return "for " + stmt.loopVar + " in range(" + joinRendered(stmt.values) +
           "):";
  case Stmt::Kind::While:
    return "while " + stmt.value->render() + ":";
  }
  llvm_unreachable("unknown statement kind");
}

namespace {
/// Finds the subexpression of one line to bind to a name: the longest that
/// can be evaluated before the rest of the line without reordering what the
/// line computes.
class HoistSearch {
public:
  ExprPtr *best = nullptr;
  size_t bestLength = 0;
  /// The whole of a condition or returned value, bound only when none of
  /// its parts can be.
  ExprPtr *root = nullptr;

  /// Visits `slot` in Python's evaluation order. `rootAllowed`: binding the
  /// whole expression to a name helps (a condition, a returned value).
  void visit(ExprPtr &slot, bool rootAllowed) {
    walk(slot, false, false);
    if (rootAllowed && slot->hoistable && slot->kind != Expr::Kind::Atom &&
        !root)
      root = &slot;
  }
  ExprPtr *choice() const { return best ? best : root; }

private:
  bool seenComputation = false;

  void walk(ExprPtr &slot, bool allowed, bool lazy) {
    Expr &expr = *slot;
    bool computedBefore = seenComputation;
    for (auto [index, operand] : llvm::enumerate(expr.operands))
      walk(operand, true, lazy || expr.isLazyOperand(index));
    // Evaluated first instead of where it stands: only when nothing is
    // computed before it in the line, so that the frontend still makes
    // every op in the order the IR has them.
    bool keepsOrder = !computedBefore;
    if (allowed && !lazy && expr.hoistable && expr.kind != Expr::Kind::Atom &&
        keepsOrder) {
      size_t length = expr.render().size();
      // Worth a name only if the name is shorter.
      if (length > bestLength && length > expr.hint.size() + 2) {
        best = &slot;
        bestLength = length;
      }
    }
    // What the frontend makes an op for where it is evaluated: an inlined
    // value, a literal through its type, a variable's name (a read). A bare
    // literal is made at its user.
    seenComputation |= expr.hoistable || expr.impure;
  }
};
} // namespace

/// Binds the longest hoistable subexpression of `stmt` to a fresh name in a
/// statement returned to go before it; none when there is nothing to bind.
static std::optional<Stmt> hoistOne(Stmt &stmt, NameScope &names) {
  HoistSearch search;
  switch (stmt.kind) {
  case Stmt::Kind::Assign:
  case Stmt::Kind::AugAssign:
  case Stmt::Kind::Eval:
    // Python evaluates the value, then the targets' indices.
    search.visit(stmt.value, false);
    for (ExprPtr &target : stmt.targets)
      search.visit(target, false);
    break;
  case Stmt::Kind::Return:
  case Stmt::Kind::For:
    for (ExprPtr &value : stmt.values)
      search.visit(value, true);
    break;
  case Stmt::Kind::If:
    search.visit(stmt.value, true);
    break;
  default:
    break;
  }
  ExprPtr *slot = search.choice();
  if (!slot)
    return std::nullopt;
  ExprPtr hoisted = std::move(*slot);
  std::string name = names.claim(hoisted->hint.empty() ? "t" : hoisted->hint);
  *slot = Expr::atom(name);
  return Stmt::assign(Expr::atom(name), std::move(hoisted));
}

/// `value` as a truth value: comparisons and the like already are one.
static ExprPtr truthValue(ExprPtr value) {
  if (value->knownBool)
    return value;
  SmallVector<ExprPtr> args;
  args.push_back(std::move(value));
  ExprPtr call = Expr::call("bool", std::move(args));
  call->knownBool = true;
  return call;
}

/// For a line that is too long and has nothing left to bind, whose value is
/// a conditional expression or `and`/`or` (whose operands cannot be bound
/// before it: they are evaluated only when needed), the statements that
/// compute it with an `if`; none when it is not such a line.
static std::optional<StmtList> expandLazyValue(Stmt &stmt, NameScope &names) {
  bool assignsName = stmt.kind == Stmt::Kind::Assign &&
                     stmt.targets.size() == 1 &&
                     stmt.targets[0]->kind == Expr::Kind::Atom;
  Expr *value = nullptr;
  if (stmt.kind == Stmt::Kind::Assign && stmt.targets.size() == 1)
    value = stmt.value.get();
  else if (stmt.kind == Stmt::Kind::Return && stmt.values.size() == 1)
    value = stmt.values[0].get();
  if (!value ||
      (value->kind != Expr::Kind::IfExp && value->kind != Expr::Kind::BoolOp))
    return std::nullopt;
  StmtList result;
  if (!assignsName &&
      (stmt.kind != Stmt::Kind::Return || value->kind == Expr::Kind::BoolOp)) {
    // Bind the value to a name first; that assignment expands next.
    std::string name = names.claim(value->hint.empty() ? "t" : value->hint);
    ExprPtr &slot =
        stmt.kind == Stmt::Kind::Return ? stmt.values[0] : stmt.value;
    result.push_back(Stmt::assign(Expr::atom(name), std::move(slot)));
    slot = Expr::atom(name);
    result.push_back(std::move(stmt));
    return result;
  }
  if (value->kind == Expr::Kind::IfExp) {
    // `x = a if c else b`: assigned (or returned) in both branches.
    auto branch = [&](ExprPtr operand) {
      StmtList branch;
      if (stmt.kind == Stmt::Kind::Return) {
        Stmt ret(Stmt::Kind::Return);
        ret.values.push_back(std::move(operand));
        branch.push_back(std::move(ret));
      } else {
        branch.push_back(
            Stmt::assign(stmt.targets[0]->clone(), std::move(operand)));
      }
      return branch;
    };
    StmtList whenTrue = branch(std::move(value->operands[1]));
    StmtList whenFalse = branch(std::move(value->operands[2]));
    result.push_back(Stmt::ifElse(std::move(value->operands[0]),
                                  std::move(whenTrue), std::move(whenFalse)));
    return result;
  }
  // `x = a and b`: x = a; if x: x = b (`or`: if not x).
  bool isAnd = value->text == "and";
  ExprPtr target = stmt.targets[0]->clone();
  result.push_back(
      Stmt::assign(target->clone(), truthValue(std::move(value->operands[0]))));
  StmtList rhs;
  rhs.push_back(
      Stmt::assign(target->clone(), truthValue(std::move(value->operands[1]))));
  ExprPtr test = std::move(target);
  if (!isAnd)
    test = Expr::unary("not", std::move(test));
  result.push_back(Stmt::ifElse(std::move(test), std::move(rhs)));
  return result;
}

static std::string spaces(unsigned indent) { return std::string(indent, ' '); }

/// `text` (one line at `indent`) split as black splits a line it cannot
/// shorten otherwise: at its last bracket, the contents on their own line,
/// or one item per line with a trailing comma when they do not fit.
static void splitAtLastBracket(const std::string &text, unsigned indent,
                               unsigned lineLength,
                               std::vector<std::string> &lines) {
  size_t close = text.find_last_of(")]");
  size_t open = std::string::npos;
  if (close != std::string::npos) {
    int depth = 0;
    for (size_t index = close + 1; index-- > 0;) {
      char c = text[index];
      if (c == ')' || c == ']')
        ++depth;
      else if ((c == '(' || c == '[') && --depth == 0) {
        open = index;
        break;
      }
    }
  }
  if (open == std::string::npos || close == open + 1) {
    lines.push_back(spaces(indent) + text);
    return;
  }
  std::string body = text.substr(open + 1, close - open - 1);
  lines.push_back(spaces(indent) + text.substr(0, open + 1));
  // Parentheses that only group an expression hold no items: a comma
  // there would make a tuple.
  bool grouping = open == 0 || text[open - 1] == ' ' || text[open - 1] == '(';
  if (grouping || indent + 4 + body.size() <= lineLength) {
    lines.push_back(spaces(indent + 4) + body);
  } else {
    int depth = 0;
    size_t start = 0;
    for (size_t index = 0; index <= body.size(); ++index) {
      char c = index < body.size() ? body[index] : ',';
      if (c == '(' || c == '[')
        ++depth;
      else if (c == ')' || c == ']')
        --depth;
      else if (c == ',' && depth == 0) {
        lines.push_back(spaces(indent + 4) +
                        llvm::StringRef(body).slice(start, index).trim().str() +
                        ",");
        start = index + 1;
      }
    }
  }
  lines.push_back(spaces(indent) + text.substr(close));
}

static void emitLine(const std::string &text, unsigned indent,
                     unsigned lineLength, std::vector<std::string> &lines) {
  if (indent + text.size() <= lineLength)
    lines.push_back(spaces(indent) + text);
  else
    splitAtLastBracket(text, indent, lineLength, lines);
}

static bool isSimple(Stmt::Kind kind) {
  return kind != Stmt::Kind::If && kind != Stmt::Kind::For &&
         kind != Stmt::Kind::While;
}

void mlir::warp::python::layoutBlock(StmtList &block, unsigned indent,
                                     NameScope &names, unsigned lineLength,
                                     std::vector<std::string> &lines) {
  if (block.empty()) {
    lines.push_back(spaces(indent) + "pass");
    return;
  }
  for (size_t index = 0; index < block.size();) {
    Stmt &stmt = block[index];
    std::string line = renderLine(stmt);
    if (indent + line.size() > lineLength) {
      if (stmt.kind == Stmt::Kind::While) {
        // A loop condition is evaluated before every iteration: what it
        // needs bound goes inside the loop, as `if not cond: break`.
        ExprPtr condition = std::move(stmt.value);
        stmt.value = Expr::atom("True");
        StmtList exit;
        exit.push_back(Stmt(Stmt::Kind::Break));
        stmt.body.insert(stmt.body.begin(),
                         Stmt::ifElse(Expr::unary("not", std::move(condition)),
                                      std::move(exit)));
        continue;
      }
      // A conditional expression reads best as an if statement; other
      // lines get their parts bound first.
      bool conditional = stmt.value && stmt.value->kind == Expr::Kind::IfExp;
      if (!conditional)
        if (std::optional<Stmt> hoisted = hoistOne(stmt, names)) {
          block.insert(block.begin() + index, std::move(*hoisted));
          continue; // lay out the new statement first
        }
      if (std::optional<StmtList> expanded = expandLazyValue(stmt, names)) {
        block.erase(block.begin() + index);
        block.insert(block.begin() + index,
                     std::make_move_iterator(expanded->begin()),
                     std::make_move_iterator(expanded->end()));
        continue;
      }
    }
    emitLine(line, indent, lineLength, lines);
    if (isSimple(stmt.kind)) {
      ++index;
      continue;
    }
    layoutBlock(stmt.body, indent + 4, names, lineLength, lines);
    // An elif chain, as long as each condition fits on its line; one that
    // does not becomes `else:` with an `if` inside, where its parts can be
    // bound first.
    Stmt *current = &stmt;
    while (current->kind == Stmt::Kind::If && current->orelse.size() == 1 &&
           current->orelse[0].kind == Stmt::Kind::If) {
      Stmt &next = current->orelse[0];
      std::string header = "el" + renderLine(next);
      if (indent + header.size() > lineLength)
        break;
      lines.push_back(spaces(indent) + header);
      layoutBlock(next.body, indent + 4, names, lineLength, lines);
      current = &next;
    }
    if (!current->orelse.empty()) {
      lines.push_back(spaces(indent) + "else:");
      layoutBlock(current->orelse, indent + 4, names, lineLength, lines);
    }
    ++index;
  }
}

void mlir::warp::python::layoutDef(StringRef name, ArrayRef<std::string> params,
                                   StringRef result, unsigned lineLength,
                                   std::vector<std::string> &lines) {
  std::string joined = llvm::join(params, ", ");
  std::string tail =
      ")" + (result.empty() ? std::string() : " -> " + result.str()) + ":";
  std::string line = "def " + name.str() + "(" + joined + tail;
  if (line.size() <= lineLength || params.empty()) {
    lines.push_back(line);
    return;
  }
  lines.push_back("def " + name.str() + "(");
  // Black keeps several parameters on one line when they fit; a lone one
  // gets a trailing comma.
  if (params.size() > 1 && 4 + joined.size() <= lineLength) {
    lines.push_back("    " + joined);
  } else {
    for (const std::string &param : params)
      lines.push_back("    " + param + ",");
  }
  lines.push_back(tail);
}
