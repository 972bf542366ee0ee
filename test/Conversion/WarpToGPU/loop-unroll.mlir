// convert-warp-to-gpu annotates the back edge of each loop (and only it)
// for LLVM's unroller: a loop with a constant trip count whose unrolled size
// is within full-unroll-budget (estimated instructions, default 1024) is
// unrolled fully, every other loop by 4, or by 16 when its body is small.
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false full-unroll-budget=0" | FileCheck %s --check-prefix=NOFULL

// CHECK-DAG: #[[UNROLL16:.*]] = #llvm.loop_unroll<count = 16 : i32>
// CHECK-DAG: #[[UNROLL4:.*]] = #llvm.loop_unroll<count = 4 : i32>
// CHECK-DAG: #[[FULL:.*]] = #llvm.loop_unroll<full = true>
// CHECK-DAG: #[[LOOP16:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL16]]>
// CHECK-DAG: #[[LOOP4:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL4]]>
// CHECK-DAG: #[[LOOPFULL:.*]] = #llvm.loop_annotation<unroll = #[[FULL]]>

// A run-time trip count and a small body: by 16.
// CHECK-LABEL: llvm.func internal @sum_body(
// CHECK: llvm.cond_br
// CHECK-NOT: loop_annotation
// CHECK: llvm.br ^{{.*}}(%{{.*}}) {loop_annotation = #[[LOOP16]]}
// CHECK-NOT: loop_annotation
// CHECK: llvm.return
warp.kernel @sum(%a: !warp.array<f32, 1>, %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %zero = warp.constant 0.0 : f32
  %acc = warp.var "acc" : !warp.ref<f32>
  warp.write %zero, %acc : !warp.ref<f32>
  %n = warp.shape %a[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %x = warp.load %a[%j] : !warp.array<f32, 1>, si32
    %s = warp.read %acc : !warp.ref<f32>
    %t = warp.add %s, %x : f32
    warp.write %t, %acc : !warp.ref<f32>
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// A run-time trip count and a larger body (a libdevice call): by 4.
// CHECK-LABEL: llvm.func internal @heavy_body(
// CHECK: llvm.br ^{{.*}}(%{{.*}}) {loop_annotation = #[[LOOP4]]}
// CHECK-NOT: loop_annotation
// CHECK: llvm.return
warp.kernel @heavy(%a: !warp.array<f32, 1>, %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %zero = warp.constant 0.0 : f32
  %acc = warp.var "acc" : !warp.ref<f32>
  warp.write %zero, %acc : !warp.ref<f32>
  %n = warp.shape %a[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %x = warp.load %a[%j] : !warp.array<f32, 1>, si32
    %y = warp.sin %x : f32
    %s = warp.read %acc : !warp.ref<f32>
    %t = warp.add %s, %y : f32
    warp.write %t, %acc : !warp.ref<f32>
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// Constant trip counts: 24 short steps fully, 4096 (over the budget) by 16.
// In a nest the inner loop (8 trips) is unrolled fully, the outer one is
// not (by 16).
// CHECK-LABEL: llvm.func internal @steps_body(
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOPFULL]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOP16]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOPFULL]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOP16]]}
// CHECK-NOT: loop_annotation
// CHECK: llvm.return
// With full-unroll-budget=0 no loop is unrolled fully.
// NOFULL-NOT: full = true
// NOFULL-LABEL: llvm.func internal @steps_body(
// NOFULL-COUNT-4: loop_annotation = #loop_annotation}
// NOFULL-NOT: loop_annotation
// NOFULL: llvm.return
// The entry inlines the body with its annotations; it has no loop of its own.
// CHECK-LABEL: gpu.func @steps(
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOPFULL]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOP16]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOPFULL]]}
// CHECK: llvm.br ^{{.*}} {loop_annotation = #[[LOOP16]]}
// CHECK-NOT: loop_annotation
// CHECK: gpu.return
// NOFULL-LABEL: gpu.func @steps(
// NOFULL-COUNT-4: loop_annotation = #loop_annotation}
// NOFULL-NOT: loop_annotation
warp.kernel @steps(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c8 = warp.constant 8 : si32
  %c24 = warp.constant 24 : si32
  %c4096 = warp.constant 4096 : si32
  %half = warp.constant 0.5 : f32
  %x = warp.var "x" : !warp.ref<f32>
  warp.write %half, %x : !warp.ref<f32>
  warp.for %k = %c0 to %c24 step %c1 : si32 {
    %v = warp.read %x : !warp.ref<f32>
    %w = warp.mul %v, %v : f32
    warp.write %w, %x : !warp.ref<f32>
  }
  warp.for %k = %c0 to %c4096 step %c1 : si32 {
    %v = warp.read %x : !warp.ref<f32>
    %w = warp.add %v, %half : f32
    warp.write %w, %x : !warp.ref<f32>
  }
  warp.for %k = %c0 to %c24 step %c1 : si32 {
    warp.for %l = %c0 to %c8 step %c1 : si32 {
      %v = warp.read %x : !warp.ref<f32>
      %w = warp.mul %v, %half : f32
      warp.write %w, %x : !warp.ref<f32>
    }
  }
  %r = warp.read %x : !warp.ref<f32>
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
