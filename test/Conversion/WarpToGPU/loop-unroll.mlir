// convert-warp-to-gpu asks LLVM to unroll every loop of the device code by
// 4: the back edge of each loop (and only it) carries the loop annotation.
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s

// CHECK: #[[UNROLL:.*]] = #llvm.loop_unroll<count = 4 : i32>
// CHECK: #[[LOOP:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL]]>
// CHECK-LABEL: llvm.func internal @sum_body(
// CHECK: llvm.cond_br
// CHECK-NOT: loop_annotation
// CHECK: llvm.br ^{{.*}}(%{{.*}}) {loop_annotation = #[[LOOP]]}
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
