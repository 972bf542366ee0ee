//===- WarpToLLVM.h - warp value ops to the LLVM dialect --------*- C++ -*-===//
//
// Lowers warp ops in CFG form (after convert-warp-to-cf) to the LLVM, arith
// and math dialects, with the data layout of docs/abi.md. arith and math ops
// are left for the target's own lowering (arith-to-llvm and libm on the CPU,
// convert-gpu-to-nvvm and libdevice on the GPU).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_CONVERSION_WARPTOLLVM_WARPTOLLVM_H
#define WARP_CONVERSION_WARPTOLLVM_WARPTOLLVM_H

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace mlir::warp {
#define GEN_PASS_DECL_CONVERTWARPTOLLVM
#include "warp/Conversion/Passes.h.inc"

/// Warp types to LLVM types, as laid out by docs/abi.md: integers lose their
/// signedness (ops keep it), vectors and quaternions become `!llvm.array`,
/// matrices arrays of rows, transforms `!llvm.array<7 x T>`, structs
/// `!llvm.struct`, arrays their descriptor `{ptr, [N x i32], [N x i64]}`,
/// and variable slots `!llvm.ptr`.
class WarpToLLVMTypeConverter : public LLVMTypeConverter {
public:
  explicit WarpToLLVMTypeConverter(MLIRContext *context);
};

/// `{[4 x i32] shape, i32 ndim, i64 size}`: the launch bounds.
LLVM::LLVMStructType getLaunchBoundsType(MLIRContext *context);

/// Adds the conversions of WarpToLLVMTypeConverter to `converter` (for
/// `convert-to-llvm`, which brings its own converter).
void populateWarpToLLVMTypeConversions(LLVMTypeConverter &converter);

/// Registers the warp dialect's ConvertToLLVMPatternInterface, so that
/// upstream `convert-to-llvm` lowers warp ops in CFG form (after
/// `convert-warp-to-cf` and `mem2reg`).
void registerConvertWarpToLLVMInterface(DialectRegistry &registry);

/// The function bounds-checked array accesses call with each index (after a
/// negative one wraps), its extent and its dimension:
/// `void warp_check_index(int64_t index, int64_t extent, int32_t dim)`.
inline constexpr llvm::StringLiteral kCheckIndexFunction = "warp_check_index";

/// Array access, views, shapes, atomics and variable slots; with
/// `checkBounds`, every array index is passed to kCheckIndexFunction.
void populateWarpMemoryToLLVMPatterns(const LLVMTypeConverter &converter,
                                      RewritePatternSet &patterns,
                                      bool checkBounds = false);
/// Constants, zero values, operators, comparisons, bitwise ops and casts.
void populateWarpArithToLLVMPatterns(const LLVMTypeConverter &converter,
                                     RewritePatternSet &patterns);
/// Math builtins. `hostMath`: the code runs on the host CPU (convert-warp-
/// to-llvm{host-math}), where sinh, cosh and log10 become LLVM intrinsics
/// directly (MathToLLVM.cpp says why).
void populateWarpMathToLLVMPatterns(const LLVMTypeConverter &converter,
                                    RewritePatternSet &patterns,
                                    bool hostMath = false);
/// Vector, matrix, quaternion, transform and struct construction, access and
/// builtins.
void populateWarpCompositeToLLVMPatterns(const LLVMTypeConverter &converter,
                                         RewritePatternSet &patterns);

/// Every pattern above.
void populateWarpToLLVMPatterns(const LLVMTypeConverter &converter,
                                RewritePatternSet &patterns,
                                bool checkBounds = false,
                                bool hostMath = false);

/// A symbol a target derives from each kernel's name, and what it is for.
struct KernelSymbol {
  StringRef suffix;
  StringRef purpose;
};

/// Adds what every target runs first: convert-warp-to-cf, mem2reg and
/// convert-warp-to-llvm, leaving kernels and functions as llvm.func
/// (with `hostMath`, arith and math lowered for the host CPU as well).
void buildWarpBodyLowering(OpPassManager &pm, bool checkBounds = false,
                           bool hostMath = false);

/// The suffix of a lowered kernel body: kernel `k`'s body becomes `k_body`.
inline constexpr llvm::StringLiteral kBodySuffix = "_body";

/// A kernel after buildWarpBodyLowering and prepareKernelBodies.
struct LoweredKernel {
  /// `k_body`: internal and always inlined into the target's entry.
  LLVM::LLVMFuncOp body;
  /// The kernel's name, `k`, which the target's entry points derive from.
  std::string name;
  /// Launch dimensions: the body's leading i32 arguments.
  unsigned rank;
  /// Bytes per element of each array argument, 0 for the other arguments
  /// (and arrays of structs).
  SmallVector<int64_t> elementBytes;
};

/// Kernel arguments specialized for C-contiguous arrays.
struct ContiguousArguments {
  /// True when every array with a known element size is C-contiguous; null
  /// when the kernel has no such array.
  Value test;
  /// The arguments with each such array's strides recomputed from its
  /// extents and element size: the same values when `test` holds, but ones
  /// LLVM can see (constant for the last dimension), so that it can fold
  /// addresses and vectorize.
  SmallVector<Value> arguments;
};

/// Builds, at `builder`'s insertion point, the test and arguments of
/// ContiguousArguments for the kernel `arguments` (without the launch
/// indices) with `elementBytes` per argument (LoweredKernel::elementBytes).
ContiguousArguments
specializeForContiguousArrays(OpBuilder &builder, Location loc,
                              ArrayRef<Value> arguments,
                              ArrayRef<int64_t> elementBytes);

/// Checks that the names every target derives (`k_body`, then those of
/// `symbols`) are free, then renames each kernel `k` of the lowered `module`
/// to `k_body`, internal and always inlined, and returns them.
FailureOr<SmallVector<LoweredKernel>>
prepareKernelBodies(ModuleOp module, ArrayRef<KernelSymbol> symbols);

/// Fails, with an error at the kernel, when some kernel `k` of the lowered
/// `module` (a function marked `warp.kernel`) would need a symbol
/// `k<suffix>` that is already defined. Checks every kernel before any is
/// renamed, so that the outcome does not depend on their order.
LogicalResult checkKernelSymbolsAreFree(ModuleOp module,
                                        ArrayRef<KernelSymbol> symbols);

/// Gives `module` the host's target triple and data layout
/// (`llvm.target_triple`, `llvm.data_layout`) unless it has a layout: the
/// argument structs of docs/abi.md have the host C compiler's layout, which
/// LLVM's default layout does not match (it aligns i64 to 4 bytes). Fails,
/// with an error, when LLVM has no target for the host.
LogicalResult setHostDataLayout(ModuleOp module);

/// Loads the fields of the C struct of `types` that `args` points to: the
/// launch bounds and a kernel's arguments, as entry points taking
/// `const void *args` receive them (docs/abi.md).
SmallVector<Value> loadKernelArguments(OpBuilder &builder, Location loc,
                                       Value args, ArrayRef<Type> types);

/// Marks warp ops illegal and LLVM, arith and math legal.
void configureWarpToLLVMTarget(ConversionTarget &target);

} // namespace mlir::warp

#endif // WARP_CONVERSION_WARPTOLLVM_WARPTOLLVM_H
