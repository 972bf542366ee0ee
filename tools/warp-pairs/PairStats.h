//===- PairStats.h - statistics of a pairs file -----------------*- C++ -*-===//
//
// `warp-pairs --stats FILE`: what the original pipeline reported (strategy
// distribution, average IR lines) and more: lines and bytes per target with
// their distribution, the op histogram, the duplicate rate, features and
// launch ranks. Printed as text, and as JSON for plotting
// (scripts/plot-pair-stats.py draws the PNG histograms in docs/).
//
//===----------------------------------------------------------------------===//

#ifndef WARP_PAIRS_PAIRSTATS_H
#define WARP_PAIRS_PAIRSTATS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace warp::pairs {

/// Reads the JSONL file (or json-dir directory) at `path`, prints the
/// statistics to `os` and, when `jsonPath` is not empty, writes them there
/// as JSON.
llvm::Error printPairStats(llvm::StringRef path, llvm::StringRef jsonPath,
                           llvm::raw_ostream &os);

} // namespace warp::pairs

#endif // WARP_PAIRS_PAIRSTATS_H
