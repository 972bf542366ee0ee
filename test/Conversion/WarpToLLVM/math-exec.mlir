// Executes the lowered math builtins on the CPU and compares them with the
// values warp-lang 1.19.0 computes on the CPU for the same inputs
// (Inputs/composite_exec_reference.py prints them, labelled alike).
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-math-to-llvm --convert-math-to-libm \
// RUN:   --convert-to-llvm --reconcile-unrealized-casts \
// RUN:   | mlir-translate --mlir-to-llvmir -o %t.ll
// RUN: clang -O0 -w %t.ll %S/Inputs/math_exec_driver.c -o %t.exe -lm
// RUN: %t.exe | FileCheck %s --match-full-lines

// CHECK: math0 = 1
// CHECK-NEXT: math1 = -0.25
// CHECK-NEXT: math2 = 3
// CHECK-NEXT: math3 = -3
// CHECK-NEXT: math4 = 2
// CHECK-NEXT: math5 = 4
// CHECK-NEXT: math6 = 0.5
// CHECK-NEXT: math7 = 0.259259284
// CHECK-NEXT: math8 = 3.14159274
// CHECK-NEXT: math9 = 0
// CHECK-NEXT: math10 = -1.57079637
// CHECK-NEXT: math11 = 1
// CHECK-NEXT: math12 = 1
// CHECK-NEXT: math13 = -0
// CHECK-NEXT: math14 = 1
// CHECK-NEXT: math15 = 0.572957754
// CHECK-NEXT: math16 = 0.00523598818
// CHECK-NEXT: math17 = 0.520499885
// CHECK-NEXT: math18 = 0.479500115
// CHECK-NEXT: math19 = 3
// CHECK-NEXT: math20 = 2.3561945
// CHECK-NEXT: math21 = -2
// CHECK-NEXT: math22 = 1
// CHECK-NEXT: math23 = 1
// CHECK-NEXT: math24 = 1.60000002
// CHECK-NEXT: math25 = 0.47942555
// CHECK-NEXT: math26 = 0.462117165
// CHECK-NEXT: math27 = 0.30103001
// CHECK-NEXT: math28 = -1.5
// CHECK-NEXT: math29 = 2
// CHECK-NEXT: math30 = 1
// CHECK-NEXT: math31 = 0
// CHECK-NEXT: math32 = 1
// CHECK-NEXT: math33 = 0.573242188
// CHECK-NEXT: math34 = 0.479492188
// CHECK-NEXT: int0 = -2147483648
// CHECK-NEXT: int1 = -1
// CHECK-NEXT: int2 = 0
// CHECK-NEXT: int3 = 1
// CHECK-NEXT: int4 = 5
// CHECK-NEXT: int5 = -2
// CHECK-NEXT: int6 = 10

warp.func @sign_f(%x: f32) -> f32 {
  %r = warp.sign %x : f32
  warp.return %r : f32
}
warp.func @frac_f(%x: f32) -> f32 {
  %r = warp.frac %x : f32
  warp.return %r : f32
}
warp.func @round_f(%x: f32) -> f32 {
  %r = warp.round %x : f32
  warp.return %r : f32
}
warp.func @rint_f(%x: f32) -> f32 {
  %r = warp.rint %x : f32
  warp.return %r : f32
}
warp.func @smoothstep_f(%e0: f32, %e1: f32, %x: f32) -> f32 {
  %r = warp.smoothstep %e0, %e1, %x : f32
  warp.return %r : f32
}
warp.func @acos_f(%x: f32) -> f32 {
  %r = warp.acos %x : f32
  warp.return %r : f32
}
warp.func @asin_f(%x: f32) -> f32 {
  %r = warp.asin %x : f32
  warp.return %r : f32
}
warp.func @min_f(%a: f32, %b: f32) -> f32 {
  %r = warp.min %a, %b : f32
  warp.return %r : f32
}
warp.func @max_f(%a: f32, %b: f32) -> f32 {
  %r = warp.max %a, %b : f32
  warp.return %r : f32
}
warp.func @clamp_f(%x: f32, %lo: f32, %hi: f32) -> f32 {
  %r = warp.clamp %x, %lo, %hi : f32
  warp.return %r : f32
}
warp.func @degrees_f(%x: f32) -> f32 {
  %r = warp.degrees %x : f32
  warp.return %r : f32
}
warp.func @radians_f(%x: f32) -> f32 {
  %r = warp.radians %x : f32
  warp.return %r : f32
}
warp.func @erf_f(%x: f32) -> f32 {
  %r = warp.erf %x : f32
  warp.return %r : f32
}
warp.func @erfc_f(%x: f32) -> f32 {
  %r = warp.erfc %x : f32
  warp.return %r : f32
}
warp.func @cbrt_f(%x: f32) -> f32 {
  %r = warp.cbrt %x : f32
  warp.return %r : f32
}
warp.func @atan2_f(%y: f32, %x: f32) -> f32 {
  %r = warp.atan2 %y, %x : f32
  warp.return %r : f32
}
warp.func @copysign_f(%x: f32, %y: f32) -> f32 {
  %r = warp.copysign %x, %y : f32
  warp.return %r : f32
}
warp.func @step_f(%x: f32) -> f32 {
  %r = warp.step %x : f32
  warp.return %r : f32
}
warp.func @nonzero_f(%x: f32) -> f32 {
  %r = warp.nonzero %x : f32
  warp.return %r : f32
}
warp.func @lerp_f(%a: f32, %b: f32, %t: f32) -> f32 {
  %r = warp.lerp %a, %b, %t : f32
  warp.return %r : f32
}
warp.func @sin_f(%x: f32) -> f32 {
  %r = warp.sin %x : f32
  warp.return %r : f32
}
warp.func @tanh_f(%x: f32) -> f32 {
  %r = warp.tanh %x : f32
  warp.return %r : f32
}
warp.func @log10_f(%x: f32) -> f32 {
  %r = warp.log10 %x : f32
  warp.return %r : f32
}
warp.func @min_v(%a: f32, %b: f32, %c: f32) -> f32 {
  %v = warp.vec %a, %b, %c : !warp.vec<3xf32>
  %r = warp.min %v : !warp.vec<3xf32>
  warp.return %r : f32
}
warp.func @max_v(%a: f32, %b: f32, %c: f32) -> f32 {
  %v = warp.vec %a, %b, %c : !warp.vec<3xf32>
  %r = warp.max %v : !warp.vec<3xf32>
  warp.return %r : f32
}
warp.func @isnan_v(%a: f32, %b: f32, %c: f32) -> f32 {
  %v = warp.vec %a, %b, %c : !warp.vec<3xf32>
  %t = warp.isnan %v : !warp.vec<3xf32>
  %one = warp.constant 1.0 : f32
  %zero = warp.constant 0.0 : f32
  %r = warp.where %t, %one, %zero : i1, f32
  warp.return %r : f32
}
warp.func @isinf_m(%a: f32, %b: f32, %c: f32, %d: f32) -> f32 {
  %m = warp.mat %a, %b, %c, %d : !warp.mat<2x2xf32>
  %t = warp.isinf %m : !warp.mat<2x2xf32>
  %one = warp.constant 1.0 : f32
  %zero = warp.constant 0.0 : f32
  %r = warp.where %t, %one, %zero : i1, f32
  warp.return %r : f32
}
warp.func @isfinite_q(%a: f32, %b: f32, %c: f32, %d: f32) -> f32 {
  %q = warp.quat %a, %b, %c, %d : !warp.quat<f32>
  %t = warp.isfinite %q : !warp.quat<f32>
  %one = warp.constant 1.0 : f32
  %zero = warp.constant 0.0 : f32
  %r = warp.where %t, %one, %zero : i1, f32
  warp.return %r : f32
}
warp.func @degrees_h(%x: f16) -> f16 {
  %r = warp.degrees %x : f16
  warp.return %r : f16
}
warp.func @sin_h(%x: f16) -> f16 {
  %r = warp.sin %x : f16
  warp.return %r : f16
}

warp.func @abs_i(%x: si32) -> si32 {
  %r = warp.abs %x : si32
  warp.return %r : si32
}
warp.func @sign_i(%x: si32) -> si32 {
  %r = warp.sign %x : si32
  warp.return %r : si32
}
warp.func @step_u(%x: ui32) -> ui32 {
  %r = warp.step %x : ui32
  warp.return %r : ui32
}
warp.func @min_u(%a: ui32, %b: ui32) -> ui32 {
  %r = warp.min %a, %b : ui32
  warp.return %r : ui32
}
warp.func @max_vi(%a: si32, %b: si32, %c: si32) -> si32 {
  %v = warp.vec %a, %b, %c : !warp.vec<3xsi32>
  %r = warp.max %v : !warp.vec<3xsi32>
  warp.return %r : si32
}
warp.func @clamp_i(%x: si32, %lo: si32, %hi: si32) -> si32 {
  %r = warp.clamp %x, %lo, %hi : si32
  warp.return %r : si32
}
warp.func @where_i(%c: si32, %a: si32, %b: si32) -> si32 {
  %r = warp.where %c, %a, %b : si32, si32
  warp.return %r : si32
}
