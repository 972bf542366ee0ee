//===- warp-fuzz-ir.cpp - Fuzz parsing, verifying, canonicalizing ---------===//
//
// Input: MLIR text. Whatever parses and verifies must
//   - print (generic form) and parse back to IR that verifies,
//   - canonicalize to IR that verifies (the pass manager checks), and
//   - print and parse back again after canonicalization.
// Text that does not parse or verify must be refused with an error
// diagnostic, never silently. Built with libFuzzer under
// -DLLVM_USE_SANITIZE_COVERAGE=ON; otherwise it runs the files it is given
// (the regression corpus in test/fuzz/).
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace mlir;
using mlir::warp::fuzz::reportBug;

static mlir::warp::fuzz::FuzzContext fuzzContext;

/// `module` printed in the generic form, parsed again: must verify.
static void checkRoundTrip(ModuleOp module, MLIRContext &context,
                           llvm::StringRef stage) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, OpPrintingFlags().printGenericOpForm());
  OwningOpRef<ModuleOp> reparsed =
      parseSourceString<ModuleOp>(text, ParserConfig(&context));
  if (!reparsed)
    reportBug(stage + " IR printed in generic form does not parse back",
              module);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext &context = fuzzContext.next();
  // MLIR's lexer stops at a NUL after the buffer, as files read through
  // MemoryBuffer have; the fuzzer's bytes have none.
  std::string text(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(text, ParserConfig(&context));
  if (!module) {
    if (fuzzContext.errors() == 0)
      reportBug("input refused by the parser without an error");
    return 0;
  }
  if (failed(verify(*module))) {
    if (fuzzContext.errors() == 0)
      reportBug("input refused by the verifier without an error");
    return 0;
  }
  checkRoundTrip(*module, context, "verified");

  PassManager pm(&context);
  pm.addPass(createCanonicalizerPass());
  if (failed(pm.run(*module)))
    reportBug("canonicalize broke IR that verified", *module);
  checkRoundTrip(*module, context, "canonicalized");
  return 0;
}
