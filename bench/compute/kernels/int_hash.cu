// int_hash.py by hand in CUDA C++.
#include "../bench.h"

__global__ void int_hash_kernel(const unsigned *__restrict__ seed,
                                unsigned *__restrict__ out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  unsigned h = seed[i], acc = 0;
  for (int k = 0; k < 64; ++k) {
    h ^= h >> 16;
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    h *= 0x846CA68Bu;
    h ^= h >> 16;
    acc += h & 0xFFu;
    h += 0x9E3779B9u;
  }
  out[i] = acc ^ h;
}

extern "C" void hand_int_hash(const BenchArg *args, int n, int block) {
  int_hash_kernel<<<(n + block - 1) / block, block>>>(
      (const unsigned *)args[0].data, (unsigned *)args[1].data, n);
}

extern "C" const void *hand_int_hash_kernel(void) {
  return (const void *)int_hash_kernel;
}
