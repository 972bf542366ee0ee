//===- WarpControlFlowOps.cpp - structured Python control flow ------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::warp;

//===----------------------------------------------------------------------===//
// Nesting rules for break, continue and return
//===----------------------------------------------------------------------===//

/// Walks from `op` outwards to the op that `isTarget` accepts. Statements
/// (warp.if, and loop bodies for a return) may stand in between; an
/// expression region (ternary, and/or), a loop condition or a foreign op may
/// not, since Python cannot leave those with break, continue or return.
static LogicalResult
verifyExitNesting(Operation *op, StringRef what,
                  function_ref<bool(Operation *)> isTarget) {
  Operation *blocker = nullptr;
  Region *region = op->getParentRegion();
  for (Operation *parent = op->getParentOp(); parent;
       region = parent->getParentRegion(), parent = parent->getParentOp()) {
    // Python's loop condition is an expression: nothing leaves it.
    if (auto loop = dyn_cast<WhileOp>(parent); loop && !blocker &&
                                               region == &loop.getCond())
      return op->emitOpError("cannot appear in the condition of a "
                             "warp.while");
    if (isTarget(parent)) {
      if (!blocker)
        return success();
      return op->emitOpError("must be nested in ")
             << what << " through warp.if, warp.for and warp.while only, but "
             << blocker->getName() << " stands in between";
    }
    if (!blocker && !isa<IfOp, ForOp, WhileOp>(parent))
      blocker = parent;
  }
  return op->emitOpError("must be inside ") << what;
}

static bool isLoop(Operation *op) { return isa<ForOp, WhileOp>(op); }

LogicalResult BreakOp::verify() {
  return verifyExitNesting(*this, "a warp.for or warp.while loop", isLoop);
}

LogicalResult ContinueOp::verify() {
  return verifyExitNesting(*this, "a warp.for or warp.while loop", isLoop);
}

LogicalResult ReturnOp::verify() {
  if (failed(verifyExitNesting(*this, "a warp.kernel or warp.func",
                               [](Operation *op) {
                                 return isa<FunctionOpInterface>(op);
                               })))
    return failure();
  auto function = (*this)->getParentOfType<FunctionOpInterface>();
  ArrayRef<Type> expected = function.getResultTypes();
  if (getOperands().size() != expected.size())
    return emitOpError("returns ")
           << getOperands().size() << " values, but @" << function.getName()
           << " returns " << expected.size();
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip(getOperandTypes(), expected))) {
    auto [actual, wanted] = pair;
    if (actual != wanted)
      return emitOpError("value #")
             << index << " has type " << actual << ", but @"
             << function.getName() << " returns " << wanted;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// IfOp
//===----------------------------------------------------------------------===//

void IfOp::build(OpBuilder &builder, OperationState &state, Value condition,
                 bool withElse) {
  state.addOperands(condition);
  Region *thenRegion = state.addRegion();
  thenRegion->push_back(new Block());
  Region *elseRegion = state.addRegion();
  if (withElse)
    elseRegion->push_back(new Block());
}

/// Statement regions take no block arguments: Python blocks bind no values.
static LogicalResult verifyNoArguments(Operation *op, Region &region,
                                       StringRef name) {
  if (!region.empty() && region.front().getNumArguments() != 0)
    return op->emitOpError("the ") << name << " region takes no arguments";
  return success();
}

LogicalResult IfOp::verify() {
  if (failed(verifyNoArguments(*this, getThenRegion(), "then")) ||
      failed(verifyNoArguments(*this, getElseRegion(), "else")))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// ForOp
//===----------------------------------------------------------------------===//

void ForOp::build(OpBuilder &builder, OperationState &state, Value start,
                  Value stop, Value step) {
  state.addOperands({start, stop, step});
  Region *body = state.addRegion();
  Block *block = new Block();
  block->addArgument(start.getType(), state.location);
  body->push_back(block);
}

// warp.for %i = %start to %stop step %step : T { body }
ParseResult ForOp::parse(OpAsmParser &parser, OperationState &result) {
  OpAsmParser::Argument inductionVar;
  OpAsmParser::UnresolvedOperand start, stop, step;
  Type type;
  if (parser.parseArgument(inductionVar) || parser.parseEqual() ||
      parser.parseOperand(start) || parser.parseKeyword("to") ||
      parser.parseOperand(stop) || parser.parseKeyword("step") ||
      parser.parseOperand(step) || parser.parseColonType(type) ||
      parser.resolveOperands({start, stop, step}, type, result.operands))
    return failure();
  inductionVar.type = type;
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, inductionVar) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  return success();
}

void ForOp::print(OpAsmPrinter &p) {
  p << ' ' << getInductionVar() << " = " << getStart() << " to " << getStop()
    << " step " << getStep() << " : " << getStart().getType() << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/true);
  p.printOptionalAttrDict((*this)->getAttrs());
}

LogicalResult ForOp::verify() {
  Type type = getStart().getType();
  if (getStop().getType() != type || getStep().getType() != type)
    return emitOpError("start, stop and step must have one type, got ")
           << type << ", " << getStop().getType() << " and "
           << getStep().getType();
  Block &body = getBody().front();
  if (body.getNumArguments() != 1 || body.getArgument(0).getType() != type)
    return emitOpError("body must take one argument of type ")
           << type << ", the induction variable";
  APInt step;
  if (matchPattern(getStep(), m_ConstantInt(&step)) && step.isZero())
    return emitOpError("range() step must not be zero");
  return success();
}

//===----------------------------------------------------------------------===//
// WhileOp
//===----------------------------------------------------------------------===//

LogicalResult WhileOp::verify() {
  Block &cond = getCond().front();
  if (cond.empty() || !isa<ConditionOp>(cond.back()))
    return emitOpError("condition region must end with warp.condition");
  if (failed(verifyNoArguments(*this, getCond(), "condition")) ||
      failed(verifyNoArguments(*this, getBody(), "body")))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// IfExpOp, AndOp, OrOp
//===----------------------------------------------------------------------===//

/// A lazily evaluated operand's region must yield a value of `type`.
static LogicalResult verifyYieldType(Operation *op, Region &region,
                                     StringRef name, Type type) {
  Block &block = region.front();
  if (block.getNumArguments() != 0)
    return op->emitOpError("the ") << name << " region takes no arguments";
  auto yield = dyn_cast<YieldOp>(block.getTerminator());
  if (!yield)
    return op->emitOpError("the ") << name << " region must end with warp.yield";
  if (yield.getValue().getType() != type)
    return op->emitOpError("the ")
           << name << " region yields " << yield.getValue().getType()
           << ", expected " << type;
  return success();
}

LogicalResult IfExpOp::verify() {
  Type type = getResult().getType();
  if (failed(verifyYieldType(*this, getThenRegion(), "then", type)) ||
      failed(verifyYieldType(*this, getElseRegion(), "else", type)))
    return failure();
  return success();
}

/// The right operand of and/or is a Warp scalar tested for truth, like the
/// left one.
static LogicalResult verifyShortCircuit(Operation *op, Region &rhs) {
  Block &block = rhs.front();
  if (block.getNumArguments() != 0)
    return op->emitOpError("the right-operand region takes no arguments");
  auto yield = dyn_cast<YieldOp>(block.getTerminator());
  if (!yield)
    return op->emitOpError("the right-operand region must end with warp.yield");
  if (!isWarpScalar(yield.getValue().getType()))
    return op->emitOpError("the right operand must be a Warp scalar, got ")
           << yield.getValue().getType();
  return success();
}

LogicalResult AndOp::verify() { return verifyShortCircuit(*this, getRhsRegion()); }

LogicalResult OrOp::verify() { return verifyShortCircuit(*this, getRhsRegion()); }
