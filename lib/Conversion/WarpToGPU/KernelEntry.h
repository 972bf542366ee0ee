//===- KernelEntry.h - the gpu.func that runs a kernel body -----*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
#define WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

namespace mlir::warp {

/// Builds, at `builder`'s insertion point, `gpu.func @name(bounds, args...)
/// kernel`: a grid-stride loop over the launch's linear indices that
/// unravels each into the kernel's launch indices and calls its body with
/// them and the arguments (docs/abi.md). With `specializeContiguous`, a
/// kernel with arrays runs a copy of the loops specialized for C-contiguous
/// arrays when they are. With `rowsPerThread` > 1, a small straight-line
/// body of a launch of two or more dimensions runs that many consecutive
/// values of launch index 0 per pass (docs/abi.md, "GPU launch").
gpu::GPUFuncOp buildKernelEntry(OpBuilder &builder, const LoweredKernel &kernel,
                                LLVM::LLVMStructType boundsType,
                                bool specializeContiguous,
                                int64_t rowsPerThread);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
