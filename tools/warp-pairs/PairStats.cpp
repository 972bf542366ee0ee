//===- PairStats.cpp - statistics of a pairs file -------------------------===//

#include "PairStats.h"

#include "PairSink.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <vector>

using namespace llvm;
using json = nlohmann::ordered_json;

namespace warp::pairs {

static const char *const kTextFields[] = {"python", "warp_mlir", "cpp",
                                          "cuda",   "ptx",       "llvm"};

namespace {

/// Lines of one target's text over the records that hold it.
struct TargetSizes {
  std::vector<uint64_t> lines;
  uint64_t bytes = 0;
};

struct Totals {
  uint64_t records = 0;
  std::map<std::string, uint64_t> strategies, ops, features, launchRank,
      versions;
  TargetSizes targets[std::size(kTextFields)];
  DenseMap<uint64_t, uint64_t> hashes;
  std::vector<uint64_t> opsPerKernel;
  std::optional<uint64_t> seed;
};

} // namespace

static Error statsError(const Twine &where, const Twine &reason) {
  return createStringError(inconvertibleErrorCode(),
                           (where + ": " + reason).str());
}

namespace {
/// A field --stats or --resume reads, with its type in
/// docs/pairs.schema.json.
struct Field {
  const char *name;
  bool (json::*is)() const noexcept;
  const char *type;
  bool required;
};
} // namespace

static const Field kRecordFields[] = {
    {"id", &json::is_number_unsigned, "an unsigned integer", true},
    {"kernel_name", &json::is_string, "a string", true},
    {"strategy", &json::is_string, "a string", true},
    {"seed", &json::is_number_unsigned, "an unsigned integer", true},
    {"content_hash", &json::is_string, "a string", true},
    {"metadata", &json::is_object, "an object", true},
    {"python", &json::is_string, "a string", false},
    {"warp_mlir", &json::is_string, "a string", false},
    {"cpp", &json::is_string, "a string", false},
    {"cuda", &json::is_string, "a string", false},
    {"ptx", &json::is_string, "a string", false},
    {"llvm", &json::is_string, "a string", false}};
static const Field kMetadataFields[] = {
    {"op_counts", &json::is_object, "an object", true},
    {"op_count", &json::is_number_unsigned, "an unsigned integer", true},
    {"features", &json::is_array, "an array", true},
    {"launch_dims", &json::is_array, "an array", true},
    {"generator_version", &json::is_string, "a string", true},
    {"generator_options", &json::is_string, "a string", true}};

std::string recordProblem(const json &record) {
  auto check = [](const json &object, ArrayRef<Field> fields,
                  StringRef prefix) -> std::string {
    for (const Field &field : fields) {
      auto it = object.find(field.name);
      if (it == object.end() ? field.required : !((*it).*field.is)())
        return ("'" + prefix + field.name + "' is " +
                (it == object.end() ? "missing" : "not " + Twine(field.type)))
            .str();
    }
    return "";
  };
  std::string problem = check(record, kRecordFields, "");
  if (problem.empty())
    problem = check(record["metadata"], kMetadataFields, "metadata.");
  if (!problem.empty())
    return problem;
  uint64_t hash;
  if (StringRef(record["content_hash"].get_ref<const std::string &>())
          .getAsInteger(16, hash))
    return "'content_hash' is not hexadecimal";
  for (auto &[name, count] : record["metadata"]["op_counts"].items())
    if (!count.is_number_unsigned())
      return "'metadata.op_counts." + name + "' is not an unsigned integer";
  for (const json &feature : record["metadata"]["features"])
    if (!feature.is_string())
      return "'metadata.features' holds a value that is not a string";
  return "";
}

/// Adds one record to `totals`.
static Error addRecord(StringRef text, const Twine &where, Totals &totals) {
  json record = json::parse(text.begin(), text.end(), nullptr,
                            /*allow_exceptions=*/false);
  if (record.is_discarded() || !record.is_object())
    return statsError(where, "is not a JSON object");
  if (std::string problem = recordProblem(record); !problem.empty())
    return statsError(where, "is not a warp-pairs record (" + problem + ")");
  auto stringField = [&](const char *name) -> std::string {
    auto it = record.find(name);
    return it != record.end() && it->is_string() ? it->get<std::string>()
                                                  : std::string();
  };
  ++totals.records;
  std::string strategy = stringField("strategy");
  ++totals.strategies[strategy.empty() ? "(none)" : strategy];
  if (auto seed = record.find("seed");
      !totals.seed && seed != record.end() && seed->is_number_unsigned())
    totals.seed = seed->get<uint64_t>();
  for (size_t t = 0; t < std::size(kTextFields); ++t) {
    auto it = record.find(kTextFields[t]);
    if (it == record.end() || !it->is_string())
      continue;
    const std::string &body = it->get_ref<const std::string &>();
    uint64_t lines = llvm::count(body, '\n') +
                     (!body.empty() && body.back() != '\n');
    totals.targets[t].lines.push_back(lines);
    totals.targets[t].bytes += body.size();
  }
  uint64_t hash = 0;
  if (!StringRef(stringField("content_hash")).getAsInteger(16, hash))
    ++totals.hashes[hash];

  auto metadata = record.find("metadata");
  if (metadata == record.end() || !metadata->is_object())
    return Error::success();
  if (auto counts = metadata->find("op_counts");
      counts != metadata->end() && counts->is_object())
    for (auto &[name, count] : counts->items())
      if (count.is_number_unsigned())
        totals.ops[name] += count.get<uint64_t>();
  if (auto total = metadata->find("op_count");
      total != metadata->end() && total->is_number_unsigned())
    totals.opsPerKernel.push_back(total->get<uint64_t>());
  if (auto features = metadata->find("features");
      features != metadata->end() && features->is_array())
    for (auto &feature : *features)
      if (feature.is_string())
        ++totals.features[feature.get<std::string>()];
  if (auto dims = metadata->find("launch_dims");
      dims != metadata->end() && dims->is_array())
    ++totals.launchRank[std::to_string(dims->size()) + "-d"];
  if (auto version = metadata->find("generator_version");
      version != metadata->end() && version->is_string())
    ++totals.versions[version->get<std::string>()];
  return Error::success();
}

/// Reads every record of a JSONL file; a cut-short last line (a killed run)
/// is skipped with a note, any other bad line is an error.
static Error readJsonl(StringRef path, Totals &totals, raw_ostream &notes) {
  std::ifstream in(path.str(), std::ios::binary);
  if (!in)
    return statsError(path, "cannot read");
  std::string line;
  uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (in.eof()) {
      if (!isCutRecord(line))
        return statsError(path + ":" + Twine(number), "is not a JSON object");
      notes << "note: " << path << ":" << number
            << ": last line is cut short (a killed run); skipped\n";
      break;
    }
    if (Error error = addRecord(line, path + ":" + Twine(number), totals))
      return error;
  }
  return Error::success();
}

static Error readJsonDir(StringRef dir, Totals &totals) {
  auto files = listRecordFiles(dir);
  if (!files)
    return files.takeError();
  for (auto &[id, file] : *files)
    if (Error error = addRecord(readRecordFile(file), file, totals))
      return error;
  return Error::success();
}

static uint64_t percentile(std::vector<uint64_t> sorted, double fraction) {
  if (sorted.empty())
    return 0;
  llvm::sort(sorted);
  return sorted[std::min<size_t>(sorted.size() - 1,
                                 size_t(fraction * (sorted.size() - 1) + 0.5))];
}

static double mean(const std::vector<uint64_t> &values) {
  if (values.empty())
    return 0;
  double sum = 0;
  for (uint64_t v : values)
    sum += v;
  return sum / values.size();
}

/// Counts of `values` in `bins` equal-width bins from 0 to the maximum.
static json histogram(const std::vector<uint64_t> &values, unsigned bins) {
  uint64_t top = values.empty() ? 0 : *llvm::max_element(values);
  uint64_t width = std::max<uint64_t>(1, (top + bins) / bins);
  std::vector<uint64_t> counts(bins, 0);
  for (uint64_t v : values)
    ++counts[std::min<uint64_t>(bins - 1, v / width)];
  return json{{"bin_width", width}, {"counts", counts}};
}

/// `counts` sorted by count, largest first.
static std::vector<std::pair<std::string, uint64_t>>
byCount(const std::map<std::string, uint64_t> &counts) {
  std::vector<std::pair<std::string, uint64_t>> sorted(counts.begin(),
                                                       counts.end());
  llvm::sort(sorted, [](auto &a, auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return sorted;
}

static json toJson(const Totals &totals) {
  json out;
  out["records"] = totals.records;
  if (totals.seed)
    out["seed"] = *totals.seed;
  out["generator_versions"] = totals.versions;
  json strategies = json::object();
  for (auto &[name, count] : byCount(totals.strategies))
    strategies[name] = count;
  out["strategies"] = strategies;
  json targets = json::object();
  for (size_t t = 0; t < std::size(kTextFields); ++t) {
    const TargetSizes &sizes = totals.targets[t];
    if (sizes.lines.empty())
      continue;
    targets[kTextFields[t]] = {
        {"records", sizes.lines.size()},
        {"mean_lines", mean(sizes.lines)},
        {"median_lines", percentile(sizes.lines, 0.5)},
        {"p95_lines", percentile(sizes.lines, 0.95)},
        {"max_lines", percentile(sizes.lines, 1.0)},
        {"mean_bytes", double(sizes.bytes) / sizes.lines.size()},
        {"total_bytes", sizes.bytes},
        {"lines_histogram", histogram(sizes.lines, 40)}};
  }
  out["targets"] = targets;
  uint64_t duplicates = 0;
  for (auto &entry : totals.hashes)
    duplicates += entry.second - 1;
  out["duplicates"] = duplicates;
  out["duplicate_rate"] =
      totals.records ? double(duplicates) / totals.records : 0.0;
  out["ops_per_kernel"] = {{"mean", mean(totals.opsPerKernel)},
                           {"median", percentile(totals.opsPerKernel, 0.5)},
                           {"max", percentile(totals.opsPerKernel, 1.0)},
                           {"histogram", histogram(totals.opsPerKernel, 40)}};
  json ops = json::object();
  for (auto &[name, count] : byCount(totals.ops))
    ops[name] = count;
  out["op_histogram"] = ops;
  json features = json::object();
  for (auto &[name, count] : byCount(totals.features))
    features[name] = count;
  out["features"] = features;
  out["launch_rank"] = totals.launchRank;
  return out;
}

static void printText(const json &stats, StringRef path, raw_ostream &os) {
  uint64_t records = stats["records"].get<uint64_t>();
  auto percent = [&](uint64_t count) {
    return format("%5.1f%%", records ? 100.0 * count / records : 0.0);
  };
  os << path << ": " << records << " pairs";
  if (stats.contains("seed"))
    os << " (seed " << stats["seed"].get<uint64_t>() << ")";
  os << "\n\nstrategy distribution:\n";
  for (auto &[name, count] : stats["strategies"].items())
    os << format("  %-22s %8llu  ", name.c_str(),
                 (unsigned long long)count.get<uint64_t>())
       << percent(count.get<uint64_t>()) << "\n";
  os << "\nsize per target:       mean lines  median  p95    mean bytes  "
        "total MB\n";
  for (auto &[name, target] : stats["targets"].items())
    os << format("  %-20s %10.1f  %6llu  %5llu  %10.0f  %8.2f\n",
                 name.c_str(), target["mean_lines"].get<double>(),
                 (unsigned long long)target["median_lines"].get<uint64_t>(),
                 (unsigned long long)target["p95_lines"].get<uint64_t>(),
                 target["mean_bytes"].get<double>(),
                 target["total_bytes"].get<uint64_t>() / 1e6);
  os << format("\nduplicates (same content hash): %llu (%.2f%%)\n",
               (unsigned long long)stats["duplicates"].get<uint64_t>(),
               100 * stats["duplicate_rate"].get<double>());
  const json &perKernel = stats["ops_per_kernel"];
  os << format("ops per kernel: mean %.1f, median %llu, max %llu\n",
               perKernel["mean"].get<double>(),
               (unsigned long long)perKernel["median"].get<uint64_t>(),
               (unsigned long long)perKernel["max"].get<uint64_t>());
  os << "launch rank:";
  for (auto &[rank, count] : stats["launch_rank"].items())
    os << "  " << rank << " " << percent(count.get<uint64_t>());
  os << "\nfeatures (share of kernels):\n";
  for (auto &[name, count] : stats["features"].items())
    os << format("  %-22s ", name.c_str()) << percent(count.get<uint64_t>())
       << "\n";
  uint64_t allOps = 0;
  for (auto &[name, count] : stats["op_histogram"].items())
    allOps += count.get<uint64_t>();
  os << "op histogram (" << allOps << " ops, "
     << stats["op_histogram"].size() << " kinds; top 25):\n";
  unsigned shown = 0;
  for (auto &[name, count] : stats["op_histogram"].items()) {
    if (shown++ == 25)
      break;
    os << format("  %-22s %10llu  %5.1f%%\n", name.c_str(),
                 (unsigned long long)count.get<uint64_t>(),
                 allOps ? 100.0 * count.get<uint64_t>() / allOps : 0.0);
  }
}

Error printPairStats(StringRef path, StringRef jsonPath, raw_ostream &os) {
  Totals totals;
  if (!sys::fs::exists(path))
    return statsError(path, "no such file or directory");
  // A device (/dev/zero) can be endless, with no line to end.
  sys::fs::file_status status;
  if (!sys::fs::status(path, status) &&
      (status.type() == sys::fs::file_type::character_file ||
       status.type() == sys::fs::file_type::block_file))
    return statsError(path, "is a device, not a pairs file");
  Error read = sys::fs::is_directory(path) ? readJsonDir(path, totals)
                                           : readJsonl(path, totals, errs());
  if (read)
    return read;
  if (!totals.records)
    return statsError(path, "holds no pairs");
  json stats = toJson(totals);
  printText(stats, path, os);
  if (jsonPath.empty())
    return Error::success();
  std::error_code ec;
  raw_fd_ostream out(jsonPath, ec);
  if (ec)
    return statsError(jsonPath, "cannot write: " + ec.message());
  out << stats.dump(2) << "\n";
  out.close();
  if (out.has_error()) {
    ec = out.error();
    out.clear_error(); // reported here, not as a fatal error on destruction
    return statsError(jsonPath, "cannot write: " + ec.message());
  }
  return Error::success();
}

} // namespace warp::pairs
