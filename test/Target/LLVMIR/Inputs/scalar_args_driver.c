// Launches scalar-args-exec.mlir's kernel through scalar_args_cpu with the
// by-value arguments scalar_args_reference.py passes, in a C struct laid out
// as docs/abi.md says (each field at its C alignment: the offsets below are
// asserted), and prints the outputs as that script does. The bytes of the
// struct's padding are 0xA5, so reading padding instead of a field shows.
#include "warp_abi.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct vec3f { float c[3]; };
struct vec3d { double c[3]; };

struct scalar_args_args {
  struct warp_launch_bounds bounds; // 0
  bool flag;                        // 32
  int8_t a;                         // 33
  uint16_t h;                       // 34, f16 bits
  double d;                         // 40
  struct vec3f v;                   // 48
  bool b;                           // 60
  int16_t s;                        // 62
  uint64_t g;                       // 64
  float x;                          // 72
  uint8_t c;                        // 76
  struct vec3d vd;                  // 80
  int32_t n;                        // 104
  struct warp_array_1 ints;         // 112
  struct warp_array_1 floats;       // 136
  int8_t tail;                      // 160
};
_Static_assert(offsetof(struct scalar_args_args, a) == 33 &&
                   offsetof(struct scalar_args_args, h) == 34 &&
                   offsetof(struct scalar_args_args, d) == 40 &&
                   offsetof(struct scalar_args_args, b) == 60 &&
                   offsetof(struct scalar_args_args, s) == 62 &&
                   offsetof(struct scalar_args_args, c) == 76 &&
                   offsetof(struct scalar_args_args, vd) == 80 &&
                   offsetof(struct scalar_args_args, ints) == 112 &&
                   offsetof(struct scalar_args_args, tail) == 160 &&
                   sizeof(struct scalar_args_args) == 168,
               "the C layout of the arguments");
void scalar_args_cpu(const void *args);

static void launch(bool flag, bool b) {
  int64_t ints[8];
  double floats[9];
  for (int k = 0; k < 8; ++k)
    ints[k] = 99;
  for (int k = 0; k < 9; ++k)
    floats[k] = 99.0;
  struct scalar_args_args args;
  memset(&args, 0xA5, sizeof(args));
  int32_t shape[1] = {1};
  args.bounds = warp_bounds(1, shape);
  args.flag = flag;
  args.a = -100;
  args.h = 0x3E01; // 1.5009765625
  args.d = -0.1;
  args.v = (struct vec3f){{1.25f, -2.5f, 3.75f}};
  args.b = b;
  args.s = -12345;
  args.g = UINT64_MAX - 2;
  args.x = 0.1f;
  args.c = 200;
  args.vd = (struct vec3d){{1.0 / 3.0, -2.0, 1e300}};
  args.n = INT32_MIN + 5;
  args.ints = warp_array1(ints, 8, sizeof(int64_t));
  args.floats = warp_array1(floats, 9, sizeof(double));
  args.tail = -7;
  scalar_args_cpu(&args);
  printf("ints:");
  for (int k = 0; k < 8; ++k)
    printf(" %lld", (long long)ints[k]);
  printf("\nfloats:");
  for (int k = 0; k < 9; ++k)
    printf(" %.17g", floats[k]);
  printf("\n");
}

int main(void) {
  launch(true, false);
  launch(false, true);
  return 0;
}
