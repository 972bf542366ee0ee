// Scalar conversions between every kind of Warp scalar, and componentwise
// conversions of vectors, matrices and quaternions, round-trip.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @casts(
// CHECK: warp.cast %{{.*}} : si32 to f32
// CHECK: warp.cast %{{.*}} : f32 to si32
// CHECK: warp.cast %{{.*}} : f64 to ui8
// CHECK: warp.cast %{{.*}} : f32 to i1
// CHECK: warp.cast %{{.*}} : i1 to f16
// CHECK: warp.cast %{{.*}} : si32 to si32
// CHECK: warp.cast %{{.*}} : !warp.vec<3xf32> to !warp.vec<3xf64>
// CHECK: warp.cast %{{.*}} : !warp.vec<3xf32> to !warp.vec<3xsi32>
// CHECK: warp.cast %{{.*}} : !warp.mat<2x3xf32> to !warp.mat<2x3xf16>
// CHECK: warp.cast %{{.*}} : !warp.quat<f32> to !warp.quat<f64>
// CHECK: warp.cast %{{.*}} : !warp.transform<f32> to !warp.transform<f32>
// GENERIC: "warp.cast"(%{{.*}}) : (si32) -> f32
// GENERIC: "warp.cast"(%{{.*}}) : (f32) -> si32
// GENERIC: "warp.cast"(%{{.*}}) : (f64) -> ui8
// GENERIC: "warp.cast"(%{{.*}}) : (f32) -> i1
// GENERIC: "warp.cast"(%{{.*}}) : (i1) -> f16
// GENERIC: "warp.cast"(%{{.*}}) : (!warp.vec<3xf32>) -> !warp.vec<3xf64>
// GENERIC: "warp.cast"(%{{.*}}) : (!warp.quat<f32>) -> !warp.quat<f64>
warp.kernel @casts(%i: si32, %f: f32, %d: f64, %b: i1, %v: !warp.vec<3xf32>,
                   %m: !warp.mat<2x3xf32>, %q: !warp.quat<f32>,
                   %t: !warp.transform<f32>) {
  %0 = warp.cast %i : si32 to f32
  %1 = warp.cast %f : f32 to si32
  %2 = warp.cast %d : f64 to ui8
  %3 = warp.cast %f : f32 to i1
  %4 = warp.cast %b : i1 to f16
  %5 = warp.cast %i : si32 to si32
  %6 = warp.cast %v : !warp.vec<3xf32> to !warp.vec<3xf64>
  %7 = warp.cast %v : !warp.vec<3xf32> to !warp.vec<3xsi32>
  %8 = warp.cast %m : !warp.mat<2x3xf32> to !warp.mat<2x3xf16>
  %9 = warp.cast %q : !warp.quat<f32> to !warp.quat<f64>
  %10 = warp.cast %t : !warp.transform<f32> to !warp.transform<f32>
  warp.return
}
