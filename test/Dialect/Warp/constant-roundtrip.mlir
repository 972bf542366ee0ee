// Literals carry Warp's types; zero values exist for every value type.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: warp-opt %s --canonicalize | FileCheck %s --check-prefix=CANON

// CHECK-LABEL: warp.func @literals(
// CHECK: warp.constant 1 : si32
// CHECK: warp.constant -3 : si64
// CHECK: warp.constant 255 : ui8
// CHECK: warp.constant 1.500000e+00 : f32
// CHECK: warp.constant 2.500000e-01 : f64
// CHECK: warp.constant 1.000000e+00 : f16
// CHECK: warp.constant true
// CHECK: warp.constant false
// GENERIC: "warp.constant"() <{value = 1 : si32}> : () -> si32
// GENERIC: "warp.constant"() <{value = true}> : () -> i1
warp.func @literals() -> (si32, si64, ui8, f32, f64, f16, i1, i1) {
  %a = warp.constant 1 : si32
  %b = warp.constant -3 : si64
  %c = warp.constant 255 : ui8
  %d = warp.constant 1.5 : f32
  %e = warp.constant 0.25 : f64
  %f = warp.constant 1.0 : f16
  %g = warp.constant true
  %h = warp.constant false
  warp.return %a, %b, %c, %d, %e, %f, %g, %h : si32, si64, ui8, f32, f64, f16, i1, i1
}

// The zero of a scalar folds to a literal; composite zeros stay.
// CHECK-LABEL: warp.func @zeros(
// CHECK: warp.zero : f32
// CHECK: warp.zero : !warp.vec<3xf32>
// CHECK: warp.zero : !P
// CHECK: warp.zero : !warp.array<f32, 1>
// CANON-LABEL: warp.func @zeros(
// CANON-DAG: %[[F:.*]] = warp.constant 0.000000e+00 : f32
// CANON-DAG: %[[I:.*]] = warp.constant 0 : si32
// CANON-DAG: %[[B:.*]] = warp.constant false
// CANON-DAG: %[[V:.*]] = warp.zero : !warp.vec<3xf32>
// CANON-DAG: %[[S:.*]] = warp.zero : !P
// CANON-DAG: %[[A:.*]] = warp.zero : !warp.array<f32, 1>
// CANON: warp.return %[[F]], %[[I]], %[[B]], %[[V]], %[[S]], %[[A]]
warp.func @zeros() -> (f32, si32, i1, !warp.vec<3xf32>, !warp.struct<P {x: f32}>, !warp.array<f32, 1>) {
  %f = warp.zero : f32
  %i = warp.zero : si32
  %b = warp.zero : i1
  %v = warp.zero : !warp.vec<3xf32>
  %s = warp.zero : !warp.struct<P {x: f32}>
  %a = warp.zero : !warp.array<f32, 1>
  warp.return %f, %i, %b, %v, %s, %a : f32, si32, i1, !warp.vec<3xf32>, !warp.struct<P {x: f32}>, !warp.array<f32, 1>
}
