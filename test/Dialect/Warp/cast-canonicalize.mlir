// Conversion folds with Warp's C++ semantics, and conversions left alone.
// RUN: warp-opt %s --canonicalize | FileCheck %s

// Integer to integer wraps, extending by the source's signedness.
// CHECK-LABEL: warp.func @integers(
// CHECK-NEXT: %[[A:.*]] = warp.constant 255 : ui8
// CHECK-NEXT: %[[B:.*]] = warp.constant 44 : ui8
// CHECK-NEXT: %[[C:.*]] = warp.constant 200 : si32
// CHECK-NEXT: %[[D:.*]] = warp.constant 4294967295 : ui32
// CHECK-NEXT: warp.return %[[A]], %[[B]], %[[C]], %[[D]]
warp.func @integers() -> (ui8, ui8, si32, ui32) {
  %m1 = warp.constant -1 : si32
  %0 = warp.cast %m1 : si32 to ui8
  %big = warp.constant 300 : si32
  %1 = warp.cast %big : si32 to ui8
  %u = warp.constant 200 : ui8
  %2 = warp.cast %u : ui8 to si32
  %s = warp.constant -1 : si8
  %3 = warp.cast %s : si8 to ui32
  warp.return %0, %1, %2, %3 : ui8, ui8, si32, ui32
}

// Float to integer truncates toward zero; f16 is built from f32, so f64 and
// si64 reach f16 through f32 (1 + 2^-11 + 2^-40 rounds to 1.0, not to
// 1.0009765625 as a direct rounding would); f16 overflows to infinity;
// si32 16777217 rounds to 2^24 (0x4B800000) in f32.
// CHECK-LABEL: warp.func @floats(
// CHECK-NEXT: %[[T:.*]] = warp.constant -2 : si32
// CHECK-NEXT: %[[Z:.*]] = warp.constant 0 : ui8
// CHECK-NEXT: %[[H1:.*]] = warp.constant 1.000000e+00 : f16
// CHECK-NEXT: %[[H2048:.*]] = warp.constant 2.048000e+03 : f16
// CHECK-NEXT: %[[INF:.*]] = warp.constant 0x7C00 : f16
// CHECK-NEXT: %[[F:.*]] = warp.constant 1.000000e-01 : f32
// CHECK-NEXT: %[[I2F:.*]] = warp.constant 0x4B800000 : f32
// CHECK-NEXT: warp.return %[[T]], %[[Z]], %[[H1]], %[[H2048]], %[[INF]], %[[F]], %[[I2F]]
warp.func @floats() -> (si32, ui8, f16, f16, f16, f32, f32) {
  %a = warp.constant -2.7 : f32
  %0 = warp.cast %a : f32 to si32
  %b = warp.constant -0.5 : f32
  %1 = warp.cast %b : f32 to ui8
  %c = warp.constant 0x3FF0020000001000 : f64
  %2 = warp.cast %c : f64 to f16
  %d = warp.constant 2049 : si64
  %3 = warp.cast %d : si64 to f16
  %e = warp.constant 70000.0 : f32
  %4 = warp.cast %e : f32 to f16
  %f = warp.constant 0.1 : f64
  %5 = warp.cast %f : f64 to f32
  %g = warp.constant 16777217 : si32
  %6 = warp.cast %g : si32 to f32
  warp.return %0, %1, %2, %3, %4, %5, %6 : si32, ui8, f16, f16, f16, f32, f32
}

// bool(x) is x != 0, NaN included; a bool converts to 0 or 1.
// CHECK-LABEL: warp.func @bools(
// CHECK-DAG: %[[T:.*]] = warp.constant true
// CHECK-DAG: %[[F:.*]] = warp.constant false
// CHECK-DAG: %[[ONE:.*]] = warp.constant 1 : si32
// CHECK-DAG: %[[HONE:.*]] = warp.constant 1.000000e+00 : f16
// CHECK: warp.return %[[T]], %[[T]], %[[F]], %[[T]], %[[ONE]], %[[HONE]]
warp.func @bools() -> (i1, i1, i1, i1, si32, f16) {
  %half = warp.constant 0.5 : f32
  %0 = warp.cast %half : f32 to i1
  %nan = warp.constant 0x7FC00000 : f32
  %1 = warp.cast %nan : f32 to i1
  %zero = warp.constant -0.0 : f64
  %2 = warp.cast %zero : f64 to i1
  %two = warp.constant 2 : ui8
  %3 = warp.cast %two : ui8 to i1
  %true = warp.constant true
  %4 = warp.cast %true : i1 to si32
  %5 = warp.cast %true : i1 to f16
  warp.return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, si32, f16
}

// Out of range and NaN float-to-integer conversions are undefined.
// CHECK-LABEL: warp.func @undefined(
// CHECK: warp.cast %{{.*}} : f32 to si32
// CHECK: warp.cast %{{.*}} : f32 to si32
// CHECK: warp.cast %{{.*}} : f32 to ui8
warp.func @undefined() -> (si32, si32, ui8) {
  %big = warp.constant 3.0e9 : f32
  %0 = warp.cast %big : f32 to si32
  %nan = warp.constant 0x7FC00000 : f32
  %1 = warp.cast %nan : f32 to si32
  %neg = warp.constant -1.5 : f32
  %2 = warp.cast %neg : f32 to ui8
  warp.return %0, %1, %2 : si32, si32, ui8
}

// A cast to the same type is the value; a chain through a type that holds
// every value exactly is one cast (or none); lossy chains stay.
// CHECK-LABEL: warp.func @chains(
// CHECK-SAME: %[[I8:[^:]*]]: si8, %[[F:[^:]*]]: f32, %[[I:[^:]*]]: si32, %[[V:[^:]*]]: !warp.vec<3xf32>)
// CHECK-NEXT: %[[H:.*]] = warp.cast %[[F]] : f32 to f16
// CHECK-NEXT: %[[FI:.*]] = warp.cast %[[F]] : f32 to si32
// CHECK-NEXT: %[[FIF:.*]] = warp.cast %[[FI]] : si32 to f32
// CHECK-NEXT: %[[IF:.*]] = warp.cast %[[I]] : si32 to f32
// CHECK-NEXT: %[[IFI:.*]] = warp.cast %[[IF]] : f32 to si32
// CHECK-NEXT: warp.return %[[I8]], %[[I8]], %[[H]], %[[FIF]], %[[IFI]], %[[V]]
warp.func @chains(%i8: si8, %f: f32, %i: si32, %v: !warp.vec<3xf32>) -> (si8, si8, f16, f32, si32, !warp.vec<3xf32>) {
  %0 = warp.cast %i8 : si8 to si8
  %1 = warp.cast %i8 : si8 to si32
  %2 = warp.cast %1 : si32 to si8
  %3 = warp.cast %f : f32 to f64
  %4 = warp.cast %3 : f64 to f16
  %5 = warp.cast %f : f32 to si32
  %6 = warp.cast %5 : si32 to f32
  %7 = warp.cast %i : si32 to f32
  %8 = warp.cast %7 : f32 to si32
  %9 = warp.cast %v : !warp.vec<3xf32> to !warp.vec<3xf64>
  %10 = warp.cast %9 : !warp.vec<3xf64> to !warp.vec<3xf32>
  warp.return %0, %2, %4, %6, %8, %10 : si8, si8, f16, f32, si32, !warp.vec<3xf32>
}
