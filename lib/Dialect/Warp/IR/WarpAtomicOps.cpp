//===- WarpAtomicOps.cpp - atomic read-modify-write on arrays -------------===//

#include "warp/Dialect/Warp/IR/WarpOps.h"

using namespace mlir;
using namespace mlir::warp;

/// The element types Warp 1.19 accepts for each kind of atomic
/// (builtins.py, create_atomic_op_value_func).
static bool isAtomicElementType(AtomicKind kind, Type element) {
  auto intType = dyn_cast<IntegerType>(element);
  bool isWideInt = intType && !intType.isSignless() &&
                   (intType.getWidth() == 32 || intType.getWidth() == 64);
  bool isWideFloat = element.isF32() || element.isF64();
  switch (kind) {
  case AtomicKind::add:
  case AtomicKind::sub:
    return isWideInt || isWideFloat || element.isF16();
  case AtomicKind::min:
  case AtomicKind::max:
  case AtomicKind::exch:
    return isWideInt || isWideFloat;
  case AtomicKind::and_:
  case AtomicKind::or_:
  case AtomicKind::xor_:
    return isWideInt;
  }
  llvm_unreachable("unknown atomic kind");
}

static StringRef describeAtomicTypes(AtomicKind kind) {
  switch (kind) {
  case AtomicKind::add:
  case AtomicKind::sub:
    return "si32, ui32, si64, ui64, f16, f32 or f64";
  case AtomicKind::min:
  case AtomicKind::max:
  case AtomicKind::exch:
    return "si32, ui32, si64, ui64, f32 or f64";
  case AtomicKind::and_:
  case AtomicKind::or_:
  case AtomicKind::xor_:
    return "si32, ui32, si64, ui64";
  }
  llvm_unreachable("unknown atomic kind");
}

/// Vectors and matrices are updated component by component, so the rules
/// apply to their element type; quaternions, transforms and structs have no
/// atomics in Warp.
static LogicalResult verifyAtomic(Operation *op, StringRef builtin,
                                  AtomicKind kind, ArrayType array,
                                  size_t numIndices) {
  if (failed(verifyElementIndexCount(op, array, numIndices)))
    return failure();
  Type dtype = array.getDtype();
  Type element = isa<VecType, MatType>(dtype) ? getWarpElementType(dtype)
                                              : dtype;
  if (!isWarpNumeric(element) || !isAtomicElementType(kind, element))
    return op->emitOpError()
           << builtin << " needs elements of type "
           << describeAtomicTypes(kind) << " (or vectors and matrices of them), got "
           << dtype;
  return success();
}

LogicalResult AtomicOp::verify() {
  std::string builtin = ("wp.atomic_" + stringifyAtomicKind(getKind())).str();
  return verifyAtomic(*this, builtin, getKind(), getArray().getType(),
                      getIndices().size());
}

LogicalResult AtomicCasOp::verify() {
  // Compare-and-swap accepts the types exchange does.
  return verifyAtomic(*this, "wp.atomic_cas", AtomicKind::exch,
                      getArray().getType(), getIndices().size());
}
