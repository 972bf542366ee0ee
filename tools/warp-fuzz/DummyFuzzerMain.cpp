//===- DummyFuzzerMain.cpp - Run a fuzz target on files, without libFuzzer ===//
//
// In a build without -DLLVM_USE_SANITIZE_COVERAGE=ON the fuzz targets link
// this main: `warp-fuzz-X FILE...` runs each file through the target once,
// as libFuzzer does with file arguments; the lit tests replay test/fuzz/
// this way.
//
//===----------------------------------------------------------------------===//

#include "llvm/FuzzMutate/FuzzerCLI.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  return llvm::runFuzzerOnInputs(argc, argv, LLVMFuzzerTestOneInput);
}
