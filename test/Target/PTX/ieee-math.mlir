// Square roots and divisions are IEEE round-to-nearest, as in Warp's CUDA
// (compiled without fast math), never the approximate PTX instructions.
// RUN: warp-translate --warp-to-ptx %s | FileCheck %s
// CHECK-NOT: approx
// CHECK: sqrt.rn.f32
// CHECK: div.rn.f32
// CHECK: sqrt.rn.f64
// CHECK-NOT: approx
warp.kernel @k(%a: !warp.array<f32, 1>, %b: !warp.array<f64, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %s = warp.sqrt %x : f32
  %d = warp.div %s, %x : f32
  warp.store %d, %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f64, 1>, si32
  %t = warp.sqrt %y : f64
  warp.store %t, %b[%i] : !warp.array<f64, 1>, si32
  warp.return
}
