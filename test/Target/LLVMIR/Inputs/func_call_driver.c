// Launches func-call-exec.mlir's kernel through funcs_cpu on the inputs of
// func_call_reference.py, then calls the warp.func horner directly, and
// prints the results as that script does.
#include "warp_abi.h"

#include <stdio.h>

struct funcs_args {
  struct warp_launch_bounds bounds;
  struct warp_array_1 x, out;
};
void funcs_cpu(const void *args);
float horner(float x, int32_t n);

enum { N = 8 };

int main(void) {
  float x[N] = {0.5f, 2.0f, -1.5f, 3.0f, 1.25f, 10.0f, 0.1f, -2.0f};
  float out[N];
  for (int k = 0; k < N; ++k)
    out[k] = 99.0f;
  int32_t shape[1] = {N};
  struct funcs_args args = {warp_bounds(1, shape),
                            warp_array1(x, N, sizeof(float)),
                            warp_array1(out, N, sizeof(float))};
  funcs_cpu(&args);
  printf("out:");
  for (int k = 0; k < N; ++k)
    printf(" %.9g", out[k]);
  printf("\ndirect: %.9g %.9g %.9g %.9g\n", horner(2.0f, 3), horner(10.0f, 5),
         horner(1.0f, -3), horner(-0.75f, 4));
  return 0;
}
