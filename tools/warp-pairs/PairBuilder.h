//===- PairBuilder.h - one generated kernel and its targets ----*- C++ -*-===//
//
// A PairBuilder turns kernel index i of a run (seed S) into one dataset
// record: the kernel the generator builds from (S, i) alone, its Python
// source, its warp IR and each selected target's text, with metadata and a
// content hash (docs/pairs.md). Each worker thread owns one builder and its
// MLIRContext; nothing is shared between builders.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_PAIRS_PAIRBUILDER_H
#define WARP_PAIRS_PAIRBUILDER_H

#include "warp/Generator/Generator.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Support/Timing.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace warp::pairs {

/// The text targets a record can hold, in the order they are written.
enum class Target { Python, Mlir, Cpp, Cuda, Ptx, Llvm };
inline constexpr unsigned kTargetCount = 6;

/// The record field of `target` ("python", "warp_mlir", ...).
llvm::StringRef fieldName(Target target);
/// The --targets spelling of `target` ("python", "mlir", ...).
llvm::StringRef optionName(Target target);

struct PairOptions {
  /// Generator options; count, first and threads are set per kernel.
  mlir::warp::gen::GeneratorOptions generator;
  /// Which targets each record holds.
  bool targets[kTargetCount] = {true, true, true, true, true, true};
  /// PTX target options.
  std::string chip = "sm_90";
  std::string ptxFeatures = "+ptx80";
  /// Verify the IR after every pass of the lowerings (slower; the generator
  /// always verifies the kernels it builds).
  bool verifyEachPass = false;
  /// With --timing: the scope each stage's timer (and each lowering's pass
  /// timers) nests in, shared by every worker; null otherwise.
  mlir::TimingScope *timing = nullptr;
};

/// One record, serialized, or why kernel `index` has none.
struct Pair {
  uint64_t index = 0;
  /// The JSON object on one line, without the newline.
  std::string line;
  /// Hash of the normalized content (the warp IR with the kernel's own name
  /// replaced), for dedupe.
  uint64_t contentHash = 0;
  /// Bytes of each target's text (0 when not selected).
  uint64_t targetBytes[kTargetCount] = {};
  /// Non-empty when the kernel failed to build or lower.
  std::string error;
};

class PairBuilder {
public:
  PairBuilder(const mlir::DialectRegistry &registry,
              const PairOptions &options);
  ~PairBuilder();

  /// Builds the record of kernel `index`.
  Pair build(uint64_t index);

private:
  /// Recreates the context every so many kernels: uniqued attributes and
  /// types (kernel names, constants) would otherwise accumulate for the
  /// whole run.
  void renewContextIfDue();

  /// The text of `target` for `module`, lowering a copy of it (or, when
  /// `consume`, the module itself).
  mlir::LogicalResult emitTarget(Target target, mlir::ModuleOp module,
                                 std::string &text, bool consume);

  /// A running timer for `stage` under --timing, else an inert scope.
  mlir::TimingScope timeStage(llvm::StringRef stage) const;

  const mlir::DialectRegistry &registry;
  const PairOptions &options;
  std::unique_ptr<mlir::MLIRContext> context;
  /// One lowering pipeline per target, built once per context: building
  /// and initializing a pipeline (its pattern sets) costs as much as
  /// running it on one small kernel.
  struct Lowerings;
  std::unique_ptr<Lowerings> lowerings;
  /// The current kernel's C++/CUDA bodies, lowered once for both sources.
  mlir::OwningOpRef<mlir::ModuleOp> sourceBodies;
  unsigned builtInContext = 0;
};

/// The generator options of a run as `--gen-random-kernels` spells them
/// ("size=60 loop-depth=2 strategies=..."), recorded in each record so that
/// it can be regenerated and a resumed run checked.
std::string generatorOptionsText(const PairOptions &options);

/// Every registered dialect, extension and translation the targets need.
const mlir::DialectRegistry &pairsDialectRegistry();

} // namespace warp::pairs

#endif // WARP_PAIRS_PAIRBUILDER_H
