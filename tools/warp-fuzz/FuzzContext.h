//===- FuzzContext.h - The MLIR context fuzz targets share ------*- C++ -*-===//
//
// A fuzz target runs thousands of inputs a second through one process. They
// share one MLIRContext (creating one per input would cost more than most
// inputs), renewed now and then, since every attribute and type an input
// spells stays uniqued in the context for its lifetime.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_FUZZ_FUZZCONTEXT_H
#define WARP_FUZZ_FUZZCONTEXT_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/Twine.h"

#include <memory>

namespace mlir::warp::fuzz {

class FuzzContext {
public:
  /// How many inputs use one context before it is replaced.
  static constexpr unsigned kInputsPerContext = 2000;

  /// The context for the next input: every dialect warp's pipelines use,
  /// one thread, and error diagnostics counted instead of printed (set
  /// WARP_FUZZ_VERBOSE=1 to print them when reproducing an input).
  mlir::MLIRContext &next();

  /// Errors reported since the last call to `next`.
  unsigned errors() const { return errorCount; }

  /// True when the context was replaced by the last `next`: whatever a
  /// target cached against the old one (pass managers) must be rebuilt.
  bool renewed() const { return inputs == 1; }

private:
  std::unique_ptr<mlir::MLIRContext> context;
  std::unique_ptr<mlir::ScopedDiagnosticHandler> handler;
  unsigned inputs = 0;
  unsigned errorCount = 0;
  bool verbose = false;
};

/// A property every input must keep was broken: prints `what` and the IR
/// (if any) and aborts, which the fuzzer records as a crash with the input.
[[noreturn]] void reportBug(const llvm::Twine &what,
                            mlir::Operation *ir = nullptr);

} // namespace mlir::warp::fuzz

#endif // WARP_FUZZ_FUZZCONTEXT_H
