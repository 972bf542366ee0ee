//===- WarpVariableOps.cpp - local variables and mem2reg ------------------===//
//
// warp.var is a promotable allocation: upstream mem2reg replaces its reads
// with the reaching writes and deletes the slot, as it does for LLVM allocas.
//
//===----------------------------------------------------------------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::warp;

/// The slot prints under its Python name: `%acc = warp.var "acc"`.
void VarOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  if (std::optional<StringRef> name = getName())
    setNameFn(getRef(), *name);
}

//===----------------------------------------------------------------------===//
// VarOp: PromotableAllocationOpInterface
//===----------------------------------------------------------------------===//

SmallVector<MemorySlot> VarOp::getPromotableSlots() {
  return {MemorySlot{getRef(), getRef().getType().getElementType()}};
}

Value VarOp::getDefaultValue(const MemorySlot &slot, OpBuilder &builder) {
  return ZeroOp::create(builder, getLoc(), slot.elemType);
}

void VarOp::handleBlockArgument(const MemorySlot &, BlockArgument,
                                OpBuilder &) {}

std::optional<PromotableAllocationOpInterface>
VarOp::handlePromotionComplete(const MemorySlot &, Value defaultValue,
                               OpBuilder &) {
  if (defaultValue && defaultValue.use_empty())
    defaultValue.getDefiningOp()->erase();
  erase();
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// ReadOp / WriteOp: PromotableMemOpInterface
//===----------------------------------------------------------------------===//

bool ReadOp::loadsFrom(const MemorySlot &slot) { return getRef() == slot.ptr; }

bool ReadOp::storesTo(const MemorySlot &) { return false; }

Value ReadOp::getStored(const MemorySlot &, OpBuilder &, Value,
                        const DataLayout &) {
  llvm_unreachable("warp.read does not store");
}

bool ReadOp::canUsesBeRemoved(const MemorySlot &slot,
                              const SmallPtrSetImpl<OpOperand *> &blockingUses,
                              SmallVectorImpl<OpOperand *> &,
                              const DataLayout &) {
  return blockingUses.size() == 1 &&
         (*blockingUses.begin())->get() == slot.ptr;
}

DeletionKind ReadOp::removeBlockingUses(
    const MemorySlot &, const SmallPtrSetImpl<OpOperand *> &, OpBuilder &,
    Value reachingDefinition, const DataLayout &) {
  getResult().replaceAllUsesWith(reachingDefinition);
  return DeletionKind::Delete;
}

bool WriteOp::loadsFrom(const MemorySlot &) { return false; }

bool WriteOp::storesTo(const MemorySlot &slot) { return getRef() == slot.ptr; }

Value WriteOp::getStored(const MemorySlot &, OpBuilder &, Value,
                         const DataLayout &) {
  return getValue();
}

bool WriteOp::canUsesBeRemoved(const MemorySlot &slot,
                               const SmallPtrSetImpl<OpOperand *> &blockingUses,
                               SmallVectorImpl<OpOperand *> &,
                               const DataLayout &) {
  // The slot may be written, but not written into itself.
  return blockingUses.size() == 1 &&
         (*blockingUses.begin())->get() == slot.ptr &&
         getValue() != slot.ptr;
}

DeletionKind WriteOp::removeBlockingUses(const MemorySlot &,
                                         const SmallPtrSetImpl<OpOperand *> &,
                                         OpBuilder &, Value,
                                         const DataLayout &) {
  return DeletionKind::Delete;
}
