// dst[i] = src[i], written as one would by hand: contiguous f32,
// restrict-qualified, one thread per element.
#include "abi.cuh"

extern "C" __global__ void copy(warp_launch_bounds bounds, warp_array<1> src,
                                warp_array<1> dst) {
  const float *__restrict__ in = static_cast<const float *>(src.data);
  float *__restrict__ out = static_cast<float *>(dst.data);
  THREAD_INDEX(t, bounds);
  out[t] = in[t];
}
