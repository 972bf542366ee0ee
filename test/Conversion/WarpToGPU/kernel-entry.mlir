// convert-warp-to-gpu: each kernel becomes a gpu.func entry with the ABI's
// parameters (array data in the global address space), one unit of work
// per thread (no loop), Warp's row-major unravel and the lowered body.
// RUN: warp-opt %s --convert-warp-to-gpu | FileCheck %s
// With specialize-contiguous=true (the default, auto, leaves out kernels
// without a loop that accesses memory, such as these; see Passes.td) the
// entry tests whether the arrays are C-contiguous and then runs a copy of
// the work with its strides computed from the element size (4 bytes for
// f32):
// RUN: warp-opt %s --convert-warp-to-gpu=specialize-contiguous=true | FileCheck %s --check-prefix=CONTIG
// CONTIG-LABEL: gpu.func @copy(
// CONTIG: %[[FOUR:.*]] = llvm.mlir.constant(4 : i64) : i64
// CONTIG-NEXT: %[[SS:.*]] = llvm.extractvalue %{{.*}}[2, 0] : !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CONTIG-NEXT: %[[SOK:.*]] = llvm.icmp "eq" %[[SS]], %[[FOUR]] : i64
// CONTIG: %[[BOTH:.*]] = llvm.and %[[SOK]], %{{.*}} : i1
// CONTIG: cf.cond_br %[[BOTH]], ^[[FAST:bb[0-9]+]], ^[[GENERAL:bb[0-9]+]]
// Each copy runs its four indices: 4 loads, then 4 stores.
// CONTIG-COUNT-8: llvm.load
// CONTIG: gpu.return
// RUN: warp-opt %s --convert-warp-to-gpu | FileCheck %s --check-prefix=HOST
// RUN: warp-opt %s --convert-warp-to-gpu | FileCheck %s --check-prefix=HELPER
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s --check-prefix=NOHOST
// NOHOST-NOT: _launch

// CHECK: module attributes {gpu.container_module, llvm.data_layout = "{{.+}}", llvm.target_triple = "{{.+}}"}
// CHECK: func.func @clamp2_launch
// CHECK: func.func @copy_launch
// CHECK: gpu.module @warp_kernels

// A body with control flow runs once per thread, at the launch index the
// thread's index unravels to; the body is inlined, its blocks and all.
// CHECK: llvm.func internal @clamp2_body(%{{.*}}: i32, %{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>, %{{.*}}: f32)
// CHECK-SAME: always_inline
// Each kernel declares the launch indices a thread runs, for the runtime to
// size the launch: one for a body with control flow, four for a small
// straight-line one (below).
// CHECK: llvm.mlir.global external constant @clamp2__rows_per_thread(1 : i32) {addr_space = 4 : i32, alignment = 4 : i64} : i32
// CHECK: gpu.func @clamp2(%[[B:.*]]: !llvm.struct<(array<4 x i32>, i32, i64)>, %[[A:.*]]: !llvm.struct<(ptr<1>, array<2 x i32>, array<2 x i64>)>, %[[X:.*]]: f32) kernel {
// CHECK-DAG: %[[TX:.*]] = gpu.thread_id x
// CHECK-DAG: %[[BX:.*]] = gpu.block_id x
// CHECK-DAG: %[[DX:.*]] = gpu.block_dim x
// CHECK-NOT: gpu.grid_dim
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[SIZE:.*]] = llvm.extractvalue %[[B]][2]
// CHECK: %[[E1:.*]] = llvm.extractvalue %[[B]][0, 1]
// CHECK-NEXT: %[[E1W:.*]] = arith.extui %[[E1]] : i32 to i64
// CHECK-NEXT: %[[LIMIT:.*]] = arith.constant 2147483647 : i32
// CHECK: %[[DATA:.*]] = llvm.extractvalue %[[A]][0]
// CHECK-NEXT: %[[GENERIC:.*]] = llvm.addrspacecast %[[DATA]] : !llvm.ptr<1> to !llvm.ptr
// CHECK: %[[ARRAY:.*]] = llvm.insertvalue %{{.*}}[2] : !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>
// CHECK-NEXT: %[[ANY:.*]] = arith.cmpi slt, %[[FIRST]], %[[SIZE]] : i64
// CHECK-NEXT: cf.cond_br %[[ANY]], ^[[START:.*]], ^[[RETURN:.*]]
// CHECK: ^[[START]]:
// CHECK-NEXT: %[[R1:.*]] = arith.remui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[J:.*]] = arith.trunci %[[R1]] : i64 to i32
// CHECK-NEXT: %[[Q:.*]] = arith.divui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[I:.*]] = arith.trunci %[[Q]] : i64 to i32
// CHECK-NEXT: %[[IOK:.*]] = arith.cmpi ult, %[[I]], %[[LIMIT]] : i32
// CHECK-NEXT: llvm.intr.assume %[[IOK]] : i1
// CHECK-NEXT: %[[JOK:.*]] = arith.cmpi ult, %[[J]], %[[LIMIT]] : i32
// CHECK-NEXT: llvm.intr.assume %[[JOK]] : i1
// CHECK-NEXT: cf.br ^[[BODY:.*]]
// CHECK: ^[[BODY]]:
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[POSITIVE:.*]] = arith.cmpf ogt, %[[X]], %[[ZERO]] : f32
// CHECK-NEXT: llvm.cond_br %[[POSITIVE]], ^[[THEN:.*]], ^[[JOIN:.*]]
// CHECK: ^[[THEN]]:
// CHECK: llvm.sext %[[I]] : i32 to i64
// CHECK: llvm.sext %[[J]] : i32 to i64
// CHECK: llvm.store %[[X]], %{{.*}} : f32, !llvm.ptr
// CHECK-NEXT: llvm.br ^[[JOIN]]
// CHECK: ^[[JOIN]]:
// CHECK-NEXT: cf.br ^[[DONE:.*]]
// CHECK: ^[[DONE]]:
// CHECK-NEXT: cf.br ^[[RETURN]]
// CHECK: ^[[RETURN]]:
// CHECK-NEXT: gpu.return
warp.kernel @clamp2(%a: !warp.array<f32, 2>, %x: f32) dims(2) {
  %i, %j = warp.tid
  %zero = warp.constant 0.0 : f32
  %positive = warp.cmp gt, %x, %zero : f32
  warp.if %positive : i1 {
    warp.store %x, %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  }
  warp.return
}

// A small straight-line body runs four indices per thread, t + k * N for
// k < 4 and N the launch's thread count: inlined four times, every copy's
// loads before the first store, when all four are in range; else one at a
// time while they are.
// CHECK: llvm.mlir.global external constant @copy__rows_per_thread(4 : i32) {addr_space = 4 : i32, alignment = 4 : i64} : i32
// CHECK: gpu.func @copy(%{{.*}}: !llvm.struct<(array<4 x i32>, i32, i64)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>) kernel {
// CHECK: %[[DIM:.*]] = arith.index_cast %block_dim_x : index to i64
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[SIZE2:.*]] = llvm.extractvalue %{{.*}}[2] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK: %[[GRID:.*]] = gpu.grid_dim x
// CHECK-NEXT: %[[GRIDW:.*]] = arith.index_cast %[[GRID]] : index to i64
// CHECK-NEXT: %[[N:.*]] = arith.muli %[[GRIDW]], %[[DIM]] : i64
// CHECK-NEXT: %[[ANY2:.*]] = arith.cmpi slt, %[[FIRST]], %[[SIZE2]] : i64
// CHECK-NEXT: cf.cond_br %[[ANY2]], ^[[START2:.*]], ^[[RETURN2:.*]]
// CHECK: ^[[START2]]:
// CHECK: %[[T1:.*]] = arith.addi %[[FIRST]], %[[N]] overflow<nsw, nuw> : i64
// CHECK: %[[T2:.*]] = arith.addi %[[T1]], %[[N]] overflow<nsw, nuw> : i64
// CHECK: %[[T3:.*]] = arith.addi %[[T2]], %[[N]] overflow<nsw, nuw> : i64
// CHECK-NEXT: arith.trunci %[[T3]] : i64 to i32
// CHECK-NEXT: %[[ALL:.*]] = arith.cmpi slt, %[[T3]], %[[SIZE2]] : i64
// CHECK-NEXT: cf.cond_br %[[ALL]], ^[[PASS:.*]], ^[[REST:.*]](%[[FIRST]] : i64)
// CHECK: ^[[PASS]]:
// CHECK-COUNT-4: llvm.load
// CHECK-NOT: llvm.load
// CHECK-COUNT-4: llvm.store
// CHECK-NOT: llvm.store
// CHECK: cf.br ^[[RETURN2]]
// CHECK: ^[[REST]](%[[T:.*]]: i64):
// CHECK-NEXT: %[[INDEX:.*]] = arith.trunci %[[T]] : i64 to i32
// CHECK: llvm.call @copy_body(%[[INDEX]],
// CHECK-NEXT: %[[NEXT:.*]] = arith.addi %[[T]], %[[N]] overflow<nsw, nuw> : i64
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi slt, %[[NEXT]], %[[SIZE2]] : i64
// CHECK-NEXT: cf.cond_br %[[IN]], ^[[REST]](%[[NEXT]] : i64), ^[[RETURN2]]
// CHECK: ^[[RETURN2]]:
// CHECK-NEXT: gpu.return
warp.kernel @copy(%src: !warp.array<f32, 1>, %dst: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %src[%i] : !warp.array<f32, 1>, si32
  warp.store %x, %dst[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// Functions the kernels call are lowered into the same gpu.module.
// HELPER: gpu.module @warp_kernels
// HELPER: llvm.func @helper(%{{.*}}: f32) -> f32
warp.func @helper(%x: f32) -> f32 {
  %y = warp.add %x, %x : f32
  warp.return %y : f32
}

// The host side: each kernel gets a launcher that loads the launch bounds
// and arguments from the C struct `args` points to and launches the entry
// with gpu.launch_func on at least the blocks the kernel needs: for copy,
// four indices per thread, ceil(ceil(shape[0] / 4) * (size / shape[0]) /
// block).
// HOST-LABEL: func.func @copy_launch(%{{.*}}: !llvm.ptr, %{{.*}}: i64, %{{.*}}: i64)
// HOST: %[[LB:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(array<4 x i32>, i32, i64)>
// HOST: %[[SRC:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>
// HOST: %[[DST:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>
// HOST: %[[N:.*]] = llvm.extractvalue %[[LB]][2]
// HOST: %[[ROWS0:.*]] = llvm.extractvalue %[[LB]][0, 0]
// HOST: %[[FOUR:.*]] = arith.constant 4 : i64
// HOST-NEXT: %[[GROUPS:.*]] = arith.ceildivsi %{{.*}}, %[[FOUR]] : i64
// HOST-NEXT: %[[INNER:.*]] = arith.divsi %[[N]], %{{.*}} : i64
// HOST-NEXT: %[[THREADS:.*]] = arith.muli %[[GROUPS]], %[[INNER]] : i64
// HOST-NEXT: %[[NEEDED:.*]] = arith.ceildivsi %[[THREADS]], %{{.*}} : i64
// HOST-NEXT: arith.maxsi %{{.*}}, %[[NEEDED]] : i64
// HOST: gpu.launch_func @warp_kernels::@copy blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in (%{{.*}}, %{{.*}}, %{{.*}}) args(%[[LB]] : !llvm.struct<(array<4 x i32>, i32, i64)>, %[[SRC]] : {{.*}}, %[[DST]] : {{.*}})
// HOST: return
