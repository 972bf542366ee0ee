// c[i] = a[i] + b[i] on float3, by hand: contiguous.
#include "abi.cuh"

extern "C" __global__ void vec3_add(warp_launch_bounds bounds, warp_array<1> a,
                                    warp_array<1> b, warp_array<1> c) {
  const float3 *__restrict__ x = static_cast<const float3 *>(a.data);
  const float3 *__restrict__ y = static_cast<const float3 *>(b.data);
  float3 *__restrict__ z = static_cast<float3 *>(c.data);
  THREAD_INDEX(t, bounds);
  float3 u = x[t], v = y[t];
  z[t] = make_float3(u.x + v.x, u.y + v.y, u.z + v.z);
}
