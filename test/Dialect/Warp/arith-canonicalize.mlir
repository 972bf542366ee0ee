// Arithmetic folds with Warp's semantics, and what must not fold.
// RUN: warp-opt %s --canonicalize | FileCheck %s

// Integers wrap at their width with their signedness.
// CHECK-LABEL: warp.func @wrap(
// CHECK-DAG: warp.constant -128 : si8
// CHECK-DAG: warp.constant 44 : ui8
// CHECK-DAG: warp.constant 255 : ui8
// CHECK-DAG: warp.constant -2 : si8
// CHECK-NOT: warp.add
// CHECK-NOT: warp.sub
// CHECK-NOT: warp.mul
warp.func @wrap() -> (si8, ui8, ui8, si8) {
  %a = warp.constant 127 : si8
  %one = warp.constant 1 : si8
  %0 = warp.add %a, %one : si8
  %b = warp.constant 200 : ui8
  %c = warp.constant 100 : ui8
  %1 = warp.add %b, %c : ui8
  %d = warp.constant 3 : ui8
  %e = warp.constant 4 : ui8
  %2 = warp.sub %d, %e : ui8
  %two = warp.constant 2 : si8
  %3 = warp.mul %a, %two : si8
  warp.return %0, %1, %2, %3 : si8, ui8, ui8, si8
}

// Floats round to nearest in their own precision: 2^24 + 1 is 2^24
// (0x4B800000) in f32, 2048 + 1 is 2048 in f16, and 0.1 + 0.2 is the f32
// nearest 0.3 in f32 but 0.30000000000000004 in f64.
// CHECK-LABEL: warp.func @rounding(
// CHECK-DAG: warp.constant 0x4B800000 : f32
// CHECK-DAG: warp.constant 2.048000e+03 : f16
// CHECK-DAG: warp.constant 3.000000e-01 : f32
// CHECK-DAG: warp.constant 0.30000000000000004 : f64
// CHECK-NOT: warp.add
warp.func @rounding() -> (f32, f16, f32, f64) {
  %big = warp.constant 16777216.0 : f32
  %one = warp.constant 1.0 : f32
  %0 = warp.add %big, %one : f32
  %h = warp.constant 2048.0 : f16
  %h1 = warp.constant 1.0 : f16
  %1 = warp.add %h, %h1 : f16
  %a = warp.constant 0.1 : f32
  %b = warp.constant 0.2 : f32
  %2 = warp.add %a, %b : f32
  %c = warp.constant 0.1 : f64
  %d = warp.constant 0.2 : f64
  %3 = warp.add %c, %d : f64
  warp.return %0, %1, %2, %3 : f32, f16, f32, f64
}

// `/` truncates, `//` floors, `%` takes the dividend's sign (C++ `%` and
// fmod, not Python's `%`).
// CHECK-LABEL: warp.func @division(
// CHECK-NEXT: %[[M3:.*]] = warp.constant -3 : si32
// CHECK-NEXT: %[[M4:.*]] = warp.constant -4 : si32
// CHECK-NEXT: %[[M1:.*]] = warp.constant -1 : si32
// CHECK-NEXT: %[[P1:.*]] = warp.constant 1 : si32
// CHECK-NEXT: %[[U3:.*]] = warp.constant 3 : ui8
// CHECK-NEXT: %[[FM4:.*]] = warp.constant -4.000000e+00 : f32
// CHECK-NEXT: %[[FM1:.*]] = warp.constant -1.000000e+00 : f32
// CHECK-NEXT: %[[FQ:.*]] = warp.constant -3.500000e+00 : f32
// CHECK-NEXT: warp.return %[[M3]], %[[M4]], %[[M4]], %[[M1]], %[[P1]], %[[U3]], %[[FM4]], %[[FM1]], %[[FQ]]
warp.func @division() -> (si32, si32, si32, si32, si32, ui8, f32, f32, f32) {
  %m7 = warp.constant -7 : si32
  %p7 = warp.constant 7 : si32
  %p2 = warp.constant 2 : si32
  %m2 = warp.constant -2 : si32
  %0 = warp.div %m7, %p2 : si32
  %1 = warp.floordiv %m7, %p2 : si32
  %2 = warp.floordiv %p7, %m2 : si32
  %3 = warp.mod %m7, %p2 : si32
  %4 = warp.mod %p7, %m2 : si32
  %u7 = warp.constant 7 : ui8
  %u2 = warp.constant 2 : ui8
  %5 = warp.floordiv %u7, %u2 : ui8
  %fm7 = warp.constant -7.0 : f32
  %f2 = warp.constant 2.0 : f32
  %6 = warp.floordiv %fm7, %f2 : f32
  %7 = warp.mod %fm7, %f2 : f32
  %8 = warp.div %fm7, %f2 : f32
  warp.return %0, %1, %2, %3, %4, %5, %6, %7, %8 : si32, si32, si32, si32, si32, ui8, f32, f32, f32
}

// Undefined integer division and fp exceptions stay for run time.
// CHECK-LABEL: warp.func @no_fold_division(
// CHECK: warp.div %{{.*}}, %{{.*}} : si32
// CHECK: warp.floordiv %{{.*}}, %{{.*}} : si32
// CHECK: warp.mod %{{.*}}, %{{.*}} : si32
// CHECK: warp.div %{{.*}}, %{{.*}} : f32
// CHECK: warp.mod %{{.*}}, %{{.*}} : f32
// CHECK: warp.pow %{{.*}}, %{{.*}} : f32
warp.func @no_fold_division() -> (si32, si32, si32, f32, f32, f32) {
  %min = warp.constant -2147483648 : si32
  %m1 = warp.constant -1 : si32
  %zero = warp.constant 0 : si32
  %0 = warp.div %min, %m1 : si32
  %1 = warp.floordiv %m1, %zero : si32
  %2 = warp.mod %m1, %zero : si32
  %f1 = warp.constant 1.0 : f32
  %f0 = warp.constant 0.0 : f32
  %3 = warp.div %f1, %f0 : f32
  %4 = warp.mod %f1, %f0 : f32
  %f2 = warp.constant 2.0 : f32
  %5 = warp.pow %f2, %f2 : f32
  warp.return %0, %1, %2, %3, %4, %5 : si32, si32, si32, f32, f32, f32
}

// Scalar `-x` is `0 - x`: both float zeros negate to +0.0; integers wrap.
// CHECK-LABEL: warp.func @negate(
// CHECK-NEXT: %[[Z:.*]] = warp.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[M:.*]] = warp.constant -128 : si8
// CHECK-NEXT: %[[U:.*]] = warp.constant 4294967295 : ui32
// CHECK-NEXT: warp.return %[[Z]], %[[Z]], %[[M]], %[[U]]
warp.func @negate() -> (f32, f32, si8, ui32) {
  %pz = warp.constant 0.0 : f32
  %nz = warp.constant -0.0 : f32
  %0 = warp.neg %pz : f32
  %1 = warp.neg %nz : f32
  %min = warp.constant -128 : si8
  %2 = warp.neg %min : si8
  %one = warp.constant 1 : ui32
  %3 = warp.neg %one : ui32
  warp.return %0, %1, %2, %3 : f32, f32, si8, ui32
}

// -(-x) is x for integers and composites, not for float scalars
// (-(-(-0.0)) is +0.0).
// CHECK-LABEL: warp.func @double_negation(
// CHECK-SAME: %[[I:[^:]*]]: si32, %[[F:[^:]*]]: f32, %[[V:[^:]*]]: !warp.vec<3xf32>)
// CHECK: %[[N:.*]] = warp.neg %[[F]] : f32
// CHECK: %[[NN:.*]] = warp.neg %[[N]] : f32
// CHECK: warp.return %[[I]], %[[NN]], %[[V]]
warp.func @double_negation(%i: si32, %f: f32, %v: !warp.vec<3xf32>) -> (si32, f32, !warp.vec<3xf32>) {
  %0 = warp.neg %i : si32
  %1 = warp.neg %0 : si32
  %2 = warp.neg %f : f32
  %3 = warp.neg %2 : f32
  %4 = warp.neg %v : !warp.vec<3xf32>
  %5 = warp.neg %4 : !warp.vec<3xf32>
  warp.return %1, %3, %5 : si32, f32, !warp.vec<3xf32>
}

// Exact identities fold: x + 0 (integers), x + -0.0, x - 0 and x - +0.0,
// x * 1 and 1 * x (a vector scaled by 1 too), x @ 1, x / 1, integer
// x // 1, integer x - x and x * 0.
// CHECK-LABEL: warp.func @identities(
// CHECK-SAME: %[[I:[^:]*]]: si32, %[[F:[^:]*]]: f32, %[[V:[^:]*]]: !warp.vec<3xf32>)
// CHECK-DAG: %[[Z:.*]] = warp.constant 0 : si32
// CHECK-NOT: warp.add
// CHECK-NOT: warp.sub
// CHECK-NOT: warp.mul
// CHECK-NOT: warp.div
// CHECK-NOT: warp.floordiv
// CHECK: warp.return %[[I]], %[[F]], %[[I]], %[[F]], %[[I]], %[[F]], %[[V]], %[[V]], %[[F]], %[[V]], %[[I]], %[[Z]], %[[Z]]
warp.func @identities(%i: si32, %f: f32, %v: !warp.vec<3xf32>)
    -> (si32, f32, si32, f32, si32, f32, !warp.vec<3xf32>, !warp.vec<3xf32>, f32, !warp.vec<3xf32>, si32, si32, si32) {
  %i0 = warp.constant 0 : si32
  %i1 = warp.constant 1 : si32
  %fnz = warp.constant -0.0 : f32
  %fpz = warp.constant 0.0 : f32
  %f1 = warp.constant 1.0 : f32
  %0 = warp.add %i, %i0 : si32
  %1 = warp.add %f, %fnz : f32
  %2 = warp.sub %i, %i0 : si32
  %3 = warp.sub %f, %fpz : f32
  %4 = warp.mul %i1, %i : si32
  %5 = warp.mul %f, %f1 : f32
  %6 = warp.mul %v, %f1 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %7 = warp.matmul %f1, %v : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  %8 = warp.div %f, %f1 : f32
  %9 = warp.div %v, %f1 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %10 = warp.floordiv %i, %i1 : si32
  %11 = warp.sub %i, %i : si32
  %12 = warp.mul %i, %i0 : si32
  warp.return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : si32, f32, si32, f32, si32, f32, !warp.vec<3xf32>, !warp.vec<3xf32>, f32, !warp.vec<3xf32>, si32, si32, si32
}

// Not identities for floats: x + 0.0 and x - -0.0 (both +0.0 for x = -0.0),
// x * 0.0 (NaN for Inf, -0.0 for negative x), x - x (NaN for Inf and NaN),
// x // 1.0 (floor(x)).
// CHECK-LABEL: warp.func @float_non_identities(
// CHECK: warp.add %{{.*}}, %{{.*}} : f32
// CHECK: warp.sub %{{.*}}, %{{.*}} : f32
// CHECK: warp.mul %{{.*}}, %{{.*}} : f32
// CHECK: warp.sub %{{.*}}, %{{.*}} : f32
// CHECK: warp.floordiv %{{.*}}, %{{.*}} : f32
warp.func @float_non_identities(%f: f32) -> (f32, f32, f32, f32, f32) {
  %pz = warp.constant 0.0 : f32
  %nz = warp.constant -0.0 : f32
  %one = warp.constant 1.0 : f32
  %0 = warp.add %f, %pz : f32
  %1 = warp.sub %f, %nz : f32
  %2 = warp.mul %f, %pz : f32
  %3 = warp.sub %f, %f : f32
  %4 = warp.floordiv %f, %one : f32
  warp.return %0, %1, %2, %3, %4 : f32, f32, f32, f32, f32
}

// A matrix product keeps its operand order (mul is not commutative).
// CHECK-LABEL: warp.func @order(
// CHECK-SAME: %[[A:[^:]*]]: !warp.mat<2x2xf32>, %[[B:[^:]*]]: !warp.mat<2x2xf32>)
// CHECK: %[[BA:.*]] = warp.mul %[[B]], %[[A]] : !warp.mat<2x2xf32>
// CHECK: warp.mul %[[BA]], %[[A]] : !warp.mat<2x2xf32>
warp.func @order(%a: !warp.mat<2x2xf32>, %b: !warp.mat<2x2xf32>) -> !warp.mat<2x2xf32> {
  %0 = warp.mul %b, %a : !warp.mat<2x2xf32>
  %1 = warp.mul %0, %a : !warp.mat<2x2xf32>
  warp.return %1 : !warp.mat<2x2xf32>
}
