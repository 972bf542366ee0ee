//===- KernelEntry.h - the gpu.func that runs a kernel body -----*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
#define WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "warp/Conversion/WarpToLLVM/WarpToLLVM.h"

namespace mlir::warp {

/// The launch indices a thread of `kernel`'s entry runs: for a small
/// straight-line body (the memory-bound kind) 4 in one dimension and
/// `rowsForSmallBodies` rows in more, else 1.
int64_t rowsPerThread(const LoweredKernel &kernel, int64_t rowsForSmallBodies);

/// The arrays an entry is compiled for.
enum class EntryArrays {
  /// Any strides, one copy of the body.
  Any,
  /// Any strides, with a copy of the body for C-contiguous arrays that a
  /// test of the strides chooses.
  AnyTestingContiguous,
  /// C-contiguous arrays only (those with a known element size).
  Contiguous,
};

/// Builds, at `builder`'s insertion point, `gpu.func @name(bounds, args...)
/// kernel`: each thread runs one unit of work, `rows` launch indices (one
/// when `rows` is 1), unravelled from its thread index, calling the body
/// with them and the arguments (docs/abi.md, "GPU launch"), for the arrays
/// `arrays` says.
gpu::GPUFuncOp buildKernelEntry(OpBuilder &builder, const LoweredKernel &kernel,
                                StringRef name,
                                LLVM::LLVMStructType boundsType,
                                EntryArrays arrays, int64_t rows);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOGPU_KERNELENTRY_H
