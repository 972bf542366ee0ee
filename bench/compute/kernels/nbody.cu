// nbody.py by hand in CUDA C++. The sources are few (they fit in L1) and
// every thread of a warp reads the same one, so a broadcast load through the
// read-only path serves them; IEEE sqrt and division, as in Warp (rsqrtf
// would change the results).
#include "../bench.h"

__global__ void nbody_kernel(const float3 *__restrict__ pos,
                             const float3 *__restrict__ src,
                             const float *__restrict__ mass, int m,
                             float3 *__restrict__ acc_out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  float3 p = pos[i];
  float ax = 0.0f, ay = 0.0f, az = 0.0f;
  for (int j = 0; j < m; ++j) {
    float3 s = src[j];
    float dx = s.x - p.x, dy = s.y - p.y, dz = s.z - p.z;
    float r2 = dx * dx + dy * dy + dz * dz + 0.01f;
    float inv = 1.0f / sqrtf(r2);
    float w = mass[j] * inv * inv * inv;
    ax = ax + dx * w;
    ay = ay + dy * w;
    az = az + dz * w;
  }
  acc_out[i] = make_float3(ax, ay, az);
}

extern "C" void hand_nbody(const BenchArg *args, int n, int block) {
  nbody_kernel<<<(n + block - 1) / block, block>>>(
      (const float3 *)args[0].data, (const float3 *)args[1].data,
      (const float *)args[2].data, args[1].n, (float3 *)args[3].data, n);
}

extern "C" const void *hand_nbody_kernel(void) {
  return (const void *)nbody_kernel;
}
