// Structured control flow round-trips in custom and generic form.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// if / elif / else, where elif is an else region holding one warp.if.
// CHECK-LABEL: warp.kernel @branches(
// CHECK: warp.if %{{.*}} : i1 {
// CHECK-NEXT: warp.store
// CHECK-NEXT: } else {
// CHECK-NEXT: warp.if %{{.*}} : si32 {
// CHECK-NEXT: warp.store
// CHECK-NEXT: } else {
// CHECK-NEXT: warp.return
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: warp.if %{{.*}} : i1 {
// CHECK-NEXT: warp.store
// CHECK-NEXT: }
// CHECK-NEXT: warp.return
// GENERIC: "warp.if"(%{{.*}}) ({
// GENERIC: }, {
// GENERIC: }) : (i1) -> ()
warp.kernel @branches(%a: !warp.array<f32, 1>, %c: i1, %n: si32, %x: f32) {
  %i = warp.tid
  warp.if %c : i1 {
    warp.store %x, %a[%i] : !warp.array<f32, 1>, si32
  } else {
    warp.if %n : si32 {
      warp.store %x, %a[%n] : !warp.array<f32, 1>, si32
    } else {
      warp.return
    }
  }
  warp.if %c : i1 {
    warp.store %x, %a[%n] : !warp.array<f32, 1>, si32
  }
  warp.return
}

// for over range(start, stop, step) with a negative step, break and
// continue under ifs, and nested loops.
// CHECK-LABEL: warp.kernel @loops(
// CHECK: warp.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : si32 {
// CHECK: warp.if %{{.*}} : i1 {
// CHECK-NEXT: warp.break
// CHECK-NEXT: }
// CHECK: warp.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : si64 {
// CHECK: warp.continue
// CHECK: warp.store
// GENERIC: "warp.for"(%{{.*}}, %{{.*}}, %{{.*}}) ({
// GENERIC-NEXT: ^bb0(%{{.*}}: si32):
warp.kernel @loops(%a: !warp.array<f32, 1>, %c: i1, %x: f32, %lo: si64) {
  %ten = warp.constant 10 : si32
  %zero = warp.constant 0 : si32
  %down = warp.constant -1 : si32
  %one64 = warp.constant 1 : si64
  %hi = warp.constant 4 : si64
  warp.for %j = %ten to %zero step %down : si32 {
    warp.if %c : i1 {
      warp.break
    }
    warp.for %k = %lo to %hi step %one64 : si64 {
      warp.if %c : i1 {
        warp.continue
      }
      warp.store %x, %a[%k] : !warp.array<f32, 1>, si64
    }
  }
  warp.return
}

// while with a condition region; break out of it; early return from inside.
// CHECK-LABEL: warp.kernel @whiles(
// CHECK: %[[N:.*]] = warp.var "n" : !warp.ref<si32>
// CHECK: warp.while {
// CHECK-NEXT: %[[V:.*]] = warp.read %[[N]] : !warp.ref<si32>
// CHECK-NEXT: warp.condition %[[V]] : si32
// CHECK-NEXT: } do {
// CHECK: warp.if %{{.*}} : i1 {
// CHECK-NEXT: warp.return
// CHECK-NEXT: } else {
// CHECK-NEXT: warp.break
// CHECK-NEXT: }
// CHECK-NEXT: }
// GENERIC: "warp.while"() ({
// GENERIC: "warp.condition"(%{{.*}}) : (si32) -> ()
warp.kernel @whiles(%c: i1, %start: si32) {
  %n = warp.var "n" : !warp.ref<si32>
  warp.write %start, %n : !warp.ref<si32>
  warp.while {
    %v = warp.read %n : !warp.ref<si32>
    warp.condition %v : si32
  } do {
    %v = warp.read %n : !warp.ref<si32>
    %w = warp.add %v, %v : si32
    warp.write %w, %n : !warp.ref<si32>
    warp.if %c : i1 {
      warp.return
    } else {
      warp.break
    }
  }
  warp.return
}

// The ternary and short-circuit and/or evaluate their lazy operand in a
// region.
// CHECK-LABEL: warp.func @lazy(
// CHECK: %[[T:.*]] = warp.ifexp %{{.*}} : i1 -> f32 {
// CHECK-NEXT: warp.yield %{{.*}} : f32
// CHECK-NEXT: } else {
// CHECK-NEXT: warp.add
// CHECK-NEXT: warp.yield %{{.*}} : f32
// CHECK-NEXT: }
// CHECK: warp.and %{{.*}} : i1 {
// CHECK-NEXT: warp.yield %{{.*}} : si32
// CHECK-NEXT: }
// CHECK: warp.or %{{.*}} : si32 {
// CHECK-NEXT: warp.yield %{{.*}} : i1
// CHECK-NEXT: }
// GENERIC: "warp.ifexp"(%{{.*}}) ({
// GENERIC: "warp.and"(%{{.*}}) ({
// GENERIC: "warp.or"(%{{.*}}) ({
warp.func @lazy(%c: i1, %x: f32, %n: si32) -> (f32, i1, i1) {
  %t = warp.ifexp %c : i1 -> f32 {
    warp.yield %x : f32
  } else {
    %y = warp.add %x, %x : f32
    warp.yield %y : f32
  }
  %b = warp.and %c : i1 {
    warp.yield %n : si32
  }
  %o = warp.or %n : si32 {
    warp.yield %c : i1
  }
  warp.return %t, %b, %o : f32, i1, i1
}

// A value-producing ternary yields composite values too.
// CHECK-LABEL: warp.func @select_vec(
// CHECK: warp.ifexp %{{.*}} : i1 -> !warp.vec<3xf32> {
warp.func @select_vec(%c: i1, %a: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %z = warp.zero : !warp.vec<3xf32>
  %r = warp.ifexp %c : i1 -> !warp.vec<3xf32> {
    warp.yield %a : !warp.vec<3xf32>
  } else {
    warp.yield %z : !warp.vec<3xf32>
  }
  warp.return %r : !warp.vec<3xf32>
}
