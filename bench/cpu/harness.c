// CPU timing harness for bench/cpu (docs/performance.md, "CPU kernels").
//
// Linked with one kernel compiled by `warp-translate --warp-to-llvmir`, whose
// entry `ENTRY` (-DENTRY=NAME_cpu) takes a pointer to the argument struct of
// docs/abi.md "CPU entry": the launch bounds, then each kernel argument in
// order with C alignment. This program builds that struct from its command
// line, runs the kernel once on the inputs and writes the outputs (for
// run.py to compare with warp-lang's), then launches it once more to warm up
// and REPEAT more times, each timed with clock_gettime(CLOCK_MONOTONIC).
//
//   NAME.bench --dim N --repeat REPEAT ARG...
//   ARG:  array:ELEM_BYTES:COUNT:IN:OUT   a contiguous 1-D array of COUNT
//                                         elements; IN a file of its initial
//                                         bytes or "-" (zeros), OUT the file
//                                         for its bytes after the first launch
//                                         or "-"
//         f32:VALUE | i32:VALUE           a scalar argument
//
// Prints `times_ms T1 T2 ...` (every timed launch) and `best_ms B median_ms M`.
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef ENTRY
#error "compile with -DENTRY=NAME_cpu"
#endif

void ENTRY(const void *args);

enum { MAX_ARGS = 16, ARGS_BYTES = 1024 };

struct array_1 { // docs/abi.md: a 1-D array descriptor, 24 bytes
  void *data;
  int32_t shape[1];
  int64_t strides[1];
};
struct launch_bounds { // docs/abi.md: 32 bytes, 8-byte aligned
  int32_t shape[4];
  int32_t ndim;
  int64_t size;
};
_Static_assert(sizeof(struct array_1) == 24, "array descriptor layout");
_Static_assert(sizeof(struct launch_bounds) == 32, "launch bounds layout");

static void die(const char *what, const char *detail) {
  fprintf(stderr, "harness: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  exit(1);
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

// The argument struct, packed with C alignment rules.
static _Alignas(16) unsigned char args[ARGS_BYTES];
static size_t args_size;

static void *place(size_t bytes, size_t align) {
  args_size = (args_size + align - 1) / align * align;
  if (args_size + bytes > ARGS_BYTES)
    die("argument struct too large", NULL);
  void *at = args + args_size;
  args_size += bytes;
  return at;
}

int main(int argc, char **argv) {
  long long dim = -1;
  int repeat = 10;
  struct {
    void *data;
    size_t bytes;
    const char *out;
  } arrays[MAX_ARGS];
  int narrays = 0;

  // Skip the launch bounds' slot; they are filled once --dim is known.
  struct launch_bounds *bounds = place(sizeof(struct launch_bounds), 8);
  for (int k = 1; k < argc; ++k) {
    const char *a = argv[k];
    if (!strcmp(a, "--dim") && k + 1 < argc) {
      dim = atoll(argv[++k]);
    } else if (!strcmp(a, "--repeat") && k + 1 < argc) {
      repeat = atoi(argv[++k]);
    } else if (!strncmp(a, "array:", 6)) {
      char in[4096], out[4096];
      long long elem, count;
      if (sscanf(a, "array:%lld:%lld:%4095[^:]:%4095s", &elem, &count, in,
                 out) != 4)
        die("bad array argument", a);
      if (narrays == MAX_ARGS)
        die("too many arrays", a);
      size_t bytes = (size_t)(elem * count);
      // 64-byte aligned, rounded up to a multiple of 64 for aligned_alloc.
      void *data = aligned_alloc(64, (bytes + 63) / 64 * 64 + 64);
      if (!data)
        die("out of memory", a);
      memset(data, 0, bytes);
      if (strcmp(in, "-")) {
        FILE *f = fopen(in, "rb");
        if (!f || fread(data, 1, bytes, f) != bytes)
          die("cannot read", in);
        fclose(f);
      }
      struct array_1 desc = {data, {(int32_t)count}, {elem}};
      memcpy(place(sizeof desc, 8), &desc, sizeof desc);
      arrays[narrays].data = data;
      arrays[narrays].bytes = bytes;
      arrays[narrays].out = strcmp(out, "-") ? strdup(out) : NULL;
      ++narrays;
    } else if (!strncmp(a, "f32:", 4)) {
      float v = strtof(a + 4, NULL);
      memcpy(place(4, 4), &v, 4);
    } else if (!strncmp(a, "i32:", 4)) {
      int32_t v = (int32_t)strtol(a + 4, NULL, 0);
      memcpy(place(4, 4), &v, 4);
    } else {
      die("unknown argument", a);
    }
  }
  if (dim < 0 || repeat < 0)
    die("usage: --dim N [--repeat R] ARG...", NULL);
  struct launch_bounds b = {{(int32_t)dim, 1, 1, 1}, 1, dim};
  *bounds = b;

  // First launch: the outputs that run.py compares.
  ENTRY(args);
  for (int k = 0; k < narrays; ++k) {
    if (!arrays[k].out)
      continue;
    FILE *f = fopen(arrays[k].out, "wb");
    if (!f || fwrite(arrays[k].data, 1, arrays[k].bytes, f) != arrays[k].bytes)
      die("cannot write", arrays[k].out);
    fclose(f);
  }
  if (repeat == 0)
    return 0;

  // Warm-up, then the timed launches.
  ENTRY(args);
  double *times = malloc(sizeof(double) * repeat);
  for (int r = 0; r < repeat; ++r) {
    double t0 = now_ms();
    ENTRY(args);
    times[r] = now_ms() - t0;
  }
  printf("times_ms");
  for (int r = 0; r < repeat; ++r)
    printf(" %.6f", times[r]);
  printf("\n");
  qsort(times, repeat, sizeof(double), cmp_double);
  printf("best_ms %.6f median_ms %.6f\n", times[0], times[(repeat - 1) / 2]);
  return 0;
}
