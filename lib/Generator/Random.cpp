//===- Random.cpp - deterministic random numbers -------------------------===//

#include "warp/Generator/Random.h"

#include <cassert>
#include <cmath>

using namespace mlir::warp::gen;

uint64_t mlir::warp::gen::mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t mlir::warp::gen::kernelSeed(uint64_t base, uint64_t index) {
  // Two rounds so that neighbouring (base, index) pairs do not correlate.
  return mix64(mix64(base) ^ mix64(index + 0x632be59bd9b4e019ULL));
}

uint64_t Rng::next() {
  // SplitMix64.
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int64_t Rng::uniformInt(int64_t lo, int64_t hi) {
  assert(lo <= hi && "empty range");
  uint64_t span = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
  if (span == UINT64_MAX)
    return static_cast<int64_t>(next());
  uint64_t n = span + 1;
  // Reject the top partial bucket so every value is equally likely.
  uint64_t limit = UINT64_MAX - (UINT64_MAX % n);
  uint64_t x;
  do
    x = next();
  while (x >= limit);
  return static_cast<int64_t>(static_cast<uint64_t>(lo) + x % n);
}

bool Rng::chance(unsigned num, unsigned den) {
  return static_cast<uint64_t>(uniformInt(0, den - 1)) < num;
}

double Rng::dyadic(double lo, double hi, unsigned fracBits) {
  double scale = std::ldexp(1.0, fracBits);
  int64_t k = uniformInt(static_cast<int64_t>(std::ceil(lo * scale)),
                         static_cast<int64_t>(std::floor(hi * scale)));
  return std::ldexp(static_cast<double>(k), -static_cast<int>(fracBits));
}

size_t Rng::weighted(llvm::ArrayRef<unsigned> weights) {
  uint64_t total = 0;
  for (unsigned w : weights)
    total += w;
  assert(total > 0 && "no non-zero weight");
  uint64_t x = static_cast<uint64_t>(uniformInt(0, total - 1));
  for (size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i])
      return i;
    x -= weights[i];
  }
  return weights.size() - 1;
}
