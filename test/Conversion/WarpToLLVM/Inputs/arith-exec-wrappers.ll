; Scalar interfaces to the composite functions of ../arith-exec.mlir, for
; the C driver: each builds the operands warp-lang was run on (one component
; is the argument `a`) and stores the result's components to `out`.
; The lowered functions take and return their LLVM arrays by value.

declare [2 x float] @mat_vec([2 x [3 x float]], [3 x float])
declare [3 x float] @vec_mat([2 x float], [2 x [3 x float]])
declare [2 x [2 x float]] @mat_mat([2 x [3 x float]], [3 x [2 x float]])
declare [2 x [2 x float]] @mat_mat_zero([2 x [2 x float]], [2 x [2 x float]])
declare [4 x float] @quat_mul([4 x float], [4 x float])
declare [7 x float] @transform_mul([7 x float], [7 x float])
declare [3 x float] @neg_vec([3 x float])
declare { [2 x float], [2 x float] } @div_vec(float, [2 x float])
declare i1 @vec_eq([2 x float], [2 x float])

; (1 2 3; 4 5 6) * (7, 8, a)
define void @test_mat_vec(float %a, ptr %out) {
  %v = insertvalue [3 x float] [float 7.0, float 8.0, float poison], float %a, 2
  %r = call [2 x float] @mat_vec([2 x [3 x float]] [[3 x float] [float 1.0, float 2.0, float 3.0], [3 x float] [float 4.0, float 5.0, float 6.0]], [3 x float] %v)
  store [2 x float] %r, ptr %out
  ret void
}

; (a, 2) * (1 2 3; 4 5 6)
define void @test_vec_mat(float %a, ptr %out) {
  %v = insertvalue [2 x float] [float poison, float 2.0], float %a, 0
  %r = call [3 x float] @vec_mat([2 x float] %v, [2 x [3 x float]] [[3 x float] [float 1.0, float 2.0, float 3.0], [3 x float] [float 4.0, float 5.0, float 6.0]])
  store [3 x float] %r, ptr %out
  ret void
}

; (1 2 3; 4 5 6) @ (a 0; 1 1; 2 -1)
define void @test_mat_mat(float %a, ptr %out) {
  %row = insertvalue [2 x float] [float poison, float 0.0], float %a, 0
  %b = insertvalue [3 x [2 x float]] [[2 x float] poison, [2 x float] [float 1.0, float 1.0], [2 x float] [float 2.0, float -1.0]], [2 x float] %row, 0
  %r = call [2 x [2 x float]] @mat_mat([2 x [3 x float]] [[3 x float] [float 1.0, float 2.0, float 3.0], [3 x float] [float 4.0, float 5.0, float 6.0]], [3 x [2 x float]] %b)
  store [2 x [2 x float]] %r, ptr %out
  ret void
}

; (a a; 0 0) * (0 0; 0 0)
define void @test_mat_mat_zero(float %a, ptr %out) {
  %half = insertvalue [2 x float] poison, float %a, 0
  %row = insertvalue [2 x float] %half, float %a, 1
  %m = insertvalue [2 x [2 x float]] [[2 x float] poison, [2 x float] zeroinitializer], [2 x float] %row, 0
  %r = call [2 x [2 x float]] @mat_mat_zero([2 x [2 x float]] %m, [2 x [2 x float]] zeroinitializer)
  store [2 x [2 x float]] %r, ptr %out
  ret void
}

; quat(1, 2, 3, 4) * quat(a, 6, 7, 8)
define void @test_quat_mul(float %a, ptr %out) {
  %q = insertvalue [4 x float] [float poison, float 6.0, float 7.0, float 8.0], float %a, 0
  %r = call [4 x float] @quat_mul([4 x float] [float 1.0, float 2.0, float 3.0, float 4.0], [4 x float] %q)
  store [4 x float] %r, ptr %out
  ret void
}

; transform((1, 2, 3), quat(1, 2, 3, 4)) * transform((a, 5, 6), quat(5, 6, 7, 8))
define void @test_transform_mul(float %a, ptr %out) {
  %t = insertvalue [7 x float] [float poison, float 5.0, float 6.0, float 5.0, float 6.0, float 7.0, float 8.0], float %a, 0
  %r = call [7 x float] @transform_mul([7 x float] [float 1.0, float 2.0, float 3.0, float 1.0, float 2.0, float 3.0, float 4.0], [7 x float] %t)
  store [7 x float] %r, ptr %out
  ret void
}

; -(a, 1, -2)
define void @test_neg_vec(float %a, ptr %out) {
  %v = insertvalue [3 x float] [float poison, float 1.0, float -2.0], float %a, 0
  %r = call [3 x float] @neg_vec([3 x float] %v)
  store [3 x float] %r, ptr %out
  ret void
}

; a / (2, 4), then (2, 4) / a
define void @test_div_vec(float %a, ptr %out) {
  %r = call { [2 x float], [2 x float] } @div_vec(float %a, [2 x float] [float 2.0, float 4.0])
  store { [2 x float], [2 x float] } %r, ptr %out
  ret void
}

; (a, 1) == (a, 1)
define void @test_vec_eq(float %a, ptr %out) {
  %v = insertvalue [2 x float] [float poison, float 1.0], float %a, 0
  %r = call i1 @vec_eq([2 x float] %v, [2 x float] %v)
  %f = uitofp i1 %r to float
  store float %f, ptr %out
  ret void
}
