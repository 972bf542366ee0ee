//===- Compile.h - warp IR to loadable code ---------------------*- C++ -*-===//
//-*-===//
//
// The two kinds of code a launch loads: host object code for the CPU, PTX
// for the CUDA driver. Both are plain bytes, so that Python can keep them in
// its cache on disk. Each compilation is counted.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_MLIR_PYTHON_COMPILE_H
#define WARP_MLIR_PYTHON_COMPILE_H

#include "Outcome.h"
#include "Translate.h"

#include <cstdint>
#include <string>

namespace warp::python {

class ParsedModule;

/// Every kernel of `parsed` compiled for the host CPU: an object file.
Outcome<std::string> compileCpuObject(ParsedModule &parsed, unsigned optLevel);

/// Every kernel of `parsed` compiled to PTX text.
Outcome<std::string> compilePTX(ParsedModule &parsed,
                                const TranslateOptions &options);

/// How many compilations (of either kind) this process has run.
uint64_t compilationCount();

} // namespace warp::python

#endif // WARP_MLIR_PYTHON_COMPILE_H
