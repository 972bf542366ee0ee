// vec3_geom.py by hand in CUDA C++ on float3.
#include "../bench.h"

__device__ __forceinline__ float3 operator+(float3 a, float3 b) {
  return make_float3(a.x + b.x, a.y + b.y, a.z + b.z);
}
__device__ __forceinline__ float3 operator*(float3 a, float s) {
  return make_float3(a.x * s, a.y * s, a.z * s);
}
__device__ __forceinline__ float dot(float3 a, float3 b) {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
__device__ __forceinline__ float3 cross(float3 a, float3 b) {
  return make_float3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z,
                     a.x * b.y - a.y * b.x);
}
// Warp's normalize: zero for a zero vector, else each component / length.
__device__ __forceinline__ float3 normalize(float3 a) {
  float l = sqrtf(dot(a, a));
  return l > 0.0f ? make_float3(a.x / l, a.y / l, a.z / l)
                  : make_float3(0.0f, 0.0f, 0.0f);
}

__global__ void vec3_geom_kernel(const float3 *__restrict__ a,
                                 const float3 *__restrict__ b,
                                 float3 *__restrict__ out_v,
                                 float *__restrict__ out_s, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  float3 u = a[i], v = b[i];
  float3 acc = make_float3(0.0f, 0.0f, 0.0f);
  float s = 0.0f, t = 0.0f;
  for (int k = 0; k < 16; ++k) {
    float3 d = u + v * t;
    float3 c = cross(d, v);
    float3 nrm = normalize(c + u);
    s = s + dot(nrm, d) + sqrtf(dot(c, c));
    acc = acc + nrm * dot(d, v);
    t = t + 0.25f;
  }
  out_v[i] = acc;
  out_s[i] = s;
}

extern "C" void hand_vec3_geom(const BenchArg *args, int n, int block) {
  vec3_geom_kernel<<<(n + block - 1) / block, block>>>(
      (const float3 *)args[0].data, (const float3 *)args[1].data,
      (float3 *)args[2].data, (float *)args[3].data, n);
}

extern "C" const void *hand_vec3_geom_kernel(void) {
  return (const void *)vec3_geom_kernel;
}
