// Local variables are slots that upstream mem2reg turns into SSA values.
// RUN: warp-opt %s | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: warp-opt %s --mem2reg | FileCheck %s

// ROUNDTRIP-LABEL: warp.kernel @straight_line(
// ROUNDTRIP: %acc = warp.var "acc" : !warp.ref<f32>
// ROUNDTRIP: warp.read %acc : !warp.ref<f32>
// ROUNDTRIP: warp.write %{{.*}}, %acc : !warp.ref<f32>

// In straight-line code every read takes the reaching write; a read before
// any write takes the zero value.
// CHECK-LABEL: warp.kernel @straight_line(
// CHECK-SAME: %[[A:.*]]: !warp.array<f32, 1>, %[[X:.*]]: f32)
// CHECK-NOT: warp.var
// CHECK-NOT: warp.read
// CHECK-NOT: warp.write
// CHECK-DAG: %[[ZERO:.*]] = warp.zero : f32
// CHECK-DAG: %[[TID:.*]] = warp.tid
// CHECK: %[[SUM:.*]] = warp.add %[[X]], %[[ZERO]] : f32
// CHECK: %[[TWICE:.*]] = warp.add %[[SUM]], %[[SUM]] : f32
// CHECK: warp.store %[[TWICE]], %[[A]][%[[TID]]]
warp.kernel @straight_line(%a: !warp.array<f32, 1>, %x: f32) {
  %i = warp.tid
  %acc = warp.var "acc" : !warp.ref<f32>
  %before = warp.read %acc : !warp.ref<f32>
  warp.write %x, %acc : !warp.ref<f32>
  %v = warp.read %acc : !warp.ref<f32>
  %s = warp.add %v, %before : f32
  warp.write %s, %acc : !warp.ref<f32>
  %w = warp.read %acc : !warp.ref<f32>
  %t = warp.add %w, %w : f32
  warp.store %t, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// Composite variables are promoted too.
// CHECK-LABEL: warp.func @composite(
// CHECK-NOT: warp.var
// CHECK: warp.return %arg0 : !warp.vec<3xf32>
warp.func @composite(%v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %p = warp.var "p" : !warp.ref<!warp.vec<3xf32>>
  warp.write %v, %p : !warp.ref<!warp.vec<3xf32>>
  %r = warp.read %p : !warp.ref<!warp.vec<3xf32>>
  warp.return %r : !warp.vec<3xf32>
}

// A slot written inside a structured region stays a slot: mem2reg promotes
// it once control flow is lowered to a CFG.
// CHECK-LABEL: warp.func @in_region(
// CHECK: %[[Y:.*]] = warp.var "y" : !warp.ref<si32>
// CHECK: warp.if
// CHECK-NEXT: warp.add
// CHECK-NEXT: warp.write %{{.*}}, %[[Y]]
// CHECK: warp.read %[[Y]]
warp.func @in_region(%c: i1, %n: si32) -> si32 {
  %y = warp.var "y" : !warp.ref<si32>
  warp.write %n, %y : !warp.ref<si32>
  warp.if %c : i1 {
    %d = warp.add %n, %n : si32
    warp.write %d, %y : !warp.ref<si32>
  }
  %r = warp.read %y : !warp.ref<si32>
  warp.return %r : si32
}
