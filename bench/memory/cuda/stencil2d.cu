// The 5-point stencil of stencil2d.mlir, by hand: contiguous rows of W
// floats, the launch over the (H-2) x (W-2) interior unravelled row-major
// with 32-bit arithmetic, one thread per index.
#include "abi.cuh"

extern "C" __global__ void stencil2d(warp_launch_bounds bounds,
                                     warp_array<2> src, warp_array<2> dst) {
  unsigned cols = bounds.shape[1];
  int w = src.shape[1];
  const float *__restrict__ in = static_cast<const float *>(src.data);
  float *__restrict__ out = static_cast<float *>(dst.data);
  THREAD_INDEX(t, bounds);
  int i = unsigned(t) / cols + 1, j = unsigned(t) % cols + 1;
  float sum = (in[(i - 1) * w + j] + in[(i + 1) * w + j]) +
              (in[i * w + j - 1] + in[i * w + j + 1]);
  out[i * w + j] = in[i * w + j] * 0.5f + (sum * 0.25f) * 0.5f;
}
