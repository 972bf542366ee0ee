//===- Random.h - deterministic random numbers for the generator -*- C++
//-*-===//
//
// std:: distributions are implementation-defined, so the generator draws
// everything from its own 64-bit generator (SplitMix64) and its own uniform
// int / dyadic real / choice helpers: same seed, same numbers, everywhere.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_GENERATOR_RANDOM_H
#define WARP_GENERATOR_RANDOM_H

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>

namespace mlir::warp::gen {

/// SplitMix64 finaliser: a bijective 64-bit mix.
uint64_t mix64(uint64_t x);

/// The seed of kernel `index` of a run with base seed `base`: depends only on
/// (base, index), so any kernel can be regenerated alone.
uint64_t kernelSeed(uint64_t base, uint64_t index);

class Rng {
public:
  explicit Rng(uint64_t seed) : state(seed) {}

  uint64_t next();
  /// Uniform in [lo, hi] (inclusive), unbiased (rejection sampling).
  int64_t uniformInt(int64_t lo, int64_t hi);
  /// True with probability num/den.
  bool chance(unsigned num, unsigned den);
  /// A dyadic rational k / 2^fracBits uniform over [lo, hi] (both multiples
  /// of 2^-fracBits): exact in every float type used, so it prints stably.
  double dyadic(double lo, double hi, unsigned fracBits);
  /// An index in [0, weights.size()) drawn with the given integer weights;
  /// at least one weight must be non-zero.
  size_t weighted(llvm::ArrayRef<unsigned> weights);
  /// An index in [0, n).
  size_t index(size_t n) { return static_cast<size_t>(uniformInt(0, n - 1)); }
  template <typename T> const T &pick(llvm::ArrayRef<T> items) {
    return items[index(items.size())];
  }

private:
  uint64_t state;
};

} // namespace mlir::warp::gen

#endif // WARP_GENERATOR_RANDOM_H
