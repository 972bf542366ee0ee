//===- NormalForm.cpp - generated kernels in the frontend's form ---------===//
//
// The builder emits ops where a strategy finds it convenient: a variable is
// declared where its first value is computed, a conversion may apply to a
// constant, a loop's start is made before its stop. The frontend, lowering
// the printed Python, makes the same computation in a fixed form; these
// rewrites bring the generated IR to that form. Each one keeps the values
// every op computes.
//
//===----------------------------------------------------------------------===//

#include "warp/Generator/NormalForm.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <cmath>
#include <functional>

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

//===----------------------------------------------------------------------===//
// Conversions of constants
//===----------------------------------------------------------------------===//

/// A double rounded to `type` as Warp's literal conversion does: to nearest,
/// half through float first.
static FloatAttr floatConstant(FloatType type, double value) {
  if (type.isF16() || type.isF32())
    value = static_cast<float>(value);
  return FloatAttr::get(type, value);
}

/// `value` converted to `to` with C++ conversion semantics (floats to ints
/// truncate toward zero, ints wrap), or null when the conversion has no
/// constant result the frontend would make.
static TypedAttr convertConstant(Attribute value, Type to) {
  auto toInt = dyn_cast<IntegerType>(to);
  auto toFloat = dyn_cast<FloatType>(to);
  if (auto intAttr = dyn_cast<IntegerAttr>(value)) {
    auto from = dyn_cast<IntegerType>(intAttr.getType());
    if (!from || from.getWidth() == 1)
      return {};
    const APInt &bits = intAttr.getValue();
    if (toFloat) {
      double d = from.isSigned() ? double(bits.getSExtValue())
                                 : double(bits.getZExtValue());
      return floatConstant(toFloat, d);
    }
    if (toInt && toInt.getWidth() > 1) {
      APInt wide =
          from.isSigned() ? bits.sextOrTrunc(128) : bits.zextOrTrunc(128);
      return IntegerAttr::get(to, wide.trunc(toInt.getWidth()));
    }
    return {};
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
    double d = floatAttr.getValueAsDouble();
    if (!std::isfinite(d))
      return {};
    if (toFloat)
      return floatConstant(toFloat, d);
    if (toInt && toInt.getWidth() > 1) {
      double t = std::trunc(d);
      if (std::fabs(t) >= 9.2e18)
        return {};
      APInt wide(128, static_cast<uint64_t>(static_cast<int64_t>(t)),
                 /*isSigned=*/true);
      return IntegerAttr::get(to, wide.trunc(toInt.getWidth()));
    }
  }
  return {};
}

/// Whether `op` runs once per iteration of a loop around it.
static bool isInLoop(Operation *op) {
  return op->getParentOfType<ForOp>() || op->getParentOfType<WhileOp>();
}

/// `T(c)` of a constant c is the constant converted: the frontend folds it
/// (as warp-lang does), so the IR holds the converted constant where the
/// conversion was.
static TypedAttr foldCast(CastOp cast, ConstantOp constant) {
  return convertConstant(constant.getValue(), cast.getType());
}

/// `-3` and `-2.5` are one literal to the frontend: the negation of an int
/// or float constant printed as a bare literal (made just before it, used
/// by it alone, outside loops, where it prints through its type) is the
/// negated constant.
static TypedAttr foldNeg(NegOp neg, ConstantOp constant) {
  Type type = neg.getType();
  if (!constant->hasOneUse() || constant->getNextNode() != neg.getOperation() ||
      isInLoop(neg) || !(type.isF32() || type.isSignedInteger(32)))
    return {};
  if (auto f = dyn_cast<FloatAttr>(constant.getValue()))
    return FloatAttr::get(type, -f.getValueAsDouble());
  return IntegerAttr::get(type,
                          -cast<IntegerAttr>(constant.getValue()).getValue());
}

/// Replaces conversions and negations of constants by constants, in program
/// order, so that the outer op of a chain sees the inner one folded.
static void foldLiterals(Operation *function) {
  SmallVector<Operation *> ops;
  function->walk([&](Operation *op) {
    if (isa<CastOp, NegOp>(op))
      ops.push_back(op);
  });
  for (Operation *op : ops) {
    auto constant = op->getOperand(0).getDefiningOp<ConstantOp>();
    if (!constant)
      continue;
    TypedAttr folded = isa<CastOp>(op) ? foldCast(cast<CastOp>(op), constant)
                                       : foldNeg(cast<NegOp>(op), constant);
    if (!folded)
      continue;
    OpBuilder b(op);
    auto replacement = ConstantOp::create(b, op->getLoc(), folded);
    op->getResult(0).replaceAllUsesWith(replacement.getResult());
    op->erase();
    if (constant->use_empty())
      constant->erase();
  }
}

/// In a loop, an op of constants alone prints them through their types
/// (`float(2.5) * float(-1.0)`, which warp-lang cannot fold into a constant
/// a dynamic loop may not hold), and the frontend makes them in operand
/// order: the constants made just for it, just before it, go in that order.
static void orderLoopConstantOperands(Operation *function) {
  function->walk([&](Operation *user) {
    if (user->getNumOperands() < 2 || !isInLoop(user) ||
        !llvm::all_of(user->getOperands(), [](Value operand) {
          return isa_and_nonnull<ConstantOp, ZeroOp>(operand.getDefiningOp());
        }))
      return;
    SmallVector<Operation *> run;
    for (Operation *op = user->getPrevNode();
         op && isa<ConstantOp, ZeroOp>(op) && op->hasOneUse() &&
         *op->getUsers().begin() == user;
         op = op->getPrevNode())
      run.push_back(op);
    auto operandIndex = [&](Operation *op) {
      return op->getUses().begin()->getOperandNumber();
    };
    llvm::sort(run, [&](Operation *a, Operation *b) {
      return operandIndex(a) < operandIndex(b);
    });
    for (Operation *op : run)
      op->moveBefore(user);
  });
}

/// A comparison makes its left operand before it evaluates its right one,
/// a literal included; other ops make a literal operand where they are made.
/// So a bare literal compared with a value computed just before it is made
/// before that value.
static void orderComparedLiterals(Operation *function) {
  function->walk([&](CmpOp cmp) {
    auto constant = cmp.getLhs().getDefiningOp<ConstantOp>();
    Operation *rhs = cmp.getRhs().getDefiningOp();
    if (!constant || !constant->hasOneUse() || !rhs ||
        constant->getNextNode() != cmp.getOperation() ||
        rhs->getNextNode() != constant.getOperation())
      return;
    constant->moveBefore(rhs);
  });
}

//===----------------------------------------------------------------------===//
// Variables
//===----------------------------------------------------------------------===//

/// Whether some op from `from` (exclusive) to `to` (exclusive), both in one
/// block, or nested in one, writes `ref`.
static bool writesBetween(Operation *from, Operation *to, Value ref) {
  for (Operation *op = from->getNextNode(); op && op != to;
       op = op->getNextNode()) {
    bool found = false;
    op->walk([&](WriteOp write) {
      if (write.getRef() == ref)
        found = true;
    });
    if (found)
      return true;
  }
  return false;
}

static bool isAugmentable(Operation *op) {
  return isa<AddOp, SubOp, MulOp, DivOp, FloorDivOp, ModOp, PowOp, BitAndOp,
             BitOrOp, BitXorOp, ShlOp, ShrOp>(op);
}

/// Whether the ops strictly between `read` and `update` are exactly the
/// expression of `update`'s right operand, each used once and made in the
/// order Python evaluates it (operands first, left to right): then the read
/// prints as the variable's name, evaluated where the IR has it.
static bool rightOperandFollows(Operation *read, Operation *update) {
  SmallVector<Operation *> expression;
  std::function<bool(Value)> collect = [&](Value value) {
    Operation *def = value.getDefiningOp();
    // Made before the read: a name of its own, outside the expression.
    if (!def || def->getBlock() != update->getBlock() ||
        def->isBeforeInBlock(read))
      return true;
    if (def->getNumResults() != 1 || !def->hasOneUse() || def->getNumRegions())
      return false;
    for (Value operand : def->getOperands())
      if (!collect(operand))
        return false;
    expression.push_back(def);
    return true;
  };
  if (!collect(update->getOperand(1)))
    return false;
  Operation *op = read->getNextNode();
  for (Operation *part : expression) {
    if (op != part)
      return false;
    op = op->getNextNode();
  }
  return op == update;
}

/// `x = op(x_read, rhs)` prints as `x op= rhs`, for which the frontend reads
/// `x` as the statement starts. Unless the read is made there (used once,
/// just before `rhs`'s ops), the update reads the variable again just
/// before it: `rhs` then gets a name first and the frontend makes the same
/// ops in the same order.
static void rereadAugmentedUpdates(Operation *function) {
  SmallVector<WriteOp> writes;
  function->walk([&](WriteOp write) { writes.push_back(write); });
  for (WriteOp write : writes) {
    Operation *update = write.getValue().getDefiningOp();
    if (!update || !isAugmentable(update) || !update->hasOneUse() ||
        update->getBlock() != write->getBlock())
      continue;
    auto read = update->getOperand(0).getDefiningOp<ReadOp>();
    if (!read || read.getRef() != write.getRef() ||
        read->getBlock() != update->getBlock() ||
        writesBetween(read, update, write.getRef()) ||
        (read->hasOneUse() && rightOperandFollows(read, update)))
      continue;
    OpBuilder b(update);
    auto again =
        ReadOp::create(b, read.getLoc(), read.getType(), read.getRef());
    update->setOperand(0, again.getResult());
    if (read->use_empty())
      read->erase();
  }
}

/// Whether `write` comes before `op` on every path to it: `op` is after it
/// in its block or nested in an op that is.
static bool dominatesStructurally(Operation *write, Operation *op) {
  Operation *ancestor = write->getBlock()->findAncestorOpInBlock(*op);
  return ancestor && write->isBeforeInBlock(ancestor);
}

/// A variable assigned once, before every read, is the value it is assigned:
/// the frontend keeps such a local as an SSA value.
static void promoteSingleAssignments(Operation *function) {
  SmallVector<VarOp> vars;
  function->walk([&](VarOp var) { vars.push_back(var); });
  for (VarOp var : vars) {
    SmallVector<WriteOp> writes;
    SmallVector<ReadOp> reads;
    bool other = false;
    for (Operation *user : var.getRef().getUsers()) {
      if (auto write = dyn_cast<WriteOp>(user))
        writes.push_back(write);
      else if (auto read = dyn_cast<ReadOp>(user))
        reads.push_back(read);
      else
        other = true;
    }
    if (other || writes.size() != 1 || !llvm::all_of(reads, [&](ReadOp read) {
          return dominatesStructurally(writes[0], read);
        }))
      continue;
    Value value = writes[0].getValue();
    for (ReadOp read : reads) {
      read.getResult().replaceAllUsesWith(value);
      read->erase();
    }
    writes[0]->erase();
    var->erase();
  }
}

/// Python names the printed function cannot give its variables: the module's
/// functions, the function's parameters, and the module's `wp`.
static llvm::StringSet<> takenNames(FunctionOpInterface function) {
  llvm::StringSet<> taken;
  taken.insert("wp");
  taken.insert("warp");
  if (Operation *module = function->getParentOp())
    for (Region &region : module->getRegions())
      for (Operation &op : region.getOps())
        if (auto symbol = dyn_cast<SymbolOpInterface>(op))
          taken.insert(symbol.getName());
  for (unsigned i = 0; i < function.getNumArguments(); ++i)
    if (auto name = function.getArgAttrOfType<StringAttr>(i, "warp.name"))
      taken.insert(name.getValue());
  return taken;
}

/// The frontend declares one slot per Python name at the function's entry,
/// in order of first assignment. Variables get distinct names here (the
/// builder reuses a name in sibling scopes): `stem`, `stem2`, ... or, for a
/// numbered stem such as `v`, `v0`, `v1`, ...
static void hoistVariables(FunctionOpInterface function) {
  Block &entry = function.getFunctionBody().front();
  DenseMap<Operation *, unsigned> order;
  DenseMap<Value, unsigned> firstWrite;
  SmallVector<VarOp> vars;
  function->walk<WalkOrder::PreOrder>([&](Operation *op) {
    order[op] = order.size();
    if (auto var = dyn_cast<VarOp>(op))
      vars.push_back(var);
    else if (auto write = dyn_cast<WriteOp>(op))
      firstWrite.try_emplace(write.getRef(), order[op]);
  });
  auto key = [&](VarOp var) {
    auto it = firstWrite.find(var.getRef());
    return it != firstWrite.end() ? it->second : order[var];
  };
  // Keys are distinct: no two variables share an op.
  llvm::sort(vars, [&](VarOp a, VarOp b) { return key(a) < key(b); });

  llvm::StringSet<> taken = takenNames(function);
  llvm::StringMap<unsigned> numbered;
  Operation *insertAfter = nullptr;
  for (VarOp var : vars) {
    StringRef stem = var.getName() ? *var.getName() : "v";
    std::string name;
    if (stem == "v") {
      unsigned &next = numbered[stem];
      do
        name = (stem + Twine(next++)).str();
      while (taken.contains(name));
    } else {
      name = stem.str();
      for (unsigned n = 2; taken.contains(name); ++n)
        name = (stem + Twine(n)).str();
    }
    taken.insert(name);
    var.setNameAttr(StringAttr::get(var.getContext(), name));
    if (insertAfter)
      var->moveAfter(insertAfter);
    else
      var->moveBefore(&entry, entry.begin());
    insertAfter = var;
  }
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

/// A branch whose filler got no budget is empty. Python has no empty
/// `else:` (nor an `if` with nothing in either branch), so neither prints:
/// the frontend makes no else region, and no `if` at all when both are
/// empty (its condition stays, an unused value).
static void dropEmptyBranches(Operation *function) {
  // Post-order: an inner `if` goes first, which may empty an outer branch.
  function->walk([&](IfOp ifOp) {
    Region &orelse = ifOp.getElseRegion();
    if (!orelse.empty() && orelse.front().empty())
      orelse.front().erase();
    if (orelse.empty() && ifOp.getThenRegion().front().empty())
      ifOp->erase();
  });
}

//===----------------------------------------------------------------------===//
// Loops
//===----------------------------------------------------------------------===//

static bool isIntConstant(Value value, int64_t expected) {
  auto constant = value.getDefiningOp<ConstantOp>();
  auto attr = constant ? dyn_cast<IntegerAttr>(constant.getValue()) : nullptr;
  return attr && attr.getValue().getSExtValue() == expected &&
         value.hasOneUse();
}

/// `for i in range(stop)`: the frontend makes the implicit start and step
/// after the stop, just before the loop.
static void orderRangeConstants(Operation *function) {
  function->walk([&](ForOp loop) {
    Value start = loop.getStart(), step = loop.getStep();
    if (!isIntConstant(step, 1))
      return;
    Operation *stepDef = step.getDefiningOp();
    if (stepDef->getBlock() != loop->getBlock())
      return;
    stepDef->moveBefore(loop);
    if (isIntConstant(start, 0) &&
        start.getDefiningOp()->getBlock() == loop->getBlock())
      start.getDefiningOp()->moveBefore(stepDef);
  });
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void mlir::warp::gen::normalizeGeneratedModule(ModuleOp module) {
  for (Operation &op : module.getBody()->getOperations()) {
    auto function = dyn_cast<FunctionOpInterface>(op);
    if (!function || function.isExternal())
      continue;
    // Variables first: promoting, hoisting and dropping emptied branches
    // make ops adjacent that the later rewrites look at.
    promoteSingleAssignments(function);
    hoistVariables(function);
    dropEmptyBranches(function);
    foldLiterals(function);
    orderLoopConstantOperands(function);
    orderComparedLiterals(function);
    rereadAugmentedUpdates(function);
    orderRangeConstants(function);
  }
}
