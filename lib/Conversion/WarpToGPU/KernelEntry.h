//===- KernelEntry.h - the gpu.func that runs a kernel body -----*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
#define WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::warp {

/// Builds, at `builder`'s insertion point, `gpu.func @name(bounds, args...)
/// kernel`: a grid-stride loop over the launch's linear indices that
/// unravels each into the `rank` launch indices and calls `body` with them
/// and the arguments (docs/abi.md).
gpu::GPUFuncOp buildKernelEntry(OpBuilder &builder, LLVM::LLVMFuncOp body,
                      StringRef name, unsigned rank,
                      LLVM::LLVMStructType boundsType);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
