// Array element access, views, shapes and atomics round-trip.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @access(
// CHECK: %[[ROW:.*]] = warp.view %{{.*}}[%{{.*}}] : !warp.array<f32, 3>, si32 -> !warp.array<f32, 2>
// CHECK: warp.view %[[ROW]][%{{.*}}] : !warp.array<f32, 2>, si64 -> !warp.array<f32, 1>
// CHECK: warp.view %{{.*}}[%{{.*}}, %{{.*}}] : !warp.array<f32, 3>, si32, si32 -> !warp.array<f32, 1>
// CHECK: warp.shape %{{.*}}[2] : !warp.array<f32, 3>
// CHECK: warp.load %{{.*}}[%{{.*}}] : !warp.array<f32, 1>, si32
// CHECK: warp.store %{{.*}}, %{{.*}}[%{{.*}}] : !warp.array<!warp.mat<3x3xf32>, 1>, ui64
// GENERIC: "warp.view"(%{{.*}}, %{{.*}}) : (!warp.array<f32, 3>, si32) -> !warp.array<f32, 2>
// GENERIC: "warp.shape"(%{{.*}}) <{dim = 2 : i32}> : (!warp.array<f32, 3>) -> si32
warp.kernel @access(%a: !warp.array<f32, 3>, %m: !warp.array<!warp.mat<3x3xf32>, 1>, %k: si64, %u: ui64) {
  %i = warp.tid
  %row = warp.view %a[%i] : !warp.array<f32, 3>, si32 -> !warp.array<f32, 2>
  %col = warp.view %row[%k] : !warp.array<f32, 2>, si64 -> !warp.array<f32, 1>
  %col2 = warp.view %a[%i, %i] : !warp.array<f32, 3>, si32, si32 -> !warp.array<f32, 1>
  %n = warp.shape %a[2] : !warp.array<f32, 3>
  // a[-1]: negative indices count from the end.
  %last = warp.constant -1 : si32
  %x = warp.load %col[%last] : !warp.array<f32, 1>, si32
  warp.store %x, %col2[%n] : !warp.array<f32, 1>, si32
  %z = warp.zero : !warp.mat<3x3xf32>
  warp.store %z, %m[%u] : !warp.array<!warp.mat<3x3xf32>, 1>, ui64
  warp.return
}

// Every atomic kind returns the old value.
// CHECK-LABEL: warp.kernel @atomics(
// CHECK: warp.atomic add %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f32, 1>, si32
// CHECK: warp.atomic sub %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f32, 1>, si32
// CHECK: warp.atomic min %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f32, 1>, si32
// CHECK: warp.atomic max %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f32, 1>, si32
// CHECK: warp.atomic exch %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f32, 1>, si32
// CHECK: warp.atomic and %{{.*}}[%{{.*}}, %{{.*}}], %{{.*}} : !warp.array<ui32, 2>, si32, si32
// CHECK: warp.atomic or %{{.*}}[%{{.*}}, %{{.*}}], %{{.*}} : !warp.array<ui32, 2>, si32, si32
// CHECK: warp.atomic xor %{{.*}}[%{{.*}}, %{{.*}}], %{{.*}} : !warp.array<ui32, 2>, si32, si32
// CHECK: warp.atomic_cas %{{.*}}[%{{.*}}, %{{.*}}], %{{.*}}, %{{.*}} : !warp.array<ui32, 2>, si32, si32
// CHECK: warp.atomic add %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<!warp.vec<3xf32>, 1>, si32
// CHECK: warp.atomic add %{{.*}}[%{{.*}}], %{{.*}} : !warp.array<f16, 1>, si32
// GENERIC: "warp.atomic"(%{{.*}}, %{{.*}}, %{{.*}}) <{kind = 0 : i32}> : (!warp.array<f32, 1>, si32, f32) -> f32
// GENERIC: "warp.atomic_cas"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (!warp.array<ui32, 2>, si32, si32, ui32, ui32) -> ui32
warp.kernel @atomics(%f: !warp.array<f32, 1>, %b: !warp.array<ui32, 2>, %v: !warp.array<!warp.vec<3xf32>, 1>, %h: !warp.array<f16, 1>, %x: f32, %m: ui32, %w: !warp.vec<3xf32>, %hx: f16) {
  %i = warp.tid
  %0 = warp.atomic add %f[%i], %x : !warp.array<f32, 1>, si32
  %1 = warp.atomic sub %f[%i], %x : !warp.array<f32, 1>, si32
  %2 = warp.atomic min %f[%i], %x : !warp.array<f32, 1>, si32
  %3 = warp.atomic max %f[%i], %x : !warp.array<f32, 1>, si32
  %4 = warp.atomic exch %f[%i], %x : !warp.array<f32, 1>, si32
  %5 = warp.atomic and %b[%i, %i], %m : !warp.array<ui32, 2>, si32, si32
  %6 = warp.atomic or %b[%i, %i], %m : !warp.array<ui32, 2>, si32, si32
  %7 = warp.atomic xor %b[%i, %i], %m : !warp.array<ui32, 2>, si32, si32
  %8 = warp.atomic_cas %b[%i, %i], %m, %7 : !warp.array<ui32, 2>, si32, si32
  %9 = warp.atomic add %v[%i], %w : !warp.array<!warp.vec<3xf32>, 1>, si32
  %10 = warp.atomic add %h[%i], %hx : !warp.array<f16, 1>, si32
  warp.return
}
