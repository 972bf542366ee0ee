// convert-warp-to-cpu: each kernel @k becomes @k_body (internal, always
// inlined) and gets the exported entry @k_cpu(%args: !llvm.ptr): the launch
// bounds and the kernel's arguments are loaded from one struct (docs/abi.md,
// "CPU entry"), and nested counted loops, dimension 0 outermost, call the
// body for every launch index in row-major order. warp.funcs stay
// external functions under their own names.
// The loops' shape, without the copy specialized for contiguous arrays:
// RUN: warp-opt %s --convert-warp-to-cpu=specialize-contiguous=false | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-cpu | FileCheck %s --check-prefix=FUNC --implicit-check-not=helper_
// By default a kernel with arrays tests whether they are C-contiguous and
// runs a copy of the loops with strides computed from the element size:
// RUN: warp-opt %s --convert-warp-to-cpu | FileCheck %s --check-prefix=CONTIG
// CONTIG-LABEL: llvm.func @saxpy_cpu(
// CONTIG: %[[X:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CONTIG: %[[Y:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CONTIG: %[[FOUR:.*]] = llvm.mlir.constant(4 : i64) : i64
// CONTIG-NEXT: %[[XS:.*]] = llvm.extractvalue %[[X]][2, 0]
// CONTIG-NEXT: %[[XOK:.*]] = llvm.icmp "eq" %[[XS]], %[[FOUR]] : i64
// CONTIG-NEXT: %[[XC:.*]] = llvm.insertvalue %[[FOUR]], %[[X]][2, 0]
// CONTIG: %[[YOK:.*]] = llvm.icmp "eq"
// CONTIG-NEXT: %[[BOTH:.*]] = llvm.and %[[XOK]], %[[YOK]] : i1
// CONTIG-NEXT: %[[YC:.*]] = llvm.insertvalue %{{.*}}, %[[Y]][2, 0]
// CONTIG-NEXT: llvm.cond_br %[[BOTH]], ^[[FAST:bb[0-9]+]], ^[[GENERAL:bb[0-9]+]]
// CONTIG: llvm.call @saxpy_body(%{{.*}}, %[[XC]], %[[YC]], %{{.*}})
// CONTIG: llvm.call @saxpy_body(%{{.*}}, %[[X]], %[[Y]], %{{.*}})
// 2-d arrays: the outer stride must be the inner extent times the element.
// CONTIG-LABEL: llvm.func @grid_cpu(
// CONTIG: %[[N1:.*]] = llvm.extractvalue %[[OUT:.*]][1, 1]
// CONTIG-NEXT: %[[N1W:.*]] = llvm.sext %[[N1]] : i32 to i64
// CONTIG-NEXT: %[[ROW:.*]] = llvm.mul %[[N1W]], %{{.*}} : i64
// CONTIG-NEXT: %[[S0:.*]] = llvm.extractvalue %[[OUT]][2, 0]
// CONTIG-NEXT: llvm.icmp "eq" %[[S0]], %[[ROW]] : i64
// The warp-to-llvm pipeline leaves no op but the LLVM dialect's.
// RUN: warp-opt %s --warp-to-llvm | FileCheck %s --check-prefix=PIPELINE \
// RUN:   --implicit-check-not='{{(^ *|= )(arith|cf|math|func|warp|builtin\.unrealized_conversion_cast)\.?}}'

// 1-d: the args struct is {bounds, x, y, a}; each field is loaded through a
// GEP [0, field]; one loop over shape[0].
// CHECK-LABEL: llvm.func internal @saxpy_body(%{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, %{{.*}}: !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, %{{.*}}: f32)
// CHECK-SAME: always_inline
// CHECK-NOT: llvm.func
// CHECK: llvm.func @saxpy_cpu(%[[ARGS:.*]]: !llvm.ptr) {
// CHECK-NEXT: %[[P0:.*]] = llvm.getelementptr %[[ARGS]][0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, f32)>
// CHECK-NEXT: %[[B:.*]] = llvm.load %[[P0]] : !llvm.ptr -> !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[P1:.*]] = llvm.getelementptr %[[ARGS]][0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, f32)>
// CHECK-NEXT: %[[X:.*]] = llvm.load %[[P1]] : !llvm.ptr -> !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CHECK-NEXT: %[[P2:.*]] = llvm.getelementptr %[[ARGS]][0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, f32)>
// CHECK-NEXT: %[[Y:.*]] = llvm.load %[[P2]] : !llvm.ptr -> !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>
// CHECK-NEXT: %[[P3:.*]] = llvm.getelementptr %[[ARGS]][0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, struct<(ptr, array<1 x i32>, array<1 x i64>)>, f32)>
// CHECK-NEXT: %[[A:.*]] = llvm.load %[[P3]] : !llvm.ptr -> f32
// CHECK-NEXT: %[[N0:.*]] = llvm.extractvalue %[[B]][0, 0] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[ZERO:.*]] = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: llvm.br ^[[HEAD:bb[0-9]+]](%[[ZERO]] : i32)
// CHECK-NEXT: ^[[HEAD]](%[[I:[0-9]+]]: i32):
// CHECK-NEXT: %[[IN:.*]] = llvm.icmp "slt" %[[I]], %[[N0]] : i32
// CHECK-NEXT: llvm.cond_br %[[IN]], ^[[STEP:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
// CHECK-NEXT: ^[[STEP]]:
// CHECK-NEXT: llvm.call @saxpy_body(%[[I]], %[[X]], %[[Y]], %[[A]]) : (i32, !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, f32) -> ()
// CHECK-NEXT: %[[ONE:.*]] = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[NEXT:.*]] = llvm.add %[[I]], %[[ONE]] : i32
// CHECK-NEXT: llvm.br ^[[HEAD]](%[[NEXT]] : i32)
// CHECK-NEXT: ^[[EXIT]]:
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// 2-d: the loop over shape[1] is nested in the loop over shape[0]; the body
// gets (i, j); the inner loop's exit steps i.
// CHECK-LABEL: llvm.func internal @grid_body(%{{.*}}: i32, %{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>)
// CHECK-SAME: always_inline
// CHECK: llvm.func @grid_cpu(%[[ARGS:.*]]: !llvm.ptr) {
// CHECK: %[[B:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK: %[[OUT:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>
// CHECK-NEXT: %[[N0:.*]] = llvm.extractvalue %[[B]][0, 0] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[N1:.*]] = llvm.extractvalue %[[B]][0, 1] : !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK-NEXT: %[[ZI:.*]] = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: llvm.br ^[[HI:bb[0-9]+]](%[[ZI]] : i32)
// CHECK-NEXT: ^[[HI]](%[[I:[0-9]+]]: i32):
// CHECK-NEXT: %[[INI:.*]] = llvm.icmp "slt" %[[I]], %[[N0]] : i32
// CHECK-NEXT: llvm.cond_br %[[INI]], ^[[SI:bb[0-9]+]], ^[[EI:bb[0-9]+]]
// CHECK-NEXT: ^[[SI]]:
// CHECK-NEXT: %[[ZJ:.*]] = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: llvm.br ^[[HJ:bb[0-9]+]](%[[ZJ]] : i32)
// CHECK-NEXT: ^[[EI]]:
// CHECK-NEXT: llvm.return
// CHECK-NEXT: ^[[HJ]](%[[J:[0-9]+]]: i32):
// CHECK-NEXT: %[[INJ:.*]] = llvm.icmp "slt" %[[J]], %[[N1]] : i32
// CHECK-NEXT: llvm.cond_br %[[INJ]], ^[[SJ:bb[0-9]+]], ^[[EJ:bb[0-9]+]]
// CHECK-NEXT: ^[[SJ]]:
// CHECK-NEXT: llvm.call @grid_body(%[[I]], %[[J]], %[[OUT]])
// CHECK-NEXT: %[[ONEJ:.*]] = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[J2:.*]] = llvm.add %[[J]], %[[ONEJ]] : i32
// CHECK-NEXT: llvm.br ^[[HJ]](%[[J2]] : i32)
// CHECK-NEXT: ^[[EJ]]:
// CHECK-NEXT: %[[ONEI:.*]] = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[I2:.*]] = llvm.add %[[I]], %[[ONEI]] : i32
// CHECK-NEXT: llvm.br ^[[HI]](%[[I2]] : i32)
// CHECK-NEXT: }
warp.kernel @grid(%out: !warp.array<si32, 2>) dims(2) {
  %i, %j = warp.tid
  %c100 = warp.constant 100 : si32
  %h = warp.mul %i, %c100 : si32
  %v = warp.add %h, %j : si32
  warp.store %v, %out[%i, %j] : !warp.array<si32, 2>, si32, si32
  warp.return
}

// 4-d: four loops, over shape[0] (outermost) to shape[3] (innermost); the
// body gets (i, j, k, l) and the other arguments, f64 and i1 fields of the
// args struct included; each loop's exit steps the loop around it.
// CHECK-LABEL: llvm.func internal @k4_body(%{{.*}}: i32, %{{.*}}: i32, %{{.*}}: i32, %{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<4 x i32>, array<4 x i64>)>, %{{.*}}: f64, %{{.*}}: i1)
// CHECK-SAME: always_inline
// CHECK: llvm.call @helper(
// CHECK: llvm.func @k4_cpu(%[[ARGS:.*]]: !llvm.ptr) {
// CHECK: %[[B:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(array<4 x i32>, i32, i64)>
// CHECK: %[[OUT:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, array<4 x i32>, array<4 x i64>)>
// CHECK-NEXT: %[[PX:.*]] = llvm.getelementptr %[[ARGS]][0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<4 x i32>, array<4 x i64>)>, f64, i1)>
// CHECK-NEXT: %[[X:.*]] = llvm.load %[[PX]] : !llvm.ptr -> f64
// CHECK-NEXT: %[[PF:.*]] = llvm.getelementptr %[[ARGS]][0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(struct<(array<4 x i32>, i32, i64)>, struct<(ptr, array<4 x i32>, array<4 x i64>)>, f64, i1)>
// CHECK-NEXT: %[[F:.*]] = llvm.load %[[PF]] : !llvm.ptr -> i1
// CHECK-NEXT: %[[N0:.*]] = llvm.extractvalue %[[B]][0, 0]
// CHECK-NEXT: %[[N1:.*]] = llvm.extractvalue %[[B]][0, 1]
// CHECK-NEXT: %[[N2:.*]] = llvm.extractvalue %[[B]][0, 2]
// CHECK-NEXT: %[[N3:.*]] = llvm.extractvalue %[[B]][0, 3]
// CHECK: ^[[H0:bb[0-9]+]](%[[I:[0-9]+]]: i32):
// CHECK-NEXT: %{{.*}} = llvm.icmp "slt" %[[I]], %[[N0]] : i32
// CHECK-NEXT: llvm.cond_br %{{.*}}, ^{{bb[0-9]+}}, ^[[E0:bb[0-9]+]]
// CHECK: ^[[H1:bb[0-9]+]](%[[J:[0-9]+]]: i32):
// CHECK-NEXT: %{{.*}} = llvm.icmp "slt" %[[J]], %[[N1]] : i32
// CHECK-NEXT: llvm.cond_br %{{.*}}, ^{{bb[0-9]+}}, ^[[E1:bb[0-9]+]]
// CHECK: ^[[E1]]:
// CHECK-NEXT: %{{.*}} = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[I2:.*]] = llvm.add %[[I]], %{{.*}} : i32
// CHECK-NEXT: llvm.br ^[[H0]](%[[I2]] : i32)
// CHECK: ^[[H2:bb[0-9]+]](%[[K:[0-9]+]]: i32):
// CHECK-NEXT: %{{.*}} = llvm.icmp "slt" %[[K]], %[[N2]] : i32
// CHECK-NEXT: llvm.cond_br %{{.*}}, ^{{bb[0-9]+}}, ^[[E2:bb[0-9]+]]
// CHECK: ^[[E2]]:
// CHECK-NEXT: %{{.*}} = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[J2:.*]] = llvm.add %[[J]], %{{.*}} : i32
// CHECK-NEXT: llvm.br ^[[H1]](%[[J2]] : i32)
// CHECK: ^[[H3:bb[0-9]+]](%[[L:[0-9]+]]: i32):
// CHECK-NEXT: %{{.*}} = llvm.icmp "slt" %[[L]], %[[N3]] : i32
// CHECK-NEXT: llvm.cond_br %{{.*}}, ^[[S3:bb[0-9]+]], ^[[E3:bb[0-9]+]]
// CHECK-NEXT: ^[[S3]]:
// CHECK-NEXT: llvm.call @k4_body(%[[I]], %[[J]], %[[K]], %[[L]], %[[OUT]], %[[X]], %[[F]])
// CHECK-NEXT: %{{.*}} = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[L2:.*]] = llvm.add %[[L]], %{{.*}} : i32
// CHECK-NEXT: llvm.br ^[[H3]](%[[L2]] : i32)
// CHECK-NEXT: ^[[E3]]:
// CHECK-NEXT: %{{.*}} = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[K2:.*]] = llvm.add %[[K]], %{{.*}} : i32
// CHECK-NEXT: llvm.br ^[[H2]](%[[K2]] : i32)
// CHECK-NEXT: }
warp.kernel @k4(%out: !warp.array<f64, 4>, %x: f64, %flag: i1) dims(4) {
  %i, %j, %k, %l = warp.tid
  %y = warp.call @helper(%x) : (f64) -> f64
  warp.if %flag : i1 {
    warp.store %y, %out[%i, %j, %k, %l] : !warp.array<f64, 4>, si32, si32, si32, si32
  }
  warp.return
}

// A warp.func keeps its name and external linkage (C can call it) and gets
// no entry; the kernel calls it.
// CHECK-LABEL: llvm.func @helper(%{{.*}}: f64) -> f64 {
// CHECK-NOT: always_inline
// CHECK: llvm.return
// FUNC: llvm.func internal @k4_body(
// FUNC: llvm.call @helper(
// FUNC: llvm.func @helper(%{{.*}}: f64) -> f64 {
warp.func @helper(%x: f64) -> f64 {
  %y = warp.add %x, %x : f64
  warp.return %y : f64
}

// PIPELINE: llvm.func internal @saxpy_body(
// PIPELINE: llvm.fmul
// PIPELINE: llvm.func @saxpy_cpu(
// PIPELINE: llvm.func internal @grid_body(
// PIPELINE: llvm.mul
// PIPELINE: llvm.func @grid_cpu(
// PIPELINE: llvm.func internal @k4_body(
// PIPELINE: llvm.cond_br
// PIPELINE: llvm.func @k4_cpu(
// PIPELINE: llvm.func @helper(
// PIPELINE: llvm.fadd
