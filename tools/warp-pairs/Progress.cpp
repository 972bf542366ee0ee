//===- Progress.cpp - a progress bar on a terminal ------------------------===//

#include "Progress.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace warp::pairs {

static constexpr unsigned kBarWidth = 30;

Progress::Progress(uint64_t total, bool enabled)
    : total(total), enabled(enabled), start(std::chrono::steady_clock::now()),
      lastDraw(start) {}

bool Progress::stderrIsTerminal() {
  return llvm::sys::Process::StandardErrIsDisplayed();
}

void Progress::update(uint64_t done, uint64_t skipped) {
  if (!enabled)
    return;
  auto now = std::chrono::steady_clock::now();
  if (done < total && now - lastDraw < std::chrono::milliseconds(100))
    return;
  lastDraw = now;
  draw(done, skipped);
}

void Progress::draw(uint64_t done, uint64_t skipped) {
  double seconds =
      std::chrono::duration<double>(lastDraw - start).count();
  double rate = seconds > 0 ? done / seconds : 0;
  unsigned filled = total ? unsigned(kBarWidth * done / total) : kBarWidth;
  llvm::raw_ostream &os = llvm::errs();
  os << "\r[" << std::string(filled, '#')
     << std::string(kBarWidth - filled, '.') << "] " << done << "/" << total
     << " pairs  " << llvm::format("%.0f", rate) << "/s";
  if (skipped)
    os << "  " << skipped << " dropped";
  if (rate > 0 && done < total)
    os << "  ETA " << llvm::format("%.0f", (total - done) / rate) << "s";
  os << "\x1b[K";
  os.flush();
  drawn = true;
}

void Progress::finish() {
  if (!drawn)
    return;
  llvm::errs() << "\r\x1b[K";
  llvm::errs().flush();
  drawn = false;
}

} // namespace warp::pairs
