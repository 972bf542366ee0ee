// convert-warp-to-gpu: each kernel becomes a gpu.func entry with the ABI's
// parameters, a grid-stride loop, Warp's row-major unravel and a call of the
// lowered body.
// RUN: warp-opt %s --convert-warp-to-gpu | FileCheck %s

// CHECK: module attributes {gpu.container_module}
// CHECK: gpu.module @warp_kernels
// CHECK: llvm.func internal @grid2_body(%{{.*}}: i32, %{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>, %{{.*}}: f32)
// CHECK-SAME: always_inline
// CHECK: gpu.func @grid2(%[[B:.*]]: !llvm.struct<(array<4 x i32>, i32, i64)>, %[[A:.*]]: !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>, %[[X:.*]]: f32) kernel {
// CHECK-DAG: %[[TX:.*]] = gpu.thread_id x
// CHECK-DAG: %[[BX:.*]] = gpu.block_id x
// CHECK-DAG: %[[DX:.*]] = gpu.block_dim x
// CHECK-DAG: %[[GX:.*]] = gpu.grid_dim x
// CHECK: %[[SIZE:.*]] = llvm.extractvalue %[[B]][2]
// CHECK: cf.br ^[[HEAD:.*]](%{{.*}} : i64)
// CHECK: ^[[HEAD]](%[[T:.*]]: i64):
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi slt, %[[T]], %[[SIZE]] : i64
// CHECK-NEXT: cf.cond_br %[[IN]], ^[[STEP:.*]], ^[[EXIT:.*]]
// CHECK: ^[[STEP]]:
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %[[B]][0, 1]
// CHECK-NEXT: %[[E1W:.*]] = arith.extsi %[[E1]] : i32 to i64
// CHECK-NEXT: %[[R1:.*]] = arith.remsi %[[T]], %[[E1W]] : i64
// CHECK-NEXT: %[[J:.*]] = arith.trunci %[[R1]] : i64 to i32
// CHECK-NEXT: %[[Q:.*]] = arith.divsi %[[T]], %[[E1W]] : i64
// CHECK-NEXT: %[[I:.*]] = arith.trunci %[[Q]] : i64 to i32
// CHECK-NEXT: llvm.call @grid2_body(%[[I]], %[[J]], %[[A]], %[[X]])
// CHECK: cf.br ^[[HEAD]]
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: gpu.return
warp.kernel @grid2(%a: !warp.array<f32, 2>, %x: f32) dims(2) {
  %i, %j = warp.tid
  warp.store %x, %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}

// Functions the kernels call are lowered into the same gpu.module.
// CHECK: llvm.func @helper(%{{.*}}: f32) -> f32
warp.func @helper(%x: f32) -> f32 {
  %y = warp.add %x, %x : f32
  warp.return %y : f32
}
