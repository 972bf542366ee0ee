//===- Generator.h - random warp kernels, usable from C++ -------*- C++ -*-===//
//
// generateKernels() is the library entry point behind
// `warp-opt --gen-random-kernels`: it parses the options, builds kernel i
// from the seed kernelSeed(seed, i) alone (in parallel, each kernel in its
// own module) and moves the kernels into the output module in index order,
// so the output is byte-identical whatever the thread count.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_GENERATOR_H
#define WARP_GENERATOR_GENERATOR_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::warp::gen {

/// Recorded in every kernel's provenance; bump it whenever the same options
/// may produce different kernels.
inline constexpr llvm::StringLiteral kGeneratorVersion = "0.3";

struct GeneratorOptions {
  unsigned count = 10;
  uint64_t seed = 1;
  /// "name" or "name:weight"; empty: every strategy at its default weight.
  std::vector<std::string> strategies;
  /// Target op count per kernel (met within +-25%).
  unsigned size = 60;
  unsigned loopDepth = 2;
  /// "name" / "+name" forces a feature on, "-name" off; the rest are drawn
  /// per kernel.
  std::vector<std::string> features;
  /// Scalar element types (f16 f32 f64 si8 .. si64 ui8 .. ui64); empty: all.
  std::vector<std::string> dtypes;
  /// 0: every hardware thread.
  unsigned threads = 0;
  /// Index of the first kernel (to regenerate a slice of a campaign).
  uint64_t first = 0;
};

/// Appends `options.count` kernels (and their helper functions) to `module`.
/// Option errors and generator bugs (a kernel that fails to verify) are
/// reported through `emitError` and make it fail.
LogicalResult
generateKernels(ModuleOp module, const GeneratorOptions &options,
                llvm::function_ref<void(const llvm::Twine &)> emitError);

/// `name weight description` lines, one per strategy.
void printStrategies(llvm::raw_ostream &os);
/// `name description` lines, one per feature.
void printFeatures(llvm::raw_ostream &os);

} // namespace mlir::warp::gen

namespace mlir::warp {
/// Registers --gen-random-kernels (declared here rather than through the
/// tablegen'd header so that tools including InitAllWarp.h do not depend on
/// the generator's generated files).
void registerGeneratorPasses();
} // namespace mlir::warp

#endif // WARP_GENERATOR_GENERATOR_H
