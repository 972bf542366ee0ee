// The kernel ABI of docs/abi.md in CUDA C++, so that warp-launch can launch
// the hand-written kernels with the same arguments as the compiled ones.
#pragma once
#include <cstdint>

struct warp_launch_bounds {
  int32_t shape[4];
  int32_t ndim;
  int64_t size;
};

template <int N> struct warp_array {
  void *data;
  int32_t shape[N];
  int64_t strides[N];
};


// Declares `t`, this thread's launch index, and returns past the end:
// run.py launches the hand kernels with one thread per index, the usual way
// to write them.
#define THREAD_INDEX(t, bounds)                                                \
  int64_t t = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;                  \
  if (t >= (bounds).size)                                                      \
  return
