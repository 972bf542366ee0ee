// y[i] = a * x[i] + y[i], by hand: contiguous f32.
#include "abi.cuh"

extern "C" __global__ void saxpy(warp_launch_bounds bounds, float a,
                                 warp_array<1> x, warp_array<1> y) {
  const float *__restrict__ in = static_cast<const float *>(x.data);
  float *__restrict__ out = static_cast<float *>(y.data);
  THREAD_INDEX(t, bounds);
  out[t] = a * in[t] + out[t];
}
