// Driver for ../arith-exec.mlir: calls the lowered operators on edge values
// and prints `name(args) = result` lines for FileCheck.
#include <math.h>
#include <stdint.h>
#include <stdio.h>

int32_t floordiv_si32(int32_t, int32_t);
int32_t floordiv_si8(int8_t, int8_t);
int32_t div_si8(int8_t, int8_t);
int32_t mod_si8(int8_t, int8_t);
int32_t mod_si32(int32_t, int32_t);
uint32_t floordiv_ui32(uint32_t, uint32_t);
float floordiv_f32(float, float);
float mod_f32(float, float);
int32_t shl_si8(int8_t, int8_t);
int32_t shr_si8(int8_t, int8_t);
uint32_t shl_ui8(uint8_t, uint8_t);
uint32_t shr_ui8(uint8_t, uint8_t);
int32_t shr_si32(int32_t, int32_t);
uint32_t shr_ui32(uint32_t, uint32_t);
int32_t cast_f32_si32(float);
uint32_t cast_f32_ui8(float);
uint32_t cast_si32_ui8(int32_t);
uint32_t cast_si8_ui32(int8_t);
int32_t cast_ui8_si32(uint8_t);
float cast_f64_f16(double);
int32_t cast_f32_bool(float);
int32_t cmp_f32(float, float);
int32_t cmp_lt_si32_ui32(int32_t, uint32_t);
int32_t cmp_eq_f32_si32(float, int32_t);
float neg_f32(float);
uint32_t neg_ui32(uint32_t);
int32_t not_si32(int32_t);
uint32_t bit_not_ui8(uint8_t);
float pow_f16(float, float);

void test_mat_vec(float, float *);
void test_vec_mat(float, float *);
void test_mat_mat(float, float *);
void test_mat_mat_zero(float, float *);
void test_quat_mul(float, float *);
void test_transform_mul(float, float *);
void test_neg_vec(float, float *);
void test_div_vec(float, float *);
void test_vec_eq(float, float *);

// NaN's sign is not part of Warp's semantics: print every NaN alike.
static void print_float(double x, const char *format) {
  if (isnan(x))
    printf("nan");
  else
    printf(format, x);
}

#define INT2(fn, a, b) printf(#fn "(%lld, %lld) = %lld\n", (long long)(a), \
                              (long long)(b), (long long)fn(a, b))
#define INT1(fn, a) printf(#fn "(%lld) = %lld\n", (long long)(a), \
                           (long long)fn(a))
#define FLOAT2(fn, a, b)                                                      \
  do {                                                                        \
    printf(#fn "(");                                                          \
    print_float(a, "%g");                                                     \
    printf(", ");                                                             \
    print_float(b, "%g");                                                     \
    printf(") = ");                                                           \
    print_float(fn(a, b), "%g");                                              \
    printf("\n");                                                             \
  } while (0)
#define FLOAT_TO_INT2(fn, a, b)                                               \
  do {                                                                        \
    printf(#fn "(");                                                          \
    print_float(a, "%g");                                                     \
    printf(", ");                                                             \
    print_float(b, "%g");                                                     \
    printf(") = %lld\n", (long long)fn(a, b));                                \
  } while (0)
#define FLOAT_TO_INT1(fn, a)                                                  \
  do {                                                                        \
    printf(#fn "(");                                                          \
    print_float(a, "%g");                                                     \
    printf(") = %lld\n", (long long)fn(a));                                   \
  } while (0)

static void composite(const char *name, void (*fn)(float, float *), float a,
                      int count) {
  float out[8];
  fn(a, out);
  printf("%s(", name);
  print_float(a, "%g");
  printf(") =");
  for (int i = 0; i < count; ++i) {
    printf(" ");
    print_float(out[i], "%g");
  }
  printf("\n");
}

int main(void) {
  INT2(floordiv_si32, -7, 2);
  INT2(floordiv_si32, 7, -2);
  INT2(floordiv_si32, -8, 2);
  INT2(floordiv_si32, -7, -2);
  INT2(floordiv_si8, -128, -1);
  INT2(floordiv_si8, -7, 2);
  INT2(div_si8, -128, -1);
  INT2(div_si8, -7, 2);
  INT2(mod_si8, -128, -1);
  INT2(mod_si32, -7, 2);
  INT2(mod_si32, 7, -2);
  INT2(floordiv_ui32, 4294967295u, 2u);
  FLOAT2(floordiv_f32, -7.0f, 2.0f);
  FLOAT2(floordiv_f32, 7.5f, -2.0f);
  FLOAT2(mod_f32, -7.0f, 2.0f);
  FLOAT2(mod_f32, 7.0f, -2.0f);
  FLOAT2(mod_f32, 5.5f, 0.0f);
  INT2(shl_si8, 1, 7);
  INT2(shl_si8, 3, 7);
  INT2(shl_si8, 1, 8);
  INT2(shr_si8, -128, 1);
  INT2(shr_si8, -128, 9);
  INT2(shl_ui8, 255, 1);
  INT2(shl_ui8, 1, 8);
  INT2(shr_ui8, 128, 7);
  INT2(shr_ui8, 255, 9);
  INT2(shr_si32, -8, 1);
  INT2(shr_ui32, 2147483648u, 31u);
  FLOAT_TO_INT1(cast_f32_si32, -2.7f);
  FLOAT_TO_INT1(cast_f32_si32, 2.7f);
  FLOAT_TO_INT1(cast_f32_ui8, 200.7f);
  INT1(cast_si32_ui8, 300);
  INT1(cast_si32_ui8, -1);
  INT1(cast_si8_ui32, -1);
  INT1(cast_ui8_si32, 255);
  double ties = 1.0 + 0x1p-11 + 0x1p-30;
  printf("cast_f64_f16(%.12g) = %g\n", ties, cast_f64_f16(ties));
  printf("cast_f64_f16(%.12g) = %g\n", 65520.0, cast_f64_f16(65520.0));
  FLOAT_TO_INT1(cast_f32_bool, NAN);
  FLOAT_TO_INT1(cast_f32_bool, -0.0f);
  FLOAT_TO_INT2(cmp_f32, NAN, NAN);
  FLOAT_TO_INT2(cmp_f32, 1.0f, NAN);
  FLOAT_TO_INT2(cmp_f32, 1.0f, 2.0f);
  FLOAT_TO_INT2(cmp_f32, 2.0f, 2.0f);
  INT2(cmp_lt_si32_ui32, -1, 1u);
  printf("cmp_eq_f32_si32(%.9g, %d) = %d\n", 16777216.0, 16777217,
         cmp_eq_f32_si32(16777216.0f, 16777217));
  printf("neg_f32(%g) = %g\n", 0.0, neg_f32(0.0f));
  printf("neg_f32(%g) = %g\n", -0.0, neg_f32(-0.0f));
  printf("neg_f32(%g) = %g\n", 1.5, neg_f32(1.5f));
  INT1(neg_ui32, 1u);
  INT1(not_si32, 0);
  INT1(not_si32, 5);
  INT1(bit_not_ui8, 200);
  FLOAT2(pow_f16, 2.0f, 10.0f);
  FLOAT2(pow_f16, 3.0f, 0.5f);

  composite("mat_vec", test_mat_vec, 9.0f, 2);
  composite("vec_mat", test_vec_mat, 9.0f, 3);
  composite("mat_mat", test_mat_mat, 9.0f, 4);
  composite("mat_mat_zero", test_mat_mat_zero, -1.0f, 1);
  composite("quat_mul", test_quat_mul, 5.0f, 4);
  composite("transform_mul", test_transform_mul, 4.0f, 7);
  composite("neg_vec", test_neg_vec, 0.0f, 3);
  composite("div_vec", test_div_vec, 8.0f, 4);
  composite("vec_eq", test_vec_eq, NAN, 1);
  composite("vec_eq", test_vec_eq, 3.0f, 1);
  return 0;
}
