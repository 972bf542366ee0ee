//===- header_kernel.cu - warp-source/warp.h in CUDA device code ---------===//
//
// Instantiates every builtin (exercise.h) inside a __global__ kernel, device
// atomics included, and once more on the host side of nvcc, so that
// compiling this file proves that the header works in both.
//
//===----------------------------------------------------------------------===//

#include "exercise.h"

__global__ void exercise_kernel(uint32_t *hashes, void *storage) {
  hashes[0] = exercise::all_types();
  hashes[1] = exercise::all_arrays(storage);
}

uint32_t exercise_host(void *storage) {
  return exercise::all_types() + exercise::all_arrays(storage);
}
