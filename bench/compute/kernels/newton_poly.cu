// newton_poly.py by hand in CUDA C++.
#include "../bench.h"

__global__ void newton_poly_kernel(const float *__restrict__ xs,
                                   const float *__restrict__ coef, int ncoef,
                                   float *__restrict__ out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  float x = xs[i], r = x;
  for (int k = 0; k < 24; ++k) {
    float f = r * r * r + r - x;
    float df = 3.0f * r * r + 1.0f;
    r = r - f / df;
  }
  float p = 0.0f;
  for (int j = 0; j < ncoef; ++j)
    p = p * r + coef[j];
  out[i] = p;
}

extern "C" void hand_newton_poly(const BenchArg *args, int n, int block) {
  newton_poly_kernel<<<(n + block - 1) / block, block>>>(
      (const float *)args[0].data, (const float *)args[1].data, args[1].n,
      (float *)args[2].data, n);
}

extern "C" const void *hand_newton_poly_kernel(void) {
  return (const void *)newton_poly_kernel;
}
