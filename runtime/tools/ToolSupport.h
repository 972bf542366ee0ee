//===- ToolSupport.h - command lines and files for runtime tools -*- C++ -*-===//
//
// The runtime's tools run on GPU machines without LLVM, so they cannot use
// llvm::cl; this is the little they share instead.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_RUNTIME_TOOLS_TOOLSUPPORT_H
#define WARP_RUNTIME_TOOLS_TOOLSUPPORT_H

#include "warp-runtime/Status.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace warp::runtime {

/// One `--name value` or `--name=value` of a command line.
struct NamedArgument {
  std::string name;
  std::string value;
};

/// The named arguments of `argv`, in order. `--help` and `-h` set `help`;
/// a name not in `known`, or a name without its value, is an error.
inline Result<std::vector<NamedArgument>>
splitArguments(int argc, char **argv, std::initializer_list<const char *> known,
               const std::string &tool, bool &help) {
  std::vector<NamedArgument> arguments;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      help = true;
      continue;
    }
    NamedArgument named{arg, ""};
    bool hasValue = false;
    if (size_t eq = arg.find('='); eq != std::string::npos && arg[0] == '-') {
      named.name = arg.substr(0, eq);
      named.value = arg.substr(eq + 1);
      hasValue = true;
    }
    bool isKnown = false;
    for (const char *name : known)
      isKnown |= named.name == name;
    if (!isKnown)
      return Status::failure("unknown argument '" + arg + "' (see " + tool +
                             " --help)");
    if (!hasValue) {
      if (i + 1 == argc)
        return Status::failure(named.name + " needs a value");
      named.value = argv[++i];
    }
    arguments.push_back(std::move(named));
  }
  return arguments;
}

/// A whole integer in `base` (0: C's prefixes), or false.
inline bool parseInt(const std::string &text, long long &value, int base = 0) {
  if (text.empty())
    return false;
  char *end = nullptr;
  errno = 0;
  value = std::strtoll(text.c_str(), &end, base);
  return !*end && !errno;
}

/// The contents of `path`; with `limit`, at most `limit` + 1 bytes, which
/// is enough to tell that a file is too long without reading an endless one
/// (/dev/zero, a pipe) to the end.
inline Result<std::string>
readFile(const std::string &path,
         size_t limit = std::numeric_limits<size_t>::max()) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    return Status::failure("cannot read " + path + ": " + std::strerror(errno));
  // A directory opens, then reads as nothing.
  struct stat status;
  if (::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode))
    return Status::failure("cannot read " + path + ": " +
                           std::strerror(EISDIR));
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= limit) {
    file.read(chunk, sizeof(chunk));
    if (file.gcount() <= 0)
      break;
    text.append(chunk, size_t(file.gcount()));
  }
  if (text.size() > limit)
    text.resize(limit + 1);
  return text;
}

} // namespace warp::runtime

#endif // WARP_RUNTIME_TOOLS_TOOLSUPPORT_H
