// What --canonicalize folds among the math builtins: exact operations on
// constants only. Nothing that calls libm folds, since its result could
// differ from what Warp's kernels compute at runtime.
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
