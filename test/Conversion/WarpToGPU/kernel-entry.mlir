// convert-warp-to-gpu: each kernel becomes a gpu.func entry with the ABI's
// parameters (array data in the global address space), a grid-stride loop,
// Warp's row-major unravel and the lowered body.
// RUN: warp-opt %s --convert-warp-to-gpu | FileCheck %s
// With specialize-contiguous=true (the default, auto, leaves out kernels
// without a loop that accesses memory, such as these; see Passes.td) the
// entry tests whether the arrays are C-contiguous and then runs a copy of
// the loops with their strides computed from the element size (4 bytes for
// f32):
// RUN: warp-opt %s --convert-warp-to-gpu=specialize-contiguous=true | FileCheck %s --check-prefix=CONTIG
// CONTIG-LABEL: gpu.func @copy(
// CONTIG: %[[FOUR:.*]] = llvm.mlir.constant(4 : i64) : i64
// CONTIG-NEXT: %[[SS:.*]] = llvm.extractvalue %{{.*}}[2, 0] : !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CONTIG-NEXT: %[[SOK:.*]] = llvm.icmp "eq" %[[SS]], %[[FOUR]] : i64
// CONTIG: %[[BOTH:.*]] = llvm.and %[[SOK]], %{{.*}} : i1
// CONTIG: cf.cond_br %[[BOTH]], ^[[FAST:bb[0-9]+]], ^[[GENERAL:bb[0-9]+]]
// Each copy has its unrolled pass: 4 loads, then 4 stores.
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

// A body with control flow is called once per linear index. A thread
// divides once, for its first index and the stride; the loop then steps the
// launch indices by the unravelled stride with a carry.
// CHECK: llvm.func internal @clamp2_body(%{{.*}}: i32, %{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>, %{{.*}}: f32)
// CHECK-SAME: always_inline
// CHECK: gpu.func @clamp2(%[[B:.*]]: !llvm.struct<(array<4 x i32>, i32, i64)>, %[[A:.*]]: !llvm.struct<(ptr<1>, array<2 x i32>, array<2 x i64>)>, %[[X:.*]]: f32) kernel {
// CHECK-DAG: %[[TX:.*]] = gpu.thread_id x
// CHECK-DAG: %[[BX:.*]] = gpu.block_id x
// CHECK-DAG: %[[DX:.*]] = gpu.block_dim x
// CHECK-DAG: %[[GX:.*]] = gpu.grid_dim x
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[STRIDE:.*]] = arith.muli %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[SIZE:.*]] = llvm.extractvalue %[[B]][2]
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %[[B]][0, 1]
// CHECK-NEXT: %[[E1W:.*]] = arith.extui %[[E1]] : i32 to i64
// CHECK-NEXT: %[[LIMIT:.*]] = arith.constant 2147483647 : i32
// CHECK: %[[DATA:.*]] = llvm.extractvalue %[[A]][0]
// CHECK-NEXT: %[[GENERIC:.*]] = llvm.addrspacecast %[[DATA]] : !llvm.ptr<1> to !llvm.ptr
// CHECK: %[[ARRAY:.*]] = llvm.insertvalue %{{.*}}[2] : !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>
// CHECK-NEXT: %[[ANY:.*]] = arith.cmpi slt, %[[FIRST]], %[[SIZE]] : i64
// CHECK-NEXT: cf.cond_br %[[ANY]], ^[[START:.*]], ^[[RETURN:.*]]
// CHECK: ^[[START]]:
// CHECK-NEXT: %[[SR:.*]] = arith.remui %[[STRIDE]], %[[E1W]] : i64
// CHECK-NEXT: %[[SJ:.*]] = arith.trunci %[[SR]] : i64 to i32
// CHECK-NEXT: %[[SQ:.*]] = arith.divui %[[STRIDE]], %[[E1W]] : i64
// CHECK-NEXT: %[[SI:.*]] = arith.trunci %[[SQ]] : i64 to i32
// CHECK-NEXT: %[[R1:.*]] = arith.remui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[J0:.*]] = arith.trunci %[[R1]] : i64 to i32
// CHECK-NEXT: %[[Q:.*]] = arith.divui %[[FIRST]], %[[E1W]] : i64
// CHECK-NEXT: %[[I0:.*]] = arith.trunci %[[Q]] : i64 to i32
// CHECK-NEXT: cf.br ^[[HEAD:.*]](%[[FIRST]], %[[I0]], %[[J0]] : i64, i32, i32)
// CHECK: ^[[HEAD]](%[[T:.*]]: i64, %[[I:.*]]: i32, %[[J:.*]]: i32):
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi slt, %[[T]], %[[SIZE]] : i64
// CHECK-NEXT: cf.cond_br %[[IN]], ^[[STEP:.*]], ^[[EXIT:.*]](%[[T]], %[[I]], %[[J]] : i64, i32, i32)
// CHECK: ^[[STEP]]:
// CHECK-NEXT: %[[IOK:.*]] = arith.cmpi ult, %[[I]], %[[LIMIT]] : i32
// CHECK-NEXT: llvm.intr.assume %[[IOK]] : i1
// CHECK-NEXT: %[[JOK:.*]] = arith.cmpi ult, %[[J]], %[[LIMIT]] : i32
// CHECK-NEXT: llvm.intr.assume %[[JOK]] : i1
// CHECK-NEXT: llvm.call @clamp2_body(%[[I]], %[[J]], %[[ARRAY]], %[[X]])
// CHECK-NEXT: %[[T2:.*]] = arith.addi %[[T]], %[[STRIDE]] : i64
// CHECK-NEXT: %[[JS:.*]] = arith.addi %[[J]], %[[SJ]] : i32
// CHECK-NEXT: %[[WRAPS:.*]] = arith.cmpi uge, %[[JS]], %[[E1]] : i32
// CHECK-NEXT: %[[JW:.*]] = arith.subi %[[JS]], %[[E1]] : i32
// CHECK-NEXT: %[[J2:.*]] = arith.select %[[WRAPS]], %[[JW]], %[[JS]] : i32
// CHECK-NEXT: %[[CARRY:.*]] = arith.extui %[[WRAPS]] : i1 to i32
// CHECK-NEXT: %[[IS:.*]] = arith.addi %[[I]], %[[SI]] : i32
// CHECK-NEXT: %[[I2:.*]] = arith.addi %[[IS]], %[[CARRY]] : i32
// CHECK-NEXT: cf.br ^[[HEAD]](%[[T2]], %[[I2]], %[[J2]] : i64, i32, i32)
// CHECK: ^[[EXIT]](%{{.*}}: i64, %{{.*}}: i32, %{{.*}}: i32):
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

// A small straight-line body is inlined four times per pass while all four
// indices are in range, every copy's loads before the first store; then the
// remaining indices run one at a time.
// CHECK: gpu.func @copy(%{{.*}}: !llvm.struct<(array<4 x i32>, i32, i64)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>) kernel {
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[STRIDE:.*]] = arith.muli %{{.*}}, %{{.*}} : i64
// CHECK: %[[SIZE2:.*]] = llvm.extractvalue %{{.*}}[2] : !llvm.struct<(array<4 x i32>, i32, i64)>
// The span of a pass, stride * 3, is computed once, before the loop.
// CHECK: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-NEXT: %[[SPAN:.*]] = arith.muli %[[STRIDE]], %[[THREE]] : i64
// CHECK-NEXT: cf.br ^[[HEAD4:.*]](%{{.*}}, %{{.*}} : i64, i32)
// CHECK: ^[[HEAD4]](%[[T4:.*]]: i64, %{{.*}}: i32):
// CHECK-NEXT: %[[LAST:.*]] = arith.addi %[[T4]], %[[SPAN]] : i64
// CHECK-NEXT: %[[ALL:.*]] = arith.cmpi slt, %[[LAST]], %[[SIZE2]] : i64
// CHECK-NEXT: cf.cond_br %[[ALL]], ^[[PASS:.*]], ^[[REST:.*]](%[[T4]], %{{.*}} : i64, i32)
// CHECK: ^[[PASS]]:
// CHECK-COUNT-4: llvm.load
// CHECK-NOT: llvm.load
// CHECK-COUNT-4: llvm.store
// CHECK-NOT: llvm.store
// CHECK: cf.br ^[[HEAD4]]
// In 1-d that loop carries only the 32-bit index: it is below shape[0], and
// the stride is capped at INT32_MAX so that index + stride cannot wrap.
// CHECK: ^[[REST]](%{{.*}}: i64, %[[FROMI:.*]]: i32):
// CHECK-NEXT: %[[EXTENT:.*]] = llvm.extractvalue %{{.*}}[0, 0] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[CAP:.*]] = arith.constant 2147483647 : i64
// CHECK-NEXT: %[[CAPPED:.*]] = arith.minui %[[STRIDE]], %[[CAP]] : i64
// CHECK-NEXT: %[[STEP1:.*]] = arith.trunci %[[CAPPED]] : i64 to i32
// CHECK-NEXT: cf.br ^[[HEAD1:.*]](%[[FROMI]] : i32)
// CHECK: ^[[HEAD1]](%[[T1:.*]]: i32):
// CHECK-NEXT: %[[IN1:.*]] = arith.cmpi ult, %[[T1]], %[[EXTENT]] : i32
// CHECK-NEXT: cf.cond_br %[[IN1]], ^[[ONE:.*]], ^[[DONE:.*]]
// CHECK: ^[[ONE]]:
// CHECK: llvm.call @copy_body(%[[T1]],
// CHECK-NEXT: %[[NEXT1:.*]] = arith.addi %[[T1]], %[[STEP1]] overflow<nuw> : i32
// CHECK-NEXT: cf.br ^[[HEAD1]](%[[NEXT1]] : i32)
// CHECK: gpu.return
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
// with gpu.launch_func (grid 0: one thread per launch index).
// HOST-LABEL: func.func @copy_launch(%{{.*}}: !llvm.ptr, %{{.*}}: i64, %{{.*}}: i64)
// HOST: %[[LB:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(array<4 x i32>, i32, i64)>
// HOST: %[[SRC:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>
// HOST: %[[DST:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>
// HOST: %[[N:.*]] = llvm.extractvalue %[[LB]][2]
// HOST: arith.ceildivsi %[[N]], %{{.*}} : i64
// HOST: gpu.launch_func @warp_kernels::@copy blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in (%{{.*}}, %{{.*}}, %{{.*}}) args(%[[LB]] : !llvm.struct<(array<4 x i32>, i32, i64)>, %[[SRC]] : {{.*}}, %[[DST]] : {{.*}})
// HOST: return
