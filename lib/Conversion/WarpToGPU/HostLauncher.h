//===- HostLauncher.h - host functions that launch kernels ------*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOGPU_HOSTLAUNCHER_H
#define WARP_LIB_CONVERSION_WARPTOGPU_HOSTLAUNCHER_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"

namespace mlir::warp {

/// The suffix of a kernel's host launcher: kernel `k` is launched by
/// `k_launch(const void *args, i64 grid, i64 block)`.
inline constexpr llvm::StringLiteral kHostLauncherSuffix = "_launch";

/// Builds, at `builder`'s insertion point (host code), `func.func
/// @<kernel>_launch(%args: !llvm.ptr, %grid: i64, %block: i64)`: it loads
/// the launch bounds and the kernel's arguments from the C struct `args`
/// points to (docs/abi.md, as the CPU entry takes them) and launches `entry`
/// with `gpu.launch_func` on `grid` blocks of `block` threads (`block`
/// clamped to [1, 1024]); with `grid` 0, or one too small for the threads
/// the kernel needs when each runs `rows` launch indices, on as many blocks
/// as it needs (docs/abi.md, "GPU launch").
void buildHostLauncher(OpBuilder &builder, gpu::GPUFuncOp entry, int64_t rows);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOGPU_HOSTLAUNCHER_H
