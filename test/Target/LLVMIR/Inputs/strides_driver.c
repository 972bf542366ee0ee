// Launches strides-exec.mlir's kernel through strided_cpu over the views
// strides_reference.py builds and prints the buffers as that script does:
// col and dst are columns 2 and 4 of a 4x5 row-major float buffer (stride
// one row, 20 bytes), rev views v backwards (data at v[5], stride -4), and
// t is a 4x2 array stored column-major (strides 4 and 16 bytes).
#include "warp_abi.h"

#include <stdio.h>

struct strided_args {
  struct warp_launch_bounds bounds;
  struct warp_array_1 col, dst, rev;
  struct warp_array_2 t;
};
void strided_cpu(const void *args);

int main(void) {
  float buf[4][5], v[6], t[8];
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 5; ++c)
      buf[r][c] = (float)(r * 5 + c);
  for (int k = 0; k < 6; ++k)
    v[k] = k + 0.5f;
  for (int k = 0; k < 8; ++k)
    t[k] = -1.0f;
  const int64_t f = sizeof(float);
  int32_t shape[1] = {4};
  struct strided_args args = {
      warp_bounds(1, shape),
      {&buf[0][2], {4}, {5 * f}},
      {&buf[0][4], {4}, {5 * f}},
      {&v[5], {6}, {-f}},
      {t, {4, 2}, {f, 4 * f}},
  };
  strided_cpu(&args);
  for (int r = 0; r < 4; ++r) {
    printf("buf%d:", r);
    for (int c = 0; c < 5; ++c)
      printf(" %.9g", buf[r][c]);
    printf("\n");
  }
  printf("t:");
  for (int k = 0; k < 8; ++k)
    printf(" %.9g", t[k]);
  printf("\nv:");
  for (int k = 0; k < 6; ++k)
    printf(" %.9g", v[k]);
  printf("\n");
  return 0;
}
