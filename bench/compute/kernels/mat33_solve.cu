// mat33_solve.py by hand in CUDA C++: the 3x3 algebra written out on
// float[3][3] (row-major, as wp.mat33), with Warp's formulas for the
// determinant (row0 . (row1 x row2)) and the adjugate inverse.
#include "../bench.h"

struct M33 {
  float m[3][3];
};

__device__ __forceinline__ void matvec(const float (&m)[3][3], const float (&v)[3],
                                       float (&r)[3]) {
#pragma unroll
  for (int i = 0; i < 3; ++i)
    r[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
}

__global__ void mat33_solve_kernel(const M33 *__restrict__ ms,
                                   const float3 *__restrict__ xs,
                                   float3 *__restrict__ out,
                                   float *__restrict__ dets, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n)
    return;
  M33 mm = ms[i];
  const float(&m)[3][3] = mm.m;
  float3 xv = xs[i];
  float x[3] = {xv.x, xv.y, xv.z};
  // p = m m^T + I
  float p[3][3];
#pragma unroll
  for (int r = 0; r < 3; ++r)
#pragma unroll
    for (int c = 0; c < 3; ++c)
      p[r][c] = m[r][0] * m[c][0] + m[r][1] * m[c][1] + m[r][2] * m[c][2] +
                (r == c ? 1.0f : 0.0f);
  float det = p[0][0] * (p[1][1] * p[2][2] - p[1][2] * p[2][1]) +
              p[0][1] * (p[1][2] * p[2][0] - p[1][0] * p[2][2]) +
              p[0][2] * (p[1][0] * p[2][1] - p[1][1] * p[2][0]);
  float q[3][3] = {};
  if (det != 0.0f) {
    float inv = 1.0f / det;
    q[0][0] = (p[1][1] * p[2][2] - p[1][2] * p[2][1]) * inv;
    q[1][0] = (p[1][2] * p[2][0] - p[1][0] * p[2][2]) * inv;
    q[2][0] = (p[1][0] * p[2][1] - p[1][1] * p[2][0]) * inv;
    q[0][1] = (p[0][2] * p[2][1] - p[0][1] * p[2][2]) * inv;
    q[1][1] = (p[0][0] * p[2][2] - p[0][2] * p[2][0]) * inv;
    q[2][1] = (p[0][1] * p[2][0] - p[0][0] * p[2][1]) * inv;
    q[0][2] = (p[0][1] * p[1][2] - p[0][2] * p[1][1]) * inv;
    q[1][2] = (p[0][2] * p[1][0] - p[0][0] * p[1][2]) * inv;
    q[2][2] = (p[0][0] * p[1][1] - p[0][1] * p[1][0]) * inv;
  }
  float r[3] = {x[0], x[1], x[2]};
  for (int k = 0; k < 32; ++k) {
    float mr[3], rn[3];
    matvec(m, r, mr);
    mr[0] += x[0];
    mr[1] += x[1];
    mr[2] += x[2];
    matvec(q, mr, rn);
    r[0] = rn[0];
    r[1] = rn[1];
    r[2] = rn[2];
  }
  out[i] = make_float3(r[0], r[1], r[2]);
  dets[i] = det * (q[0][0] + q[1][1] + q[2][2]);
}

extern "C" void hand_mat33_solve(const BenchArg *args, int n, int block) {
  mat33_solve_kernel<<<(n + block - 1) / block, block>>>(
      (const M33 *)args[0].data, (const float3 *)args[1].data,
      (float3 *)args[2].data, (float *)args[3].data, n);
}

extern "C" const void *hand_mat33_solve_kernel(void) {
  return (const void *)mat33_solve_kernel;
}
