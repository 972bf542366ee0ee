//===- PairSink.cpp - where records go: JSONL or one file each ------------===//

#include "PairSink.h"

#include "PairStats.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <numeric>
#include <unistd.h>

using namespace llvm;
using json = nlohmann::ordered_json;

namespace warp::pairs {

PairSink::~PairSink() = default;

static Error errorAt(const Twine &path, const Twine &reason) {
  return createStringError(inconvertibleErrorCode(),
                           (path + ": " + reason).str());
}

/// Writes all of `data` to `fd`, retrying short writes.
static bool writeAll(int fd, StringRef data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    data = data.drop_front(n);
  }
  return true;
}

bool isCutRecord(StringRef line) {
  // Every record starts with its id (PairBuilder writes it first).
  StringRef start = "{\"id\":";
  return !line.empty() && (line.starts_with(start) || start.starts_with(line));
}

/// Adds one record of a previous run to `existing`; `where` names it in
/// errors.
static Error addExisting(StringRef text, const Twine &where,
                         ExistingRecords &existing) {
  json record = json::parse(text.begin(), text.end(), nullptr,
                            /*allow_exceptions=*/false);
  if (record.is_discarded() || !record.is_object())
    return errorAt(where, "is not a JSON object; cannot resume from it");
  // What --stats refuses is not resumed either.
  if (std::string problem = recordProblem(record); !problem.empty())
    return errorAt(where, "is not a warp-pairs record (" + problem + ")");
  auto metadata = record.find("metadata");
  uint64_t hashValue = 0; // hexadecimal, as recordProblem checked
  (void)StringRef(record["content_hash"].get_ref<const std::string &>())
      .getAsInteger(16, hashValue);
  uint64_t idValue = record["id"].get<uint64_t>();
  // Ids are below -n, itself below 2^64: the next id would wrap to 0.
  if (idValue == std::numeric_limits<uint64_t>::max())
    return errorAt(where, "has id " + Twine(idValue) + ", which no run writes");
  if (existing.lastId && idValue <= *existing.lastId)
    return errorAt(where, "has id " + Twine(idValue) +
                              ", not above the previous record's " +
                              Twine(*existing.lastId));
  if (!existing.count) {
    existing.seed = record["seed"].get<uint64_t>();
    for (const char *field :
         {"python", "warp_mlir", "cpp", "cuda", "ptx", "llvm"})
      if (record.contains(field))
        existing.fields.push_back(field);
    auto text = [&](const char *key) {
      auto it = metadata->find(key);
      return it != metadata->end() && it->is_string() ? it->get<std::string>()
                                                      : std::string();
    };
    existing.generatorOptions = text("generator_options");
    existing.ptxChip = text("ptx_chip");
    existing.firstId = idValue;
  }
  existing.idStrideGcd =
      std::gcd(existing.idStrideGcd, idValue - *existing.firstId);
  existing.lastId = idValue;
  existing.hashes.insert(hashValue);
  ++existing.count;
  return Error::success();
}

Expected<std::vector<std::pair<uint64_t, std::string>>>
listRecordFiles(StringRef dir) {
  std::vector<std::pair<uint64_t, std::string>> files;
  std::error_code ec;
  for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = sys::path::filename(it->path());
    uint64_t id;
    if (name.consume_back(".json") && !name.getAsInteger(10, id))
      files.emplace_back(id, it->path());
  }
  if (ec)
    return errorAt(dir, "cannot list: " + ec.message());
  llvm::sort(files);
  return files;
}

std::string readRecordFile(StringRef path) {
  std::ifstream in(path.str(), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

namespace {

/// One JSON object per line, appended.
class JsonlSink final : public PairSink {
public:
  JsonlSink(std::string path, int fd)
      : path(std::move(path)), fd(fd), end(::lseek(fd, 0, SEEK_END)) {}
  ~JsonlSink() override {
    if (fd >= 0)
      ::close(fd);
  }

  Error write(uint64_t, StringRef line) override {
    buffer.assign(line.begin(), line.end());
    buffer += '\n';
    // One write per line: a reader never sees half of a line that was
    // written whole, and an interrupted run stops between lines.
    if (!writeAll(fd, buffer)) {
      int error = errno;
      // A full disk can take part of the line: cut it off, so the file
      // ends with its last whole line and --resume continues from there.
      if (end >= 0 && ::ftruncate(fd, end) == 0)
        return errorAt(path, Twine("cannot write: ") + std::strerror(error) +
                                 " (the records before this one are whole: "
                                 "run again with --resume)");
      return errorAt(path, Twine("cannot write: ") + std::strerror(error));
    }
    if (end >= 0)
      end += off_t(buffer.size());
    return Error::success();
  }

  Error close() override {
    int result = ::close(fd);
    fd = -1;
    if (result != 0)
      return errorAt(path, Twine("cannot close: ") + std::strerror(errno));
    return Error::success();
  }

  /// Reads the records a previous run left in `path`, up to a last line it
  /// cut short.
  static Error readExisting(StringRef path, ExistingRecords &existing) {
    std::ifstream in(path.str(), std::ios::binary);
    if (!in)
      return errorAt(path, "cannot read it to resume");
    std::string line;
    uint64_t lineNumber = 0, completeBytes = 0;
    while (std::getline(in, line)) {
      ++lineNumber;
      if (in.eof()) {
        // No newline: the run was killed while writing this line, if it
        // is the start of a record.
        if (!isCutRecord(line))
          return errorAt(path + ":" + Twine(lineNumber),
                         "is not a JSON object; cannot resume from it");
        existing.droppedBytes = line.size();
        break;
      }
      if (Error error = addExisting(line, path + ":" + Twine(lineNumber),
                                    existing))
        return error;
      completeBytes += line.size() + 1;
    }
    existing.wholeLineBytes = completeBytes;
    return Error::success();
  }

  /// Drops the cut-short last line `readExisting` found.
  static Error dropCutLine(StringRef path, const ExistingRecords &existing) {
    if (existing.droppedBytes &&
        ::truncate(path.str().c_str(), off_t(existing.wholeLineBytes)) != 0)
      return errorAt(path, Twine("cannot drop its cut-short last line: ") +
                               std::strerror(errno));
    return Error::success();
  }

private:
  std::string path;
  int fd;
  /// The size of the file after its last whole line; -1 when it cannot be
  /// known (not a regular file).
  off_t end;
  std::string buffer;
};

/// One `<id>.json` file per record in a directory, each written beside as
/// `.<id>.json.tmp` and renamed into place.
class JsonDirSink final : public PairSink {
public:
  explicit JsonDirSink(std::string dir) : dir(std::move(dir)) {}

  Error write(uint64_t id, StringRef line) override {
    SmallString<256> final(dir), temporary(dir);
    sys::path::append(final, Twine(id) + ".json");
    sys::path::append(temporary, "." + Twine(id) + ".json.tmp");
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
      return errorAt(temporary, Twine("cannot create: ") +
                                    std::strerror(errno));
    std::string text = line.str() + "\n";
    bool ok = writeAll(fd, text);
    ok &= ::close(fd) == 0;
    if (!ok || std::rename(temporary.c_str(), final.c_str()) != 0) {
      int error = errno;
      ::unlink(temporary.c_str()); // no half-written record left behind
      return errorAt(final, Twine("cannot write: ") + std::strerror(error));
    }
    return Error::success();
  }

  Error close() override { return Error::success(); }

  /// Removes the temporaries a killed run left.
  static void removeTemporaries(StringRef dir) {
    std::error_code ec;
    for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec)) {
      StringRef name = sys::path::filename(it->path());
      if (name.starts_with(".") && name.ends_with(".json.tmp"))
        sys::fs::remove(it->path());
    }
  }

  /// The records of `dir`.
  static Error readExisting(StringRef dir, ExistingRecords &existing) {
    auto files = listRecordFiles(dir);
    if (!files)
      return files.takeError();
    for (auto &[id, file] : *files)
      if (Error error = addExisting(readRecordFile(file), file, existing))
        return error;
    return Error::success();
  }

private:
  std::string dir;
};

} // namespace

Expected<std::unique_ptr<PairSink>>
PairSink::open(StringRef path, Format format, bool resume, bool replace,
               ExistingRecords &existing,
               function_ref<Error(const ExistingRecords &)> accept) {
  bool exists = sys::fs::exists(path);
  if (format == Format::JsonDir) {
    if (exists && !sys::fs::is_directory(path))
      return errorAt(path, "exists and is not a directory (--format json-dir "
                           "writes one file per record into a directory)");
    if (exists && resume) {
      if (Error error = JsonDirSink::readExisting(path, existing))
        return std::move(error);
      if (Error error = accept(existing))
        return std::move(error);
      JsonDirSink::removeTemporaries(path);
    } else if (exists) {
      std::error_code ec;
      sys::fs::directory_iterator it(path, ec);
      bool empty = !ec && it == sys::fs::directory_iterator();
      if (!empty && !replace)
        return errorAt(path, "is not empty; --resume continues the run that "
                             "wrote it, --force replaces its records");
      if (!empty && (ec = sys::fs::remove_directories(path)))
        return errorAt(path, "cannot remove: " + ec.message());
    }
    if (std::error_code ec = sys::fs::create_directories(path))
      return errorAt(path, "cannot create the directory: " + ec.message());
    return std::unique_ptr<PairSink>(new JsonDirSink(path.str()));
  }

  if (exists && sys::fs::is_directory(path))
    return errorAt(path, "is a directory (--format jsonl writes one file; "
                         "--format json-dir writes a directory)");
  uint64_t size = 0;
  if (exists)
    sys::fs::file_size(path, size);
  if (exists && size && resume) {
    if (Error error = JsonlSink::readExisting(path, existing))
      return std::move(error);
    if (Error error = accept(existing))
      return std::move(error);
    if (Error error = JsonlSink::dropCutLine(path, existing))
      return std::move(error);
  } else if (exists && size && !replace) {
    return errorAt(path, "exists; --resume continues the run that wrote it, "
                         "--force replaces it");
  }
  StringRef parent = sys::path::parent_path(path);
  if (!parent.empty())
    if (std::error_code ec = sys::fs::create_directories(parent))
      return errorAt(parent, "cannot create the directory: " + ec.message());
  int flags = O_WRONLY | O_CREAT | O_APPEND | (resume ? 0 : O_TRUNC);
  int fd = ::open(path.str().c_str(), flags, 0644);
  if (fd < 0)
    return errorAt(path, Twine("cannot open for writing: ") +
                             std::strerror(errno));
  return std::unique_ptr<PairSink>(new JsonlSink(path.str(), fd));
}

} // namespace warp::pairs
