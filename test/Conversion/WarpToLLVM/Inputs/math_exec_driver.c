// Calls the warp.funcs of math-exec.mlir with the inputs of
// composite_exec_reference.py's math_cases and int_cases and prints the
// results as that script does.
#include <math.h>
#include <stdint.h>
#include <stdio.h>

float sign_f(float), frac_f(float), round_f(float), rint_f(float);
float smoothstep_f(float, float, float), acos_f(float), asin_f(float);
float min_f(float, float), max_f(float, float), clamp_f(float, float, float);
float degrees_f(float), radians_f(float), erf_f(float), erfc_f(float);
float cbrt_f(float), atan2_f(float, float), copysign_f(float, float);
float step_f(float), nonzero_f(float), lerp_f(float, float, float);
float sin_f(float), tanh_f(float), log10_f(float);
float min_v(float, float, float), max_v(float, float, float);
float isnan_v(float, float, float), isinf_m(float, float, float, float);
float isfinite_q(float, float, float, float);
_Float16 degrees_h(_Float16), sin_h(_Float16);
int32_t abs_i(int32_t), sign_i(int32_t), max_vi(int32_t, int32_t, int32_t);
int32_t clamp_i(int32_t, int32_t, int32_t), where_i(int32_t, int32_t, int32_t);
uint32_t step_u(uint32_t), min_u(uint32_t, uint32_t);

int main(void) {
  float values[] = {
      sign_f(-0.0f), frac_f(-1.25f), round_f(2.5f), round_f(-2.5f),
      rint_f(2.5f), rint_f(3.5f), smoothstep_f(0.0f, 2.0f, 1.0f),
      smoothstep_f(0.0f, 3.0f, 1.0f), acos_f(NAN), acos_f(2.0f),
      asin_f(-3.0f), min_f(NAN, 1.0f), min_f(1.0f, NAN), max_f(-0.0f, 0.0f),
      clamp_f(NAN, 1.0f, 2.0f), degrees_f(0.01f), radians_f(0.3f),
      erf_f(0.5f), erfc_f(0.5f), cbrt_f(27.0f), atan2_f(1.0f, -1.0f),
      copysign_f(2.0f, -0.0f), step_f(-1.0f), nonzero_f(NAN),
      lerp_f(1.0f, 3.0f, 0.3f), sin_f(0.5f), tanh_f(0.5f), log10_f(2.0f),
      min_v(NAN, 2.0f, -1.5f), max_v(NAN, 2.0f, -1.5f),
      isnan_v(1.0f, NAN, 2.0f), isinf_m(1.0f, 2.0f, 3.0f, 4.0f),
      isfinite_q(1.0f, 2.0f, 3.0f, 4.0f), (float)degrees_h((_Float16)0.01f),
      (float)sin_h((_Float16)0.5f)};
  for (unsigned i = 0; i < sizeof(values) / sizeof(values[0]); ++i)
    printf("math%u = %.9g\n", i, values[i]);

  int32_t ints[] = {abs_i(INT32_MIN),     sign_i(-5),
                    (int32_t)step_u(7),   (int32_t)min_u(7, 1),
                    max_vi(3, -7, 5),     clamp_i(-5, -2, 4),
                    where_i(-5, 10, 20)};
  for (unsigned i = 0; i < sizeof(ints) / sizeof(ints[0]); ++i)
    printf("int%u = %d\n", i, ints[i]);
  return 0;
}
