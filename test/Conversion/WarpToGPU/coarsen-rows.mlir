// A small straight-line body of a launch of two or more dimensions runs
// rows-per-thread (default 5) consecutive values of launch index 0 per
// thread: the thread's index counts groups of rows, ceil(shape[0] / 5) *
// shape[1] of them. The copies' loads come first, then their stores, so that
// LLVM can merge the loads of neighbouring rows. A ragged last group runs
// one row at a time.
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false rows-per-thread=8" | FileCheck %s --check-prefix=EIGHT
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false rows-per-thread=1" | FileCheck %s --check-prefix=NONE

// CHECK: llvm.mlir.global external constant @smooth__rows_per_thread(5 : i32)
// CHECK-LABEL: gpu.func @smooth(
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK: %[[E0:.*]] = llvm.extractvalue %{{.*}}[0, 0] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[E0W:.*]] = arith.extui %[[E0]] : i32 to i64
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %{{.*}}[0, 1] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[E1W:.*]] = arith.extui %[[E1]] : i32 to i64
// The groups: ceil(shape[0] / 5) * shape[1] of them.
// CHECK: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK-NEXT: %[[UP:.*]] = arith.addi %[[E0W]], %[[FOUR]] : i64
// CHECK-NEXT: %[[FIVE:.*]] = arith.constant 5 : i64
// CHECK-NEXT: %[[GROUPS:.*]] = arith.divui %[[UP]], %[[FIVE]] : i64
// CHECK-NEXT: %[[COUNT:.*]] = arith.muli %[[GROUPS]], %[[E1W]] : i64
// CHECK-NEXT: %[[ANY:.*]] = arith.cmpi slt, %[[FIRST]], %[[COUNT]] : i64
// CHECK-NEXT: cf.cond_br %[[ANY]], ^[[START:.*]], ^[[RETURN:bb[0-9]+]]
// CHECK: ^[[START]]:
// CHECK-NEXT: %[[JW:.*]] = arith.remui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[J:.*]] = arith.trunci %[[JW]] : i64 to i32
// CHECK-NEXT: %[[GW:.*]] = arith.divui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[G:.*]] = arith.trunci %[[GW]] : i64 to i32
// CHECK-NEXT: %[[G64:.*]] = arith.extui %[[G]] : i32 to i64
// CHECK-NEXT: %[[FIVE2:.*]] = arith.constant 5 : i64
// CHECK-NEXT: %[[ROW:.*]] = arith.muli %[[G64]], %[[FIVE2]] overflow<nsw, nuw> : i64
// CHECK: %[[R1:.*]] = arith.addi %[[ROW]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK: %[[R2:.*]] = arith.addi %[[R1]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK: %[[R3:.*]] = arith.addi %[[R2]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK: %[[R4:.*]] = arith.addi %[[R3]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK-NEXT: arith.trunci %[[R4]] : i64 to i32
// CHECK-NEXT: %[[WHOLE:.*]] = arith.cmpi slt, %[[R4]], %[[E0W]] : i64
// CHECK-NEXT: cf.cond_br %[[WHOLE]], ^[[FULL:.*]], ^[[PARTIAL:.*]](%[[ROW]] : i64)
// Five rows at the same inner index: ten loads, then five stores.
// CHECK: ^[[FULL]]:
// CHECK-COUNT-10: llvm.load
// CHECK-NOT: llvm.load
// CHECK-COUNT-5: llvm.store
// CHECK-NOT: llvm.store
// CHECK: cf.br ^[[RETURN]]
// CHECK: ^[[PARTIAL]](%[[R:.*]]: i64):
// CHECK-NEXT: %[[R32:.*]] = arith.trunci %[[R]] : i64 to i32
// CHECK: llvm.call @smooth_body(%[[R32]], %[[J]],
// CHECK-NEXT: %[[NEXT:.*]] = arith.addi %[[R]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK-NEXT: %[[RIN:.*]] = arith.cmpi slt, %[[NEXT]], %[[E0W]] : i64
// CHECK-NEXT: cf.cond_br %[[RIN]], ^[[PARTIAL]](%[[NEXT]] : i64), ^[[RETURN]]
// CHECK: ^[[RETURN]]:
// CHECK-NEXT: gpu.return

// EIGHT: llvm.mlir.global external constant @smooth__rows_per_thread(8 : i32)
// EIGHT-LABEL: gpu.func @smooth(
// EIGHT: arith.constant 7 : i64
// EIGHT: arith.constant 8 : i64
// EIGHT-COUNT-16: llvm.load
// EIGHT-NOT: llvm.load
// EIGHT-COUNT-8: llvm.store

// NONE: llvm.mlir.global external constant @smooth__rows_per_thread(1 : i32)
// NONE-LABEL: gpu.func @smooth(
// NONE-NOT: gpu.grid_dim
// NONE-COUNT-2: llvm.load
// NONE-NOT: llvm.load
// NONE-COUNT-1: llvm.store
// NONE-NOT: llvm.store
// NONE: gpu.return
// NONE: llvm.mlir.global external constant @scale__rows_per_thread(4 : i32)
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

// One-dimensional launches take four indices t + k * N instead, whatever
// rows-per-thread says (kernel-entry.mlir).
// CHECK: llvm.mlir.global external constant @scale__rows_per_thread(4 : i32)
// CHECK-LABEL: gpu.func @scale(
// CHECK: gpu.grid_dim x
// CHECK-NOT: arith.divui
// CHECK: gpu.return
warp.kernel @scale(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.add %x, %x : f32
  warp.store %y, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}
