//===- FunctionEmitter.h - one kernel or function as Python ----*- C++ -*-===//
//
// Turns the body of a warp.kernel or warp.func into Python statements. Each
// value is either a literal, inlined into the expression of its only user,
// bound to a fresh name where it is computed, or (a variable's read) printed
// as the variable's name; inlining never moves a read past a write that
// could change it, nor an effect past another access to what it touches.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_LIB_TARGET_PYTHON_FUNCTIONEMITTER_H
#define WARP_LIB_TARGET_PYTHON_FUNCTIONEMITTER_H

#include "OpEffects.h"
#include "PythonLayout.h"
#include "PythonNames.h"
#include "PythonTypes.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::warp::python {

/// What the module knows that every function needs.
struct ModuleNames {
  TypeSpeller &types;
  const NameScope &globals;
  /// warp.func symbol -> the Python name it is defined and called by.
  llvm::StringMap<std::string> functions;
  unsigned lineLength;
};

class FunctionEmitter {
public:
  FunctionEmitter(ModuleNames &module, FunctionOpInterface function);

  /// The decorated definition, one string per line; fails after reporting
  /// what cannot be printed at its location.
  LogicalResult emit(std::vector<std::string> &lines);

private:
  /// How a value reaches the Python source.
  enum class Disposition : uint8_t {
    Literal,   // a constant, printed where used
    Inline,    // the expression of its only user
    VarRead,   // a variable's read, printed as the variable's name
    Named,     // bound to a fresh name where computed (or a block argument)
    Dead,      // never used: printed as a bare statement, if at all
    ChainLink, // part of an element or field assignment printed later
  };

  /// An element or field assignment `base<path> = value`.
  struct Link {
    SmallVector<Operation *, 2>
        path; // warp.setfield / warp.insert, outer first
    Value value;
  };
  struct ChainInfo {
    Operation *end;     // the write, or the last update of a temporary
    unsigned linkIndex; // which assignment of the chain it belongs to
    Operation *var;     // the variable a write chain assigns, else null
    bool inPlace;       // the chain updates the variable it read
  };

  // Driver.
  void claimNames();
  void emitBlock(Block &block, StmtList &out);
  void emitOp(Operation *op, StmtList &out);
  void emitVar(VarOp var, StmtList &out);
  void decideLiteral(Value value, StmtList &out);
  void emitWrite(WriteOp write, StmtList &out);
  void emitTid(TidOp tid, StmtList &out);
  void emitIf(IfOp op, StmtList &out);
  void emitFor(ForOp op, StmtList &out);
  void emitWhile(WhileOp op, StmtList &out);
  void emitReturn(ReturnOp op, StmtList &out);
  void emitCall(CallOp op, StmtList &out);
  void emitUpdate(Operation *update, StmtList &out);
  void emitValue(Operation *op, StmtList &out);
  /// Statements computing a lazy operand (ifexp, and, or) that cannot be a
  /// single expression, binding the result to `name`.
  void emitLazyAsStatements(Operation *op, StringRef name, StmtList &first,
                            StmtList &second, StmtList &out);

  // Inlining.
  void decideRead(ReadOp read, StmtList &out);
  /// Whether `value`, whose expression has effects `tree`, can be evaluated
  /// where `user` evaluates its operands instead of where it is defined.
  bool canInline(Value value, const Effects &tree, Operation *user,
                 bool isVariableRead);
  /// Whether the frontend, evaluating `user`'s expression with `def`'s
  /// value inlined, makes the ops from `def` to `user` in the same order.
  bool keepsOpOrder(Operation *def, Operation *user);
  /// The same, for an evaluation moved from just after `start`.
  bool canInlineFrom(Operation *start, const Effects &tree, Operation *user,
                     bool isVariableRead);
  /// Where `user`'s operands are evaluated: its ancestor in `block`, or the
  /// end of the chain it belongs to.
  Operation *evaluationPoint(Operation *user, Block *block);
  Effects treeOf(Operation *op);
  bool noWriteBetween(Operation *from, Operation *to, Operation *var);

  // Element and field assignment chains.
  void findChains(Block &block);
  /// The assignments the chain ending in `value` makes, outer first, and the
  /// value it starts from. `top`: `value` is the chain's end itself.
  Value collectLinks(Value value, SmallVectorImpl<Operation *> &prefix,
                     SmallVectorImpl<Link> &links, bool top);
  /// Whether `use` passes a chain's value along instead of evaluating it.
  bool isChainInternalUse(OpOperand &use);
  bool tempUpdatableInPlace(Value base, Operation *end);
  ExprPtr linkTarget(ExprPtr base, const Link &link);

  // Expressions (OpExpressions.cpp).
  ExprPtr operand(Value value);
  ExprPtr spellOperand(Value value);
  /// The expression of an inlined value, marked for layout.
  ExprPtr inlined(Value value);
  ExprPtr valueForVariable(Value value);
  /// Whether warp-lang may hold `value` as a compile-time constant: a
  /// literal, a loop variable of a range() it unrolls, `-3`, the branch a
  /// constant condition picks. (Variables never are: see asVariableValue.)
  bool mayBeWarpConstant(Value value);
  /// `value`, through its type's constructor when it is a name warp-lang
  /// may hold as a constant (`int(i)`), so that it is a variable there.
  ExprPtr nonConstant(Value value);
  /// `expr`, computing `value`, as assigned to a local variable.
  ExprPtr asVariableValue(Value value, ExprPtr expr);
  ExprPtr throughConstructor(Value value, ExprPtr expr);
  ExprPtr expressionOf(Operation *op);
  ExprPtr zeroOf(Type type, Location loc, bool forVariable);
  /// The stem of a name for `value`: from what computes it (`a_val` for
  /// `a[i]`, `old` for an atomic, a field's name, ...), else its type.
  std::string hintFor(Value value);
  std::string hintFromDefinition(Value value);
  std::string typeName(Type type);

  void fail(Operation *op, const Twine &message);

  ModuleNames &module;
  FunctionOpInterface function;
  NameScope names;
  EffectCache effects;
  bool failed = false;

  DenseMap<Value, Disposition> disposition;
  /// Literals printed through their type's constructor (`float(2.5)`).
  DenseSet<Value> typedLiterals;
  DenseMap<Value, std::string> valueNames;
  DenseMap<Value, Effects> trees;
  DenseMap<Operation *, std::string> varNames;
  DenseSet<Operation *> elidedWrites;
  DenseMap<Operation *, ChainInfo> chainOps;
  DenseSet<Operation *> linkOps; // updates that continue into a chain
  DenseMap<Operation *, Operation *> nestedInto; // inner chain end -> outer
};

} // namespace mlir::warp::python

#endif // WARP_LIB_TARGET_PYTHON_FUNCTIONEMITTER_H
