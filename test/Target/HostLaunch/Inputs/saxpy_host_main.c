// Runs examples/kernels/saxpy.mlir through its host launcher saxpy_launch,
// lowered by gpu-to-llvm and linked with libwarp-mgpu-runtime: device
// buffers from mgpuMemAlloc, the arguments as docs/abi.md lays them out.
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

void *mgpuMemAlloc(uint64_t bytes, void *stream, bool isHostShared);
void mgpuMemFree(void *address, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream);
void saxpy_launch(const void *args, int64_t grid, int64_t block);

struct bounds {
  int32_t shape[4];
  int32_t ndim;
  int64_t size;
};
struct array1 {
  void *data;
  int32_t shape[1];
  int64_t strides[1];
};
struct saxpy_args {
  struct bounds bounds;
  struct array1 x, y;
  float a;
};

enum { N = 1000 };

int main(void) {
  float x[N], y[N];
  for (int i = 0; i < N; ++i) {
    x[i] = (float)i;
    y[i] = 1.0f;
  }
  void *dx = mgpuMemAlloc(sizeof x, 0, false);
  void *dy = mgpuMemAlloc(sizeof y, 0, false);
  mgpuMemcpy(dx, x, sizeof x, 0);
  mgpuMemcpy(dy, y, sizeof y, 0);
  struct saxpy_args args = {{{N, 1, 1, 1}, 1, N},
                            {dx, {N}, {sizeof(float)}},
                            {dy, {N}, {sizeof(float)}},
                            2.0f};
  // One thread per index, then 3 blocks of 64 threads looping.
  saxpy_launch(&args, 0, 128);
  saxpy_launch(&args, 3, 64);
  mgpuMemcpy(y, dy, sizeof y, 0);
  mgpuMemFree(dx, 0);
  mgpuMemFree(dy, 0);
  int wrong = 0;
  for (int i = 0; i < N; ++i)
    wrong += y[i] != 4.0f * i + 1.0f;
  printf("saxpy_launch: %d of %d elements wrong\n", wrong, N);
  return wrong != 0;
}
