// Calls the warp.funcs of composite-exec.mlir as composite_exec_reference.py's
// composite_cases and struct_cases do (i = 2, j = 1, neg = -1) and prints the
// results as that script does.
#include <stdint.h>
#include <stdio.h>

float dot3(float, float, float, float, float, float), dot4(float, float);
float det2(void), det3(void), det4(void);
float inv4(int32_t, int32_t), inv3(int32_t, int32_t);
float inv2_singular(int32_t, int32_t), inv2(int32_t, int32_t);
float norm3(float, float, float, int32_t);
float normq(float, float, float, float, int32_t);
float len4(float, float, float, float), rotate(int32_t);
float xform_point(int32_t), xform_vector(int32_t);
float mat_point(int32_t), mat_vector(int32_t);
float extract_neg(int32_t), insert_neg(int32_t, int32_t), cross(int32_t);
float trace_outer(void), skew(int32_t, int32_t), lerp3(int32_t);
float quat_inv(int32_t), get_rotation(int32_t), cw_div(int32_t);
float transpose_rows(int32_t), diag(int32_t);
float insert_mat(int32_t, int32_t, int32_t, int32_t);
float quat_identity(int32_t), transform_identity(int32_t);
float struct_mass(float);

int main(void) {
  const int32_t i = 2, j = 1, neg = -1;
  float values[] = {
      dot3(1.1f, 2.2f, 3.3f, 4.4f, 5.5f, 6.6f),
      dot3(-1.0f, -1.0f, -1.0f, 0.0f, 0.0f, 0.0f),
      dot4(-1.0f, 0.0f),
      det3(),
      det4(),
      inv4(i, j),
      inv3(i, j),
      inv2_singular(0, 0),
      inv2(1, 0),
      norm3(3.0f, 4.0f, 0.0f, 1),
      norm3(0.0f, 0.0f, 0.0f, 0),
      normq(0.0f, 0.0f, 0.0f, 0.0f, 3),
      len4(1.0f, 2.0f, 3.0f, 4.5f),
      rotate(i),
      xform_point(j),
      xform_vector(2),
      mat_point(i),
      mat_vector(j),
      extract_neg(neg),
      insert_neg(neg, 2),
      cross(i),
      trace_outer(),
      skew(i, j),
      lerp3(j),
      quat_inv(0),
      get_rotation(3),
      det2(),
      cw_div(i),
      transpose_rows(i),
      diag(i),
      insert_neg(neg, 1),
      insert_mat(i, j, i, j),
      insert_mat(i, j, j, i),
      insert_mat(i, j, i, i),
      quat_identity(3),
      transform_identity(neg),
  };
  for (unsigned k = 0; k < sizeof(values) / sizeof(values[0]); ++k)
    printf("comp%u = %.9g\n", k, values[k]);
  printf("struct0 = %.9g\n", struct_mass(7.25f));
  return 0;
}
