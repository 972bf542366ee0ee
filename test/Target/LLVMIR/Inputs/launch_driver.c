// Launches launch-exec.mlir's kernels through grid2d_cpu, grid3d_cpu and
// grid4d_cpu with the shapes launch_reference.py uses and prints the arrays
// as that script does: `out` holds what each index wrote, `order` the value
// of a shared counter each index saw (its position in the launch's order;
// -1 where no index ran), `count` how many indices ran.
#include "warp_abi.h"

#include <stdio.h>
#include <string.h>

struct grid2d_args {
  struct warp_launch_bounds bounds;
  struct warp_array_2 out, order;
  struct warp_array_1 counter;
};
struct grid3d_args {
  struct warp_launch_bounds bounds;
  struct warp_array_3 out, order;
  struct warp_array_1 counter;
};
struct grid4d_args {
  struct warp_launch_bounds bounds;
  struct warp_array_4 out, order;
  struct warp_array_1 counter;
};
void grid2d_cpu(const void *args);
void grid3d_cpu(const void *args);
void grid4d_cpu(const void *args);

enum { MAX = 2 * 3 * 4 * 5 };
static int32_t out[MAX], order[MAX], counter[1];

static void reset(void) {
  for (int k = 0; k < MAX; ++k)
    out[k] = order[k] = -1;
  counter[0] = 0;
}

static void print(const char *name, int32_t ndim, const int32_t *launch,
                  int32_t elements, int32_t width) {
  char dims[32] = "";
  for (int32_t d = 0; d < ndim; ++d)
    sprintf(dims + strlen(dims), d ? "x%d" : "%d", launch[d]);
  const char *labels[2] = {"out", "order"};
  int32_t *arrays[2] = {out, order};
  for (int a = 0; a < 2; ++a)
    for (int32_t r = 0; r < elements / width; ++r) {
      printf("%s %s %s%d:", name, dims, labels[a], r);
      for (int32_t c = 0; c < width; ++c)
        printf(" %d", arrays[a][r * width + c]);
      printf("\n");
    }
  printf("%s %s count: %d\n", name, dims, counter[0]);
}

static void run2d(const int32_t *shape, const int32_t *launch, int32_t width) {
  reset();
  struct grid2d_args args = {
      warp_bounds(2, launch),
      warp_array2(out, shape[0], shape[1], sizeof(int32_t)),
      warp_array2(order, shape[0], shape[1], sizeof(int32_t)),
      warp_array1(counter, 1, sizeof(int32_t))};
  grid2d_cpu(&args);
  print("grid2d", 2, launch, shape[0] * shape[1], width);
}

static void run3d(const int32_t *shape, const int32_t *launch, int32_t width) {
  reset();
  struct grid3d_args args = {
      warp_bounds(3, launch),
      warp_array3(out, shape[0], shape[1], shape[2], sizeof(int32_t)),
      warp_array3(order, shape[0], shape[1], shape[2], sizeof(int32_t)),
      warp_array1(counter, 1, sizeof(int32_t))};
  grid3d_cpu(&args);
  print("grid3d", 3, launch, shape[0] * shape[1] * shape[2], width);
}

static void run4d(const int32_t *shape, const int32_t *launch, int32_t width) {
  reset();
  struct grid4d_args args = {
      warp_bounds(4, launch),
      warp_array4(out, shape[0], shape[1], shape[2], shape[3], sizeof(int32_t)),
      warp_array4(order, shape[0], shape[1], shape[2], shape[3],
                  sizeof(int32_t)),
      warp_array1(counter, 1, sizeof(int32_t))};
  grid4d_cpu(&args);
  print("grid4d", 4, launch, shape[0] * shape[1] * shape[2] * shape[3], width);
}

int main(void) {
  // The first 2-d array is larger than its launch: what lies outside stays -1.
  run2d((int32_t[]){4, 6}, (int32_t[]){3, 5}, 6);
  run2d((int32_t[]){2, 2}, (int32_t[]){2, 0}, 2);
  run3d((int32_t[]){2, 3, 4}, (int32_t[]){2, 3, 4}, 4);
  run4d((int32_t[]){2, 3, 4, 5}, (int32_t[]){2, 3, 4, 5}, 20);
  run4d((int32_t[]){1, 1, 1, 2}, (int32_t[]){1, 1, 0, 2}, 2);
  return 0;
}
