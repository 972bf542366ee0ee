//===- SourceEntries.h - what a launch means in emitted source --*- C++ -*-===//

#ifndef WARP_LIB_CONVERSION_WARPTOEMITC_SOURCEENTRIES_H
#define WARP_LIB_CONVERSION_WARPTOEMITC_SOURCEENTRIES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace mlir::warp {

/// What the entry points of one kernel need to know about it.
struct SourceKernel {
  /// `k`: the entry is `k_cpu` (C++) or `k` (CUDA); the body is `k_body`.
  std::string name;
  /// Launch dimensions, passed to the body before the arguments.
  unsigned rank;
  /// The kernel's argument types (warp types) and C++ names.
  SmallVector<Type> argumentTypes;
  SmallVector<std::string> argumentNames;
};

/// The attribute on a body function lowered with `target=none` that holds
/// its kernel's SourceKernel until addSourceEntries.
inline constexpr llvm::StringLiteral kSourceEntryAttr = "warp.source_entry";

/// `kernel` as a dictionary {name, rank, types, names}, and back (nullopt
/// when the dictionary is not one).
DictionaryAttr describeEntry(MLIRContext *context, const SourceKernel &kernel);
std::optional<SourceKernel> entryOf(DictionaryAttr described);

/// C++ definitions of the `!warp.struct` types `module` uses, each after
/// the structs its fields hold.
std::string defineStructs(ModuleOp module);

/// Warp's CPU style: the arguments as one struct (docs/abi.md), and
/// `extern "C" void k_cpu(const void *args)` calling the body for every
/// launch index in row-major order.
std::string defineCpuEntry(const SourceKernel &kernel);

/// `extern "C" __global__ void k(bounds, arguments...)`: the PTX target's
/// parameters, and a grid-stride loop over the launch's linear indices, each
/// unravelled row-major.
std::string defineCudaEntry(const SourceKernel &kernel);

} // namespace mlir::warp

#endif // WARP_LIB_CONVERSION_WARPTOEMITC_SOURCEENTRIES_H
