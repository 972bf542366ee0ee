// Launches saxpy-exec.mlir's kernel through saxpy_cpu as saxpy_reference.py
// does: over 10 of 11 elements (the last is a guard), then over none, then
// over 3, and prints y after each launch.
#include "warp_abi.h"

#include <stdio.h>

struct saxpy_args {
  struct warp_launch_bounds bounds;
  struct warp_array_1 x, y;
  float a;
};
void saxpy_cpu(const void *args);

enum { N = 10 };
static float x[N + 1], y[N + 1];

static void launch(int32_t n, float a) {
  int32_t shape[1] = {n};
  struct saxpy_args args = {warp_bounds(1, shape),
                            warp_array1(x, N + 1, sizeof(float)),
                            warp_array1(y, N + 1, sizeof(float)), a};
  saxpy_cpu(&args);
  printf("y =");
  for (int k = 0; k < N + 1; ++k)
    printf(" %.9g", y[k]);
  printf("\n");
}

int main(void) {
  for (int k = 0; k < N + 1; ++k) {
    x[k] = k * 0.5f - 1.0f;
    y[k] = 3.0f - 0.25f * k;
  }
  launch(N, 1.5f);
  launch(0, 100.0f);
  launch(3, -0.1f);
  return 0;
}
