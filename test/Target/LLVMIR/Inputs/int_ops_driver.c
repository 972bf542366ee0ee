// Launches int-ops-exec.mlir's kernel through int_ops_cpu on the inputs of
// int_ops_reference.py and prints the results as that script does. Every
// output array has one guard element past its end, which must stay 77.
#include "warp_abi.h"

#include <stdio.h>

struct int_ops_args {
  struct warp_launch_bounds bounds;
  struct warp_array_1 a, b, f, d;
  struct warp_array_2 iout, lout, fout;
};
void int_ops_cpu(const void *args);

enum { N = 10 };

int main(void) {
  int32_t a[N] = {7, -7, 7, -7, -1, 6, 0, -2147483647, 5, -9};
  int32_t b[N] = {2, 2, -2, -2, 3, -3, -5, 2, 7, 4};
  float f[N] = {2.7f, -2.7f, -0.5f, 0.99f, -1.0f,
                1e9f, -2147483520.0f, 3.5f, -3.5f, 0.0f};
  double d[N] = {-1e15 - 0.75, 2.9999999999, -3.0000000001, 0.25, -0.25,
                 9.007199254740993e15, -4.5, 123456789012.9, -7.0, 1.5};
  int32_t iout[N * 3 + 1];
  int64_t lout[N * 3 + 1];
  float fout[N * 3 + 1];
  for (int k = 0; k < N * 3 + 1; ++k) {
    iout[k] = 77;
    lout[k] = 77;
    fout[k] = 77.0f;
  }
  int32_t shape[1] = {N};
  struct int_ops_args args = {
      warp_bounds(1, shape),
      warp_array1(a, N, sizeof(int32_t)),
      warp_array1(b, N, sizeof(int32_t)),
      warp_array1(f, N, sizeof(float)),
      warp_array1(d, N, sizeof(double)),
      warp_array2(iout, N, 3, sizeof(int32_t)),
      warp_array2(lout, N, 3, sizeof(int64_t)),
      warp_array2(fout, N, 3, sizeof(float)),
  };
  int_ops_cpu(&args);
  for (int i = 0; i < N; ++i)
    printf("%d: %d %d %d | %lld %lld %lld | %.9g %.9g %.9g\n", i,
           iout[3 * i], iout[3 * i + 1], iout[3 * i + 2],
           (long long)lout[3 * i], (long long)lout[3 * i + 1],
           (long long)lout[3 * i + 2], fout[3 * i], fout[3 * i + 1],
           fout[3 * i + 2]);
  printf("guards: %d %lld %.9g\n", iout[N * 3], (long long)lout[N * 3],
         fout[N * 3]);
  return 0;
}
