//===- PythonExpr.cpp - Python expression trees ---------------------------===//

#include "PythonExpr.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::warp::python;

ExprPtr Expr::atom(std::string text) {
  return std::make_unique<Expr>(Kind::Atom, std::move(text));
}

ExprPtr Expr::unary(StringRef op, ExprPtr operand) {
  auto expr = std::make_unique<Expr>(Kind::Unary, op.str());
  expr->operands.push_back(std::move(operand));
  return expr;
}

static ExprPtr makeBinary(Expr::Kind kind, StringRef op, ExprPtr lhs,
                          ExprPtr rhs) {
  auto expr = std::make_unique<Expr>(kind, op.str());
  expr->operands.push_back(std::move(lhs));
  expr->operands.push_back(std::move(rhs));
  return expr;
}

ExprPtr Expr::binary(StringRef op, ExprPtr lhs, ExprPtr rhs) {
  return makeBinary(Kind::Binary, op, std::move(lhs), std::move(rhs));
}

ExprPtr Expr::compare(StringRef op, ExprPtr lhs, ExprPtr rhs) {
  return makeBinary(Kind::Compare, op, std::move(lhs), std::move(rhs));
}

ExprPtr Expr::boolOp(StringRef op, ExprPtr lhs, ExprPtr rhs) {
  return makeBinary(Kind::BoolOp, op, std::move(lhs), std::move(rhs));
}

ExprPtr Expr::ifExp(ExprPtr condition, ExprPtr whenTrue, ExprPtr whenFalse) {
  auto expr = std::make_unique<Expr>(Kind::IfExp, "");
  expr->operands.push_back(std::move(condition));
  expr->operands.push_back(std::move(whenTrue));
  expr->operands.push_back(std::move(whenFalse));
  return expr;
}

ExprPtr Expr::call(std::string callee, SmallVector<ExprPtr> args,
                   SmallVector<std::pair<std::string, ExprPtr>> keywords) {
  auto expr = std::make_unique<Expr>(Kind::Call, std::move(callee));
  for (ExprPtr &arg : args)
    expr->operands.push_back(std::move(arg));
  for (auto &[name, value] : keywords) {
    expr->keywords.push_back(name);
    expr->operands.push_back(std::move(value));
  }
  return expr;
}

ExprPtr Expr::subscript(ExprPtr base, SmallVector<ExprPtr> indices) {
  auto expr = std::make_unique<Expr>(Kind::Subscript, "");
  expr->operands.push_back(std::move(base));
  for (ExprPtr &index : indices)
    expr->operands.push_back(std::move(index));
  return expr;
}

ExprPtr Expr::attribute(ExprPtr base, StringRef name) {
  auto expr = std::make_unique<Expr>(Kind::Attribute, name.str());
  expr->operands.push_back(std::move(base));
  return expr;
}

static Precedence binaryPrecedence(StringRef op) {
  return llvm::StringSwitch<Precedence>(op)
      .Case("|", Precedence::BitOr)
      .Case("^", Precedence::BitXor)
      .Case("&", Precedence::BitAnd)
      .Cases({"<<", ">>"}, Precedence::Shift)
      .Cases({"+", "-"}, Precedence::Arith)
      .Case("**", Precedence::Power)
      .Default(Precedence::Term); // * / // % @
}

Precedence Expr::precedence() const {
  switch (kind) {
  case Kind::Atom:
    return Precedence::Primary;
  case Kind::Unary:
    return text == "not" ? Precedence::Not : Precedence::Unary;
  case Kind::Binary:
    return binaryPrecedence(text);
  case Kind::Compare:
    return Precedence::Compare;
  case Kind::BoolOp:
    return text == "and" ? Precedence::And : Precedence::Or;
  case Kind::IfExp:
    return Precedence::IfExp;
  case Kind::Call:
  case Kind::Subscript:
  case Kind::Attribute:
    return Precedence::Primary;
  }
  llvm_unreachable("unknown expression kind");
}

bool Expr::isLazyOperand(unsigned index) const {
  return (kind == Kind::IfExp && index > 0) ||
         (kind == Kind::BoolOp && index == 1);
}

ExprPtr Expr::clone() const {
  auto copy = std::make_unique<Expr>(kind, text);
  for (const ExprPtr &operand : operands)
    copy->operands.push_back(operand->clone());
  copy->keywords = keywords;
  copy->hoistable = hoistable;
  copy->impure = impure;
  copy->effectful = effectful;
  copy->hint = hint;
  copy->knownBool = knownBool;
  return copy;
}

/// `expr` rendered, in parentheses when `needed`.
static std::string wrap(const Expr &expr, bool needed) {
  std::string text = expr.render();
  return needed ? "(" + text + ")" : text;
}

static bool below(const Expr &expr, Precedence level) {
  return expr.precedence() < level;
}

static bool atOrBelow(const Expr &expr, Precedence level) {
  return expr.precedence() <= level;
}

/// A name or dotted name (`a`, `p.pos`, `wp.inf`) or a number: what black
/// calls a simple power operand (it then prints `x**2` without spaces).
static bool isSimpleLookup(const Expr &expr) {
  if (expr.kind == Expr::Kind::Atom)
    return true;
  if (expr.kind == Expr::Kind::Attribute)
    return isSimpleLookup(*expr.operands[0]);
  return false;
}

/// Whether black sees a simple operand after `**`: it looks at the tokens
/// (not the tree) from there on, a name or number, after an optional unary
/// operator, followed by `.name`s and then anything but a call or subscript.
static bool startsWithSimpleLookup(const Expr &expr) {
  switch (expr.kind) {
  case Expr::Kind::Atom:
    return true;
  case Expr::Kind::Attribute:
    return isSimpleLookup(expr);
  case Expr::Kind::Unary:
    return expr.text != "not" && isSimpleLookup(*expr.operands[0]);
  case Expr::Kind::Binary:
    // An unparenthesized right operand of `**` is itself a power.
    return expr.text == "**" &&
           expr.operands[0]->precedence() > Precedence::Power &&
           startsWithSimpleLookup(*expr.operands[0]);
  default:
    return false;
  }
}

std::string Expr::render() const {
  switch (kind) {
  case Kind::Atom:
    return text;
  case Kind::Unary: {
    const Expr &operand = *operands[0];
    if (text == "not")
      return "not " + wrap(operand, below(operand, Precedence::Not));
    // Black parenthesizes a power under a unary operator (`-(x**2)`), and a
    // nested unary reads better as `-(-x)`.
    bool parens = below(operand, Precedence::Unary) ||
                  operand.kind == Kind::Unary ||
                  (operand.kind == Kind::Binary && operand.text == "**");
    return text + wrap(operand, parens);
  }
  case Kind::Binary: {
    const Expr &lhs = *operands[0], &rhs = *operands[1];
    Precedence own = precedence();
    if (text == "**") {
      // Right-associative, and binding tighter than a unary operator on its
      // left: `(-x) ** 2`, `x ** -y`, `a**b**c`.
      bool lhsParens = atOrBelow(lhs, Precedence::Power);
      bool rhsParens = below(rhs, Precedence::Unary);
      bool hug = !lhsParens && !rhsParens && isSimpleLookup(lhs) &&
                 startsWithSimpleLookup(rhs);
      return wrap(lhs, lhsParens) + (hug ? "**" : " ** ") +
             wrap(rhs, rhsParens);
    }
    return wrap(lhs, below(lhs, own)) + " " + text + " " +
           wrap(rhs, atOrBelow(rhs, own));
  }
  case Kind::Compare:
    // Comparisons chain in Python: a comparison operand of a comparison
    // keeps its parentheses.
    return wrap(*operands[0], atOrBelow(*operands[0], Precedence::Compare)) +
           " " + text + " " +
           wrap(*operands[1], atOrBelow(*operands[1], Precedence::Compare));
  case Kind::BoolOp: {
    // `a and b and c` nests left, as Python (and the frontend) reads it;
    // a right-nested one keeps its parentheses: `a and (b and c)`.
    Precedence own = precedence();
    return wrap(*operands[0], below(*operands[0], own)) + " " + text + " " +
           wrap(*operands[1], atOrBelow(*operands[1], own));
  }
  case Kind::IfExp:
    return wrap(*operands[1], atOrBelow(*operands[1], Precedence::IfExp)) +
           " if " +
           wrap(*operands[0], atOrBelow(*operands[0], Precedence::IfExp)) +
           " else " +
           wrap(*operands[2], below(*operands[2], Precedence::IfExp));
  case Kind::Call: {
    std::string result = text + "(";
    size_t firstKeyword = operands.size() - keywords.size();
    for (auto [index, operand] : llvm::enumerate(operands)) {
      if (index)
        result += ", ";
      if (index >= firstKeyword)
        result += keywords[index - firstKeyword] + "=";
      result += wrap(*operand, atOrBelow(*operand, Precedence::Lambda));
    }
    return result + ")";
  }
  case Kind::Subscript: {
    std::string result =
        wrap(*operands[0], below(*operands[0], Precedence::Primary)) + "[";
    for (unsigned index = 1; index < operands.size(); ++index) {
      if (index > 1)
        result += ", ";
      result += operands[index]->render();
    }
    return result + "]";
  }
  case Kind::Attribute:
    return wrap(*operands[0], below(*operands[0], Precedence::Primary)) + "." +
           text;
  }
  llvm_unreachable("unknown expression kind");
}
