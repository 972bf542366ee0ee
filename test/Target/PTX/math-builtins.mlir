// Every math builtin, each result stored to its own row so that none is dead,
// compiles to PTX that ptxas accepts, in f32, f64 and f16.
// RUN: warp-translate --warp-to-ptx %s -o %t.ptx
// RUN: %ptxas -arch=sm_90 %t.ptx -o %t.cubin
// RUN: FileCheck %s < %t.ptx
// CHECK-LABEL: .visible .entry k_f32(
// CHECK-DAG: cvt.rzi.f32.f32
// CHECK-DAG: sqrt.rn.f32
// CHECK-DAG: cvt.rni.f32.f32
// CHECK-LABEL: .visible .entry k_f64(
// CHECK-DAG: sqrt.rn.f64
// CHECK-DAG: cvt.rzi.f64.f64
// CHECK-LABEL: .visible .entry k_f16(

warp.kernel @k_f32(%a: !warp.array<f32, 1>, %out: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %row0 = warp.constant 0 : si32
  %r0 = warp.abs %x : f32
  warp.store %r0, %out[%row0, %i] : !warp.array<f32, 2>, si32, si32
  %row1 = warp.constant 1 : si32
  %r1 = warp.acos %x : f32
  warp.store %r1, %out[%row1, %i] : !warp.array<f32, 2>, si32, si32
  %row2 = warp.constant 2 : si32
  %r2 = warp.asin %x : f32
  warp.store %r2, %out[%row2, %i] : !warp.array<f32, 2>, si32, si32
  %row3 = warp.constant 3 : si32
  %r3 = warp.atan %x : f32
  warp.store %r3, %out[%row3, %i] : !warp.array<f32, 2>, si32, si32
  %row4 = warp.constant 4 : si32
  %r4 = warp.cbrt %x : f32
  warp.store %r4, %out[%row4, %i] : !warp.array<f32, 2>, si32, si32
  %row5 = warp.constant 5 : si32
  %r5 = warp.ceil %x : f32
  warp.store %r5, %out[%row5, %i] : !warp.array<f32, 2>, si32, si32
  %row6 = warp.constant 6 : si32
  %r6 = warp.cos %x : f32
  warp.store %r6, %out[%row6, %i] : !warp.array<f32, 2>, si32, si32
  %row7 = warp.constant 7 : si32
  %r7 = warp.cosh %x : f32
  warp.store %r7, %out[%row7, %i] : !warp.array<f32, 2>, si32, si32
  %row8 = warp.constant 8 : si32
  %r8 = warp.degrees %x : f32
  warp.store %r8, %out[%row8, %i] : !warp.array<f32, 2>, si32, si32
  %row9 = warp.constant 9 : si32
  %r9 = warp.erf %x : f32
  warp.store %r9, %out[%row9, %i] : !warp.array<f32, 2>, si32, si32
  %row10 = warp.constant 10 : si32
  %r10 = warp.erfc %x : f32
  warp.store %r10, %out[%row10, %i] : !warp.array<f32, 2>, si32, si32
  %row11 = warp.constant 11 : si32
  %r11 = warp.exp %x : f32
  warp.store %r11, %out[%row11, %i] : !warp.array<f32, 2>, si32, si32
  %row12 = warp.constant 12 : si32
  %r12 = warp.floor %x : f32
  warp.store %r12, %out[%row12, %i] : !warp.array<f32, 2>, si32, si32
  %row13 = warp.constant 13 : si32
  %r13 = warp.frac %x : f32
  warp.store %r13, %out[%row13, %i] : !warp.array<f32, 2>, si32, si32
  %row14 = warp.constant 14 : si32
  %r14 = warp.log %x : f32
  warp.store %r14, %out[%row14, %i] : !warp.array<f32, 2>, si32, si32
  %row15 = warp.constant 15 : si32
  %r15 = warp.log2 %x : f32
  warp.store %r15, %out[%row15, %i] : !warp.array<f32, 2>, si32, si32
  %row16 = warp.constant 16 : si32
  %r16 = warp.log10 %x : f32
  warp.store %r16, %out[%row16, %i] : !warp.array<f32, 2>, si32, si32
  %row17 = warp.constant 17 : si32
  %r17 = warp.radians %x : f32
  warp.store %r17, %out[%row17, %i] : !warp.array<f32, 2>, si32, si32
  %row18 = warp.constant 18 : si32
  %r18 = warp.rint %x : f32
  warp.store %r18, %out[%row18, %i] : !warp.array<f32, 2>, si32, si32
  %row19 = warp.constant 19 : si32
  %r19 = warp.round %x : f32
  warp.store %r19, %out[%row19, %i] : !warp.array<f32, 2>, si32, si32
  %row20 = warp.constant 20 : si32
  %r20 = warp.sign %x : f32
  warp.store %r20, %out[%row20, %i] : !warp.array<f32, 2>, si32, si32
  %row21 = warp.constant 21 : si32
  %r21 = warp.sin %x : f32
  warp.store %r21, %out[%row21, %i] : !warp.array<f32, 2>, si32, si32
  %row22 = warp.constant 22 : si32
  %r22 = warp.sinh %x : f32
  warp.store %r22, %out[%row22, %i] : !warp.array<f32, 2>, si32, si32
  %row23 = warp.constant 23 : si32
  %r23 = warp.sqrt %x : f32
  warp.store %r23, %out[%row23, %i] : !warp.array<f32, 2>, si32, si32
  %row24 = warp.constant 24 : si32
  %r24 = warp.step %x : f32
  warp.store %r24, %out[%row24, %i] : !warp.array<f32, 2>, si32, si32
  %row25 = warp.constant 25 : si32
  %r25 = warp.tan %x : f32
  warp.store %r25, %out[%row25, %i] : !warp.array<f32, 2>, si32, si32
  %row26 = warp.constant 26 : si32
  %r26 = warp.tanh %x : f32
  warp.store %r26, %out[%row26, %i] : !warp.array<f32, 2>, si32, si32
  %row27 = warp.constant 27 : si32
  %r27 = warp.trunc %x : f32
  warp.store %r27, %out[%row27, %i] : !warp.array<f32, 2>, si32, si32
  %row28 = warp.constant 28 : si32
  %r28 = warp.nonzero %x : f32
  warp.store %r28, %out[%row28, %i] : !warp.array<f32, 2>, si32, si32
  %row29 = warp.constant 29 : si32
  %r29 = warp.atan2 %x, %x : f32
  warp.store %r29, %out[%row29, %i] : !warp.array<f32, 2>, si32, si32
  %row30 = warp.constant 30 : si32
  %r30 = warp.copysign %x, %x : f32
  warp.store %r30, %out[%row30, %i] : !warp.array<f32, 2>, si32, si32
  %row31 = warp.constant 31 : si32
  %r31 = warp.min %x, %x : f32
  warp.store %r31, %out[%row31, %i] : !warp.array<f32, 2>, si32, si32
  %row32 = warp.constant 32 : si32
  %r32 = warp.max %x, %x : f32
  warp.store %r32, %out[%row32, %i] : !warp.array<f32, 2>, si32, si32
  %row33 = warp.constant 33 : si32
  %r33 = warp.pow %x, %x : f32
  warp.store %r33, %out[%row33, %i] : !warp.array<f32, 2>, si32, si32
  warp.return
}

warp.kernel @k_f64(%a: !warp.array<f64, 1>, %out: !warp.array<f64, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f64, 1>, si32
  %row0 = warp.constant 0 : si32
  %r0 = warp.abs %x : f64
  warp.store %r0, %out[%row0, %i] : !warp.array<f64, 2>, si32, si32
  %row1 = warp.constant 1 : si32
  %r1 = warp.acos %x : f64
  warp.store %r1, %out[%row1, %i] : !warp.array<f64, 2>, si32, si32
  %row2 = warp.constant 2 : si32
  %r2 = warp.asin %x : f64
  warp.store %r2, %out[%row2, %i] : !warp.array<f64, 2>, si32, si32
  %row3 = warp.constant 3 : si32
  %r3 = warp.atan %x : f64
  warp.store %r3, %out[%row3, %i] : !warp.array<f64, 2>, si32, si32
  %row4 = warp.constant 4 : si32
  %r4 = warp.cbrt %x : f64
  warp.store %r4, %out[%row4, %i] : !warp.array<f64, 2>, si32, si32
  %row5 = warp.constant 5 : si32
  %r5 = warp.ceil %x : f64
  warp.store %r5, %out[%row5, %i] : !warp.array<f64, 2>, si32, si32
  %row6 = warp.constant 6 : si32
  %r6 = warp.cos %x : f64
  warp.store %r6, %out[%row6, %i] : !warp.array<f64, 2>, si32, si32
  %row7 = warp.constant 7 : si32
  %r7 = warp.cosh %x : f64
  warp.store %r7, %out[%row7, %i] : !warp.array<f64, 2>, si32, si32
  %row8 = warp.constant 8 : si32
  %r8 = warp.degrees %x : f64
  warp.store %r8, %out[%row8, %i] : !warp.array<f64, 2>, si32, si32
  %row9 = warp.constant 9 : si32
  %r9 = warp.erf %x : f64
  warp.store %r9, %out[%row9, %i] : !warp.array<f64, 2>, si32, si32
  %row10 = warp.constant 10 : si32
  %r10 = warp.erfc %x : f64
  warp.store %r10, %out[%row10, %i] : !warp.array<f64, 2>, si32, si32
  %row11 = warp.constant 11 : si32
  %r11 = warp.exp %x : f64
  warp.store %r11, %out[%row11, %i] : !warp.array<f64, 2>, si32, si32
  %row12 = warp.constant 12 : si32
  %r12 = warp.floor %x : f64
  warp.store %r12, %out[%row12, %i] : !warp.array<f64, 2>, si32, si32
  %row13 = warp.constant 13 : si32
  %r13 = warp.frac %x : f64
  warp.store %r13, %out[%row13, %i] : !warp.array<f64, 2>, si32, si32
  %row14 = warp.constant 14 : si32
  %r14 = warp.log %x : f64
  warp.store %r14, %out[%row14, %i] : !warp.array<f64, 2>, si32, si32
  %row15 = warp.constant 15 : si32
  %r15 = warp.log2 %x : f64
  warp.store %r15, %out[%row15, %i] : !warp.array<f64, 2>, si32, si32
  %row16 = warp.constant 16 : si32
  %r16 = warp.log10 %x : f64
  warp.store %r16, %out[%row16, %i] : !warp.array<f64, 2>, si32, si32
  %row17 = warp.constant 17 : si32
  %r17 = warp.radians %x : f64
  warp.store %r17, %out[%row17, %i] : !warp.array<f64, 2>, si32, si32
  %row18 = warp.constant 18 : si32
  %r18 = warp.rint %x : f64
  warp.store %r18, %out[%row18, %i] : !warp.array<f64, 2>, si32, si32
  %row19 = warp.constant 19 : si32
  %r19 = warp.round %x : f64
  warp.store %r19, %out[%row19, %i] : !warp.array<f64, 2>, si32, si32
  %row20 = warp.constant 20 : si32
  %r20 = warp.sign %x : f64
  warp.store %r20, %out[%row20, %i] : !warp.array<f64, 2>, si32, si32
  %row21 = warp.constant 21 : si32
  %r21 = warp.sin %x : f64
  warp.store %r21, %out[%row21, %i] : !warp.array<f64, 2>, si32, si32
  %row22 = warp.constant 22 : si32
  %r22 = warp.sinh %x : f64
  warp.store %r22, %out[%row22, %i] : !warp.array<f64, 2>, si32, si32
  %row23 = warp.constant 23 : si32
  %r23 = warp.sqrt %x : f64
  warp.store %r23, %out[%row23, %i] : !warp.array<f64, 2>, si32, si32
  %row24 = warp.constant 24 : si32
  %r24 = warp.step %x : f64
  warp.store %r24, %out[%row24, %i] : !warp.array<f64, 2>, si32, si32
  %row25 = warp.constant 25 : si32
  %r25 = warp.tan %x : f64
  warp.store %r25, %out[%row25, %i] : !warp.array<f64, 2>, si32, si32
  %row26 = warp.constant 26 : si32
  %r26 = warp.tanh %x : f64
  warp.store %r26, %out[%row26, %i] : !warp.array<f64, 2>, si32, si32
  %row27 = warp.constant 27 : si32
  %r27 = warp.trunc %x : f64
  warp.store %r27, %out[%row27, %i] : !warp.array<f64, 2>, si32, si32
  %row28 = warp.constant 28 : si32
  %r28 = warp.nonzero %x : f64
  warp.store %r28, %out[%row28, %i] : !warp.array<f64, 2>, si32, si32
  %row29 = warp.constant 29 : si32
  %r29 = warp.atan2 %x, %x : f64
  warp.store %r29, %out[%row29, %i] : !warp.array<f64, 2>, si32, si32
  %row30 = warp.constant 30 : si32
  %r30 = warp.copysign %x, %x : f64
  warp.store %r30, %out[%row30, %i] : !warp.array<f64, 2>, si32, si32
  %row31 = warp.constant 31 : si32
  %r31 = warp.min %x, %x : f64
  warp.store %r31, %out[%row31, %i] : !warp.array<f64, 2>, si32, si32
  %row32 = warp.constant 32 : si32
  %r32 = warp.max %x, %x : f64
  warp.store %r32, %out[%row32, %i] : !warp.array<f64, 2>, si32, si32
  %row33 = warp.constant 33 : si32
  %r33 = warp.pow %x, %x : f64
  warp.store %r33, %out[%row33, %i] : !warp.array<f64, 2>, si32, si32
  warp.return
}

warp.kernel @k_f16(%a: !warp.array<f16, 1>, %out: !warp.array<f16, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f16, 1>, si32
  %row0 = warp.constant 0 : si32
  %r0 = warp.abs %x : f16
  warp.store %r0, %out[%row0, %i] : !warp.array<f16, 2>, si32, si32
  %row1 = warp.constant 1 : si32
  %r1 = warp.acos %x : f16
  warp.store %r1, %out[%row1, %i] : !warp.array<f16, 2>, si32, si32
  %row2 = warp.constant 2 : si32
  %r2 = warp.asin %x : f16
  warp.store %r2, %out[%row2, %i] : !warp.array<f16, 2>, si32, si32
  %row3 = warp.constant 3 : si32
  %r3 = warp.atan %x : f16
  warp.store %r3, %out[%row3, %i] : !warp.array<f16, 2>, si32, si32
  %row4 = warp.constant 4 : si32
  %r4 = warp.cbrt %x : f16
  warp.store %r4, %out[%row4, %i] : !warp.array<f16, 2>, si32, si32
  %row5 = warp.constant 5 : si32
  %r5 = warp.ceil %x : f16
  warp.store %r5, %out[%row5, %i] : !warp.array<f16, 2>, si32, si32
  %row6 = warp.constant 6 : si32
  %r6 = warp.cos %x : f16
  warp.store %r6, %out[%row6, %i] : !warp.array<f16, 2>, si32, si32
  %row7 = warp.constant 7 : si32
  %r7 = warp.cosh %x : f16
  warp.store %r7, %out[%row7, %i] : !warp.array<f16, 2>, si32, si32
  %row8 = warp.constant 8 : si32
  %r8 = warp.degrees %x : f16
  warp.store %r8, %out[%row8, %i] : !warp.array<f16, 2>, si32, si32
  %row9 = warp.constant 9 : si32
  %r9 = warp.erf %x : f16
  warp.store %r9, %out[%row9, %i] : !warp.array<f16, 2>, si32, si32
  %row10 = warp.constant 10 : si32
  %r10 = warp.erfc %x : f16
  warp.store %r10, %out[%row10, %i] : !warp.array<f16, 2>, si32, si32
  %row11 = warp.constant 11 : si32
  %r11 = warp.exp %x : f16
  warp.store %r11, %out[%row11, %i] : !warp.array<f16, 2>, si32, si32
  %row12 = warp.constant 12 : si32
  %r12 = warp.floor %x : f16
  warp.store %r12, %out[%row12, %i] : !warp.array<f16, 2>, si32, si32
  %row13 = warp.constant 13 : si32
  %r13 = warp.frac %x : f16
  warp.store %r13, %out[%row13, %i] : !warp.array<f16, 2>, si32, si32
  %row14 = warp.constant 14 : si32
  %r14 = warp.log %x : f16
  warp.store %r14, %out[%row14, %i] : !warp.array<f16, 2>, si32, si32
  %row15 = warp.constant 15 : si32
  %r15 = warp.log2 %x : f16
  warp.store %r15, %out[%row15, %i] : !warp.array<f16, 2>, si32, si32
  %row16 = warp.constant 16 : si32
  %r16 = warp.log10 %x : f16
  warp.store %r16, %out[%row16, %i] : !warp.array<f16, 2>, si32, si32
  %row17 = warp.constant 17 : si32
  %r17 = warp.radians %x : f16
  warp.store %r17, %out[%row17, %i] : !warp.array<f16, 2>, si32, si32
  %row18 = warp.constant 18 : si32
  %r18 = warp.rint %x : f16
  warp.store %r18, %out[%row18, %i] : !warp.array<f16, 2>, si32, si32
  %row19 = warp.constant 19 : si32
  %r19 = warp.round %x : f16
  warp.store %r19, %out[%row19, %i] : !warp.array<f16, 2>, si32, si32
  %row20 = warp.constant 20 : si32
  %r20 = warp.sign %x : f16
  warp.store %r20, %out[%row20, %i] : !warp.array<f16, 2>, si32, si32
  %row21 = warp.constant 21 : si32
  %r21 = warp.sin %x : f16
  warp.store %r21, %out[%row21, %i] : !warp.array<f16, 2>, si32, si32
  %row22 = warp.constant 22 : si32
  %r22 = warp.sinh %x : f16
  warp.store %r22, %out[%row22, %i] : !warp.array<f16, 2>, si32, si32
  %row23 = warp.constant 23 : si32
  %r23 = warp.sqrt %x : f16
  warp.store %r23, %out[%row23, %i] : !warp.array<f16, 2>, si32, si32
  %row24 = warp.constant 24 : si32
  %r24 = warp.step %x : f16
  warp.store %r24, %out[%row24, %i] : !warp.array<f16, 2>, si32, si32
  %row25 = warp.constant 25 : si32
  %r25 = warp.tan %x : f16
  warp.store %r25, %out[%row25, %i] : !warp.array<f16, 2>, si32, si32
  %row26 = warp.constant 26 : si32
  %r26 = warp.tanh %x : f16
  warp.store %r26, %out[%row26, %i] : !warp.array<f16, 2>, si32, si32
  %row27 = warp.constant 27 : si32
  %r27 = warp.trunc %x : f16
  warp.store %r27, %out[%row27, %i] : !warp.array<f16, 2>, si32, si32
  %row28 = warp.constant 28 : si32
  %r28 = warp.nonzero %x : f16
  warp.store %r28, %out[%row28, %i] : !warp.array<f16, 2>, si32, si32
  %row29 = warp.constant 29 : si32
  %r29 = warp.atan2 %x, %x : f16
  warp.store %r29, %out[%row29, %i] : !warp.array<f16, 2>, si32, si32
  %row30 = warp.constant 30 : si32
  %r30 = warp.copysign %x, %x : f16
  warp.store %r30, %out[%row30, %i] : !warp.array<f16, 2>, si32, si32
  %row31 = warp.constant 31 : si32
  %r31 = warp.min %x, %x : f16
  warp.store %r31, %out[%row31, %i] : !warp.array<f16, 2>, si32, si32
  %row32 = warp.constant 32 : si32
  %r32 = warp.max %x, %x : f16
  warp.store %r32, %out[%row32, %i] : !warp.array<f16, 2>, si32, si32
  %row33 = warp.constant 33 : si32
  %r33 = warp.pow %x, %x : f16
  warp.store %r33, %out[%row33, %i] : !warp.array<f16, 2>, si32, si32
  warp.return
}

// Integer abs has no libdevice function: it becomes llvm.intr.abs; 8- and
// 16-bit abs runs abs.s32 on the widened value (inline PTX: ptxas's abs.s16
// does not wrap -32768).
// CHECK-LABEL: .visible .entry k_int(
// CHECK-DAG: abs.s32
// CHECK-DAG: abs.s64
// CHECK-DAG: begin inline asm
// CHECK-NOT: abs.s16
warp.kernel @k_int(%a: !warp.array<si32, 1>, %b: !warp.array<si64, 1>, %c: !warp.array<si8, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<si32, 1>, si32
  %ax = warp.abs %x : si32
  warp.store %ax, %a[%i] : !warp.array<si32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<si64, 1>, si32
  %ay = warp.abs %y : si64
  warp.store %ay, %b[%i] : !warp.array<si64, 1>, si32
  %z = warp.load %c[%i] : !warp.array<si8, 1>, si32
  %az = warp.abs %z : si8
  warp.store %az, %c[%i] : !warp.array<si8, 1>, si32
  warp.return
}
