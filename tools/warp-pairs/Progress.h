//===- Progress.h - a progress bar on a terminal ----------------*- C++ -*-===//
//
// Draws `[#####.....]  512/1000 pairs  480/s  ETA 1s` on stderr, redrawn at
// most ten times a second, only when stderr is a terminal: a run piped or
// logged stays quiet.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_PAIRS_PROGRESS_H
#define WARP_PAIRS_PROGRESS_H

#include <chrono>
#include <cstdint>

namespace warp::pairs {

class Progress {
public:
  /// `total` units of work; `enabled` false draws nothing.
  Progress(uint64_t total, bool enabled);
  /// `done` units finished, `skipped` of them dropped (duplicates, failures).
  void update(uint64_t done, uint64_t skipped);
  /// Clears the bar so that what follows starts on a clean line.
  void finish();

  /// Whether stderr is a terminal (where a bar belongs).
  static bool stderrIsTerminal();

private:
  void draw(uint64_t done, uint64_t skipped);

  uint64_t total;
  bool enabled;
  bool drawn = false;
  std::chrono::steady_clock::time_point start, lastDraw;
};

} // namespace warp::pairs

#endif // WARP_PAIRS_PROGRESS_H
