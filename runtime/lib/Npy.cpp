//===- Npy.cpp - NumPy .npy files -----------------------------------------===//
//
// The format: the magic "\x93NUMPY", a version byte pair, the header length
// (2 bytes little-endian in 1.0, 4 bytes in 2.0 and 3.0), then a Python dict
// literal {'descr': ..., 'fortran_order': ..., 'shape': (...), } padded so
// that the data starts at a multiple of 64 bytes.
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/Npy.h"

#include <cctype>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

using namespace warp::runtime;

static const char kMagic[] = "\x93NUMPY";
static constexpr size_t kMagicSize = 6;

size_t NpyArray::itemSize() const {
  return descr.size() > 2 ? std::strtoul(descr.c_str() + 2, nullptr, 10) : 0;
}

int64_t NpyArray::count() const {
  int64_t n = 1;
  for (int64_t extent : shape)
    n *= extent;
  return n;
}

/// The value of `'key':` in the header dict, up to the next ',' or ')'
/// (inclusive of parentheses for the shape).
static std::string headerValue(const std::string &header,
                               const std::string &key) {
  size_t at = header.find("'" + key + "'");
  if (at == std::string::npos)
    return "";
  size_t colon = header.find(':', at);
  if (colon == std::string::npos)
    return "";
  size_t begin = header.find_first_not_of(" ", colon + 1);
  if (begin == std::string::npos)
    return "";
  size_t end = header[begin] == '(' ? header.find(')', begin) + 1
                                    : header.find_first_of(",}", begin);
  return header.substr(begin, end - begin);
}

/// `descr` with the byte order made explicit little-endian ('=' is the
/// host's, little-endian on every supported host), or empty if unsupported.
static std::string normalizeDescr(std::string descr) {
  if (descr.size() < 3)
    return "";
  char order = descr[0], kind = descr[1];
  if (order == '=')
    order = '<';
  // Only the sizes of bool, integer and float types warp has.
  std::string size_text = descr.substr(2);
  if (!std::strchr("biuf", kind) || (size_text != "1" && size_text != "2" &&
                                     size_text != "4" && size_text != "8"))
    return "";
  size_t size = std::strtoul(size_text.c_str(), nullptr, 10);
  if (size == 1)
    order = '|';
  else if (order != '<')
    return "";
  return std::string(1, order) + kind + std::to_string(size);
}

Result<NpyArray> warp::runtime::readNpy(const std::string &path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    return Status::failure(path + ": cannot open: " + std::strerror(errno));
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
  auto fail = [&](const std::string &why) {
    return Status::failure(path + ": not a .npy file warp-run reads: " + why);
  };
  if (bytes.size() < 10 || std::memcmp(bytes.data(), kMagic, kMagicSize))
    return fail("no NumPy magic");
  unsigned major = bytes[6];
  size_t lengthBytes = major == 1 ? 2 : 4;
  if (major < 1 || major > 3)
    return fail("format version " + std::to_string(major));
  size_t headerStart = 8 + lengthBytes;
  if (bytes.size() < headerStart)
    return fail("truncated header");
  size_t headerLength = bytes[8] | bytes[9] << 8;
  if (lengthBytes == 4)
    headerLength |= size_t(bytes[10]) << 16 | size_t(bytes[11]) << 24;
  if (bytes.size() < headerStart + headerLength)
    return fail("truncated header");
  std::string header(bytes.begin() + headerStart,
                     bytes.begin() + headerStart + headerLength);

  NpyArray array;
  std::string descr = headerValue(header, "descr");
  if (descr.size() < 2 || descr.front() != '\'' || descr.back() != '\'')
    return fail("no 'descr'");
  array.descr = normalizeDescr(descr.substr(1, descr.size() - 2));
  if (array.descr.empty())
    return fail("element type " + descr +
                " (bool, integers and floats, little-endian, are read)");
  if (headerValue(header, "fortran_order") != "False")
    return fail("Fortran order (save a C-contiguous array)");
  std::string shape = headerValue(header, "shape");
  if (shape.size() < 2 || shape.front() != '(')
    return fail("no 'shape'");
  for (size_t at = 1; at < shape.size();) {
    size_t end = shape.find_first_of(",)", at);
    std::string extent = shape.substr(at, end - at);
    extent.erase(0, extent.find_first_not_of(' '));
    if (!extent.empty()) {
      char *rest = nullptr;
      long long value = std::strtoll(extent.c_str(), &rest, 10);
      if (*rest || value < 0)
        return fail("shape " + shape);
      array.shape.push_back(value);
    }
    at = end + 1;
  }
  // The product of the extents, refusing one that overflows.
  uint64_t elements = 1;
  for (int64_t extent : array.shape) {
    if (extent != 0 &&
        elements > std::numeric_limits<uint64_t>::max() / 8 / uint64_t(extent))
      return fail("shape " + shape + " is too large");
    elements *= uint64_t(extent);
  }
  size_t dataBytes = elements * array.itemSize();
  size_t dataStart = headerStart + headerLength;
  if (bytes.size() - dataStart != dataBytes)
    return fail("shape " + shape + " of " + array.descr + " needs " +
                std::to_string(dataBytes) + " data bytes, the file has " +
                std::to_string(bytes.size() - dataStart));
  array.data.assign(bytes.begin() + dataStart, bytes.end());
  return array;
}

Status warp::runtime::writeNpy(const std::string &path, const NpyArray &array) {
  std::string shape = "(";
  for (int64_t extent : array.shape)
    shape += std::to_string(extent) + ", ";
  if (array.shape.size() > 1)
    shape.resize(shape.size() - 2);
  else if (array.shape.size() == 1)
    shape.resize(shape.size() - 1);
  shape += ")";
  std::string header = "{'descr': '" + array.descr +
                       "', 'fortran_order': False, 'shape': " + shape + ", }";
  // Pad with spaces so that magic + version + length + header + '\n' is a
  // multiple of 64.
  size_t total = kMagicSize + 2 + 2 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';

  std::ofstream file(path, std::ios::binary);
  if (!file)
    return Status::failure(path + ": cannot write: " + std::strerror(errno));
  file.write(kMagic, kMagicSize);
  const char version[] = {1, 0};
  file.write(version, 2);
  const char length[] = {char(header.size() & 0xff), char(header.size() >> 8)};
  file.write(length, 2);
  file << header;
  file.write(reinterpret_cast<const char *>(array.data.data()),
             array.data.size());
  if (!file)
    return Status::failure(path + ": write failed: " + std::strerror(errno));
  return Status::success();
}
