// Functions, overloads and calls round-trip; calls verify against callees.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Two overloads of the Python function `scale`, told apart by symbol.
// CHECK-LABEL: warp.func @scale_f32(%{{.*}}: f32, %{{.*}}: f32) -> f32 attributes {py_name = "scale"} {
// CHECK-LABEL: warp.func @scale_f64(%{{.*}}: f64, %{{.*}}: f64) -> f64 attributes {py_name = "scale"} {
// GENERIC: "warp.func"() <{function_type = (f32, f32) -> f32, py_name = "scale", sym_name = "scale_f32"}>
warp.func @scale_f32(%x: f32, %s: f32) -> f32 attributes {py_name = "scale"} {
  %r = warp.mul %x, %s : f32
  warp.return %r : f32
}
warp.func @scale_f64(%x: f64, %s: f64) -> f64 attributes {py_name = "scale"} {
  %r = warp.mul %x, %s : f64
  warp.return %r : f64
}

// A function returning two values, with an early return; one with no
// result; one taking composite and array arguments.
// CHECK-LABEL: warp.func @split(%{{.*}}: si32, %{{.*}}: i1) -> (si32, si32) {
// CHECK: warp.if %{{.*}} : i1 {
// CHECK-NEXT: warp.return %{{.*}}, %{{.*}} : si32, si32
// CHECK-NEXT: }
warp.func @split(%n: si32, %c: i1) -> (si32, si32) {
  warp.if %c : i1 {
    warp.return %n, %n : si32, si32
  }
  %z = warp.constant 0 : si32
  warp.return %z, %n : si32, si32
}
// CHECK-LABEL: warp.func @store_one(%{{.*}}: !warp.array<!warp.vec<3xf32>, 1>, %{{.*}}: !warp.vec<3xf32>, %{{.*}}: si32) {
warp.func @store_one(%a: !warp.array<!warp.vec<3xf32>, 1>, %v: !warp.vec<3xf32>, %i: si32) {
  warp.store %v, %a[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.return
}

// CHECK-LABEL: warp.kernel @caller(
// CHECK: %{{.*}} = warp.call @scale_f32(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// CHECK: %{{.*}} = warp.call @scale_f64(%{{.*}}, %{{.*}}) : (f64, f64) -> f64
// CHECK: %{{.*}}:2 = warp.call @split(%{{.*}}, %{{.*}}) : (si32, i1) -> (si32, si32)
// CHECK: warp.call @store_one(%{{.*}}, %{{.*}}, %{{.*}}) : (!warp.array<!warp.vec<3xf32>, 1>, !warp.vec<3xf32>, si32) -> ()
// GENERIC: "warp.call"(%{{.*}}, %{{.*}}) <{callee = @scale_f32}> : (f32, f32) -> f32
warp.kernel @caller(%x: f32, %y: f64, %c: i1, %a: !warp.array<!warp.vec<3xf32>, 1>, %v: !warp.vec<3xf32>) {
  %i = warp.tid
  %r = warp.call @scale_f32(%x, %x) : (f32, f32) -> f32
  %s = warp.call @scale_f64(%y, %y) : (f64, f64) -> f64
  %p:2 = warp.call @split(%i, %c) : (si32, i1) -> (si32, si32)
  warp.call @store_one(%a, %v, %p#1) : (!warp.array<!warp.vec<3xf32>, 1>, !warp.vec<3xf32>, si32) -> ()
  warp.return
}
