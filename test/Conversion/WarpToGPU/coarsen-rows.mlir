// A small straight-line body of a launch of two or more dimensions runs
// rows-per-thread (default 4) consecutive values of launch index 0 per pass
// of the grid-stride loop, over groups of rows, when shape[0] has that many:
// the copies' loads come first, then their stores, so that LLVM can merge
// the loads of neighbouring rows. A ragged last group runs one row at a
// time; shape[0] below a group falls back to the linear loops.
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false rows-per-thread=8" | FileCheck %s --check-prefix=EIGHT
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false rows-per-thread=1" | FileCheck %s --check-prefix=NONE

// CHECK-LABEL: gpu.func @smooth(
// CHECK: arith.addi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[STRIDE:.*]] = arith.muli %{{.*}}, %{{.*}} : i64
// CHECK: %[[E0:.*]] = llvm.extractvalue %{{.*}}[0, 0] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[E0W:.*]] = arith.extui %[[E0]] : i32 to i64
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %{{.*}}[0, 1] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[E1W:.*]] = arith.extui %[[E1]] : i32 to i64
// The groups: ceil(shape[0] / 4) * shape[1] of them.
// CHECK: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-NEXT: %[[UP:.*]] = arith.addi %[[E0W]], %[[THREE]] : i64
// CHECK-NEXT: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK-NEXT: %[[GROUPS:.*]] = arith.divui %[[UP]], %[[FOUR]] : i64
// CHECK-NEXT: %[[COUNT:.*]] = arith.muli %[[GROUPS]], %[[E1W]] : i64
// CHECK-NEXT: %[[FOUR32:.*]] = arith.constant 4 : i32
// CHECK-NEXT: %[[ENOUGH:.*]] = arith.cmpi sge, %[[E0]], %[[FOUR32]] : i32
// CHECK-NEXT: cf.cond_br %[[ENOUGH]], ^[[GROUPED:.*]], ^[[LINEAR:bb[0-9]+]]
// CHECK: ^[[GROUPED]]:
// CHECK-NEXT: cf.br ^[[HEAD:.*]](%{{.*}}, %{{.*}}, %{{.*}} : i64, i32, i32)
// CHECK: ^[[LINEAR]]:
// CHECK: ^[[HEAD]](%[[T:.*]]: i64, %[[G:.*]]: i32, %[[J:.*]]: i32):
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi slt, %[[T]], %[[COUNT]] : i64
// CHECK-NEXT: cf.cond_br %[[IN]], ^[[STEP:.*]], ^[[DONE:.*]](
// CHECK: ^[[STEP]]:
// CHECK: %[[ROW:.*]] = arith.muli %[[G]], %{{.*}} overflow<nsw, nuw> : i32
// CHECK-NEXT: %[[ROWW:.*]] = arith.extui %[[ROW]] : i32 to i64
// CHECK: %[[END:.*]] = arith.addi %[[ROWW]], %{{.*}} : i64
// CHECK-NEXT: %[[WHOLE:.*]] = arith.cmpi sle, %[[END]], %[[E0W]] : i64
// CHECK-NEXT: cf.cond_br %[[WHOLE]], ^[[FULL:.*]], ^[[PARTIAL:.*]](%[[ROW]] : i32)
// Four rows at the same inner index: eight loads, then four stores.
// CHECK: ^[[FULL]]:
// CHECK: %[[R1:.*]] = arith.addi %[[ROW]], %{{.*}} overflow<nsw, nuw> : i32
// CHECK: %[[R2:.*]] = arith.addi %[[ROW]], %{{.*}} overflow<nsw, nuw> : i32
// CHECK: %[[R3:.*]] = arith.addi %[[ROW]], %{{.*}} overflow<nsw, nuw> : i32
// CHECK-COUNT-8: llvm.load
// CHECK-NOT: llvm.load
// CHECK-COUNT-4: llvm.store
// CHECK-NOT: llvm.store
// CHECK: cf.br ^[[LATCH:bb[0-9]+]]
// CHECK: ^[[PARTIAL]](%[[R:.*]]: i32):
// CHECK-NEXT: %[[RIN:.*]] = arith.cmpi slt, %[[R]], %[[E0]] : i32
// CHECK-NEXT: cf.cond_br %[[RIN]], ^[[ONE:.*]], ^[[LATCH]]
// CHECK: ^[[ONE]]:
// CHECK: llvm.call @smooth_body(%[[R]], %[[J]],
// CHECK: cf.br ^[[PARTIAL]](
// CHECK: ^[[LATCH]]:
// CHECK-NEXT: arith.addi %[[T]], %[[STRIDE]] : i64
// CHECK: cf.br ^[[HEAD]](
// CHECK: gpu.return

// EIGHT-LABEL: gpu.func @smooth(
// EIGHT: arith.constant 8 : i64
// EIGHT: arith.cmpi sge, %{{.*}}, %{{.*}} : i32
// EIGHT: overflow<nsw, nuw> : i32
// EIGHT-COUNT-16: llvm.load
// EIGHT-NOT: llvm.load
// EIGHT-COUNT-8: llvm.store

// NONE-LABEL: gpu.func @smooth(
// NONE-NOT: arith.cmpi sge
// NONE: arith.constant 3 : i64
// NONE-COUNT-8: llvm.load
// NONE-NOT: llvm.load
// NONE-COUNT-4: llvm.store
warp.kernel @smooth(%src: !warp.array<f32, 2>, %dst: !warp.array<f32, 2>) dims(2) {
  %i, %j = warp.tid
  %c1 = warp.constant 1 : si32
  %ip = warp.add %i, %c1 : si32
  %a = warp.load %src[%i, %j] : !warp.array<f32, 2>, si32, si32
  %b = warp.load %src[%ip, %j] : !warp.array<f32, 2>, si32, si32
  %s = warp.add %a, %b : f32
  warp.store %s, %dst[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}

// One-dimensional launches are not coarsened.
// CHECK-LABEL: gpu.func @scale(
// CHECK-NOT: arith.cmpi sge
// CHECK: gpu.return
warp.kernel @scale(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.add %x, %x : f32
  warp.store %y, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}
