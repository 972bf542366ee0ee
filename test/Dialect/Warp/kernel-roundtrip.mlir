// Custom form round-trips, and the generic form parses back to the same IR.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: warp.kernel @saxpy(
// CHECK-SAME: %[[X:.*]]: !warp.array<f32, 1>, %[[Y:.*]]: !warp.array<f32, 1>, %[[A:.*]]: f32) dims(1) {
// CHECK: %[[I:tid]] = warp.tid
// CHECK: %[[XI:.*]] = warp.load %[[X]][%[[I]]] : !warp.array<f32, 1>, si32
// CHECK: %[[YI:.*]] = warp.load %[[Y]][%[[I]]] : !warp.array<f32, 1>, si32
// CHECK: %[[AX:.*]] = warp.mul %[[A]], %[[XI]] : f32
// CHECK: %[[R:.*]] = warp.add %[[AX]], %[[YI]] : f32
// CHECK: warp.store %[[R]], %[[Y]][%[[I]]] : !warp.array<f32, 1>, si32
// CHECK: warp.return
// GENERIC: "warp.kernel"() <{function_type = (!warp.array<f32, 1>, !warp.array<f32, 1>, f32) -> (), launch_dims = 1 : i32, sym_name = "saxpy"}>
// GENERIC: "warp.tid"() : () -> si32
// GENERIC: "warp.load"(%{{.*}}, %{{.*}}) : (!warp.array<f32, 1>, si32) -> f32
// GENERIC: "warp.mul"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.add"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
// GENERIC: "warp.store"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, !warp.array<f32, 1>, si32) -> ()
// GENERIC: "warp.return"() : () -> ()
warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// A 4-d launch; integer arithmetic keeps Warp's signedness; index types may
// be any Warp integer; arrays of every scalar kind.
// CHECK-LABEL: warp.kernel @grid4(
// CHECK-SAME: !warp.array<si64, 4>, %{{.*}}: !warp.array<ui8, 2>, %{{.*}}: !warp.array<i1, 1>, %{{.*}}: !warp.array<f16, 3>, %{{.*}}: ui32) dims(4) attributes {note = "kept"} {
// CHECK: %i, %j, %k, %l = warp.tid
// CHECK: warp.add %{{.*}}, %{{.*}} : si32
// CHECK: warp.load %{{.*}}[%i, %j, %k, %l] : !warp.array<si64, 4>, si32, si32, si32, si32
// CHECK: warp.mul %{{.*}}, %{{.*}} : si64
// CHECK: warp.load %{{.*}}[%{{.*}}, %{{.*}}] : !warp.array<ui8, 2>, ui32, si32
warp.kernel @grid4(%a: !warp.array<si64, 4>, %b: !warp.array<ui8, 2>,
                   %c: !warp.array<i1, 1>, %d: !warp.array<f16, 3>, %n: ui32)
    dims(4) attributes {note = "kept"} {
  %i, %j, %k, %l = warp.tid
  %ij = warp.add %i, %j : si32
  %v = warp.load %a[%i, %j, %k, %l] : !warp.array<si64, 4>, si32, si32, si32, si32
  %vv = warp.mul %v, %v : si64
  warp.store %vv, %a[%ij, %j, %k, %l] : !warp.array<si64, 4>, si32, si32, si32, si32
  %u = warp.load %b[%n, %i] : !warp.array<ui8, 2>, ui32, si32
  %uu = warp.add %u, %u : ui8
  warp.store %uu, %b[%n, %i] : !warp.array<ui8, 2>, ui32, si32
  warp.return
}

// A kernel without a declared launch rank accepts any tid arity, and a
// kernel may take no arguments at all.
// CHECK-LABEL: warp.kernel @no_dims() {
// CHECK-NEXT: warp.tid
// CHECK-NEXT: warp.return
warp.kernel @no_dims() {
  %i, %j = warp.tid
  warp.return
}
