//===- Npy.h - NumPy .npy files ---------------------------------*- C++ -*-===//
//
// Arrays cross between warp-run, warp-lang and NumPy as .npy files (format
// versions 1 to 3): little-endian or byte-sized elements, C order.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_RUNTIME_NPY_H
#define WARP_RUNTIME_NPY_H

#include "warp-runtime/Status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace warp::runtime {

/// An n-dimensional array of fixed-size elements, C-contiguous.
struct NpyArray {
  /// NumPy's type string, normalized to '<' or '|' order: `<f4`, `|b1`...
  std::string descr;
  /// Extents; empty for a 0-d array (one element).
  std::vector<int64_t> shape;
  std::vector<uint8_t> data;

  /// Bytes per element, from `descr`.
  size_t itemSize() const;
  /// The number of elements, the product of `shape`.
  int64_t count() const;
};

/// Reads `path`; the message names the file and the problem.
Result<NpyArray> readNpy(const std::string &path);
/// Writes `array` to `path` (format version 1.0).
Status writeNpy(const std::string &path, const NpyArray &array);

} // namespace warp::runtime

#endif // WARP_RUNTIME_NPY_H
