// Executes the lowered composite and struct builtins on the CPU and compares
// them with the values warp-lang 1.19.0 computes on the CPU for the same
// expressions (Inputs/composite_exec_reference.py prints them, labelled
// alike; Inputs/composite_exec_driver.c makes the calls). Indices are
// arguments, so extract and insert take their dynamic paths.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-math-to-llvm --convert-math-to-libm \
// RUN:   --convert-to-llvm --reconcile-unrealized-casts \
// RUN:   | mlir-translate --mlir-to-llvmir -o %t.ll
// RUN: clang -O0 -w %t.ll %S/Inputs/composite_exec_driver.c -o %t.exe -lm
// RUN: %t.exe | FileCheck %s --match-full-lines

// CHECK: comp0 = 38.7200012
// CHECK-NEXT: comp1 = -0
// CHECK-NEXT: comp2 = 0
// CHECK-NEXT: comp3 = -19.222496
// CHECK-NEXT: comp4 = 85.2410889
// CHECK-NEXT: comp5 = 0.6167624
// CHECK-NEXT: comp6 = 0.253609091
// CHECK-NEXT: comp7 = 0
// CHECK-NEXT: comp8 = 0.386292845
// CHECK-NEXT: comp9 = 0.800000012
// CHECK-NEXT: comp10 = 0
// CHECK-NEXT: comp11 = 1
// CHECK-NEXT: comp12 = 5.85234976
// CHECK-NEXT: comp13 = 1.87430251
// CHECK-NEXT: comp14 = -3.01188231
// CHECK-NEXT: comp15 = 1.87430251
// CHECK-NEXT: comp16 = -2.05999994
// CHECK-NEXT: comp17 = -5.80000019
// CHECK-NEXT: comp18 = 3.29999995
// CHECK-NEXT: comp19 = 9
// CHECK-NEXT: comp20 = -3.63000011
// CHECK-NEXT: comp21 = 38.7200012
// CHECK-NEXT: comp22 = 1.10000002
// CHECK-NEXT: comp23 = 3.19000006
// CHECK-NEXT: comp24 = -0.0916432887
// CHECK-NEXT: comp25 = 0.939372718
// CHECK-NEXT: comp26 = 8.02499962
// CHECK-NEXT: comp27 = 0.5
// CHECK-NEXT: comp28 = 6.5999999
// CHECK-NEXT: comp29 = 3.29999995
// CHECK-NEXT: comp30 = 2
// CHECK-NEXT: comp31 = 5
// CHECK-NEXT: comp32 = 0
// CHECK-NEXT: comp33 = 1
// CHECK-NEXT: comp34 = 1
// CHECK-NEXT: comp35 = 1
// CHECK-NEXT: struct0 = 7.25

!Particle = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @dot3(%x0: f32, %x1: f32, %x2: f32, %y0: f32, %y1: f32, %y2: f32) -> f32 {
  %x = warp.vec %x0, %x1, %x2 : !warp.vec<3xf32>
  %y = warp.vec %y0, %y1, %y2 : !warp.vec<3xf32>
  %r = warp.dot %x, %y : !warp.vec<3xf32>
  warp.return %r : f32
}

warp.func @dot4(%s: f32, %u: f32) -> f32 {
  %x = warp.vec %s : !warp.vec<4xf32>
  %y = warp.vec %u : !warp.vec<4xf32>
  %r = warp.dot %x, %y : !warp.vec<4xf32>
  warp.return %r : f32
}

warp.func @det3() -> f32 {
  %m30 = warp.constant 1.5 : f32
  %m31 = warp.constant 2.25 : f32
  %m32 = warp.constant -3.1 : f32
  %m33 = warp.constant 0.7 : f32
  %m34 = warp.constant 5.3 : f32
  %m35 = warp.constant 2.2 : f32
  %m36 = warp.constant -1.9 : f32
  %m37 = warp.constant 0.4 : f32
  %m38 = warp.constant 3.7 : f32
  %m3 = warp.mat %m30, %m31, %m32, %m33, %m34, %m35, %m36, %m37, %m38 : !warp.mat<3x3xf32>
  %r = warp.determinant %m3 : !warp.mat<3x3xf32>
  warp.return %r : f32
}

warp.func @det4() -> f32 {
  %m40 = warp.constant 1.5 : f32
  %m41 = warp.constant 2.25 : f32
  %m42 = warp.constant -3.1 : f32
  %m43 = warp.constant 0.7 : f32
  %m44 = warp.constant 5.3 : f32
  %m45 = warp.constant 2.2 : f32
  %m46 = warp.constant -1.9 : f32
  %m47 = warp.constant 0.4 : f32
  %m48 = warp.constant 3.7 : f32
  %m49 = warp.constant 1.1 : f32
  %m410 = warp.constant 0.3 : f32
  %m411 = warp.constant -2.6 : f32
  %m412 = warp.constant 0.9 : f32
  %m413 = warp.constant -4.2 : f32
  %m414 = warp.constant 1.7 : f32
  %m415 = warp.constant 2.9 : f32
  %m4 = warp.mat %m40, %m41, %m42, %m43, %m44, %m45, %m46, %m47, %m48, %m49, %m410, %m411, %m412, %m413, %m414, %m415 : !warp.mat<4x4xf32>
  %r = warp.determinant %m4 : !warp.mat<4x4xf32>
  warp.return %r : f32
}

warp.func @inv4(%i: si32, %j: si32) -> f32 {
  %m40 = warp.constant 1.5 : f32
  %m41 = warp.constant 2.25 : f32
  %m42 = warp.constant -3.1 : f32
  %m43 = warp.constant 0.7 : f32
  %m44 = warp.constant 5.3 : f32
  %m45 = warp.constant 2.2 : f32
  %m46 = warp.constant -1.9 : f32
  %m47 = warp.constant 0.4 : f32
  %m48 = warp.constant 3.7 : f32
  %m49 = warp.constant 1.1 : f32
  %m410 = warp.constant 0.3 : f32
  %m411 = warp.constant -2.6 : f32
  %m412 = warp.constant 0.9 : f32
  %m413 = warp.constant -4.2 : f32
  %m414 = warp.constant 1.7 : f32
  %m415 = warp.constant 2.9 : f32
  %m4 = warp.mat %m40, %m41, %m42, %m43, %m44, %m45, %m46, %m47, %m48, %m49, %m410, %m411, %m412, %m413, %m414, %m415 : !warp.mat<4x4xf32>
  %n = warp.inverse %m4 : !warp.mat<4x4xf32>
  %r = warp.extract %n[%i, %j] : !warp.mat<4x4xf32>, si32, si32
  warp.return %r : f32
}

warp.func @inv3(%i: si32, %j: si32) -> f32 {
  %m30 = warp.constant 1.5 : f32
  %m31 = warp.constant 2.25 : f32
  %m32 = warp.constant -3.1 : f32
  %m33 = warp.constant 0.7 : f32
  %m34 = warp.constant 5.3 : f32
  %m35 = warp.constant 2.2 : f32
  %m36 = warp.constant -1.9 : f32
  %m37 = warp.constant 0.4 : f32
  %m38 = warp.constant 3.7 : f32
  %m3 = warp.mat %m30, %m31, %m32, %m33, %m34, %m35, %m36, %m37, %m38 : !warp.mat<3x3xf32>
  %n = warp.inverse %m3 : !warp.mat<3x3xf32>
  %r = warp.extract %n[%i, %j] : !warp.mat<3x3xf32>, si32, si32
  warp.return %r : f32
}

warp.func @inv2_singular(%i: si32, %j: si32) -> f32 {
  %s0 = warp.constant 1.0 : f32
  %s1 = warp.constant 2.0 : f32
  %s2 = warp.constant 2.0 : f32
  %s3 = warp.constant 4.0 : f32
  %s = warp.mat %s0, %s1, %s2, %s3 : !warp.mat<2x2xf32>
  %n = warp.inverse %s : !warp.mat<2x2xf32>
  %r = warp.extract %n[%i, %j] : !warp.mat<2x2xf32>, si32, si32
  warp.return %r : f32
}

warp.func @inv2(%i: si32, %j: si32) -> f32 {
  %m20 = warp.constant 1.5 : f32
  %m21 = warp.constant 2.25 : f32
  %m22 = warp.constant -3.1 : f32
  %m23 = warp.constant 0.7 : f32
  %m2 = warp.mat %m20, %m21, %m22, %m23 : !warp.mat<2x2xf32>
  %n = warp.inverse %m2 : !warp.mat<2x2xf32>
  %r = warp.extract %n[%i, %j] : !warp.mat<2x2xf32>, si32, si32
  warp.return %r : f32
}

warp.func @norm3(%x: f32, %y: f32, %z: f32, %i: si32) -> f32 {
  %w = warp.vec %x, %y, %z : !warp.vec<3xf32>
  %n = warp.normalize %w : !warp.vec<3xf32>
  %r = warp.extract %n[%i] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @normq(%x: f32, %y: f32, %z: f32, %w: f32, %i: si32) -> f32 {
  %q = warp.quat %x, %y, %z, %w : !warp.quat<f32>
  %n = warp.normalize %q : !warp.quat<f32>
  %r = warp.extract %n[%i] : !warp.quat<f32>, si32
  warp.return %r : f32
}

warp.func @len4(%x: f32, %y: f32, %z: f32, %w: f32) -> f32 {
  %v = warp.vec %x, %y, %z, %w : !warp.vec<4xf32>
  %r = warp.length %v : !warp.vec<4xf32>
  warp.return %r : f32
}

warp.func @rotate(%i: si32) -> f32 {
  %ax0 = warp.constant 1.0 : f32
  %ax1 = warp.constant 2.0 : f32
  %ax2 = warp.constant 3.0 : f32
  %axis = warp.vec %ax0, %ax1, %ax2 : !warp.vec<3xf32>
  %unit = warp.normalize %axis : !warp.vec<3xf32>
  %angle = warp.constant 0.7 : f32
  %q = warp.quat_from_axis_angle %unit, %angle : !warp.vec<3xf32>
  %v0 = warp.constant 0.3 : f32
  %v1 = warp.constant -1.2 : f32
  %v2 = warp.constant 2.5 : f32
  %v = warp.vec %v0, %v1, %v2 : !warp.vec<3xf32>
  %o = warp.quat_rotate %q, %v : !warp.quat<f32>
  %r = warp.extract %o[%i] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @xform_point(%j: si32) -> f32 {
  %ax0 = warp.constant 1.0 : f32
  %ax1 = warp.constant 2.0 : f32
  %ax2 = warp.constant 3.0 : f32
  %axis = warp.vec %ax0, %ax1, %ax2 : !warp.vec<3xf32>
  %unit = warp.normalize %axis : !warp.vec<3xf32>
  %angle = warp.constant 0.7 : f32
  %q = warp.quat_from_axis_angle %unit, %angle : !warp.vec<3xf32>
  %p0 = warp.constant 1.0 : f32
  %p1 = warp.constant -2.0 : f32
  %p2 = warp.constant 0.5 : f32
  %p = warp.vec %p0, %p1, %p2 : !warp.vec<3xf32>
  %t = warp.transform %p, %q : !warp.transform<f32>
  %v0 = warp.constant 0.3 : f32
  %v1 = warp.constant -1.2 : f32
  %v2 = warp.constant 2.5 : f32
  %v = warp.vec %v0, %v1, %v2 : !warp.vec<3xf32>
  %o = warp.transform_point %t, %v : !warp.transform<f32>
  %r = warp.extract %o[%j] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @xform_vector(%k: si32) -> f32 {
  %ax0 = warp.constant 1.0 : f32
  %ax1 = warp.constant 2.0 : f32
  %ax2 = warp.constant 3.0 : f32
  %axis = warp.vec %ax0, %ax1, %ax2 : !warp.vec<3xf32>
  %unit = warp.normalize %axis : !warp.vec<3xf32>
  %angle = warp.constant 0.7 : f32
  %q = warp.quat_from_axis_angle %unit, %angle : !warp.vec<3xf32>
  %p0 = warp.constant 1.0 : f32
  %p1 = warp.constant -2.0 : f32
  %p2 = warp.constant 0.5 : f32
  %p = warp.vec %p0, %p1, %p2 : !warp.vec<3xf32>
  %t = warp.transform %p, %q : !warp.transform<f32>
  %v0 = warp.constant 0.3 : f32
  %v1 = warp.constant -1.2 : f32
  %v2 = warp.constant 2.5 : f32
  %v = warp.vec %v0, %v1, %v2 : !warp.vec<3xf32>
  %o = warp.transform_vector %t, %v : !warp.transform<f32>
  %r = warp.extract %o[%k] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @mat_point(%i: si32) -> f32 {
  %m40 = warp.constant 1.5 : f32
  %m41 = warp.constant 2.25 : f32
  %m42 = warp.constant -3.1 : f32
  %m43 = warp.constant 0.7 : f32
  %m44 = warp.constant 5.3 : f32
  %m45 = warp.constant 2.2 : f32
  %m46 = warp.constant -1.9 : f32
  %m47 = warp.constant 0.4 : f32
  %m48 = warp.constant 3.7 : f32
  %m49 = warp.constant 1.1 : f32
  %m410 = warp.constant 0.3 : f32
  %m411 = warp.constant -2.6 : f32
  %m412 = warp.constant 0.9 : f32
  %m413 = warp.constant -4.2 : f32
  %m414 = warp.constant 1.7 : f32
  %m415 = warp.constant 2.9 : f32
  %m4 = warp.mat %m40, %m41, %m42, %m43, %m44, %m45, %m46, %m47, %m48, %m49, %m410, %m411, %m412, %m413, %m414, %m415 : !warp.mat<4x4xf32>
  %v0 = warp.constant 0.3 : f32
  %v1 = warp.constant -1.2 : f32
  %v2 = warp.constant 2.5 : f32
  %v = warp.vec %v0, %v1, %v2 : !warp.vec<3xf32>
  %o = warp.transform_point %m4, %v : !warp.mat<4x4xf32>
  %r = warp.extract %o[%i] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @mat_vector(%j: si32) -> f32 {
  %m40 = warp.constant 1.5 : f32
  %m41 = warp.constant 2.25 : f32
  %m42 = warp.constant -3.1 : f32
  %m43 = warp.constant 0.7 : f32
  %m44 = warp.constant 5.3 : f32
  %m45 = warp.constant 2.2 : f32
  %m46 = warp.constant -1.9 : f32
  %m47 = warp.constant 0.4 : f32
  %m48 = warp.constant 3.7 : f32
  %m49 = warp.constant 1.1 : f32
  %m410 = warp.constant 0.3 : f32
  %m411 = warp.constant -2.6 : f32
  %m412 = warp.constant 0.9 : f32
  %m413 = warp.constant -4.2 : f32
  %m414 = warp.constant 1.7 : f32
  %m415 = warp.constant 2.9 : f32
  %m4 = warp.mat %m40, %m41, %m42, %m43, %m44, %m45, %m46, %m47, %m48, %m49, %m410, %m411, %m412, %m413, %m414, %m415 : !warp.mat<4x4xf32>
  %v0 = warp.constant 0.3 : f32
  %v1 = warp.constant -1.2 : f32
  %v2 = warp.constant 2.5 : f32
  %v = warp.vec %v0, %v1, %v2 : !warp.vec<3xf32>
  %o = warp.transform_vector %m4, %v : !warp.mat<4x4xf32>
  %r = warp.extract %o[%j] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @extract_neg(%k: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %r = warp.extract %a[%k] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @insert_neg(%k: si32, %which: si32) -> f32 {
  %c1 = warp.constant 1.0 : f32
  %c2 = warp.constant 2.0 : f32
  %c3 = warp.constant 3.0 : f32
  %c9 = warp.constant 9.0 : f32
  %v = warp.vec %c1, %c2, %c3 : !warp.vec<3xf32>
  %w = warp.insert %c9 into %v[%k] : !warp.vec<3xf32>, si32
  %r = warp.extract %w[%which] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @cross(%i: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %b0 = warp.constant 4.4 : f32
  %b1 = warp.constant 5.5 : f32
  %b2 = warp.constant 6.6 : f32
  %b = warp.vec %b0, %b1, %b2 : !warp.vec<3xf32>
  %c = warp.cross %a, %b : !warp.vec<3xf32>
  %r = warp.extract %c[%i] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @trace_outer() -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %b0 = warp.constant 4.4 : f32
  %b1 = warp.constant 5.5 : f32
  %b2 = warp.constant 6.6 : f32
  %b = warp.vec %b0, %b1, %b2 : !warp.vec<3xf32>
  %o = warp.outer %a, %b : !warp.vec<3xf32>, !warp.vec<3xf32> -> !warp.mat<3x3xf32>
  %r = warp.trace %o : !warp.mat<3x3xf32>
  warp.return %r : f32
}

warp.func @skew(%i: si32, %j: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %s = warp.skew %a : !warp.vec<3xf32>
  %r = warp.extract %s[%i, %j] : !warp.mat<3x3xf32>, si32, si32
  warp.return %r : f32
}

warp.func @lerp3(%j: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %b0 = warp.constant 4.4 : f32
  %b1 = warp.constant 5.5 : f32
  %b2 = warp.constant 6.6 : f32
  %b = warp.vec %b0, %b1, %b2 : !warp.vec<3xf32>
  %t = warp.constant 0.3 : f32
  %l = warp.lerp %a, %b, %t : !warp.vec<3xf32>
  %r = warp.extract %l[%j] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @quat_inv(%k: si32) -> f32 {
  %ax0 = warp.constant 1.0 : f32
  %ax1 = warp.constant 2.0 : f32
  %ax2 = warp.constant 3.0 : f32
  %axis = warp.vec %ax0, %ax1, %ax2 : !warp.vec<3xf32>
  %unit = warp.normalize %axis : !warp.vec<3xf32>
  %angle = warp.constant 0.7 : f32
  %q = warp.quat_from_axis_angle %unit, %angle : !warp.vec<3xf32>
  %n = warp.quat_inverse %q : !warp.quat<f32>
  %r = warp.extract %n[%k] : !warp.quat<f32>, si32
  warp.return %r : f32
}

warp.func @get_rotation(%k: si32) -> f32 {
  %ax0 = warp.constant 1.0 : f32
  %ax1 = warp.constant 2.0 : f32
  %ax2 = warp.constant 3.0 : f32
  %axis = warp.vec %ax0, %ax1, %ax2 : !warp.vec<3xf32>
  %unit = warp.normalize %axis : !warp.vec<3xf32>
  %angle = warp.constant 0.7 : f32
  %q = warp.quat_from_axis_angle %unit, %angle : !warp.vec<3xf32>
  %p0 = warp.constant 1.0 : f32
  %p1 = warp.constant -2.0 : f32
  %p2 = warp.constant 0.5 : f32
  %p = warp.vec %p0, %p1, %p2 : !warp.vec<3xf32>
  %t = warp.transform %p, %q : !warp.transform<f32>
  %g = warp.transform_get_rotation %t : !warp.transform<f32>
  %r = warp.extract %g[%k] : !warp.quat<f32>, si32
  warp.return %r : f32
}

warp.func @det2() -> f32 {
  %m20 = warp.constant 1.5 : f32
  %m21 = warp.constant 2.25 : f32
  %m22 = warp.constant -3.1 : f32
  %m23 = warp.constant 0.7 : f32
  %m2 = warp.mat %m20, %m21, %m22, %m23 : !warp.mat<2x2xf32>
  %r = warp.determinant %m2 : !warp.mat<2x2xf32>
  warp.return %r : f32
}

warp.func @cw_div(%i: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %b0 = warp.constant 4.4 : f32
  %b1 = warp.constant 5.5 : f32
  %b2 = warp.constant 6.6 : f32
  %b = warp.vec %b0, %b1, %b2 : !warp.vec<3xf32>
  %c = warp.cw_div %a, %b : !warp.vec<3xf32>
  %r = warp.extract %c[%i] : !warp.vec<3xf32>, si32
  warp.return %r : f32
}

warp.func @transpose_rows(%i: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %b0 = warp.constant 4.4 : f32
  %b1 = warp.constant 5.5 : f32
  %b2 = warp.constant 6.6 : f32
  %b = warp.vec %b0, %b1, %b2 : !warp.vec<3xf32>
  %m = warp.matrix_from_rows %a, %b : !warp.mat<2x3xf32>
  %t = warp.transpose %m : !warp.mat<2x3xf32>
  %one = warp.constant 1 : si32
  %r = warp.extract %t[%i, %one] : !warp.mat<3x2xf32>, si32, si32
  warp.return %r : f32
}

warp.func @diag(%i: si32) -> f32 {
  %a0 = warp.constant 1.1 : f32
  %a1 = warp.constant 2.2 : f32
  %a2 = warp.constant 3.3 : f32
  %a = warp.vec %a0, %a1, %a2 : !warp.vec<3xf32>
  %d = warp.diag %a : !warp.vec<3xf32>
  %r = warp.extract %d[%i, %i] : !warp.mat<3x3xf32>, si32, si32
  warp.return %r : f32
}

warp.func @insert_mat(%i: si32, %j: si32, %k: si32, %l: si32) -> f32 {
  %m = warp.identity : !warp.mat<3x3xf32>
  %five = warp.constant 5.0 : f32
  %n = warp.insert %five into %m[%i, %j] : !warp.mat<3x3xf32>, si32, si32
  %r = warp.extract %n[%k, %l] : !warp.mat<3x3xf32>, si32, si32
  warp.return %r : f32
}

warp.func @quat_identity(%k: si32) -> f32 {
  %q = warp.identity : !warp.quat<f32>
  %r = warp.extract %q[%k] : !warp.quat<f32>, si32
  warp.return %r : f32
}

warp.func @transform_identity(%k: si32) -> f32 {
  %t = warp.identity : !warp.transform<f32>
  %r = warp.extract %t[%k] : !warp.transform<f32>, si32
  warp.return %r : f32
}

warp.func @struct_mass(%x: f32) -> f32 {
  %z = warp.zero : !Particle
  %c2 = warp.constant 2.0 : f32
  %c3 = warp.constant 3.0 : f32
  %pos = warp.vec %x, %c2, %c3 : !warp.vec<3xf32>
  %p1 = warp.setfield %z["pos"] = %pos : !Particle
  %m = warp.constant 4.5 : f32
  %p2 = warp.setfield %p1["mass"] = %m : !Particle
  %pp = warp.getfield %p2["pos"] : !Particle
  %zero = warp.constant 0 : si32
  %x0 = warp.extract %pp[%zero] : !warp.vec<3xf32>, si32
  %p3 = warp.setfield %p2["mass"] = %x0 : !Particle
  %r = warp.getfield %p3["mass"] : !Particle
  warp.return %r : f32
}
