// Bitwise operators round-trip on integers and integer composites.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @bits(
// CHECK: warp.bit_and %{{.*}}, %{{.*}} : si32
// CHECK: warp.bit_or %{{.*}}, %{{.*}} : ui8
// CHECK: warp.bit_xor %{{.*}}, %{{.*}} : si64
// CHECK: warp.shl %{{.*}}, %{{.*}} : si32
// CHECK: warp.shr %{{.*}}, %{{.*}} : ui8
// CHECK: warp.bit_not %{{.*}} : si64
// CHECK: warp.bit_and %{{.*}}, %{{.*}} : !warp.vec<3xui32>
// CHECK: warp.shl %{{.*}}, %{{.*}} : !warp.mat<2x2xsi16>
// CHECK: warp.bit_not %{{.*}} : !warp.vec<3xui32>
// GENERIC: "warp.bit_and"(%{{.*}}, %{{.*}}) : (si32, si32) -> si32
// GENERIC: "warp.bit_or"(%{{.*}}, %{{.*}}) : (ui8, ui8) -> ui8
// GENERIC: "warp.bit_xor"(%{{.*}}, %{{.*}}) : (si64, si64) -> si64
// GENERIC: "warp.shl"(%{{.*}}, %{{.*}}) : (si32, si32) -> si32
// GENERIC: "warp.shr"(%{{.*}}, %{{.*}}) : (ui8, ui8) -> ui8
// GENERIC: "warp.bit_not"(%{{.*}}) : (si64) -> si64
// GENERIC: "warp.bit_and"(%{{.*}}, %{{.*}}) : (!warp.vec<3xui32>, !warp.vec<3xui32>) -> !warp.vec<3xui32>
warp.kernel @bits(%i: si32, %u: ui8, %l: si64, %v: !warp.vec<3xui32>,
                  %m: !warp.mat<2x2xsi16>) {
  %0 = warp.bit_and %i, %i : si32
  %1 = warp.bit_or %u, %u : ui8
  %2 = warp.bit_xor %l, %l : si64
  %3 = warp.shl %i, %i : si32
  %4 = warp.shr %u, %u : ui8
  %5 = warp.bit_not %l : si64
  %6 = warp.bit_and %v, %v : !warp.vec<3xui32>
  %7 = warp.shl %m, %m : !warp.mat<2x2xsi16>
  %8 = warp.bit_not %v : !warp.vec<3xui32>
  warp.return
}
