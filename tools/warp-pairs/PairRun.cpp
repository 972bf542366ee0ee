//===- PairRun.cpp - build records in parallel, write them in order -------===//

#include "PairRun.h"

#include "Progress.h"

#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

using namespace llvm;

namespace warp::pairs {

/// Records built ahead of the writer, per thread: enough to keep every
/// worker busy while one slow kernel (PTX) holds the writer back.
static constexpr uint64_t kAheadPerThread = 8;

uint64_t shardSize(uint64_t count, unsigned shard, unsigned shards) {
  return count > shard ? (count - shard + shards - 1) / shards : 0;
}

namespace {

/// The positions (k-th id of the shard) handed to workers and the records
/// they return, until the writer takes them in order.
class ReorderBuffer {
public:
  ReorderBuffer(uint64_t first, uint64_t end, uint64_t window)
      : next(first), end(end), written(first), window(window) {}

  /// The next position to build, or none when all are claimed or the run
  /// stops. Waits while the writer is `window` positions behind.
  std::optional<uint64_t> claim() {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] {
      return stopped || next >= end || next < written + window;
    });
    if (stopped || next >= end)
      return std::nullopt;
    return next++;
  }

  void put(uint64_t position, Pair pair) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      ready.emplace(position, std::move(pair));
    }
    changed.notify_all();
  }

  /// The record at `position`, once built.
  Pair take(uint64_t position) {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return ready.count(position); });
    auto it = ready.find(position);
    Pair pair = std::move(it->second);
    ready.erase(it);
    written = position + 1;
    lock.unlock();
    changed.notify_all();
    return pair;
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopped = true;
    }
    changed.notify_all();
  }

private:
  std::mutex mutex;
  std::condition_variable changed;
  uint64_t next, end, written, window;
  bool stopped = false;
  std::map<uint64_t, Pair> ready;
};

} // namespace

Expected<RunSummary> runPairs(const PairOptions &options, const RunPlan &plan,
                              PairSink &sink, ExistingRecords &existing,
                              const std::atomic<bool> &interrupt) {
  RunSummary summary;
  summary.planned = shardSize(plan.count, plan.shard, plan.shards);
  summary.previous = existing.count;
  uint64_t first = 0;
  // The output holds only ids of this shard (checked when it was opened).
  if (existing.lastId)
    first = (*existing.lastId - plan.shard) / plan.shards + 1;
  uint64_t end = std::max(first, summary.planned);
  auto idAt = [&](uint64_t position) {
    return plan.shard + position * plan.shards;
  };

  auto start = std::chrono::steady_clock::now();
  Progress progress(end - first, plan.progress);
  ReorderBuffer buffer(first, end, kAheadPerThread * plan.threads);
  const mlir::DialectRegistry &registry = pairsDialectRegistry();
  DefaultThreadPool pool(hardware_concurrency(plan.threads));
  for (unsigned t = 0; t < plan.threads; ++t)
    pool.async([&] {
      PairBuilder builder(registry, options);
      while (std::optional<uint64_t> position = buffer.claim())
        buffer.put(*position, builder.build(idAt(*position)));
    });

  Error writeError = Error::success();
  for (uint64_t position = first; position < end; ++position) {
    if (interrupt) {
      summary.interrupted = true;
      break;
    }
    Pair pair = buffer.take(position);
    if (!pair.error.empty()) {
      progress.finish();
      WithColor::error(errs(), "warp-pairs")
          << "kernel " << pair.index << " (seed " << options.generator.seed
          << "): " << pair.error << "\n";
      ++summary.failed;
    } else if (plan.dedupe && !existing.hashes.insert(pair.contentHash).second) {
      ++summary.duplicates;
    } else {
      if ((writeError = sink.write(pair.index, pair.line)))
        break;
      ++summary.written;
      for (unsigned t = 0; t < kTargetCount; ++t)
        summary.targetBytes[t] += pair.targetBytes[t];
    }
    progress.update(position + 1 - first,
                    summary.duplicates + summary.failed);
  }
  buffer.stop();
  pool.wait();
  progress.finish();
  summary.seconds = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - start)
                        .count();
  if (writeError)
    return std::move(writeError);
  return summary;
}

} // namespace warp::pairs
