// Comparison and `not` folds with Warp's (C++) semantics.
// RUN: warp-opt %s --canonicalize | FileCheck %s

// Constant comparisons; mixed types compare after C++'s usual arithmetic
// conversions: si32 -1 < ui32 1 is false (compared as ui32), si64 -1 <
// ui32 1 is true (compared as si64), si32 16777217 == f32 16777216.0 is true
// (the integer rounds to f32), i1 true == si32 1 is true; NaN is unordered.
// CHECK-LABEL: warp.func @constants(
// CHECK-DAG: %[[T:.*]] = warp.constant true
// CHECK-DAG: %[[F:.*]] = warp.constant false
// CHECK-NOT: warp.cmp
// CHECK: warp.return %[[T]], %[[F]], %[[T]], %[[T]], %[[T]], %[[F]], %[[T]], %[[F]], %[[T]]
warp.func @constants() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %one = warp.constant 1 : si32
  %two = warp.constant 2 : si32
  %0 = warp.cmp lt, %one, %two : si32
  %m1 = warp.constant -1 : si32
  %u1 = warp.constant 1 : ui32
  %1 = warp.cmp lt, %m1, %u1 : si32, ui32
  %l1 = warp.constant -1 : si64
  %2 = warp.cmp lt, %l1, %u1 : si64, ui32
  %big = warp.constant 16777217 : si32
  %fbig = warp.constant 16777216.0 : f32
  %3 = warp.cmp eq, %big, %fbig : si32, f32
  %true = warp.constant true
  %4 = warp.cmp eq, %true, %one : i1, si32
  %nan = warp.constant 0x7FC00000 : f32
  %5 = warp.cmp eq, %nan, %nan : f32
  %6 = warp.cmp ne, %nan, %nan : f32
  %7 = warp.cmp ge, %nan, %fbig : f32
  %h = warp.constant 1.5 : f16
  %h2 = warp.constant 2.5 : f16
  %8 = warp.cmp le, %h, %h2 : f16
  warp.return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i1, i1, i1, i1, i1, i1, i1, i1, i1
}

// x compared with itself folds for integers, bools and integer vectors,
// not for floats (NaN).
// CHECK-LABEL: warp.func @self(
// CHECK-DAG: %[[T:.*]] = warp.constant true
// CHECK-DAG: %[[F:.*]] = warp.constant false
// CHECK-DAG: %[[FE:.*]] = warp.cmp eq, %{{.*}}, %{{.*}} : f32
// CHECK-DAG: %[[VE:.*]] = warp.cmp eq, %{{.*}}, %{{.*}} : !warp.vec<3xf32>
// CHECK: warp.return %[[T]], %[[F]], %[[T]], %[[T]], %[[FE]], %[[VE]]
warp.func @self(%i: si32, %b: i1, %vi: !warp.vec<3xsi32>, %f: f32, %vf: !warp.vec<3xf32>) -> (i1, i1, i1, i1, i1, i1) {
  %0 = warp.cmp le, %i, %i : si32
  %1 = warp.cmp lt, %b, %b : i1
  %2 = warp.cmp eq, %vi, %vi : !warp.vec<3xsi32>
  %3 = warp.cmp ge, %i, %i : si32
  %4 = warp.cmp eq, %f, %f : f32
  %5 = warp.cmp eq, %vf, %vf : !warp.vec<3xf32>
  warp.return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// `not` of a constant is `x == 0`; `not not b` is b only for a bool.
// CHECK-LABEL: warp.func @truthiness(
// CHECK-SAME: %[[B:[^:]*]]: i1, %[[N:[^:]*]]: si32)
// CHECK-DAG: %[[T:.*]] = warp.constant true
// CHECK-DAG: %[[F:.*]] = warp.constant false
// CHECK-DAG: %[[NOTN:.*]] = warp.not %[[N]] : si32
// CHECK-DAG: %[[NOTNOTN:.*]] = warp.not %[[NOTN]] : i1
// CHECK: warp.return %[[T]], %[[F]], %[[B]], %[[NOTNOTN]]
warp.func @truthiness(%b: i1, %n: si32) -> (i1, i1, i1, i1) {
  %zero = warp.constant 0 : ui8
  %five = warp.constant 5 : si64
  %0 = warp.not %zero : ui8
  %1 = warp.not %five : si64
  %2 = warp.not %b : i1
  %3 = warp.not %2 : i1
  %4 = warp.not %n : si32
  %5 = warp.not %4 : i1
  warp.return %0, %1, %3, %5 : i1, i1, i1, i1
}

// not (a < b) becomes a >= b for integers; for floats NaN makes both false.
// CHECK-LABEL: warp.func @inverted(
// CHECK-DAG: %[[GE:.*]] = warp.cmp ge, %{{.*}}, %{{.*}} : si32
// CHECK-DAG: %[[NE:.*]] = warp.cmp ne, %{{.*}}, %{{.*}} : i1, ui8
// CHECK-DAG: %[[FLT:.*]] = warp.cmp lt, %{{.*}}, %{{.*}} : f32
// CHECK-DAG: %[[FNOT:.*]] = warp.not %[[FLT]] : i1
// CHECK: warp.return %[[GE]], %[[NE]], %[[FNOT]]
warp.func @inverted(%a: si32, %b: si32, %c: i1, %u: ui8, %x: f32, %y: f32) -> (i1, i1, i1) {
  %0 = warp.cmp lt, %a, %b : si32
  %1 = warp.not %0 : i1
  %2 = warp.cmp eq, %c, %u : i1, ui8
  %3 = warp.not %2 : i1
  %4 = warp.cmp lt, %x, %y : f32
  %5 = warp.not %4 : i1
  warp.return %1, %3, %5 : i1, i1, i1
}
