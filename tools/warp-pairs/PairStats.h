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

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace warp::pairs {

/// Why `record` (one parsed line) is not a record as warp-pairs writes it:
/// a field --stats or --resume reads is missing or of another type than
/// docs/pairs.schema.json gives, as "'seed' is not an unsigned integer";
/// empty when it is one.
std::string recordProblem(const nlohmann::ordered_json &record);

/// Reads the JSONL file (or json-dir directory) at `path`, prints the
/// statistics to `os` and, when `jsonPath` is not empty, writes them there
/// as JSON.
llvm::Error printPairStats(llvm::StringRef path, llvm::StringRef jsonPath,
                           llvm::raw_ostream &os);

} // namespace warp::pairs

#endif // WARP_PAIRS_PAIRSTATS_H
