// Comparisons and `not` round-trip; the predicate prints as a keyword and
// mixed scalar comparands print both types.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @compare(
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : f32
// CHECK: warp.cmp ne, %{{.*}}, %{{.*}} : si32
// CHECK: warp.cmp lt, %{{.*}}, %{{.*}} : ui8
// CHECK: warp.cmp le, %{{.*}}, %{{.*}} : f16
// CHECK: warp.cmp gt, %{{.*}}, %{{.*}} : i1
// CHECK: warp.cmp ge, %{{.*}}, %{{.*}} : f32, si32
// CHECK: warp.cmp lt, %{{.*}}, %{{.*}} : si32, ui32
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : i1, si32
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : !warp.vec<3xf32>
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : !warp.mat<2x2xsi32>
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : !warp.quat<f64>
// CHECK: warp.cmp eq, %{{.*}}, %{{.*}} : !warp.transform<f32>
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 0 : i64}> : (f32, f32) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 1 : i64}> : (si32, si32) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 2 : i64}> : (ui8, ui8) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 3 : i64}> : (f16, f16) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 4 : i64}> : (i1, i1) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 5 : i64}> : (f32, si32) -> i1
// GENERIC: "warp.cmp"(%{{.*}}, %{{.*}}) <{predicate = 0 : i64}> : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> i1
warp.kernel @compare(%f: f32, %i: si32, %u: ui8, %h: f16, %b: i1, %w: ui32,
                     %v: !warp.vec<3xf32>, %m: !warp.mat<2x2xsi32>,
                     %q: !warp.quat<f64>, %t: !warp.transform<f32>) {
  %0 = warp.cmp eq, %f, %f : f32
  %1 = warp.cmp ne, %i, %i : si32
  %2 = warp.cmp lt, %u, %u : ui8
  %3 = warp.cmp le, %h, %h : f16
  %4 = warp.cmp gt, %b, %b : i1
  %5 = warp.cmp ge, %f, %i : f32, si32
  %6 = warp.cmp lt, %i, %w : si32, ui32
  %7 = warp.cmp eq, %b, %i : i1, si32
  %8 = warp.cmp eq, %v, %v : !warp.vec<3xf32>
  %9 = warp.cmp eq, %m, %m : !warp.mat<2x2xsi32>
  %10 = warp.cmp eq, %q, %q : !warp.quat<f64>
  %11 = warp.cmp eq, %t, %t : !warp.transform<f32>
  warp.return
}

// CHECK-LABEL: warp.func @truthiness(
// CHECK: warp.not %{{.*}} : i1
// CHECK: warp.not %{{.*}} : ui64
// CHECK: %[[N:.*]] = warp.not %{{.*}} : !warp.array<f32, 2>
// CHECK: warp.return %[[N]] : i1
// GENERIC: "warp.not"(%{{.*}}) : (i1) -> i1
// GENERIC: "warp.not"(%{{.*}}) : (ui64) -> i1
// GENERIC: "warp.not"(%{{.*}}) : (!warp.array<f32, 2>) -> i1
warp.func @truthiness(%b: i1, %n: ui64, %a: !warp.array<f32, 2>) -> i1 {
  %0 = warp.not %b : i1
  %1 = warp.not %n : ui64
  %2 = warp.not %a : !warp.array<f32, 2>
  warp.return %2 : i1
}
