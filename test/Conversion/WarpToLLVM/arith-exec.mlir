// Executes lowered operators on edge values and checks the results against
// warp-lang 1.19.0 on the CPU (the expected values below were printed by
// warp-lang kernels computing the same expressions).
// Composite functions are called through Inputs/arith-exec-wrappers.ll,
// which gives them scalar interfaces for the C driver.
//
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm --convert-arith-to-llvm --convert-math-to-llvm --convert-to-llvm --reconcile-unrealized-casts | /usr/lib/llvm-22/bin/mlir-translate --mlir-to-llvmir -o %t.ops.ll
// RUN: clang-22 -O0 -w %t.ops.ll %S/Inputs/arith-exec-wrappers.ll %S/Inputs/arith-exec.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s

// CHECK: floordiv_si32(-7, 2) = -4
// CHECK-NEXT: floordiv_si32(7, -2) = -4
// CHECK-NEXT: floordiv_si32(-8, 2) = -4
// CHECK-NEXT: floordiv_si32(-7, -2) = 3
warp.func @floordiv_si32(%a: si32, %b: si32) -> si32 {
  %r = warp.floordiv %a, %b : si32
  warp.return %r : si32
}
// CHECK-NEXT: floordiv_si8(-128, -1) = -128
// CHECK-NEXT: floordiv_si8(-7, 2) = -4
warp.func @floordiv_si8(%a: si8, %b: si8) -> si32 {
  %q = warp.floordiv %a, %b : si8
  %r = warp.cast %q : si8 to si32
  warp.return %r : si32
}
// CHECK-NEXT: div_si8(-128, -1) = -128
// CHECK-NEXT: div_si8(-7, 2) = -3
warp.func @div_si8(%a: si8, %b: si8) -> si32 {
  %q = warp.div %a, %b : si8
  %r = warp.cast %q : si8 to si32
  warp.return %r : si32
}
// CHECK-NEXT: mod_si8(-128, -1) = 0
warp.func @mod_si8(%a: si8, %b: si8) -> si32 {
  %q = warp.mod %a, %b : si8
  %r = warp.cast %q : si8 to si32
  warp.return %r : si32
}
// CHECK-NEXT: mod_si32(-7, 2) = -1
// CHECK-NEXT: mod_si32(7, -2) = 1
warp.func @mod_si32(%a: si32, %b: si32) -> si32 {
  %r = warp.mod %a, %b : si32
  warp.return %r : si32
}
// CHECK-NEXT: floordiv_ui32(4294967295, 2) = 2147483647
warp.func @floordiv_ui32(%a: ui32, %b: ui32) -> ui32 {
  %r = warp.floordiv %a, %b : ui32
  warp.return %r : ui32
}
// CHECK-NEXT: floordiv_f32(-7, 2) = -4
// CHECK-NEXT: floordiv_f32(7.5, -2) = -4
warp.func @floordiv_f32(%a: f32, %b: f32) -> f32 {
  %r = warp.floordiv %a, %b : f32
  warp.return %r : f32
}
// CHECK-NEXT: mod_f32(-7, 2) = -1
// CHECK-NEXT: mod_f32(7, -2) = 1
// CHECK-NEXT: mod_f32(5.5, 0) = nan
warp.func @mod_f32(%a: f32, %b: f32) -> f32 {
  %r = warp.mod %a, %b : f32
  warp.return %r : f32
}
// CHECK-NEXT: shl_si8(1, 7) = -128
// CHECK-NEXT: shl_si8(3, 7) = -128
// CHECK-NEXT: shl_si8(1, 8) = 0
warp.func @shl_si8(%a: si8, %b: si8) -> si32 {
  %s = warp.shl %a, %b : si8
  %r = warp.cast %s : si8 to si32
  warp.return %r : si32
}
// CHECK-NEXT: shr_si8(-128, 1) = -64
// CHECK-NEXT: shr_si8(-128, 9) = -1
warp.func @shr_si8(%a: si8, %b: si8) -> si32 {
  %s = warp.shr %a, %b : si8
  %r = warp.cast %s : si8 to si32
  warp.return %r : si32
}
// CHECK-NEXT: shl_ui8(255, 1) = 254
// CHECK-NEXT: shl_ui8(1, 8) = 0
warp.func @shl_ui8(%a: ui8, %b: ui8) -> ui32 {
  %s = warp.shl %a, %b : ui8
  %r = warp.cast %s : ui8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: shr_ui8(128, 7) = 1
// CHECK-NEXT: shr_ui8(255, 9) = 0
warp.func @shr_ui8(%a: ui8, %b: ui8) -> ui32 {
  %s = warp.shr %a, %b : ui8
  %r = warp.cast %s : ui8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: shr_si32(-8, 1) = -4
warp.func @shr_si32(%a: si32, %b: si32) -> si32 {
  %r = warp.shr %a, %b : si32
  warp.return %r : si32
}
// CHECK-NEXT: shr_ui32(2147483648, 31) = 1
warp.func @shr_ui32(%a: ui32, %b: ui32) -> ui32 {
  %r = warp.shr %a, %b : ui32
  warp.return %r : ui32
}
// CHECK-NEXT: cast_f32_si32(-2.7) = -2
// CHECK-NEXT: cast_f32_si32(2.7) = 2
warp.func @cast_f32_si32(%a: f32) -> si32 {
  %r = warp.cast %a : f32 to si32
  warp.return %r : si32
}
// CHECK-NEXT: cast_f32_ui8(200.7) = 200
warp.func @cast_f32_ui8(%a: f32) -> ui32 {
  %b = warp.cast %a : f32 to ui8
  %r = warp.cast %b : ui8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: cast_si32_ui8(300) = 44
// CHECK-NEXT: cast_si32_ui8(-1) = 255
warp.func @cast_si32_ui8(%a: si32) -> ui32 {
  %b = warp.cast %a : si32 to ui8
  %r = warp.cast %b : ui8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: cast_si8_ui32(-1) = 4294967295
warp.func @cast_si8_ui32(%a: si8) -> ui32 {
  %r = warp.cast %a : si8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: cast_ui8_si32(255) = 255
warp.func @cast_ui8_si32(%a: ui8) -> si32 {
  %r = warp.cast %a : ui8 to si32
  warp.return %r : si32
}
// f64 -> f16 rounds through f32: 1 + 2^-11 + 2^-30 becomes the tie
// 1 + 2^-11 in f32, which rounds to even (1.0); a direct rounding would
// give 1.000977.
// CHECK-NEXT: cast_f64_f16(1.00048828218) = 1
// CHECK-NEXT: cast_f64_f16(65520) = inf
warp.func @cast_f64_f16(%a: f64) -> f32 {
  %h = warp.cast %a : f64 to f16
  %r = warp.cast %h : f16 to f32
  warp.return %r : f32
}
// CHECK-NEXT: cast_f32_bool(nan) = 1
// CHECK-NEXT: cast_f32_bool(-0) = 0
warp.func @cast_f32_bool(%a: f32) -> si32 {
  %b = warp.cast %a : f32 to i1
  %r = warp.cast %b : i1 to si32
  warp.return %r : si32
}
// Bits 1, 2, 4, 8, 16, 32: ==, !=, <, <=, >, >=.
// CHECK-NEXT: cmp_f32(nan, nan) = 2
// CHECK-NEXT: cmp_f32(1, nan) = 2
// CHECK-NEXT: cmp_f32(1, 2) = 14
// CHECK-NEXT: cmp_f32(2, 2) = 41
warp.func @cmp_f32(%a: f32, %b: f32) -> si32 {
  %eq = warp.cmp eq, %a, %b : f32
  %ne = warp.cmp ne, %a, %b : f32
  %lt = warp.cmp lt, %a, %b : f32
  %le = warp.cmp le, %a, %b : f32
  %gt = warp.cmp gt, %a, %b : f32
  %ge = warp.cmp ge, %a, %b : f32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %i0 = warp.cast %eq : i1 to si32
  %i1 = warp.cast %ne : i1 to si32
  %i2 = warp.cast %lt : i1 to si32
  %i3 = warp.cast %le : i1 to si32
  %i4 = warp.cast %gt : i1 to si32
  %i5 = warp.cast %ge : i1 to si32
  %s1 = warp.shl %i1, %c1 : si32
  %s2 = warp.shl %i2, %c2 : si32
  %s3 = warp.shl %i3, %c3 : si32
  %s4 = warp.shl %i4, %c4 : si32
  %s5 = warp.shl %i5, %c5 : si32
  %o1 = warp.bit_or %i0, %s1 : si32
  %o2 = warp.bit_or %o1, %s2 : si32
  %o3 = warp.bit_or %o2, %s3 : si32
  %o4 = warp.bit_or %o3, %s4 : si32
  %o5 = warp.bit_or %o4, %s5 : si32
  warp.return %o5 : si32
}
// -1 < ui32(1) compares as ui32.
// CHECK-NEXT: cmp_lt_si32_ui32(-1, 1) = 0
warp.func @cmp_lt_si32_ui32(%a: si32, %b: ui32) -> si32 {
  %c = warp.cmp lt, %a, %b : si32, ui32
  %r = warp.cast %c : i1 to si32
  warp.return %r : si32
}
// 16777217 rounds to 16777216.0 in f32.
// CHECK-NEXT: cmp_eq_f32_si32(16777216, 16777217) = 1
warp.func @cmp_eq_f32_si32(%a: f32, %b: si32) -> si32 {
  %c = warp.cmp eq, %a, %b : f32, si32
  %r = warp.cast %c : i1 to si32
  warp.return %r : si32
}
// CHECK-NEXT: neg_f32(0) = 0
// CHECK-NEXT: neg_f32(-0) = 0
// CHECK-NEXT: neg_f32(1.5) = -1.5
warp.func @neg_f32(%a: f32) -> f32 {
  %r = warp.neg %a : f32
  warp.return %r : f32
}
// CHECK-NEXT: neg_ui32(1) = 4294967295
warp.func @neg_ui32(%a: ui32) -> ui32 {
  %r = warp.neg %a : ui32
  warp.return %r : ui32
}
// CHECK-NEXT: not_si32(0) = 1
// CHECK-NEXT: not_si32(5) = 0
warp.func @not_si32(%a: si32) -> si32 {
  %n = warp.not %a : si32
  %r = warp.cast %n : i1 to si32
  warp.return %r : si32
}
// CHECK-NEXT: bit_not_ui8(200) = 55
warp.func @bit_not_ui8(%a: ui8) -> ui32 {
  %n = warp.bit_not %a : ui8
  %r = warp.cast %n : ui8 to ui32
  warp.return %r : ui32
}
// CHECK-NEXT: pow_f16(2, 10) = 1024
// CHECK-NEXT: pow_f16(3, 0.5) = 1.73242
warp.func @pow_f16(%a: f32, %b: f32) -> f32 {
  %x = warp.cast %a : f32 to f16
  %y = warp.cast %b : f32 to f16
  %p = warp.pow %x, %y : f16
  %r = warp.cast %p : f16 to f32
  warp.return %r : f32
}

// Composites, through the wrappers.

// CHECK-NEXT: mat_vec(9) = 50 122
warp.func @mat_vec(%m: !warp.mat<2x3xf32>, %v: !warp.vec<3xf32>) -> !warp.vec<2xf32> {
  %r = warp.mul %m, %v : (!warp.mat<2x3xf32>, !warp.vec<3xf32>) -> !warp.vec<2xf32>
  warp.return %r : !warp.vec<2xf32>
}
// CHECK-NEXT: vec_mat(9) = 17 28 39
warp.func @vec_mat(%v: !warp.vec<2xf32>, %m: !warp.mat<2x3xf32>) -> !warp.vec<3xf32> {
  %r = warp.mul %v, %m : (!warp.vec<2xf32>, !warp.mat<2x3xf32>) -> !warp.vec<3xf32>
  warp.return %r : !warp.vec<3xf32>
}
// CHECK-NEXT: mat_mat(9) = 17 -1 53 -1
warp.func @mat_mat(%a: !warp.mat<2x3xf32>, %b: !warp.mat<3x2xf32>) -> !warp.mat<2x2xf32> {
  %r = warp.matmul %a, %b : (!warp.mat<2x3xf32>, !warp.mat<3x2xf32>) -> !warp.mat<2x2xf32>
  warp.return %r : !warp.mat<2x2xf32>
}
// The sum starts at +0.0: (-1 * 0) + (-1 * 0) gives +0.0.
// CHECK-NEXT: mat_mat_zero(-1) = 0
warp.func @mat_mat_zero(%a: !warp.mat<2x2xf32>, %b: !warp.mat<2x2xf32>) -> !warp.mat<2x2xf32> {
  %r = warp.mul %a, %b : !warp.mat<2x2xf32>
  warp.return %r : !warp.mat<2x2xf32>
}
// CHECK-NEXT: quat_mul(5) = 24 48 48 -6
warp.func @quat_mul(%a: !warp.quat<f32>, %b: !warp.quat<f32>) -> !warp.quat<f32> {
  %r = warp.mul %a, %b : !warp.quat<f32>
  warp.return %r : !warp.quat<f32>
}
// CHECK-NEXT: transform_mul(4) = 165 333 357 24 48 48 -6
warp.func @transform_mul(%a: !warp.transform<f32>, %b: !warp.transform<f32>) -> !warp.transform<f32> {
  %r = warp.mul %a, %b : !warp.transform<f32>
  warp.return %r : !warp.transform<f32>
}
// Components flip sign: -(0.0) is -0.0 here.
// CHECK-NEXT: neg_vec(0) = -0 -1 2
warp.func @neg_vec(%v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %r = warp.neg %v : !warp.vec<3xf32>
  warp.return %r : !warp.vec<3xf32>
}
// CHECK-NEXT: div_vec(8) = 4 2 0.25 0.5
warp.func @div_vec(%s: f32, %v: !warp.vec<2xf32>) -> (!warp.vec<2xf32>, !warp.vec<2xf32>) {
  %a = warp.div %s, %v : (f32, !warp.vec<2xf32>) -> !warp.vec<2xf32>
  %b = warp.div %v, %s : (!warp.vec<2xf32>, f32) -> !warp.vec<2xf32>
  warp.return %a, %b : !warp.vec<2xf32>, !warp.vec<2xf32>
}
// CHECK-NEXT: vec_eq(nan) = 0
// CHECK-NEXT: vec_eq(3) = 1
warp.func @vec_eq(%a: !warp.vec<2xf32>, %b: !warp.vec<2xf32>) -> i1 {
  %r = warp.cmp eq, %a, %b : !warp.vec<2xf32>
  warp.return %r : i1
}
