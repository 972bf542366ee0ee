//===- IRMutator.cpp - Small, mostly valid changes to warp IR -------------===//

#include "IRMutator.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/SmallVector.h"

using namespace mlir;

namespace mlir::warp::fuzz {
namespace {

enum class Mutation : uint8_t {
  ReplaceOperand,
  SwapOperands,
  SetConstant,
  SetIntegerAttribute,
  EraseUnusedOp,
  DuplicateOp,
  kMaxValue = DuplicateOp,
};

template <typename T>
T &pick(llvm::SmallVectorImpl<T> &items, FuzzedDataProvider &data) {
  return items[data.ConsumeIntegralInRange<size_t>(0, items.size() - 1)];
}

/// An integer of `width` bits at an edge of its range, or any.
APInt edgeInteger(unsigned width, FuzzedDataProvider &data) {
  switch (data.ConsumeIntegralInRange(0, 6)) {
  case 0:
    return APInt::getZero(width);
  case 1:
    return APInt(width, 1);
  case 2:
    return APInt::getAllOnes(width); // -1, or the unsigned maximum
  case 3:
    return APInt::getSignedMinValue(width);
  case 4:
    return APInt::getSignedMaxValue(width);
  case 5:
    return APInt(width, width); // a shift by the whole width
  default:
    return APInt(width, data.ConsumeIntegral<uint64_t>(), /*isSigned=*/false,
                 /*implicitTrunc=*/true);
  }
}

/// A float of `semantics` at an edge: zeros, one, infinities, NaN, the
/// smallest subnormal, the largest finite, or any value of its bits.
APFloat edgeFloat(const llvm::fltSemantics &semantics,
                  FuzzedDataProvider &data) {
  bool negative = data.ConsumeBool();
  switch (data.ConsumeIntegralInRange(0, 6)) {
  case 0:
    return APFloat::getZero(semantics, negative);
  case 1: {
    APFloat one(semantics, 1);
    if (negative)
      one.changeSign();
    return one;
  }
  case 2:
    return APFloat::getInf(semantics, negative);
  case 3:
    return APFloat::getNaN(semantics, negative);
  case 4:
    return APFloat::getSmallest(semantics, negative);
  case 5:
    return APFloat::getLargest(semantics, negative);
  default: {
    unsigned width = APFloat::getSizeInBits(semantics);
    return APFloat(semantics, edgeInteger(width, data));
  }
  }
}

/// An attribute of `type` with an edge value, or null for other types.
TypedAttr edgeValue(Type type, FuzzedDataProvider &data) {
  if (auto integer = dyn_cast<IntegerType>(type))
    return IntegerAttr::get(type, edgeInteger(integer.getWidth(), data));
  if (auto real = dyn_cast<FloatType>(type))
    return FloatAttr::get(type, edgeFloat(real.getFloatSemantics(), data));
  return {};
}

/// Values of `type` other than `current` that are visible at `user`.
SmallVector<Value> visibleValues(Operation *user, Type type, Value current,
                                 DominanceInfo &dominance) {
  SmallVector<Value> values;
  Operation *scope = user->getParentWithTrait<OpTrait::IsIsolatedFromAbove>();
  if (!scope)
    return values;
  auto consider = [&](Value value) {
    if (value != current && value.getType() == type &&
        dominance.properlyDominates(value, user))
      values.push_back(value);
  };
  scope->walk([&](Block *block) {
    for (BlockArgument argument : block->getArguments())
      consider(argument);
    for (Operation &op : *block)
      for (Value result : op.getResults())
        consider(result);
  });
  return values;
}

/// An op that may be erased or duplicated without breaking the module's
/// structure: not a terminator, not a symbol (a kernel or a function).
bool isMovable(Operation *op) {
  return !op->hasTrait<OpTrait::IsTerminator>() && !isa<SymbolOpInterface>(op);
}

void applyOne(ModuleOp module, FuzzedDataProvider &data) {
  SmallVector<Operation *> ops;
  module.walk([&](Operation *op) {
    if (op != module)
      ops.push_back(op);
  });
  if (ops.empty())
    return;
  Mutation mutation = data.ConsumeEnum<Mutation>();
  Operation *op = pick(ops, data);
  switch (mutation) {
  case Mutation::ReplaceOperand: {
    if (op->getNumOperands() == 0)
      return;
    OpOperand &operand =
        op->getOpOperand(data.ConsumeIntegralInRange<unsigned>(
            0, op->getNumOperands() - 1));
    DominanceInfo dominance(module);
    SmallVector<Value> candidates = visibleValues(
        op, operand.get().getType(), operand.get(), dominance);
    if (!candidates.empty())
      operand.set(pick(candidates, data));
    return;
  }
  case Mutation::SwapOperands: {
    unsigned count = op->getNumOperands();
    if (count < 2)
      return;
    unsigned a = data.ConsumeIntegralInRange<unsigned>(0, count - 1);
    unsigned b = data.ConsumeIntegralInRange<unsigned>(0, count - 1);
    Value first = op->getOperand(a), second = op->getOperand(b);
    if (first.getType() != second.getType())
      return;
    op->setOperand(a, second);
    op->setOperand(b, first);
    return;
  }
  case Mutation::SetConstant: {
    if (!op->hasTrait<OpTrait::ConstantLike>() || op->getNumResults() != 1)
      return;
    if (TypedAttr value = edgeValue(op->getResult(0).getType(), data))
      op->setAttr("value", value);
    return;
  }
  case Mutation::SetIntegerAttribute: {
    SmallVector<NamedAttribute> integers;
    for (NamedAttribute attribute : op->getAttrs())
      if (isa<IntegerAttr>(attribute.getValue()))
        integers.push_back(attribute);
    if (integers.empty())
      return;
    NamedAttribute chosen = pick(integers, data);
    Type type = cast<IntegerAttr>(chosen.getValue()).getType();
    if (TypedAttr value = edgeValue(type, data))
      op->setAttr(chosen.getName(), value);
    return;
  }
  case Mutation::EraseUnusedOp:
    if (isMovable(op) && op->use_empty())
      op->erase();
    return;
  case Mutation::DuplicateOp:
    if (isMovable(op)) {
      OpBuilder builder(op);
      builder.clone(*op);
    }
    return;
  }
}

} // namespace

void mutateIR(ModuleOp module, FuzzedDataProvider &data) {
  for (unsigned i = 0; i < kMaxMutations && data.remaining_bytes() > 0; ++i)
    applyOne(module, data);
}

} // namespace mlir::warp::fuzz
