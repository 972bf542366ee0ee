//===- CpuJit.h - warp kernels as host code, run in process -----*- C++ -*-===//
//
// The CPU target compiles a module's kernels to one relocatable object file
// (warp-to-llvm, then LLVM -O3 for the host CPU) and links that object into
// the process with ORC. Compiling and loading are separate steps so that the
// object can be kept (a cache on disk) and loaded again without compiling.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_EXECUTION_CPUJIT_H
#define WARP_EXECUTION_CPUJIT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <utility>

namespace llvm::orc {
class LLJIT;
} // namespace llvm::orc

namespace mlir::warp {

/// A kernel's CPU entry point (docs/abi.md, "CPU entry"): `args` points to
/// the launch bounds and the kernel's arguments laid out as one C struct.
using CpuEntry = void (*)(const void *args);

struct CpuCompileOptions {
  /// Passes every array index to warp_check_index (see WarpToLLVM.h).
  bool checkBounds = false;
  /// LLVM's optimization level, 0 to 3.
  unsigned optLevel = 3;
};

/// Lowers `module` with the warp-to-llvm pipeline and compiles it for the
/// host CPU into the bytes of a relocatable object file. Failures are
/// reported through the context's diagnostics.
LogicalResult compileToCpuObject(ModuleOp module,
                                 const CpuCompileOptions &options,
                                 std::string &object);

/// The LLVM IR of `module`'s CPU entry points after warp-to-llvm, before
/// LLVM's optimizations (what `warp-translate --warp-to-llvmir` prints).
LogicalResult translateToCpuLLVMIR(ModuleOp module, std::string &llvmIR,
                                   bool checkBounds = false);

/// The LLVM IR of `module`, which the warp-to-llvm pipeline has already
/// lowered (for callers that run one PassManager over many modules).
LogicalResult printLoweredLLVMIR(ModuleOp module, std::string &llvmIR);

/// The host CPU's name and features, as the object code is compiled for it
/// (for instance a cache key).
std::string hostCpuDescription();

/// An object file from compileToCpuObject linked into this process. Lives as
/// long as its code may run.
class CpuJitModule {
public:
  /// Links `object`; external symbols resolve to `symbols` (name, address),
  /// then to the process's own (libm, ...).
  static llvm::Expected<std::unique_ptr<CpuJitModule>>
  load(StringRef object, ArrayRef<std::pair<StringRef, void *>> symbols = {});
  ~CpuJitModule();

  /// The CPU entry point of kernel `kernel` (`kernel_cpu`).
  llvm::Expected<CpuEntry> lookupEntry(StringRef kernel);

private:
  explicit CpuJitModule(std::unique_ptr<llvm::orc::LLJIT> jit);
  std::unique_ptr<llvm::orc::LLJIT> jit;
};

} // namespace mlir::warp

#endif // WARP_EXECUTION_CPUJIT_H
