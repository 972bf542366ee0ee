//===- PairSink.h - where records go: JSONL or one file each ----*- C++ -*-===//
//
// A sink receives records in index order and stores each whole: a JSONL line
// written with one write(2), or a JSON file written beside and renamed into
// place. Opening a sink to resume reads what a previous run left: the last
// record's id and every content hash (for dedupe), after dropping a last
// line that a killed run cut short.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_PAIRS_PAIRSINK_H
#define WARP_PAIRS_PAIRSINK_H

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warp::pairs {

enum class Format { Jsonl, JsonDir };

/// Whether `line`, the last line of a JSONL file with no newline after it,
/// is a record a killed run cut short: what it holds begins as every record
/// does. Anything else there (not a pairs file) is not dropped.
bool isCutRecord(llvm::StringRef line);

/// The `<id>.json` record files of a json-dir output, sorted by id.
llvm::Expected<std::vector<std::pair<uint64_t, std::string>>>
listRecordFiles(llvm::StringRef dir);

/// The whole contents of a record file.
std::string readRecordFile(llvm::StringRef path);

/// What a previous run left in the output.
struct ExistingRecords {
  /// Records found.
  uint64_t count = 0;
  /// The highest id found (records are written in id order).
  std::optional<uint64_t> lastId;
  /// Content hashes of every record found.
  llvm::DenseSet<uint64_t> hashes;
  /// The lowest id, and the greatest common divisor of every id's distance
  /// from it: the output holds only ids of shard K/N when the first id is K
  /// modulo N and N divides the divisor.
  std::optional<uint64_t> firstId;
  uint64_t idStrideGcd = 0;
  /// The seed, text fields, generator options and PTX chip of the first
  /// record, to check that the run being resumed is the same run.
  std::optional<uint64_t> seed;
  std::vector<std::string> fields;
  std::string generatorOptions, ptxChip;
  /// JSONL: the bytes of whole lines, and of a cut-short last line (a run
  /// killed while writing it) that resuming drops.
  uint64_t wholeLineBytes = 0, droppedBytes = 0;
};

class PairSink {
public:
  virtual ~PairSink();
  /// Stores one record (a JSON object on one line, no newline).
  virtual llvm::Error write(uint64_t id, llvm::StringRef line) = 0;
  /// Flushes and closes the output.
  virtual llvm::Error close() = 0;

  /// Opens `path` for writing. Without `resume` an existing non-empty
  /// output is an error unless `replace`; with `resume`, `existing` is
  /// filled from it, `accept` may refuse it (a different run), and only
  /// then is a cut-short last line dropped and new records appended.
  static llvm::Expected<std::unique_ptr<PairSink>>
  open(llvm::StringRef path, Format format, bool resume, bool replace,
       ExistingRecords &existing,
       llvm::function_ref<llvm::Error(const ExistingRecords &)> accept);
};

} // namespace warp::pairs

#endif // WARP_PAIRS_PAIRSINK_H
