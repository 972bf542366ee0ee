//===- PairRun.h - build records in parallel, write them in order -*- C++ -*-=//
//
// A run builds the records of one shard (indices shard, shard + shards, ...
// below count) on `threads` workers that share nothing but a reorder buffer,
// and writes them in index order, so the output does not depend on the
// thread count. The buffer holds at most a few records per thread: memory
// stays flat however long the run.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_PAIRS_PAIRRUN_H
#define WARP_PAIRS_PAIRRUN_H

#include "PairBuilder.h"
#include "PairSink.h"

#include "llvm/Support/Error.h"

#include <atomic>
#include <cstdint>

namespace warp::pairs {

struct RunPlan {
  /// Kernels of the whole (unsharded) run: ids 0 .. count-1.
  uint64_t count = 0;
  unsigned shard = 0, shards = 1;
  unsigned threads = 1;
  /// Drop a record whose content hash an earlier record of the output has.
  bool dedupe = true;
  /// Draw a progress bar on stderr.
  bool progress = false;
};

struct RunSummary {
  /// Records of this shard in all (including those a resumed run found).
  uint64_t planned = 0;
  uint64_t previous = 0;
  uint64_t written = 0, duplicates = 0, failed = 0;
  uint64_t targetBytes[kTargetCount] = {};
  double seconds = 0;
  bool interrupted = false;
};

/// The number of ids of shard `shard` of `shards` below `count`.
uint64_t shardSize(uint64_t count, unsigned shard, unsigned shards);

/// Builds and writes the records `existing` does not already hold. Records
/// that fail to build are reported on stderr and counted; an error writing
/// stops the run. Setting `interrupt` stops it after the record being
/// written.
llvm::Expected<RunSummary> runPairs(const PairOptions &options,
                                    const RunPlan &plan, PairSink &sink,
                                    ExistingRecords &existing,
                                    const std::atomic<bool> &interrupt);

} // namespace warp::pairs

#endif // WARP_PAIRS_PAIRRUN_H
