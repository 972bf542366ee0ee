//===- warp-launch.cpp - Launch one kernel of a PTX module ----------------===//
//
// Launches one kernel from a PTX file with its arguments given on the command
// line, in the kernel's parameter order (docs/abi.md): arrays are read from
// raw little-endian, C-contiguous files, uploaded, and written back after the
// launch to `<file>.out`; scalars, vectors, matrices and quaternions are
// passed by value. Argument counts and sizes are checked against the `.entry`
// declaration in the PTX text before the driver is opened, so a wrong
// argument list is reported on machines without a GPU too.
//
// For benchmarks, --repeat times the kernel with CUDA events and
// --measure-copy times a device-to-device copy, the bandwidth anchor.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/CudaDriver.h"
#include "warp-runtime/KernelABI.h"

#include "../ToolSupport.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <vector>

using namespace warp::runtime;

static const char *const kUsage =
    R"(warp-launch: launch one kernel of a PTX module with arguments from the command line

USAGE: warp-launch --ptx FILE --kernel NAME --dim D0[,D1[,D2[,D3]]] [options] ARGS...
       warp-launch --measure-copy BYTES [--repeat N] [--device N]

ARGS, one per kernel argument and in the kernel's parameter order:
  --array DTYPE:NDIM:SHAPE:FILE   an array of NDIM dimensions; SHAPE is the
                                  extents, comma-separated (e.g. 8,8); FILE
                                  holds the elements raw, little-endian and
                                  C-contiguous. After the launch the array is
                                  written back to FILE.out.
  --array DTYPE:NDIM:SHAPE:zero   an array filled with zero bytes on the
                                  device, with no file read or written (for
                                  benchmarks; a file named zero is ./zero)
  --scalar DTYPE:VALUE[,VALUE...] a value of DTYPE, one VALUE per element
                                  (e.g. vec3f:1,2,3.5)

DTYPE is a scalar: i1 (bool), si8, si16, si32, si64, ui8, ui16, ui32, ui64,
f16, f32, f64; or a vector, matrix or quaternion of them: vec2f..vec4f,
vec3d, vec3h, vec3i (si32), mat22f..mat44f, mat33d, quatf, quatd,
transformf, transformd; or SCALARxN for any N elements (e.g. f32x3).
Floats accept anything strtod reads (1.5, -2e3, 0x1.8p1, inf, nan).

OPTIONS:
  --block N     threads per block (default 256)
  --grid N      blocks (default: as many as the kernel needs, which the
                module says: ceil(D0 / R) * D1 * ... threads, each running
                R launch indices, R = 1 unless the kernel declares more;
                a smaller grid is an error, a larger one is correct)
  --device N    CUDA device ordinal (default 0)
  --repeat N    after the launch (a warm-up), launch N more times, each timed
                with CUDA events, and print the best and median time:
                  timing: KERNEL repeat=N best_ms=T median_ms=T [bytes=B gbps=G]
                Arrays written back hold the result of all N+1 launches.
  --bytes B     the bytes the kernel moves per launch; with --repeat, also
                print the effective bandwidth B / best time (GB/s, 10^9 B/s)
  --measure-copy BYTES
                no kernel: time cuMemcpyDtoD of BYTES between two device
                buffers (one warm-up, then --repeat N copies, default 20) and
                print its bandwidth counted as 2*BYTES (read and write):
                  timing: memcpy_dtod repeat=N best_ms=T median_ms=T bytes=2*BYTES gbps=G
  --help        show this help
)";

namespace {
/// The element type of an argument: `count` scalars of `scalarBytes` each.
struct DType {
  std::string name;
  std::string scalar; // "i1", "si32", "f32", ...
  unsigned scalarBytes = 0;
  unsigned count = 1;
  size_t bytes() const { return size_t(scalarBytes) * count; }
};

/// One kernel argument, held as the bytes of its ABI layout.
struct Argument {
  std::string spec; // the command-line text, for messages
  bool isArray = false;
  DType dtype;
  std::vector<int32_t> shape; // arrays only
  std::string file;           // arrays only
  bool zero = false;          // arrays only: zero-filled on the device
  size_t arrayBytes = 0;      // arrays only
  std::vector<uint8_t> host;  // array elements, or the scalar's bytes
};

struct Options {
  std::string ptxFile, kernel;
  std::vector<int32_t> dims;
  unsigned block = 256;
  long long grid = 0; // 0: one thread per launch index
  int device = 0;
  long long repeat = 0;      // 0: launch once, untimed
  long long bytes = 0;       // bytes moved per launch, for GB/s
  long long measureCopy = 0; // bytes of the D2D copy to time; 0: off
  std::vector<Argument> args;
  bool help = false;
};
} // namespace

static int fail(const std::string &message) {
  std::cerr << "warp-launch: error: " << message << "\n";
  return 1;
}

static std::vector<std::string> split(const std::string &text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t end = text.find(sep, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string::npos)
      return parts;
    start = end + 1;
  }
}

static unsigned scalarBytes(const std::string &scalar) {
  static const std::pair<const char *, unsigned> kScalars[] = {
      {"i1", 1},   {"si8", 1}, {"si16", 2}, {"si32", 4},
      {"si64", 8}, {"ui8", 1}, {"ui16", 2}, {"ui32", 4},
      {"ui64", 8}, {"f16", 2}, {"f32", 4},  {"f64", 8}};
  for (auto [name, bytes] : kScalars)
    if (scalar == name)
      return bytes;
  return 0;
}

static Result<DType> parseDType(const std::string &text) {
  DType dtype;
  dtype.name = text;
  std::string scalar = text == "bool" ? "i1" : text;
  unsigned count = 1;
  // Warp's names: a shape prefix and a one-letter scalar suffix.
  static const std::pair<const char *, unsigned> kShapes[] = {
      {"vec2", 2},  {"vec3", 3},   {"vec4", 4}, {"mat22", 4},
      {"mat33", 9}, {"mat44", 16}, {"quat", 4}, {"transform", 7}};
  for (auto [prefix, elements] : kShapes) {
    std::string rest = text.substr(0, std::strlen(prefix)) == prefix
                           ? text.substr(std::strlen(prefix))
                           : "-";
    if (rest == "f" || rest == "d" || rest == "h" || rest == "i") {
      scalar = rest == "f"   ? "f32"
               : rest == "d" ? "f64"
               : rest == "h" ? "f16"
                             : "si32";
      count = elements;
    }
  }
  if (size_t x = text.rfind('x');
      count == 1 && x != std::string::npos && scalarBytes(text.substr(0, x))) {
    long long n = 0;
    if (!parseInt(text.substr(x + 1), n) || n < 1 || n > 1024)
      return Status::failure("bad element count in dtype '" + text + "'");
    scalar = text.substr(0, x);
    count = unsigned(n);
  }
  dtype.scalar = scalar;
  dtype.scalarBytes = scalarBytes(scalar);
  dtype.count = count;
  if (!dtype.scalarBytes)
    return Status::failure("unknown dtype '" + text +
                           "' (see warp-launch --help)");
  return dtype;
}

/// IEEE binary16 bits of `value`, rounded to nearest even.
static uint16_t toHalf(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  uint16_t sign = uint16_t((bits >> 16) & 0x8000);
  uint32_t absBits = bits & 0x7fffffff;
  if (absBits >= 0x7f800000) // inf or NaN
    return sign | 0x7c00 | (absBits > 0x7f800000 ? 0x200 : 0);
  if (absBits >= 0x477ff000) // rounds to >= 65520: overflow
    return sign | 0x7c00;
  int exponent = int(absBits >> 23) - 127;
  uint32_t mantissa = (absBits & 0x7fffff) | 0x800000;
  // Normal halves keep 10 mantissa bits; subnormals fewer.
  int shift = exponent >= -14 ? 13 : 13 + (-14 - exponent);
  if (shift > 24)
    return sign;
  uint32_t kept = mantissa >> shift;
  uint32_t rest = mantissa & ((1u << shift) - 1), half = 1u << (shift - 1);
  if (rest > half || (rest == half && (kept & 1)))
    ++kept;
  if (exponent >= -14)
    return sign | uint16_t(((exponent + 14) << 10) + kept); // carries into exp
  return sign | uint16_t(kept);
}

/// Appends the bytes of one scalar of `dtype` read from `text`.
static Status appendValue(const DType &dtype, const std::string &text,
                          std::vector<uint8_t> &out) {
  auto bad = [&](const std::string &why) {
    return Status::failure("bad " + dtype.scalar + " value '" + text + "'" +
                           (why.empty() ? "" : ": " + why));
  };
  uint8_t bytes[8] = {};
  const std::string &s = dtype.scalar;
  if (s[0] == 'f') {
    if (text.empty())
      return bad("");
    char *end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (*end)
      return bad("");
    if (s == "f64") {
      std::memcpy(bytes, &value, 8);
    } else if (s == "f32") {
      float f = float(value);
      std::memcpy(bytes, &f, 4);
    } else {
      uint16_t h = toHalf(float(value));
      std::memcpy(bytes, &h, 2);
    }
  } else {
    long long value = 0;
    bool isUnsigned = s[0] == 'u';
    unsigned long long uvalue = 0;
    if (s == "i1") {
      if (text == "true" || text == "1")
        value = 1;
      else if (text != "false" && text != "0")
        return bad("a bool is 0, 1, true or false");
    } else if (isUnsigned) {
      char *end = nullptr;
      errno = 0;
      if (text.empty() || text[0] == '-')
        return bad("negative or empty");
      uvalue = std::strtoull(text.c_str(), &end, 0);
      if (*end || errno)
        return bad("");
      unsigned bits = dtype.scalarBytes * 8;
      if (bits < 64 && uvalue >> bits)
        return bad("out of range");
      value = (long long)uvalue;
    } else {
      if (!parseInt(text, value))
        return bad("");
      unsigned bits = dtype.scalarBytes * 8;
      if (bits < 64 &&
          (value < -(1ll << (bits - 1)) || value >= (1ll << (bits - 1))))
        return bad("out of range");
    }
    // The host is little-endian, as the ABI is.
    std::memcpy(bytes, &value, dtype.scalarBytes);
  }
  out.insert(out.end(), bytes, bytes + dtype.scalarBytes);
  return Status::success();
}

static Result<Argument> parseScalar(const std::string &spec) {
  size_t colon = spec.find(':');
  if (colon == std::string::npos)
    return Status::failure("--scalar needs DTYPE:VALUE, not '" + spec + "'");
  Argument arg;
  arg.spec = "--scalar " + spec;
  Result<DType> dtype = parseDType(spec.substr(0, colon));
  if (!dtype)
    return dtype.error();
  arg.dtype = *dtype;
  std::vector<std::string> values = split(spec.substr(colon + 1), ',');
  if (values.size() != dtype->count)
    return Status::failure(arg.spec + ": " + dtype->name + " needs " +
                           std::to_string(dtype->count) + " values, not " +
                           std::to_string(values.size()));
  for (const std::string &value : values)
    if (Status status = appendValue(*dtype, value, arg.host); status.failed())
      return Status::failure(arg.spec + ": " + status.message());
  return arg;
}

static Result<Argument> parseArray(const std::string &spec) {
  Argument arg;
  arg.spec = "--array " + spec;
  arg.isArray = true;
  // The file name is everything after the third colon.
  std::vector<std::string> parts;
  size_t start = 0;
  for (int i = 0; i < 3; ++i) {
    size_t colon = spec.find(':', start);
    if (colon == std::string::npos)
      return Status::failure("--array needs DTYPE:NDIM:SHAPE:FILE, not '" +
                             spec + "'");
    parts.push_back(spec.substr(start, colon - start));
    start = colon + 1;
  }
  arg.file = spec.substr(start);
  Result<DType> dtype = parseDType(parts[0]);
  if (!dtype)
    return Status::failure(arg.spec + ": " + dtype.message());
  arg.dtype = *dtype;
  long long ndim = 0;
  if (!parseInt(parts[1], ndim) || ndim < 1 || ndim > 4)
    return Status::failure(arg.spec + ": NDIM is 1 to 4, not '" + parts[1] +
                           "'");
  std::vector<std::string> extents = split(parts[2], ',');
  if ((long long)extents.size() != ndim)
    return Status::failure(arg.spec + ": SHAPE '" + parts[2] + "' has " +
                           std::to_string(extents.size()) +
                           " extents, NDIM is " + std::to_string(ndim));
  size_t elements = 1;
  bool overflow = false, empty = false;
  for (const std::string &extent : extents) {
    long long n = 0;
    if (!parseInt(extent, n) || n < 0 ||
        n > std::numeric_limits<int32_t>::max())
      return Status::failure(arg.spec + ": bad extent '" + extent + "'");
    arg.shape.push_back(int32_t(n));
    empty |= n == 0;
    overflow |= n && elements > std::numeric_limits<size_t>::max() / size_t(n);
    elements *= size_t(n);
  }
  // Extents of up to 2^31 - 1 each can multiply past 64 bits of bytes.
  if (!empty && (overflow || elements > std::numeric_limits<size_t>::max() /
                                            dtype->bytes()))
    return Status::failure(arg.spec + ": SHAPE " + parts[2] + " of " +
                           dtype->name + " is over 2^64 bytes");
  if (arg.file.empty())
    return Status::failure(arg.spec + ": no FILE");
  arg.arrayBytes = elements * dtype->bytes();
  // Benchmark arrays of hundreds of MiB need no file on disk.
  if (arg.file == "zero") {
    arg.zero = true;
    return arg;
  }
  size_t expected = elements * dtype->bytes();
  Result<std::string> data = readFile(arg.file, expected);
  if (!data)
    return Status::failure(arg.spec + ": " + data.message());
  if (data->size() != expected)
    return Status::failure(arg.spec + ": " + arg.file + " has " +
                           (data->size() > expected
                                ? "more than " + std::to_string(expected)
                                : std::to_string(data->size())) +
                           " bytes; shape " + parts[2] + " of " + dtype->name +
                           " needs " + std::to_string(expected));
  arg.host.assign(data->begin(), data->end());
  return arg;
}

static Result<Options> parseOptions(int argc, char **argv) {
  Options options;
  Result<std::vector<NamedArgument>> arguments = splitArguments(
      argc, argv,
      {"--ptx", "--kernel", "--dim", "--block", "--grid", "--device", "--array",
       "--scalar", "--repeat", "--bytes", "--measure-copy"},
      "warp-launch", options.help);
  if (!arguments)
    return arguments.error();
  for (const auto &[name, value] : *arguments) {
    long long n = 0;
    if (name == "--ptx") {
      options.ptxFile = value;
    } else if (name == "--kernel") {
      options.kernel = value;
    } else if (name == "--dim") {
      options.dims.clear();
      for (const std::string &extent : split(value, ',')) {
        if (!parseInt(extent, n) || n < 0 ||
            n > std::numeric_limits<int32_t>::max())
          return Status::failure("--dim needs 1 to 4 extents, not '" + value +
                                 "'");
        options.dims.push_back(int32_t(n));
      }
    } else if (name == "--block") {
      if (!parseInt(value, n) || n < 1 || n > 1024)
        return Status::failure("--block is 1 to 1024, not '" + value + "'");
      options.block = unsigned(n);
    } else if (name == "--grid") {
      if (!parseInt(value, n) || n < 1 ||
          n > std::numeric_limits<int32_t>::max())
        return Status::failure("--grid is 1 to 2^31-1, not '" + value + "'");
      options.grid = n;
    } else if (name == "--device") {
      if (!parseInt(value, n) || n < 0 || n > 1 << 20)
        return Status::failure("--device needs a device ordinal, not '" +
                               value + "'");
      options.device = int(n);
    } else if (name == "--repeat") {
      if (!parseInt(value, n) || n < 1 || n > 1000000)
        return Status::failure("--repeat is 1 to 10^6, not '" + value + "'");
      options.repeat = n;
    } else if (name == "--bytes" || name == "--measure-copy") {
      if (!parseInt(value, n) || n < 1)
        return Status::failure(name + " needs a positive byte count, not '" +
                               value + "'");
      (name == "--bytes" ? options.bytes : options.measureCopy) = n;
    } else {
      Result<Argument> parsed =
          name == "--array" ? parseArray(value) : parseScalar(value);
      if (!parsed)
        return parsed.error();
      options.args.push_back(std::move(*parsed));
    }
  }
  if (options.help)
    return options;
  if (options.measureCopy) {
    if (!options.ptxFile.empty() || !options.kernel.empty() ||
        !options.args.empty())
      return Status::failure("--measure-copy takes no kernel or arguments");
    return options;
  }
  if (options.ptxFile.empty() || options.kernel.empty() || options.dims.empty())
    return Status::failure("--ptx, --kernel and --dim are required (see "
                           "warp-launch --help)");
  if (options.dims.size() > 4)
    return Status::failure("--dim has 1 to 4 extents");
  return options;
}

/// The byte sizes of the `.param`s of `.entry kernel` in `ptx`.
static Result<std::vector<size_t>> entryParams(const std::string &ptx,
                                               const std::string &kernel) {
  std::string header = ".entry " + kernel + "(";
  size_t at = ptx.find(header);
  if (at == std::string::npos)
    return Status::failure("the PTX has no kernel '" + kernel + "'");
  size_t end = ptx.find(')', at);
  std::vector<size_t> sizes;
  std::istringstream params(
      ptx.substr(at + header.size(), end - at - header.size()));
  std::string line;
  while (std::getline(params, line, ',')) {
    std::istringstream words(line);
    std::string word, type;
    size_t bytes = 0;
    while (words >> word) {
      if (word == ".param" || word == ".align") {
        if (word == ".align")
          words >> word; // the alignment
        continue;
      }
      if (type.empty()) {
        type = word;
        continue;
      }
      // `.b8 name[N]` is an aggregate of N bytes; else the type's width.
      if (size_t bracket = word.find('['); bracket != std::string::npos)
        bytes = std::strtoull(word.c_str() + bracket + 1, nullptr, 10);
      else
        bytes = std::strtoull(type.c_str() + 2, nullptr, 10) / 8;
    }
    if (!type.empty())
      sizes.push_back(bytes);
  }
  return sizes;
}

/// The ABI bytes of an array argument: the descriptor of docs/abi.md.

/// Runs `enqueue` once as a warm-up, then `repeat` times, each timed with
/// CUDA events; prints the best and median time and, given `bytes`, the
/// bandwidth at the best time.
template <typename Enqueue>
static Status timeRepeats(const CudaDriver &driver, const std::string &label,
                          long long repeat, long long bytes,
                          Enqueue &&enqueue) {
  if (Status status = enqueue(); status.failed())
    return status;
  if (Status status = driver.synchronize(); status.failed())
    return status;
  Result<CudaTimer> timer = driver.createTimer();
  if (!timer)
    return timer.error();
  std::vector<float> times;
  for (long long i = 0; i < repeat; ++i) {
    if (Status status = timer->start(); status.failed())
      return status;
    if (Status status = enqueue(); status.failed())
      return status;
    Result<float> ms = timer->stop();
    if (!ms)
      return ms.error();
    times.push_back(*ms);
  }
  std::sort(times.begin(), times.end());
  // The lower median for an even count: a time that was measured.
  float best = times.front(), median = times[(times.size() - 1) / 2];
  char line[256];
  int n = std::snprintf(line, sizeof(line),
                        "timing: %s repeat=%lld best_ms=%.4f median_ms=%.4f",
                        label.c_str(), repeat, best, median);
  if (bytes && n > 0 && size_t(n) < sizeof(line))
    std::snprintf(line + n, sizeof(line) - n, " bytes=%lld gbps=%.1f", bytes,
                  double(bytes) / (double(best) * 1e-3) / 1e9);
  std::cout << line << "\n";
  return Status::success();
}

/// --measure-copy: the device-to-device copy bandwidth, the anchor that
/// memory-bound kernels are compared with.
static int measureCopy(const Options &options) {
  Result<std::unique_ptr<CudaDriver>> driver = CudaDriver::open(options.device);
  if (!driver)
    return fail(driver.message());
  size_t bytes = size_t(options.measureCopy);
  Result<DeviceBuffer> src = (*driver)->alloc(bytes);
  if (!src)
    return fail("--measure-copy: " + src.message());
  Result<DeviceBuffer> dst = (*driver)->alloc(bytes);
  if (!dst)
    return fail("--measure-copy: " + dst.message());
  if (Status status = (*driver)->memset(*src, 0); status.failed())
    return fail(status.message());
  long long repeat = options.repeat ? options.repeat : 20;
  // A copy reads and writes every byte.
  if (Status status = timeRepeats(
          **driver, "memcpy_dtod", repeat, 2 * options.measureCopy,
          [&] { return (*driver)->copyOnDevice(*dst, *src, bytes); });
      status.failed())
    return fail(status.message());
  std::cout << "memcpy_dtod: " << bytes << " bytes on "
            << (*driver)->deviceName() << ": ok\n";
  return 0;
}

static int runMain(int argc, char **argv) {
  Result<Options> options = parseOptions(argc, argv);
  if (!options)
    return fail(options.message());
  if (options->help) {
    std::cout << kUsage;
    return 0;
  }
  if (options->measureCopy)
    return measureCopy(*options);
  Result<std::string> ptx = readFile(options->ptxFile);
  if (!ptx)
    return fail(ptx.message());
  Result<std::vector<size_t>> params = entryParams(*ptx, options->kernel);
  if (!params)
    return fail(options->ptxFile + ": " + params.message());

  // Parameter 0 is the launch bounds; the arguments follow in order.
  size_t given = options->args.size();
  if (params->size() != given + 1)
    return fail("kernel '" + options->kernel + "' takes " +
                std::to_string(params->size() - 1) + " arguments, " +
                std::to_string(given) + " given");
  for (size_t i = 0; i < given; ++i) {
    const Argument &arg = options->args[i];
    size_t bytes = arg.isArray
                       ? contiguousArrayDescriptor(nullptr, arg.shape, 0).size()
                       : arg.host.size();
    if ((*params)[i + 1] != bytes)
      return fail("argument " + std::to_string(i) + " (" + arg.spec + ") is " +
                  std::to_string(bytes) + " bytes; parameter " +
                  std::to_string(i + 1) + " of '" + options->kernel + "' is " +
                  std::to_string((*params)[i + 1]) + " bytes");
  }
  Result<LaunchBounds> bounds = makeLaunchBounds(options->dims);
  if (!bounds)
    return fail(bounds.message());

  Result<std::unique_ptr<CudaDriver>> driver =
      CudaDriver::open(options->device);
  if (!driver)
    return fail(driver.message());
  Result<CudaModule> module = (*driver)->loadPTX(*ptx);
  if (!module)
    return fail("cannot load " + options->ptxFile + ": " + module.message());
  // Its arrays are C-contiguous device buffers of its own.
  Result<CUfunction> kernel =
      module->getFunctionForContiguousArrays(options->kernel);
  if (!kernel)
    return fail(kernel.message());

  std::vector<DeviceBuffer> buffers(given);
  LaunchParameters parameters;
  parameters.add(&*bounds, sizeof(LaunchBounds));
  for (size_t i = 0; i < given; ++i) {
    const Argument &arg = options->args[i];
    if (!arg.isArray) {
      parameters.add(arg.host.data(), arg.host.size());
      continue;
    }
    Result<DeviceBuffer> buffer = (*driver)->alloc(arg.arrayBytes);
    if (!buffer)
      return fail(arg.spec + ": " + buffer.message());
    buffers[i] = std::move(*buffer);
    if (Status status =
            arg.zero ? (*driver)->memset(buffers[i], 0)
                     : (*driver)->copyToDevice(buffers[i], arg.host.data(),
                                               arg.host.size());
        status.failed())
      return fail(arg.spec + ": " + status.message());
    std::vector<uint8_t> desc = contiguousArrayDescriptor(
        buffers[i].data(), arg.shape, int64_t(arg.dtype.bytes()));
    parameters.add(desc.data(), desc.size());
  }
  std::vector<void *> pointers = parameters.pointers();

  Result<int64_t> rows = module->rowsPerThread(options->kernel);
  if (!rows)
    return fail(rows.message());
  Result<int64_t> needed = gridSize(*bounds, *rows, options->block);
  if (!needed)
    return fail("kernel '" + options->kernel + "': " + needed.message());
  long long grid = options->grid ? options->grid : *needed;
  if (grid < *needed)
    return fail("kernel '" + options->kernel + "' needs at least " +
                std::to_string(*needed) + " blocks of " +
                std::to_string(options->block) + " threads for " +
                std::to_string(bounds->size) + " launch indices (" +
                std::to_string(*rows) +
                " launch indices per thread), not --grid " +
                std::to_string(grid));
  auto launch = [&] {
    return (*driver)->launch(*kernel, Dim3{unsigned(grid)},
                             Dim3{options->block}, pointers);
  };
  if (options->repeat) {
    if (Status status = timeRepeats(**driver, options->kernel, options->repeat,
                                    options->bytes, launch);
        status.failed())
      return fail("kernel '" + options->kernel +
                  "' failed: " + status.message());
  } else if (Status status = launch(); status.failed()) {
    return fail(status.message());
  }
  if (Status status = (*driver)->synchronize(); status.failed())
    return fail("kernel '" + options->kernel + "' failed: " + status.message());

  for (size_t i = 0; i < given; ++i) {
    Argument &arg = options->args[i];
    if (!arg.isArray || arg.zero)
      continue;
    if (Status status =
            (*driver)->copyToHost(arg.host.data(), buffers[i], arg.host.size());
        status.failed())
      return fail(arg.spec + ": " + status.message());
    std::string out = arg.file + ".out";
    std::ofstream file(out, std::ios::binary);
    file.write(reinterpret_cast<const char *>(arg.host.data()),
               std::streamsize(arg.host.size()));
    if (!file.flush())
      return fail("cannot write " + out + ": " + std::strerror(errno));
  }
  std::cout << options->kernel << ": " << bounds->size << " threads, grid "
            << grid << " x block " << options->block << " on "
            << (*driver)->deviceName() << ": ok\n";
  return 0;
}

int main(int argc, char **argv) {
  int status = runMain(argc, argv);
  // Output stdout could not take (a full disk) is an error.
  if (!std::cout.flush())
    return fail(std::string("cannot write to stdout: ") + std::strerror(errno));
  return status;
}
