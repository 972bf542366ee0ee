//===- grid-size.cpp - The launch sizes the runtime computes --------------===//
//
// Prints threadsNeeded and gridSize (docs/abi.md, "GPU launch") for the
// launches given on the command line, for test/runtime/grid-size.test:
//   warp-runtime-grid-test ROWS BLOCK D0[,D1[,D2[,D3]]] ...
//
//===----------------------------------------------------------------------===//

#include "warp-runtime/KernelABI.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace warp::runtime;

int main(int argc, char **argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s ROWS BLOCK D0[,D1...] ...\n", argv[0]);
    return 2;
  }
  int64_t rows = std::atoll(argv[1]);
  unsigned block = unsigned(std::atoll(argv[2]));
  for (int i = 3; i < argc; ++i) {
    std::vector<int32_t> shape;
    std::stringstream extents(argv[i]);
    for (std::string extent; std::getline(extents, extent, ',');)
      shape.push_back(int32_t(std::atoll(extent.c_str())));
    Result<LaunchBounds> bounds = makeLaunchBounds(shape);
    if (!bounds) {
      std::printf("%s: error: %s\n", argv[i], bounds.message().c_str());
      continue;
    }
    Result<int64_t> grid = gridSize(*bounds, rows, block);
    std::printf("%s: size %lld threads %lld ", argv[i],
                (long long)bounds->size,
                (long long)threadsNeeded(*bounds, rows));
    if (grid)
      std::printf("grid %lld\n", (long long)*grid);
    else
      std::printf("error: %s\n", grid.message().c_str());
  }
  return 0;
}
