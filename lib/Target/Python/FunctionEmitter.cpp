//===- FunctionEmitter.cpp - one kernel or function as Python -------------===//
//
// Ops are visited in order. A value's fate is decided where it is defined:
// literals print where they are used; a value with one user is inlined into
// that user's expression when nothing between its definition and the point
// where the user is evaluated could change what it reads or reorder its
// effects; a variable's read prints as the variable's name under the same
// rule, at every use; everything else is bound to a fresh name.
//
//===----------------------------------------------------------------------===//

#include "FunctionEmitter.h"

#include "PythonLiterals.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::python;

FunctionEmitter::FunctionEmitter(ModuleNames &module,
                                 FunctionOpInterface function)
    : module(module), function(function), names(module.globals) {}

void FunctionEmitter::fail(Operation *op, const Twine &message) {
  emitError(op->getLoc()) << message;
  failed = true;
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

/// The first read or write of `var` after it, in program order.
static Operation *firstTouch(VarOp var) {
  Value ref = var.getRef();
  for (Operation *op = var->getNextNode(); op; op = op->getNextNode()) {
    Operation *found = nullptr;
    op->walk<WalkOrder::PreOrder>([&](Operation *nested) {
      if ((isa<ReadOp>(nested) && cast<ReadOp>(nested).getRef() == ref) ||
          (isa<WriteOp>(nested) && cast<WriteOp>(nested).getRef() == ref)) {
        found = nested;
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (found)
      return found;
  }
  return nullptr;
}

void FunctionEmitter::claimNames() {
  Block &entry = function.getFunctionBody().front();
  function->walk<WalkOrder::PreOrder>([&](VarOp var) {
    std::string stem =
        var.getName() ? sanitizePythonIdentifier(*var.getName(), "var") : "var";
    // A variable named like a parameter and first assigned that parameter
    // (the only use of it) is the parameter itself, reassigned: `x = x + 1`.
    if (auto write = dyn_cast_or_null<WriteOp>(firstTouch(var));
        write && write->getBlock() == var->getBlock()) {
      auto arg = dyn_cast<BlockArgument>(write.getValue());
      if (arg && arg.getOwner() == &entry && arg.hasOneUse() &&
          valueNames.lookup(arg) == stem) {
        varNames[var] = stem;
        elidedWrites.insert(write);
        return;
      }
    }
    varNames[var] = names.claim(stem);
  });
}

static std::string snakeCase(StringRef name) {
  std::string result;
  for (auto [index, c] : llvm::enumerate(name)) {
    if (llvm::isUpper(c)) {
      if (index && !llvm::isUpper(name[index - 1]) && name[index - 1] != '_')
        result += '_';
      result += llvm::toLower(c);
    } else {
      result += c;
    }
  }
  return result;
}

static std::string hintForType(Type type) {
  if (type.isInteger(1))
    return "cond";
  if (isa<IntegerType>(type))
    return "n";
  if (isa<FloatType>(type))
    return "x";
  if (isa<VecType>(type))
    return "v";
  if (isa<MatType>(type))
    return "m";
  if (isa<QuatType>(type))
    return "q";
  if (isa<TransformType>(type))
    return "xform";
  if (auto structType = dyn_cast<StructType>(type))
    return snakeCase(
        sanitizePythonIdentifier(structType.getName().getValue(), "s"));
  return "arr";
}

std::string FunctionEmitter::hintFor(Value value) {
  std::string hint = hintFromDefinition(value);
  // A name is bound to make lines shorter: a long one would not.
  if (hint.size() > 12)
    return hintForType(value.getType());
  return hint;
}

std::string FunctionEmitter::hintFromDefinition(Value value) {
  Operation *op = value.getDefiningOp();
  if (auto load = dyn_cast_or_null<LoadOp>(op)) {
    auto it = valueNames.find(load.getArray());
    if (it != valueNames.end())
      return it->second + "_val";
  }
  if (auto field = dyn_cast_or_null<GetFieldOp>(op))
    return pythonFieldName(field.getField());
  if (auto read = dyn_cast_or_null<ReadOp>(op))
    return varNames.lookup(read.getRef().getDefiningOp()) + "_prev";
  if (isa_and_nonnull<AtomicOp, AtomicCasOp>(op))
    return "old";
  if (isa_and_nonnull<ShapeOp>(op))
    return "n";
  if (isa_and_nonnull<ViewOp>(op))
    return "row";
  return hintForType(value.getType());
}

//===----------------------------------------------------------------------===//
// Inlining
//===----------------------------------------------------------------------===//

Effects FunctionEmitter::treeOf(Operation *op) {
  Effects tree = effects.of(op);
  auto addOperand = [&](Value operand) {
    auto it = disposition.find(operand);
    if (it == disposition.end())
      return;
    if (it->second == Disposition::Inline ||
        it->second == Disposition::VarRead) {
      tree.merge(trees.lookup(operand));
    }
  };
  for (Value operand : op->getOperands())
    addOperand(operand);
  // Values from outside that are inlined into a lazy operand's region.
  op->walk([&](Operation *nested) {
    if (nested == op)
      return;
    for (Value operand : nested->getOperands())
      if (!op->isProperAncestor(operand.getParentBlock()->getParentOp()) &&
          operand.getParentBlock()->getParentOp() != op)
        addOperand(operand);
  });
  return tree;
}

bool FunctionEmitter::noWriteBetween(Operation *from, Operation *to,
                                     Operation *var) {
  for (Operation *op = from->getNextNode(); op && op != to;
       op = op->getNextNode())
    if (effects.of(op).writesVars.contains(var))
      return false;
  return true;
}

Operation *FunctionEmitter::evaluationPoint(Operation *user, Block *block) {
  while (user && user->getBlock() != block)
    user = user->getParentOp();
  if (!user)
    return nullptr;
  auto it = chainOps.find(user);
  return it == chainOps.end() ? user : it->second.end;
}

/// Whether `isa<IfExpOp, AndOp, OrOp>`: an expression whose regions compute
/// lazily evaluated operands.
static bool isLazyExpression(Operation *op) {
  return isa<IfExpOp, AndOp, OrOp>(op);
}

bool FunctionEmitter::canInline(Value value, const Effects &tree,
                                Operation *user, bool isVariableRead) {
  return keepsOpOrder(value.getDefiningOp(), user) &&
         canInlineFrom(value.getDefiningOp(), tree, user, isVariableRead);
}

/// Whether `op` is a constant the frontend makes just before its only
/// user: one printed as a bare literal (`3`, `2.5`, `True`), which the
/// frontend types where it is used, and which sits there in the IR, after
/// any other such operand of that user that comes before it.
static bool materializesAtUser(Operation *op) {
  if (!isa<ConstantOp, ZeroOp>(op) || !op->getResult(0).hasOneUse())
    return false;
  Type type = op->getResult(0).getType();
  if (spellScalarType(type).empty() || !isBareLiteralType(type))
    return false;
  OpOperand &use = *op->getResult(0).getUses().begin();
  Operation *user = use.getOwner();
  if (user->getBlock() != op->getBlock() || user->isBeforeInBlock(op))
    return false;
  unsigned index = use.getOperandNumber();
  for (Operation *next = op->getNextNode(); next != user;
       next = next->getNextNode()) {
    if (!isa<ConstantOp, ZeroOp>(next) || !next->getResult(0).hasOneUse())
      return false;
    OpOperand &nextUse = *next->getResult(0).getUses().begin();
    if (nextUse.getOwner() != user || nextUse.getOperandNumber() < index ||
        !isBareLiteralType(next->getResult(0).getType()))
      return false;
    index = nextUse.getOperandNumber();
  }
  return true;
}

/// Whether constant `op`'s only user combines nothing but constants and sits
/// in a loop: warp-lang folds an expression of bare literals (`-16`,
/// `13 - 16`) into a compile-time constant, which a name assigned in a
/// dynamic loop may not hold, so its literals print through their types
/// (`-int(16)`), which the frontend makes in the same order.
static bool computesConstantInLoop(Operation *op) {
  Operation *user = *op->getResult(0).getUsers().begin();
  if (!user->getParentOfType<ForOp>() && !user->getParentOfType<WhileOp>())
    return false;
  return llvm::all_of(user->getOperands(), [](Value operand) {
    return isa_and_nonnull<ConstantOp, ZeroOp>(operand.getDefiningOp());
  });
}

bool FunctionEmitter::keepsOpOrder(Operation *def, Operation *user) {
  // The frontend makes an op where its expression is evaluated: a value
  // printed inside a nested block would be computed there.
  if (user->getBlock() != def->getBlock())
    return false;
  Operation *point = evaluationPoint(user, def->getBlock());
  if (!point || point->isBeforeInBlock(def))
    return false;
  SmallVector<Operation *> between;
  for (Operation *op = def->getNextNode(); op != point; op = op->getNextNode())
    if (!materializesAtUser(op))
      between.push_back(op);
  if (point != user) {
    // An element or field assignment: only its own updates may come
    // between.
    return llvm::all_of(between, [&](Operation *op) {
      auto it = chainOps.find(op);
      return it != chainOps.end() && it->second.end == point;
    });
  }
  // Every op in between must be part of the user's expression, each
  // inlined into its only user, so that the left-to-right evaluation of
  // that expression (operands first, in order) makes them in IR order.
  DenseSet<Operation *> pending(between.begin(), between.end());
  for (Operation *op : between)
    if (op->getNumResults() != 1 || !op->getResult(0).hasOneUse() ||
        op->getNumRegions() != 0)
      return false;
  SmallVector<Operation *> order;
  std::function<void(Operation *)> visit = [&](Operation *op) {
    for (Value operand : op->getOperands()) {
      Operation *operandDef = operand.getDefiningOp();
      if (operandDef == def) {
        order.push_back(def);
      } else if (operandDef && pending.erase(operandDef)) {
        visit(operandDef);
        order.push_back(operandDef);
      }
    }
  };
  visit(user);
  if (order.size() != between.size() + 1 || order.front() != def)
    return false;
  return llvm::equal(ArrayRef(order).drop_front(), between);
}

bool FunctionEmitter::canInlineFrom(Operation *start, const Effects &tree,
                                    Operation *user, bool isVariableRead) {
  Block *block = start->getBlock();
  Operation *current = user;
  while (current->getBlock() != block) {
    Operation *parent = current->getParentOp();
    if (!parent)
      return false;
    // What runs in the nested block before the use, after the definition.
    for (Operation *before = &current->getBlock()->front(); before != current;
         before = before->getNextNode())
      if (!Effects::mayCross(tree, effects.of(before)))
        return false;
    if (isLazyExpression(parent) || isa<IfOp>(parent)) {
      // An effect moved into a branch might not happen any more.
      if (tree.effectful)
        return false;
    } else if (isa<ForOp, WhileOp>(parent)) {
      // A loop evaluates its body again: only a variable's name is worth
      // reading there, and only if the loop never assigns the variable.
      if (!isVariableRead || !Effects::mayCross(tree, effects.of(parent)))
        return false;
    } else {
      return false;
    }
    current = parent;
  }
  Operation *point = current;
  auto chain = chainOps.find(point);
  if (chain != chainOps.end()) {
    const ChainInfo &info = chain->second;
    // The chain's assignments print at its end; after the first one (or
    // after `x = base`), the variable no longer holds what was read.
    if (info.var && tree.readsVars.contains(info.var) &&
        (info.linkIndex > 0 || !info.inPlace))
      return false;
    point = info.end;
  }
  for (Operation *between = start->getNextNode(); between != point;
       between = between->getNextNode()) {
    if (!between)
      return false; // the use is evaluated before `start`
    if (!Effects::mayCross(tree, effects.of(between)))
      return false;
  }
  return true;
}

/// The operand of a warp.setfield / warp.insert holding the value it updates.
static unsigned baseOperandIndex(Operation *update) {
  return isa<InsertOp>(update) ? 1 : 0;
}

/// The operand of a warp.setfield / warp.insert holding the new element.
static unsigned elementOperandIndex(Operation *update) {
  return isa<InsertOp>(update) ? 0 : 1;
}

bool FunctionEmitter::isChainInternalUse(OpOperand &use) {
  Operation *owner = use.getOwner();
  auto it = chainOps.find(owner);
  if (it == chainOps.end())
    return false;
  if (isa<SetFieldOp, InsertOp>(owner))
    return use.getOperandNumber() == baseOperandIndex(owner) ||
           nestedInto.count(use.get().getDefiningOp());
  return isa<GetFieldOp, ExtractOp>(owner) && use.getOperandNumber() == 0;
}

void FunctionEmitter::decideRead(ReadOp read, StmtList &out) {
  Value value = read.getResult();
  Operation *var = read.getRef().getDefiningOp();
  Effects tree;
  tree.readsVars.insert(var);
  trees[value] = tree;
  // An unused read is printed too (`x_prev = x`): the frontend reads again.
  bool everyUseReadsTheSame = !value.use_empty();
  for (OpOperand &use : value.getUses()) {
    if (!everyUseReadsTheSame)
      break;
    Operation *user = use.getOwner();
    auto chain = chainOps.find(user);
    // The base of a chain that updates the variable in place is the
    // variable itself, not a copy of it.
    if (chain != chainOps.end() && chain->second.inPlace &&
        chain->second.var == var && isChainInternalUse(use))
      continue;
    if (!canInline(value, tree, user, /*isVariableRead=*/true)) {
      everyUseReadsTheSame = false;
      break;
    }
  }
  if (everyUseReadsTheSame) {
    disposition[value] = Disposition::VarRead;
    return;
  }
  std::string name = names.claim(hintFor(value));
  valueNames[value] = name;
  disposition[value] = Disposition::Named;
  out.push_back(Stmt::assign(Expr::atom(name), Expr::atom(varNames[var])));
}

//===----------------------------------------------------------------------===//
// Element and field assignment chains
//===----------------------------------------------------------------------===//

void FunctionEmitter::findChains(Block &block) {
  // Which updates continue into another update or a write, and which are
  // the element value of an update of the field or element they read.
  DenseSet<Operation *> continuing;
  auto rootOf = [&](Operation *update) {
    Value value = update->getOperand(baseOperandIndex(update));
    while (Operation *def = value.getDefiningOp()) {
      if (!continuing.contains(def))
        break;
      value = def->getOperand(baseOperandIndex(def));
    }
    return value;
  };
  auto nestedRootMatches = [&](Operation *inner, Operation *outer) {
    Value root = rootOf(inner);
    Operation *def = root.getDefiningOp();
    if (!def || def->getBlock() != &block || !root.hasOneUse())
      return false;
    Value outerBase = outer->getOperand(baseOperandIndex(outer));
    if (auto field = dyn_cast<GetFieldOp>(def)) {
      auto set = dyn_cast<SetFieldOp>(outer);
      return set && field.getInput() == outerBase &&
             field.getField() == set.getField();
    }
    if (auto extract = dyn_cast<ExtractOp>(def)) {
      auto insert = dyn_cast<InsertOp>(outer);
      return insert && extract.getBase() == outerBase &&
             llvm::equal(extract.getIndices(), insert.getIndices());
    }
    return false;
  };
  for (Operation &op : block) {
    if (!isa<SetFieldOp, InsertOp>(op))
      continue;
    Value result = op.getResult(0);
    if (!result.hasOneUse())
      continue;
    OpOperand &use = *result.getUses().begin();
    Operation *user = use.getOwner();
    if (user->getBlock() != &block)
      continue;
    if (isa<SetFieldOp, InsertOp>(user) &&
        use.getOperandNumber() == baseOperandIndex(user)) {
      continuing.insert(&op);
    } else if (auto write = dyn_cast<WriteOp>(user);
               write && use.getOperandNumber() == 0 &&
               !elidedWrites.contains(write)) {
      continuing.insert(&op);
    } else if (isa<SetFieldOp, InsertOp>(user) &&
               use.getOperandNumber() == elementOperandIndex(user) &&
               nestedRootMatches(&op, user)) {
      continuing.insert(&op);
      nestedInto[&op] = user;
    }
  }
  // An update whose result is both updated further and read by the field
  // or element a nested chain of that further update starts from:
  // `p.pos = x` then `p.pos[1] = y`.
  for (Operation &op : block) {
    if (!isa<SetFieldOp, InsertOp>(op) || continuing.contains(&op))
      continue;
    Value result = op.getResult(0);
    Operation *next = nullptr, *fieldRead = nullptr;
    unsigned uses = 0;
    for (OpOperand &use : result.getUses()) {
      ++uses;
      Operation *user = use.getOwner();
      if (isa<SetFieldOp, InsertOp>(user) &&
          use.getOperandNumber() == baseOperandIndex(user))
        next = user;
      else if (isa<GetFieldOp, ExtractOp>(user) && use.getOperandNumber() == 0)
        fieldRead = user;
    }
    if (uses != 2 || !next || !fieldRead || next->getBlock() != &block)
      continue;
    Value element = next->getOperand(elementOperandIndex(next));
    Operation *inner = element.getDefiningOp();
    if (inner && nestedInto.lookup(inner) == next &&
        rootOf(inner).getDefiningOp() == fieldRead)
      continuing.insert(&op);
  }
  linkOps.insert(continuing.begin(), continuing.end());

  // Number the assignments of each chain and record where it prints.
  auto record = [&](Operation *end, Value chainValue, Operation *var) {
    SmallVector<Link> links;
    SmallVector<Operation *> prefix;
    Value root = collectLinks(chainValue, prefix, links, /*top=*/true);
    bool inPlace = false;
    if (var)
      if (auto read = dyn_cast_or_null<ReadOp>(root.getDefiningOp()))
        inPlace = read.getRef().getDefiningOp() == var &&
                  read->getBlock() == &block && noWriteBetween(read, end, var);
    for (auto [index, link] : llvm::enumerate(links)) {
      for (Operation *step : link.path) {
        // An update shared by several links (a nested chain's outer one)
        // keeps the first.
        if (!chainOps.count(step))
          chainOps[step] = {end, static_cast<unsigned>(index), var, inPlace};
        // The field or element a nested chain starts from.
        Value element = step->getOperand(elementOperandIndex(step));
        if (Operation *inner = element.getDefiningOp();
            inner && nestedInto.lookup(inner) == step) {
          Operation *nestedRoot = rootOf(inner).getDefiningOp();
          if (!chainOps.count(nestedRoot))
            chainOps[nestedRoot] = {end, static_cast<unsigned>(index), var,
                                    inPlace};
        }
      }
    }
    if (!var)
      chainOps[end] = {end, static_cast<unsigned>(links.size() - 1), nullptr,
                       false};
  };
  for (Operation &op : block) {
    if (auto write = dyn_cast<WriteOp>(op)) {
      Operation *def = write.getValue().getDefiningOp();
      if (def && continuing.contains(def))
        record(write, write.getValue(), write.getRef().getDefiningOp());
    } else if (isa<SetFieldOp, InsertOp>(op) && !continuing.contains(&op) &&
               !op.getResult(0).use_empty()) {
      record(&op, op.getResult(0), nullptr);
    }
  }
}

Value FunctionEmitter::collectLinks(Value value,
                                    SmallVectorImpl<Operation *> &prefix,
                                    SmallVectorImpl<Link> &links, bool top) {
  Operation *op = value.getDefiningOp();
  if (!op || !isa<SetFieldOp, InsertOp>(op) || (!top && !linkOps.contains(op)))
    return value;
  Value root = collectLinks(op->getOperand(baseOperandIndex(op)), prefix, links,
                            /*top=*/false);
  SmallVector<Operation *, 2> path(prefix.begin(), prefix.end());
  path.push_back(op);
  Value element = op->getOperand(elementOperandIndex(op));
  Operation *inner = element.getDefiningOp();
  if (inner && nestedInto.lookup(inner) == op)
    collectLinks(element, path, links, /*top=*/false);
  else
    links.push_back({path, element});
  return root;
}

bool FunctionEmitter::tempUpdatableInPlace(Value base, Operation *end) {
  Operation *def = base.getDefiningOp();
  if (!def || def->getBlock() != end->getBlock() ||
      disposition.lookup(base) != Disposition::Named)
    return false;
  for (OpOperand &use : base.getUses()) {
    auto chain = chainOps.find(use.getOwner());
    if (chain != chainOps.end() && chain->second.end == end &&
        isChainInternalUse(use))
      continue;
    // Follow inlined users to the statement that evaluates the use.
    Operation *owner = use.getOwner();
    int linkIndex = -1;
    while (true) {
      auto ownerChain = chainOps.find(owner);
      if (ownerChain != chainOps.end()) {
        linkIndex = ownerChain->second.linkIndex;
        owner = ownerChain->second.end;
        break;
      }
      if (owner->getNumResults() == 1 &&
          disposition.lookup(owner->getResult(0)) == Disposition::Inline) {
        owner = *owner->getResult(0).getUsers().begin();
        continue;
      }
      break;
    }
    Operation *point = evaluationPoint(owner, end->getBlock());
    if (!point)
      return false;
    // Read by the first assignment's value, which Python evaluates before
    // assigning; anything later would see the update.
    if (point == end ? linkIndex != 0 : !point->isBeforeInBlock(end))
      return false;
  }
  return true;
}

ExprPtr FunctionEmitter::linkTarget(ExprPtr base, const Link &link) {
  ExprPtr target = std::move(base);
  for (Operation *step : link.path) {
    if (auto set = dyn_cast<SetFieldOp>(step)) {
      target =
          Expr::attribute(std::move(target), pythonFieldName(set.getField()));
    } else {
      SmallVector<ExprPtr> indices;
      for (Value index : cast<InsertOp>(step).getIndices())
        indices.push_back(operand(index));
      target = Expr::subscript(std::move(target), std::move(indices));
    }
  }
  return target;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

LogicalResult FunctionEmitter::emit(std::vector<std::string> &lines) {
  Block &entry = function.getFunctionBody().front();
  SmallVector<std::string> params;
  for (auto [index, arg] : llvm::enumerate(entry.getArguments())) {
    auto name = function.getArgAttrOfType<StringAttr>(index, "warp.name");
    std::string stem = name ? sanitizePythonIdentifier(name.getValue(), "arg")
                            : "arg" + std::to_string(index);
    std::string claimed = names.claim(stem);
    valueNames[arg] = claimed;
    disposition[arg] = Disposition::Named;
    params.push_back(claimed + ": " + typeName(arg.getType()));
  }
  claimNames();

  StmtList body;
  emitBlock(entry, body);
  if (failed)
    return failure();

  std::string result;
  ArrayRef<Type> results = function.getResultTypes();
  if (results.size() == 1) {
    result = typeName(results[0]);
  } else if (results.size() > 1) {
    result = "tuple[";
    for (auto [index, type] : llvm::enumerate(results))
      result += (index ? ", " : "") + typeName(type);
    result += "]";
  }
  lines.push_back(isa<KernelOp>(function) ? "@wp.kernel" : "@wp.func");
  auto it = module.functions.find(
      cast<SymbolOpInterface>(function.getOperation()).getName());
  layoutDef(it->second, params, result, module.lineLength, lines);
  layoutBlock(body, 4, names, module.lineLength, lines);
  return success();
}

void FunctionEmitter::emitBlock(Block &block, StmtList &out) {
  findChains(block);
  for (Operation &op : block) {
    emitOp(&op, out);
    if (failed)
      return;
  }
}

void FunctionEmitter::emitOp(Operation *op, StmtList &out) {
  if (!isa_and_nonnull<WarpDialect>(op->getDialect())) {
    fail(op, "'" + op->getName().getStringRef() +
                 "' has no spelling in Warp's Python (only warp ops print)");
    return;
  }
  auto chain = chainOps.find(op);
  if (chain != chainOps.end() && chain->second.end != op) {
    for (Value result : op->getResults())
      disposition[result] = Disposition::ChainLink;
    return;
  }
  TypeSwitch<Operation *>(op)
      .Case<ConstantOp>([&](ConstantOp constant) {
        disposition[constant.getResult()] = Disposition::Literal;
        decideLiteral(constant.getResult(), out);
      })
      .Case<VarOp>([&](VarOp var) { emitVar(var, out); })
      .Case<ReadOp>([&](ReadOp read) { decideRead(read, out); })
      .Case<WriteOp>([&](WriteOp write) { emitWrite(write, out); })
      .Case<StoreOp>([&](StoreOp store) {
        ExprPtr value = operand(store.getValue());
        SmallVector<ExprPtr> indices;
        for (Value index : store.getIndices())
          indices.push_back(operand(index));
        out.push_back(Stmt::assign(
            Expr::subscript(operand(store.getArray()), std::move(indices)),
            std::move(value)));
      })
      .Case<TidOp>([&](TidOp tid) { emitTid(tid, out); })
      .Case<IfOp>([&](IfOp ifOp) { emitIf(ifOp, out); })
      .Case<ForOp>([&](ForOp forOp) { emitFor(forOp, out); })
      .Case<WhileOp>([&](WhileOp whileOp) { emitWhile(whileOp, out); })
      .Case<ReturnOp>([&](ReturnOp ret) { emitReturn(ret, out); })
      .Case<BreakOp>([&](BreakOp) { out.push_back(Stmt(Stmt::Kind::Break)); })
      .Case<ContinueOp>(
          [&](ContinueOp) { out.push_back(Stmt(Stmt::Kind::Continue)); })
      .Case<YieldOp, ConditionOp>([&](Operation *) {})
      .Case<CallOp>([&](CallOp call) { emitCall(call, out); })
      .Case<SetFieldOp, InsertOp>(
          [&](Operation *update) { emitUpdate(update, out); })
      .Default([&](Operation *other) { emitValue(other, out); });
}

void FunctionEmitter::decideLiteral(Value value, StmtList &out) {
  // A constant used once prints where it is used: as a bare literal where
  // the frontend makes it just before its user, else through its type
  // (`float(2.5)`), which the frontend makes where it is evaluated. One
  // used more than once (or never) is bound to a fresh name where it is
  // made, so that the frontend makes one constant there again.
  Operation *def = value.getDefiningOp();
  if (materializesAtUser(def) && !computesConstantInLoop(def))
    return;
  typedLiterals.insert(value);
  if (value.hasOneUse() && keepsOpOrder(def, *value.getUsers().begin()))
    return;
  ExprPtr literal = spellOperand(value);
  std::string name = names.claim(hintForType(value.getType()));
  out.push_back(Stmt::assign(Expr::atom(name), std::move(literal)));
  if (!value.use_empty()) {
    valueNames[value] = name;
    disposition[value] = Disposition::Named;
  }
}

namespace {
/// What happens to a variable first on every path from a point on.
enum class FirstAccess { Assigned, Read, Neither };
} // namespace

/// The first access to `ref` on the paths from `op` to the end of its block
/// (a path that leaves the block by return, break or continue assigns it, in
/// effect: nothing after reads it).
static FirstAccess firstAccessFrom(Operation *op, Value ref) {
  for (; op; op = op->getNextNode()) {
    if (auto write = dyn_cast<WriteOp>(op); write && write.getRef() == ref)
      return FirstAccess::Assigned;
    if (auto read = dyn_cast<ReadOp>(op); read && read.getRef() == ref)
      return FirstAccess::Read;
    if (isa<ReturnOp, BreakOp, ContinueOp>(op))
      return FirstAccess::Assigned;
    if (auto ifOp = dyn_cast<IfOp>(op)) {
      FirstAccess then =
          firstAccessFrom(&ifOp.getThenRegion().front().front(), ref);
      FirstAccess orelse =
          ifOp.getElseRegion().empty()
              ? FirstAccess::Neither
              : firstAccessFrom(&ifOp.getElseRegion().front().front(), ref);
      if (then == FirstAccess::Read || orelse == FirstAccess::Read)
        return FirstAccess::Read;
      if (then == FirstAccess::Assigned && orelse == FirstAccess::Assigned)
        return FirstAccess::Assigned;
      continue;
    }
    // A loop or a lazy operand may not run: its assignments do not count.
    for (Region &region : op->getRegions())
      for (Block &block : region)
        if (!block.empty() &&
            firstAccessFrom(&block.front(), ref) == FirstAccess::Read)
          return FirstAccess::Read;
  }
  return FirstAccess::Neither;
}

void FunctionEmitter::emitVar(VarOp var, StmtList &out) {
  Operation *first = firstTouch(var);
  if (!first)
    return;
  if (isa<WriteOp>(first) && first->getBlock() == var->getBlock())
    return;
  // Assigned on every path before it is read (in both branches of an
  // `if`): Python needs no initial value, and the frontend makes none.
  if (firstAccessFrom(var->getNextNode(), var.getRef()) != FirstAccess::Read)
    return;
  // Python needs the name bound on every path: a variable first assigned
  // inside a branch or a loop (or read before any assignment) starts here
  // as its type's zero, which is what the IR reads before a write.
  Type type = cast<RefType>(var.getRef().getType()).getElementType();
  ExprPtr zero = zeroOf(type, var.getLoc(), /*forVariable=*/true);
  if (zero)
    out.push_back(Stmt::assign(Expr::atom(varNames[var]), std::move(zero)));
}

/// The augmented assignment operator of a binary op, or null.
static const char *augmentedOperator(Operation *op) {
  return TypeSwitch<Operation *, const char *>(op)
      .Case<AddOp>([](auto) { return "+="; })
      .Case<SubOp>([](auto) { return "-="; })
      .Case<MulOp>([](auto) { return "*="; })
      .Case<DivOp>([](auto) { return "/="; })
      .Case<FloorDivOp>([](auto) { return "//="; })
      .Case<ModOp>([](auto) { return "%="; })
      .Case<PowOp>([](auto) { return "**="; })
      .Case<MatmulOp>([](auto) { return "@="; })
      .Case<BitAndOp>([](auto) { return "&="; })
      .Case<BitOrOp>([](auto) { return "|="; })
      .Case<BitXorOp>([](auto) { return "^="; })
      .Case<ShlOp>([](auto) { return "<<="; })
      .Case<ShrOp>([](auto) { return ">>="; })
      .Default([](auto) { return nullptr; });
}

void FunctionEmitter::emitWrite(WriteOp write, StmtList &out) {
  if (elidedWrites.contains(write))
    return;
  Operation *var = write.getRef().getDefiningOp();
  const std::string &name = varNames[var];
  Value value = write.getValue();
  Operation *def = value.getDefiningOp();

  // `x.f = v`, `x[i] = v`, ...: the write ends an update chain.
  if (def && linkOps.contains(def)) {
    SmallVector<Link> links;
    SmallVector<Operation *> prefix;
    Value root = collectLinks(value, prefix, links, /*top=*/true);
    auto read = dyn_cast_or_null<ReadOp>(root.getDefiningOp());
    bool inPlace = read && read.getRef().getDefiningOp() == var &&
                   read->getBlock() == write->getBlock() &&
                   noWriteBetween(read, write, var);
    if (!inPlace)
      out.push_back(Stmt::assign(Expr::atom(name), valueForVariable(root)));
    for (const Link &link : links)
      out.push_back(Stmt::assign(linkTarget(Expr::atom(name), link),
                                 operand(link.value)));
    return;
  }

  Disposition fate = disposition.lookup(value);
  bool inlinedHere = def && fate == Disposition::Inline;
  if (inlinedHere) {
    // `x = x + y` is `x += y`.
    if (const char *op = augmentedOperator(def)) {
      // The left operand must be what the variable holds here: its read,
      // printed as its name, or copied with no write since.
      auto read = dyn_cast_or_null<ReadOp>(def->getOperand(0).getDefiningOp());
      bool current =
          read && read.getRef().getDefiningOp() == var &&
          (disposition.lookup(read.getResult()) == Disposition::VarRead ||
           (read->getBlock() == write->getBlock() &&
            noWriteBetween(read, write, var)));
      if (current) {
        Stmt stmt(Stmt::Kind::AugAssign);
        stmt.targets.push_back(Expr::atom(name));
        stmt.op = op;
        stmt.value = operand(def->getOperand(1));
        out.push_back(std::move(stmt));
        return;
      }
    }
    out.push_back(
        Stmt::assign(Expr::atom(name), asVariableValue(value, inlined(value))));
    return;
  }
  out.push_back(Stmt::assign(Expr::atom(name), valueForVariable(value)));
}

void FunctionEmitter::emitTid(TidOp tid, StmtList &out) {
  if (llvm::all_of(tid.getResults(), [](Value v) { return v.use_empty(); }))
    return;
  static const char *const stems[] = {"i", "j", "k", "l"};
  Stmt stmt(Stmt::Kind::Assign);
  for (auto [index, result] : llvm::enumerate(tid.getResults())) {
    disposition[result] = Disposition::Named;
    if (result.use_empty()) {
      stmt.targets.push_back(Expr::atom("_"));
      continue;
    }
    std::string name =
        names.claim(tid.getNumResults() == 1 ? "tid" : stems[index % 4]);
    valueNames[result] = name;
    stmt.targets.push_back(Expr::atom(name));
  }
  stmt.value = Expr::call("wp.tid", {});
  out.push_back(std::move(stmt));
}

void FunctionEmitter::emitIf(IfOp op, StmtList &out) {
  ExprPtr condition = operand(op.getCondition());
  StmtList body, orelse;
  emitBlock(op.getThenRegion().front(), body);
  if (!op.getElseRegion().empty())
    emitBlock(op.getElseRegion().front(), orelse);
  if (body.empty() && orelse.empty() && !condition->effectful)
    return;
  out.push_back(
      Stmt::ifElse(std::move(condition), std::move(body), std::move(orelse)));
}

/// Whether `value` is the integer literal `expected`.
static bool isIntegerLiteral(Value value, int64_t expected) {
  auto constant = value.getDefiningOp<ConstantOp>();
  if (!constant)
    return false;
  auto attr = dyn_cast<IntegerAttr>(constant.getValue());
  return attr && attr.getValue().getSExtValue() == expected;
}

void FunctionEmitter::emitFor(ForOp op, StmtList &out) {
  Value inductionVar = op.getInductionVar();
  Type type = inductionVar.getType();
  if (!type.isSignedInteger(32)) {
    fail(op, "warp-lang's range() counts in int32 only; this loop counts in " +
                 spellScalarType(type));
    return;
  }
  Stmt stmt(Stmt::Kind::For);
  // range(stop), range(start, stop), range(start, stop, step).
  bool unitStep = isIntegerLiteral(op.getStep(), 1);
  if (!unitStep || !isIntegerLiteral(op.getStart(), 0))
    stmt.values.push_back(operand(op.getStart()));
  stmt.values.push_back(operand(op.getStop()));
  if (!unitStep)
    stmt.values.push_back(operand(op.getStep()));
  // i, j, k, then i2, j2, k2, ...
  std::string name;
  for (unsigned round = 1; name.empty(); ++round)
    for (const char *stem : {"i", "j", "k"}) {
      std::string candidate = round == 1 ? stem : stem + std::to_string(round);
      if (names.tryClaim(candidate)) {
        name = candidate;
        break;
      }
    }
  valueNames[inductionVar] = name;
  disposition[inductionVar] = Disposition::Named;
  stmt.loopVar = name;
  emitBlock(op.getBody().front(), stmt.body);
  out.push_back(std::move(stmt));
}

void FunctionEmitter::emitWhile(WhileOp op, StmtList &out) {
  StmtList conditionStmts;
  Block &conditionBlock = op.getCond().front();
  emitBlock(conditionBlock, conditionStmts);
  if (failed)
    return;
  auto condition = cast<ConditionOp>(conditionBlock.getTerminator());
  ExprPtr test = operand(condition.getCondition());
  StmtList body;
  emitBlock(op.getBody().front(), body);
  Stmt stmt(Stmt::Kind::While);
  if (conditionStmts.empty()) {
    stmt.value = std::move(test);
    stmt.body = std::move(body);
  } else {
    // The condition needs statements: they run at the top of every
    // iteration, `continue` included.
    stmt.value = Expr::atom("True");
    stmt.body = std::move(conditionStmts);
    StmtList exit;
    exit.push_back(Stmt(Stmt::Kind::Break));
    stmt.body.push_back(
        Stmt::ifElse(Expr::unary("not", std::move(test)), std::move(exit)));
    for (Stmt &inner : body)
      stmt.body.push_back(std::move(inner));
  }
  out.push_back(std::move(stmt));
}

void FunctionEmitter::emitReturn(ReturnOp op, StmtList &out) {
  Block &entry = function.getFunctionBody().front();
  // The kernel's or function's final `return` without a value is implicit.
  if (op.getOperands().empty() && op->getBlock() == &entry)
    return;
  Stmt stmt(Stmt::Kind::Return);
  for (Value value : op.getOperands())
    stmt.values.push_back(operand(value));
  out.push_back(std::move(stmt));
}

void FunctionEmitter::emitCall(CallOp op, StmtList &out) {
  if (!module.functions.count(op.getCallee())) {
    fail(op, "call of '" + op.getCallee() + "', which is no warp.func here");
    return;
  }
  if (op.getNumResults() == 1) {
    emitValue(op, out);
    return;
  }
  bool anyUsed = llvm::any_of(op.getResults(),
                              [](Value result) { return !result.use_empty(); });
  if (!anyUsed) {
    for (Value result : op.getResults())
      disposition[result] = Disposition::Dead;
    out.push_back(Stmt::eval(expressionOf(op)));
    return;
  }
  Stmt stmt(Stmt::Kind::Assign);
  for (Value result : op.getResults()) {
    disposition[result] = Disposition::Named;
    if (result.use_empty()) {
      stmt.targets.push_back(Expr::atom("_"));
      continue;
    }
    std::string name = names.claim(hintFor(result));
    valueNames[result] = name;
    stmt.targets.push_back(Expr::atom(name));
  }
  stmt.value = expressionOf(op);
  out.push_back(std::move(stmt));
}

void FunctionEmitter::emitUpdate(Operation *update, StmtList &out) {
  Value result = update->getResult(0);
  if (result.use_empty()) {
    disposition[result] = Disposition::Dead;
    return;
  }
  // A struct or vector updated without being assigned to a variable: the
  // updates go to a copy of it (or to the value itself when nothing reads
  // it afterwards), which then names the result.
  SmallVector<Link> links;
  SmallVector<Operation *> prefix;
  Value base = collectLinks(result, prefix, links, /*top=*/true);
  std::string name;
  if (tempUpdatableInPlace(base, update)) {
    name = valueNames[base];
  } else {
    name = names.claim(hintFor(result));
    out.push_back(Stmt::assign(Expr::atom(name), operand(base)));
  }
  for (const Link &link : links)
    out.push_back(
        Stmt::assign(linkTarget(Expr::atom(name), link), operand(link.value)));
  valueNames[result] = name;
  disposition[result] = Disposition::Named;
}

/// Whether warp-lang may see `value` as a compile-time constant: made from
/// literals and loop counters (which it unrolls for constant ranges) by
/// pure operations only.
static bool isCompileTimeInWarp(Value value) {
  if (auto argument = dyn_cast<BlockArgument>(value))
    return isa<ForOp>(argument.getOwner()->getParentOp());
  Operation *op = value.getDefiningOp();
  if (isa<ConstantOp, ZeroOp>(op))
    return true;
  if (op->getNumRegions() || !isMemoryEffectFree(op) ||
      isa<ReadOp, TidOp, CallOp>(op))
    return false;
  return llvm::all_of(op->getOperands(), isCompileTimeInWarp);
}

/// Whether `op`'s value, bound to a name, would be a compile-time constant
/// to warp-lang inside a loop.
static bool bindsCompileTimeValueInLoop(Operation *op) {
  Value value = op->getResult(0);
  if (spellScalarType(value.getType()).empty())
    return false;
  if (!op->getParentOfType<ForOp>() && !op->getParentOfType<WhileOp>())
    return false;
  return llvm::all_of(op->getOperands(), isCompileTimeInWarp);
}

void FunctionEmitter::emitValue(Operation *op, StmtList &out) {
  if (op->getNumResults() != 1) {
    fail(op, "'" + op->getName().getStringRef() +
                 "' has no spelling in Warp's Python");
    return;
  }
  Value value = op->getResult(0);
  if (isa<ZeroOp>(op) && !spellScalarType(value.getType()).empty()) {
    disposition[value] = Disposition::Literal;
    decideLiteral(value, out);
    return;
  }
  // A lazy operand whose region needs statements is printed as statements.
  StmtList regions[2];
  bool lazy = isLazyExpression(op);
  if (lazy) {
    for (auto [index, region] : llvm::enumerate(op->getRegions()))
      emitBlock(region.front(), regions[index]);
    if (failed)
      return;
  }
  bool asExpression = !lazy || (regions[0].empty() && regions[1].empty());
  Effects tree = treeOf(op);
  trees[value] = tree;
  // An unused value without effects is still printed (bound to a fresh
  // name, below), so that the frontend makes the same op again.
  if (value.use_empty() && asExpression && tree.effectful) {
    disposition[value] = Disposition::Dead;
    out.push_back(Stmt::eval(expressionOf(op)));
    return;
  }
  if (asExpression) {
    if (value.hasOneUse() &&
        canInline(value, tree, *value.getUsers().begin(), false)) {
      disposition[value] = Disposition::Inline;
      return;
    }
  }
  std::string name = names.claim(hintFor(value));
  valueNames[value] = name;
  disposition[value] = Disposition::Named;
  if (asExpression && bindsCompileTimeValueInLoop(op)) {
    // `n = int(-i)`: warp-lang would fold `-i` (i of an unrolled range())
    // into a constant, which a name assigned in a dynamic loop may not
    // hold; a conversion to the value's own type keeps it dynamic, and the
    // frontend makes no op for it.
    SmallVector<ExprPtr> args;
    args.push_back(expressionOf(op));
    out.push_back(Stmt::assign(
        Expr::atom(name),
        Expr::call(spellScalarType(value.getType()), std::move(args))));
  } else if (asExpression)
    out.push_back(Stmt::assign(Expr::atom(name), expressionOf(op)));
  else
    emitLazyAsStatements(op, name, regions[0], regions[1], out);
}

/// The value a region yields.
static Value yielded(Region &region) {
  return cast<YieldOp>(region.front().getTerminator()).getValue();
}

void FunctionEmitter::emitLazyAsStatements(Operation *op, StringRef name,
                                           StmtList &first, StmtList &second,
                                           StmtList &out) {
  auto assignTo = [&](StmtList &stmts, ExprPtr value) {
    stmts.push_back(Stmt::assign(Expr::atom(name.str()), std::move(value)));
  };
  // `bool(x)` for a truth value that is not a bool already.
  auto truth = [&](Value value) {
    ExprPtr expr = valueForVariable(value);
    if (value.getType().isInteger(1))
      return expr;
    SmallVector<ExprPtr> args;
    args.push_back(std::move(expr));
    return Expr::call("bool", std::move(args));
  };
  if (auto ifExp = dyn_cast<IfExpOp>(op)) {
    ExprPtr condition = operand(ifExp.getCondition());
    assignTo(first, valueForVariable(yielded(ifExp.getThenRegion())));
    assignTo(second, valueForVariable(yielded(ifExp.getElseRegion())));
    out.push_back(Stmt::ifElse(std::move(condition), std::move(first),
                               std::move(second)));
    return;
  }
  // `r = a and b`: r = a; if r: ...; r = b (`or` tests `not r`).
  bool isAnd = isa<AndOp>(op);
  Value lhs = op->getOperand(0);
  out.push_back(Stmt::assign(Expr::atom(name.str()), truth(lhs)));
  assignTo(first, truth(yielded(op->getRegion(0))));
  ExprPtr test = Expr::atom(name.str());
  if (!isAnd)
    test = Expr::unary("not", std::move(test));
  out.push_back(Stmt::ifElse(std::move(test), std::move(first)));
}
