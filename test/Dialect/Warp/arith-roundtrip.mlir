// Every arithmetic operator and every operand combination Warp accepts for
// it round-trips; mixed operands print their types in functional form.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @scalars(
// CHECK: warp.add %{{.*}}, %{{.*}} : si32
// CHECK: warp.sub %{{.*}}, %{{.*}} : ui8
// CHECK: warp.mul %{{.*}}, %{{.*}} : f16
// CHECK: warp.matmul %{{.*}}, %{{.*}} : f32
// CHECK: warp.div %{{.*}}, %{{.*}} : si32
// CHECK: warp.floordiv %{{.*}}, %{{.*}} : si32
// CHECK: warp.floordiv %{{.*}}, %{{.*}} : f64
// CHECK: warp.mod %{{.*}}, %{{.*}} : ui8
// CHECK: warp.mod %{{.*}}, %{{.*}} : f32
// CHECK: warp.pow %{{.*}}, %{{.*}} : f32
// CHECK: warp.neg %{{.*}} : si32
// CHECK: warp.neg %{{.*}} : ui8
// GENERIC: "warp.add"(%{{.*}}, %{{.*}}) : (si32, si32) -> si32
// GENERIC: "warp.sub"(%{{.*}}, %{{.*}}) : (ui8, ui8) -> ui8
// GENERIC: "warp.mul"(%{{.*}}, %{{.*}}) : (f16, f16) -> f16
// GENERIC: "warp.matmul"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.div"(%{{.*}}, %{{.*}}) : (si32, si32) -> si32
// GENERIC: "warp.floordiv"(%{{.*}}, %{{.*}}) : (si32, si32) -> si32
// GENERIC: "warp.floordiv"(%{{.*}}, %{{.*}}) : (f64, f64) -> f64
// GENERIC: "warp.mod"(%{{.*}}, %{{.*}}) : (ui8, ui8) -> ui8
// GENERIC: "warp.mod"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.pow"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.neg"(%{{.*}}) : (si32) -> si32
// GENERIC: "warp.neg"(%{{.*}}) : (ui8) -> ui8
warp.kernel @scalars(%i: si32, %u: ui8, %h: f16, %f: f32, %d: f64) {
  %0 = warp.add %i, %i : si32
  %1 = warp.sub %u, %u : ui8
  %2 = warp.mul %h, %h : f16
  %3 = warp.matmul %f, %f : f32
  %4 = warp.div %i, %i : si32
  %5 = warp.floordiv %i, %i : si32
  %6 = warp.floordiv %d, %d : f64
  %7 = warp.mod %u, %u : ui8
  %8 = warp.mod %f, %f : f32
  %9 = warp.pow %f, %f : f32
  %10 = warp.neg %i : si32
  %11 = warp.neg %u : ui8
  warp.return
}

// `+`, `-` and unary `-` on composites of one type.
// CHECK-LABEL: warp.kernel @composites(
// CHECK: warp.add %{{.*}}, %{{.*}} : !warp.vec<3xsi32>
// CHECK: warp.sub %{{.*}}, %{{.*}} : !warp.mat<2x3xf64>
// CHECK: warp.add %{{.*}}, %{{.*}} : !warp.quat<f32>
// CHECK: warp.sub %{{.*}}, %{{.*}} : !warp.transform<f32>
// CHECK: warp.mod %{{.*}}, %{{.*}} : !warp.vec<3xsi32>
// CHECK: warp.neg %{{.*}} : !warp.vec<3xsi32>
// CHECK: warp.neg %{{.*}} : !warp.mat<2x3xf64>
// CHECK: warp.neg %{{.*}} : !warp.quat<f32>
// GENERIC: "warp.add"(%{{.*}}, %{{.*}}) : (!warp.vec<3xsi32>, !warp.vec<3xsi32>) -> !warp.vec<3xsi32>
// GENERIC: "warp.neg"(%{{.*}}) : (!warp.quat<f32>) -> !warp.quat<f32>
warp.kernel @composites(%v: !warp.vec<3xsi32>, %m: !warp.mat<2x3xf64>,
                        %q: !warp.quat<f32>, %t: !warp.transform<f32>) {
  %0 = warp.add %v, %v : !warp.vec<3xsi32>
  %1 = warp.sub %m, %m : !warp.mat<2x3xf64>
  %2 = warp.add %q, %q : !warp.quat<f32>
  %3 = warp.sub %t, %t : !warp.transform<f32>
  %4 = warp.mod %v, %v : !warp.vec<3xsi32>
  %5 = warp.neg %v : !warp.vec<3xsi32>
  %6 = warp.neg %m : !warp.mat<2x3xf64>
  %7 = warp.neg %q : !warp.quat<f32>
  warp.return
}

// Scaling on either side, products and division by a scalar.
// CHECK-LABEL: warp.kernel @products(
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.quat<f32>, f32) -> !warp.quat<f32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (f32, !warp.mat<2x3xf32>) -> !warp.mat<2x3xf32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.transform<f32>, f32) -> !warp.transform<f32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : !warp.quat<f32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : !warp.transform<f32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.mat<2x3xf32>, !warp.vec<3xf32>) -> !warp.vec<2xf32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.vec<2xf32>, !warp.mat<2x3xf32>) -> !warp.vec<3xf32>
// CHECK: warp.mul %{{.*}}, %{{.*}} : (!warp.mat<2x3xf32>, !warp.mat<3x2xf32>) -> !warp.mat<2x2xf32>
// CHECK: warp.matmul %{{.*}}, %{{.*}} : (!warp.mat<2x3xf32>, !warp.vec<3xf32>) -> !warp.vec<2xf32>
// CHECK: warp.matmul %{{.*}}, %{{.*}} : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// CHECK: warp.matmul %{{.*}}, %{{.*}} : !warp.quat<f32>
// CHECK: warp.div %{{.*}}, %{{.*}} : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
// CHECK: warp.div %{{.*}}, %{{.*}} : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// CHECK: warp.div %{{.*}}, %{{.*}} : (!warp.mat<2x3xf32>, f32) -> !warp.mat<2x3xf32>
// CHECK: warp.div %{{.*}}, %{{.*}} : (f32, !warp.quat<f32>) -> !warp.quat<f32>
// CHECK: warp.div %{{.*}}, %{{.*}} : (!warp.vec<2xsi32>, si32) -> !warp.vec<2xsi32>
// GENERIC: "warp.mul"(%{{.*}}, %{{.*}}) : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
// GENERIC: "warp.mul"(%{{.*}}, %{{.*}}) : (!warp.mat<2x3xf32>, !warp.mat<3x2xf32>) -> !warp.mat<2x2xf32>
// GENERIC: "warp.matmul"(%{{.*}}, %{{.*}}) : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// GENERIC: "warp.div"(%{{.*}}, %{{.*}}) : (f32, !warp.quat<f32>) -> !warp.quat<f32>
warp.kernel @products(%s: f32, %v: !warp.vec<3xf32>, %w: !warp.vec<2xf32>,
                      %m: !warp.mat<2x3xf32>, %n: !warp.mat<3x2xf32>,
                      %q: !warp.quat<f32>, %t: !warp.transform<f32>,
                      %vi: !warp.vec<2xsi32>, %i: si32) {
  %0 = warp.mul %v, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %1 = warp.mul %s, %v : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  %2 = warp.mul %q, %s : (!warp.quat<f32>, f32) -> !warp.quat<f32>
  %3 = warp.mul %s, %m : (f32, !warp.mat<2x3xf32>) -> !warp.mat<2x3xf32>
  %4 = warp.mul %t, %s : (!warp.transform<f32>, f32) -> !warp.transform<f32>
  %5 = warp.mul %q, %q : !warp.quat<f32>
  %6 = warp.mul %t, %t : !warp.transform<f32>
  %7 = warp.mul %m, %v : (!warp.mat<2x3xf32>, !warp.vec<3xf32>) -> !warp.vec<2xf32>
  %8 = warp.mul %w, %m : (!warp.vec<2xf32>, !warp.mat<2x3xf32>) -> !warp.vec<3xf32>
  %9 = warp.mul %m, %n : (!warp.mat<2x3xf32>, !warp.mat<3x2xf32>) -> !warp.mat<2x2xf32>
  %10 = warp.matmul %m, %v : (!warp.mat<2x3xf32>, !warp.vec<3xf32>) -> !warp.vec<2xf32>
  %11 = warp.matmul %s, %v : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  %12 = warp.matmul %q, %q : !warp.quat<f32>
  %13 = warp.div %v, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %14 = warp.div %s, %v : (f32, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  %15 = warp.div %m, %s : (!warp.mat<2x3xf32>, f32) -> !warp.mat<2x3xf32>
  %16 = warp.div %s, %q : (f32, !warp.quat<f32>) -> !warp.quat<f32>
  %17 = warp.div %vi, %i : (!warp.vec<2xsi32>, si32) -> !warp.vec<2xsi32>
  warp.return
}

// Inside a function, an operator result is returned.
// CHECK-LABEL: warp.func @inner(
// CHECK: %[[R:.*]] = warp.mul %{{.*}}, %{{.*}} : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
// CHECK: warp.return %[[R]] : !warp.vec<3xf32>
warp.func @inner(%m: !warp.mat<3x3xf32>, %v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %r = warp.mul %m, %v : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  warp.return %r : !warp.vec<3xf32>
}
