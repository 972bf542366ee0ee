// math_chain.py by hand in CUDA C++: same operations in the same order,
// precise (non-intrinsic) math functions, as nvcc -O3 compiles them.
#include "../bench.h"

__global__ void math_chain_kernel(const float *__restrict__ a,
                                  const float *__restrict__ b,
                                  float *__restrict__ out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  float x = a[i], y = b[i], acc = 0.0f;
  for (int k = 0; k < 16; ++k) {
    acc = acc + sinf(x) * cosf(y) + expf(-x * x) + logf(1.0f + y * y) +
          sqrtf(fabsf(x) + y);
    x = x + 0.125f;
    y = y * 0.96875f + 0.03125f;
  }
  out[i] = acc;
}

extern "C" void hand_math_chain(const BenchArg *args, int n, int block) {
  math_chain_kernel<<<(n + block - 1) / block, block>>>(
      (const float *)args[0].data, (const float *)args[1].data,
      (float *)args[2].data, n);
}

extern "C" const void *hand_math_chain_kernel(void) {
  return (const void *)math_chain_kernel;
}
