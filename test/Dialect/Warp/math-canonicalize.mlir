// What --canonicalize folds among the math builtins: exact operations on
// constants, and sinh, cosh and log10 of constants as warp-lang's CPU
// compiler folds them; no other libm function.
// RUN: warp-opt %s --canonicalize | FileCheck %s

// sign: -1 for negative values, 1 otherwise (zero, -0.0 and NaN included);
// step: 1 for negative values, 0 otherwise; nonzero: -0.0 is zero, NaN is
// not.
// CHECK-LABEL: warp.func @sign_step_nonzero_f32(
// CHECK-DAG: %[[M1:.*]] = warp.constant -1.000000e+00 : f32
// CHECK-DAG: %[[P1:.*]] = warp.constant 1.000000e+00 : f32
// CHECK-DAG: %[[Z:.*]] = warp.constant 0.000000e+00 : f32
// CHECK: warp.return %[[M1]], %[[P1]], %[[P1]], %[[P1]], %[[Z]], %[[Z]], %[[P1]] :
warp.func @sign_step_nonzero_f32() -> (f32, f32, f32, f32, f32, f32, f32) {
  %neg = warp.constant -2.500000e+00 : f32
  %negzero = warp.constant -0.000000e+00 : f32
  %nan = warp.constant 0x7FC00000 : f32
  %s1 = warp.sign %neg : f32
  %s2 = warp.sign %negzero : f32
  %s3 = warp.sign %nan : f32
  %t1 = warp.step %neg : f32
  %t2 = warp.step %negzero : f32
  %n1 = warp.nonzero %negzero : f32
  %n2 = warp.nonzero %nan : f32
  warp.return %s1, %s2, %s3, %t1, %t2, %n1, %n2 : f32, f32, f32, f32, f32, f32, f32
}

// Integers keep their signedness: an unsigned value is never negative, so
// sign gives 1 and step 0, and abs leaves it alone; abs of the most negative
// signed value wraps to itself as in C.
// CHECK-LABEL: warp.func @integers(
// CHECK-DAG: %[[SM1:.*]] = warp.constant -1 : si8
// CHECK-DAG: %[[MIN:.*]] = warp.constant -128 : si8
// CHECK-DAG: %[[U1:.*]] = warp.constant 1 : ui8
// CHECK-DAG: %[[U0:.*]] = warp.constant 0 : ui8
// CHECK-DAG: %[[U200:.*]] = warp.constant 200 : ui8
// CHECK-DAG: %[[S5:.*]] = warp.constant 5 : si8
// CHECK: warp.return %[[SM1]], %[[MIN]], %[[S5]], %[[U1]], %[[U0]], %[[U200]] :
warp.func @integers() -> (si8, si8, si8, ui8, ui8, ui8) {
  %min = warp.constant -128 : si8
  %m5 = warp.constant -5 : si8
  %big = warp.constant 200 : ui8
  %s = warp.sign %min : si8
  %a = warp.abs %min : si8
  %a5 = warp.abs %m5 : si8
  %us = warp.sign %big : ui8
  %ut = warp.step %big : ui8
  %ua = warp.abs %big : ui8
  warp.return %s, %a, %a5, %us, %ut, %ua : si8, si8, si8, ui8, ui8, ui8
}

// abs of a float clears the sign bit.
// CHECK-LABEL: warp.func @abs_f64(
// CHECK: %[[R:.*]] = warp.constant 0.000000e+00 : f64
// CHECK: warp.return %[[R]]
warp.func @abs_f64() -> f64 {
  %negzero = warp.constant -0.000000e+00 : f64
  %a = warp.abs %negzero : f64
  warp.return %a : f64
}

// Integer min, max and clamp fold with signedness; clamp is
// min(max(low, x), high), so low > high gives high.
// CHECK-LABEL: warp.func @min_max_clamp(
// CHECK-DAG: %[[A:.*]] = warp.constant 200 : ui8
// CHECK-DAG: %[[B:.*]] = warp.constant 3 : ui8
// CHECK-DAG: %[[C:.*]] = warp.constant -7 : si32
// CHECK-DAG: %[[H:.*]] = warp.constant 2 : si32
// CHECK: warp.return %[[B]], %[[A]], %[[C]], %[[H]] :
warp.func @min_max_clamp() -> (ui8, ui8, si32, si32) {
  %a = warp.constant 200 : ui8
  %b = warp.constant 3 : ui8
  %mn = warp.min %a, %b : ui8
  %mx = warp.max %a, %b : ui8
  %c = warp.constant -7 : si32
  %d = warp.constant 4 : si32
  %mi = warp.min %c, %d : si32
  %lo = warp.constant 9 : si32
  %hi = warp.constant 2 : si32
  %cl = warp.clamp %c, %lo, %hi : si32
  warp.return %mn, %mx, %mi, %cl : ui8, ui8, si32, si32
}

// min(x, x) is x, for floats too; float min of constants, whose choice
// between -0.0 and +0.0 is unspecified, stays; so do libm functions and
// vector operands.
// CHECK-LABEL: warp.func @kept(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[V:[^:]*]]: !warp.vec<3xf32>)
// CHECK-DAG: %[[MIN:.*]] = warp.min %{{.*}}, %{{.*}} : f32
// CHECK-DAG: %[[SIN:.*]] = warp.sin %{{.*}} : f32
// CHECK-DAG: %[[FLOOR:.*]] = warp.floor %{{.*}} : f32
// CHECK-DAG: %[[ABS:.*]] = warp.abs %[[V]] : !warp.vec<3xf32>
// CHECK-DAG: %[[CL:.*]] = warp.clamp %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK: warp.return %[[X]], %[[MIN]], %[[SIN]], %[[FLOOR]], %[[ABS]], %[[CL]] :
warp.func @kept(%x: f32, %v: !warp.vec<3xf32>) -> (f32, f32, f32, f32, !warp.vec<3xf32>, f32) {
  %xx = warp.min %x, %x : f32
  %pz = warp.constant 0.000000e+00 : f32
  %nz = warp.constant -0.000000e+00 : f32
  %mz = warp.min %pz, %nz : f32
  %one = warp.constant 1.000000e+00 : f32
  %s = warp.sin %one : f32
  %f = warp.floor %one : f32
  %a = warp.abs %v : !warp.vec<3xf32>
  %cl = warp.clamp %one, %pz, %one : f32
  warp.return %xx, %mz, %s, %f, %a, %cl : f32, f32, f32, f32, !warp.vec<3xf32>, f32
}

// sinh, cosh, log10 of constants: the double function rounded to float, as
// the compiler behind warp-lang 1.19.0's CPU kernels folds `::coshf(-1.25f)`
// (the values are warp-lang's: cosh(-1.25) is 0x3FF1B7E0, one ulp above
// glibc's coshf); f16 through float, f64 as is; sinh(100) overflows float
// to inf; log10 of zero or a negative stays, as the compiler leaves it.
// CHECK-LABEL: warp.func @libm_folds_like_warp(
// CHECK-DAG: %[[INF:.*]] = warp.constant 0x7F800000 : f32
// CHECK-DAG: %[[ZERO:.*]] = warp.constant 0.000000e+00 : f32
// CHECK-DAG: %[[COSH:.*]] = warp.constant 1.88842392 : f32
// CHECK-DAG: %[[COSH16:.*]] = warp.constant 1.888670e+00 : f16
// CHECK-DAG: %[[COSH64:.*]] = warp.constant 1.8884238771610158 : f64
// CHECK-DAG: %[[SINH:.*]] = warp.constant 0.758583664 : f32
// CHECK-DAG: %[[LOG10:.*]] = warp.constant 0.568201721 : f32
// CHECK-DAG: %[[LOG0:.*]] = warp.log10 %[[ZERO]] : f32
// CHECK: warp.return %[[COSH]], %[[COSH16]], %[[COSH64]], %[[SINH]], %[[INF]], %[[LOG10]], %[[LOG0]] :
warp.func @libm_folds_like_warp() -> (f32, f16, f64, f32, f32, f32, f32) {
  %c = warp.constant -1.25 : f32
  %cosh = warp.cosh %c : f32
  %h = warp.constant -1.25 : f16
  %cosh16 = warp.cosh %h : f16
  %d = warp.constant -1.25 : f64
  %cosh64 = warp.cosh %d : f64
  %s = warp.constant 0.7 : f32
  %sinh = warp.sinh %s : f32
  %big = warp.constant 100.0 : f32
  %inf = warp.sinh %big : f32
  %l = warp.constant 3.7 : f32
  %log10 = warp.log10 %l : f32
  %zero = warp.constant 0.0 : f32
  %log0 = warp.log10 %zero : f32
  warp.return %cosh, %cosh16, %cosh64, %sinh, %inf, %log10, %log0 : f32, f16, f64, f32, f32, f32, f32
}
