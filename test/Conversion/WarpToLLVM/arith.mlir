// Arithmetic and bitwise operators: the ops each lowers to, with the
// signedness taken from the warp types.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s

// Composites apply the scalar op per component.
// CHECK-LABEL: llvm.func @add_vec(
// CHECK-SAME: %[[A:.*]]: !llvm.array<2 x i32>, %[[B:.*]]: !llvm.array<2 x i32>)
// CHECK: %[[A0:.*]] = llvm.extractvalue %[[A]][0]
// CHECK-NEXT: %[[B0:.*]] = llvm.extractvalue %[[B]][0]
// CHECK-NEXT: %[[S0:.*]] = arith.addi %[[A0]], %[[B0]] : i32
// CHECK-NEXT: %[[R0:.*]] = llvm.insertvalue %[[S0]], %{{.*}}[0]
// CHECK: arith.addi
// CHECK-NEXT: llvm.insertvalue %{{.*}}, %[[R0]][1]
warp.func @add_vec(%a: !warp.vec<2xsi32>, %b: !warp.vec<2xsi32>) -> !warp.vec<2xsi32> {
  %r = warp.add %a, %b : !warp.vec<2xsi32>
  warp.return %r : !warp.vec<2xsi32>
}

// CHECK-LABEL: llvm.func @sub(
// CHECK-NEXT: arith.subi %arg0, %arg1 : i32
// CHECK-NEXT: arith.subf %arg2, %arg3 : f64
warp.func @sub(%a: si32, %b: si32, %x: f64, %y: f64) -> (si32, f64) {
  %i = warp.sub %a, %b : si32
  %f = warp.sub %x, %y : f64
  warp.return %i, %f : si32, f64
}

// CHECK-LABEL: llvm.func @mul_scalar(
// CHECK-NEXT: arith.muli %arg0, %arg1 : i16
// CHECK-NEXT: arith.mulf %arg2, %arg3 : f32
warp.func @mul_scalar(%a: ui16, %b: ui16, %x: f32, %y: f32) -> (ui16, f32) {
  %i = warp.mul %a, %b : ui16
  %f = warp.mul %x, %y : f32
  warp.return %i, %f : ui16, f32
}

// A scalar operand scales every component, on either side.
// CHECK-LABEL: llvm.func @scale(
// CHECK: %[[V0:.*]] = llvm.extractvalue %arg0[0] : !llvm.array<2 x f32>
// CHECK-NEXT: arith.mulf %[[V0]], %arg1 : f32
// CHECK: %[[V1:.*]] = llvm.extractvalue %arg0[1] : !llvm.array<2 x f32>
// CHECK-NEXT: arith.mulf %[[V1]], %arg1 : f32
// CHECK: %[[ROW:.*]] = llvm.extractvalue %arg2[1] : !llvm.array<2 x array<2 x i32>>
// CHECK: %[[M10:.*]] = llvm.extractvalue %[[ROW]][0] : !llvm.array<2 x i32>
// CHECK-NEXT: arith.muli %arg3, %[[M10]] : i32
warp.func @scale(%v: !warp.vec<2xf32>, %s: f32, %m: !warp.mat<2x2xsi32>, %t: si32) -> (!warp.vec<2xf32>, !warp.mat<2x2xsi32>) {
  %a = warp.mul %v, %s : (!warp.vec<2xf32>, f32) -> !warp.vec<2xf32>
  %b = warp.mul %t, %m : (si32, !warp.mat<2x2xsi32>) -> !warp.mat<2x2xsi32>
  warp.return %a, %b : !warp.vec<2xf32>, !warp.mat<2x2xsi32>
}

// mat * vec: each row against the vector, summed left to right (mat.h).
// CHECK-LABEL: llvm.func @mat_vec(
// CHECK: %[[M0:.*]] = llvm.extractvalue %arg0[0]
// CHECK-NEXT: %[[M00:.*]] = llvm.extractvalue %[[M0]][0]
// CHECK-NEXT: %[[M01:.*]] = llvm.extractvalue %[[M0]][1]
// CHECK-NEXT: %[[M1:.*]] = llvm.extractvalue %arg0[1]
// CHECK-NEXT: %[[M10:.*]] = llvm.extractvalue %[[M1]][0]
// CHECK-NEXT: %[[M11:.*]] = llvm.extractvalue %[[M1]][1]
// CHECK-NEXT: %[[V0:.*]] = llvm.extractvalue %arg1[0]
// CHECK-NEXT: %[[V1:.*]] = llvm.extractvalue %arg1[1]
// CHECK-NEXT: %[[P0:.*]] = arith.mulf %[[M00]], %[[V0]] : f32
// CHECK-NEXT: %[[P1:.*]] = arith.mulf %[[M01]], %[[V1]] : f32
// CHECK-NEXT: %[[R0:.*]] = arith.addf %[[P0]], %[[P1]] : f32
// CHECK-NEXT: %[[P2:.*]] = arith.mulf %[[M10]], %[[V0]] : f32
// CHECK-NEXT: %[[P3:.*]] = arith.mulf %[[M11]], %[[V1]] : f32
// CHECK-NEXT: %[[R1:.*]] = arith.addf %[[P2]], %[[P3]] : f32
// CHECK-NEXT: %[[U:.*]] = llvm.mlir.poison : !llvm.array<2 x f32>
// CHECK-NEXT: %[[W:.*]] = llvm.insertvalue %[[R0]], %[[U]][0]
// CHECK-NEXT: llvm.insertvalue %[[R1]], %[[W]][1]
warp.func @mat_vec(%m: !warp.mat<2x2xf32>, %v: !warp.vec<2xf32>) -> !warp.vec<2xf32> {
  %r = warp.mul %m, %v : (!warp.mat<2x2xf32>, !warp.vec<2xf32>) -> !warp.vec<2xf32>
  warp.return %r : !warp.vec<2xf32>
}

// vec * mat: the vector against each column.
// CHECK-LABEL: llvm.func @vec_mat(
// CHECK: %[[V0:.*]] = llvm.extractvalue %arg0[0]
// CHECK-NEXT: %[[V1:.*]] = llvm.extractvalue %arg0[1]
// CHECK-NEXT: %[[M0:.*]] = llvm.extractvalue %arg1[0]
// CHECK-NEXT: %[[M00:.*]] = llvm.extractvalue %[[M0]][0]
// CHECK-NEXT: %[[M01:.*]] = llvm.extractvalue %[[M0]][1]
// CHECK-NEXT: %[[M1:.*]] = llvm.extractvalue %arg1[1]
// CHECK-NEXT: %[[M10:.*]] = llvm.extractvalue %[[M1]][0]
// CHECK-NEXT: %[[M11:.*]] = llvm.extractvalue %[[M1]][1]
// CHECK-NEXT: %[[P0:.*]] = arith.mulf %[[M00]], %[[V0]] : f32
// CHECK-NEXT: %[[P1:.*]] = arith.mulf %[[M10]], %[[V1]] : f32
// CHECK-NEXT: arith.addf %[[P0]], %[[P1]] : f32
// CHECK-NEXT: %[[P2:.*]] = arith.mulf %[[M01]], %[[V0]] : f32
// CHECK-NEXT: %[[P3:.*]] = arith.mulf %[[M11]], %[[V1]] : f32
// CHECK-NEXT: arith.addf %[[P2]], %[[P3]] : f32
warp.func @vec_mat(%v: !warp.vec<2xf32>, %m: !warp.mat<2x2xf32>) -> !warp.vec<2xf32> {
  %r = warp.mul %v, %m : (!warp.vec<2xf32>, !warp.mat<2x2xf32>) -> !warp.vec<2xf32>
  warp.return %r : !warp.vec<2xf32>
}

// mat * mat (and @): mat.h's muladd from a zero sum, fused for f32/f64,
// `sum + a * b` for f16 and integers.
// CHECK-LABEL: llvm.func @mat_mat(
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %[[S:.*]] = math.fma %{{.*}}, %{{.*}}, %[[ZERO]] : f64
// CHECK-NEXT: math.fma %{{.*}}, %{{.*}}, %[[S]] : f64
warp.func @mat_mat(%a: !warp.mat<1x2xf64>, %b: !warp.mat<2x1xf64>) -> !warp.mat<1x1xf64> {
  %r = warp.matmul %a, %b : (!warp.mat<1x2xf64>, !warp.mat<2x1xf64>) -> !warp.mat<1x1xf64>
  warp.return %r : !warp.mat<1x1xf64>
}
// CHECK-LABEL: llvm.func @mat_mat_f16(
// CHECK-NOT: math.fma
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f16
// CHECK-NEXT: %[[P:.*]] = arith.mulf %{{.*}}, %{{.*}} : f16
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ZERO]], %[[P]] : f16
// CHECK-NEXT: %[[Q:.*]] = arith.mulf %{{.*}}, %{{.*}} : f16
// CHECK-NEXT: arith.addf %[[S]], %[[Q]] : f16
warp.func @mat_mat_f16(%a: !warp.mat<1x2xf16>, %b: !warp.mat<2x1xf16>) -> !warp.mat<1x1xf16> {
  %r = warp.mul %a, %b : (!warp.mat<1x2xf16>, !warp.mat<2x1xf16>) -> !warp.mat<1x1xf16>
  warp.return %r : !warp.mat<1x1xf16>
}
// CHECK-LABEL: llvm.func @mat_mat_int(
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-NEXT: %[[P:.*]] = arith.muli %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: arith.addi %[[ZERO]], %[[P]] : i32
warp.func @mat_mat_int(%a: !warp.mat<1x2xsi32>, %b: !warp.mat<2x1xsi32>) -> !warp.mat<1x1xsi32> {
  %r = warp.mul %a, %b : (!warp.mat<1x2xsi32>, !warp.mat<2x1xsi32>) -> !warp.mat<1x1xsi32>
  warp.return %r : !warp.mat<1x1xsi32>
}

// The Hamilton product, term by term as quat.h:
// x = a.w*b.x + b.w*a.x + a.y*b.z - b.y*a.z, w = a.w*b.w - a.x*b.x - ...
// CHECK-LABEL: llvm.func @quat_mul(
// CHECK: %[[AX:.*]] = llvm.extractvalue %arg0[0]
// CHECK-NEXT: %[[AY:.*]] = llvm.extractvalue %arg0[1]
// CHECK-NEXT: %[[AZ:.*]] = llvm.extractvalue %arg0[2]
// CHECK-NEXT: %[[AW:.*]] = llvm.extractvalue %arg0[3]
// CHECK-NEXT: %[[BX:.*]] = llvm.extractvalue %arg1[0]
// CHECK-NEXT: %[[BY:.*]] = llvm.extractvalue %arg1[1]
// CHECK-NEXT: %[[BZ:.*]] = llvm.extractvalue %arg1[2]
// CHECK-NEXT: %[[BW:.*]] = llvm.extractvalue %arg1[3]
// CHECK-NEXT: %[[T0:.*]] = arith.mulf %[[AW]], %[[BX]]
// CHECK-NEXT: %[[T1:.*]] = arith.mulf %[[BW]], %[[AX]]
// CHECK-NEXT: %[[T2:.*]] = arith.addf %[[T0]], %[[T1]]
// CHECK-NEXT: %[[T3:.*]] = arith.mulf %[[AY]], %[[BZ]]
// CHECK-NEXT: %[[T4:.*]] = arith.addf %[[T2]], %[[T3]]
// CHECK-NEXT: %[[T5:.*]] = arith.mulf %[[BY]], %[[AZ]]
// CHECK-NEXT: %[[X:.*]] = arith.subf %[[T4]], %[[T5]]
// CHECK: %[[W0:.*]] = arith.mulf %[[AW]], %[[BW]]
// CHECK-NEXT: %[[W1:.*]] = arith.mulf %[[AX]], %[[BX]]
// CHECK-NEXT: %[[W2:.*]] = arith.subf %[[W0]], %[[W1]]
// CHECK-NEXT: %[[W3:.*]] = arith.mulf %[[AY]], %[[BY]]
// CHECK-NEXT: %[[W4:.*]] = arith.subf %[[W2]], %[[W3]]
// CHECK-NEXT: %[[W5:.*]] = arith.mulf %[[AZ]], %[[BZ]]
// CHECK-NEXT: %[[W:.*]] = arith.subf %[[W4]], %[[W5]]
// CHECK: llvm.insertvalue %[[X]], %{{.*}}[0]
// CHECK: llvm.insertvalue %[[W]], %{{.*}}[3]
warp.func @quat_mul(%a: !warp.quat<f32>, %b: !warp.quat<f32>) -> !warp.quat<f32> {
  %r = warp.mul %a, %b : !warp.quat<f32>
  warp.return %r : !warp.quat<f32>
}

// transform * transform: p = quat_rotate(a.q, b.p) + a.p, q = a.q * b.q.
// quat_rotate's c = 2 * q.w * q.w - 1 comes first.
// CHECK-LABEL: llvm.func @transform_mul(
// CHECK: %[[QW:.*]] = llvm.extractvalue %arg0[6] : !llvm.array<7 x f32>
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[C0:.*]] = arith.mulf %[[TWO]], %[[QW]]
// CHECK-NEXT: %[[C1:.*]] = arith.mulf %[[C0]], %[[QW]]
// CHECK-NEXT: arith.subf %[[C1]], %[[ONE]]
// CHECK-COUNT-3: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-COUNT-7: llvm.insertvalue
// CHECK-NEXT: llvm.return
warp.func @transform_mul(%a: !warp.transform<f32>, %b: !warp.transform<f32>) -> !warp.transform<f32> {
  %r = warp.matmul %a, %b : !warp.transform<f32>
  warp.return %r : !warp.transform<f32>
}

// Narrow signed division computes in 32 bits (C++ integral promotion):
// si16(-32768) / si16(-1) is defined there.
// CHECK-LABEL: llvm.func @div(
// CHECK-NEXT: arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: arith.divui %arg2, %arg3 : i64
// CHECK-NEXT: %[[E:.*]] = arith.extsi %arg4 : i16 to i32
// CHECK-NEXT: %[[F:.*]] = arith.extsi %arg5 : i16 to i32
// CHECK-NEXT: %[[Q:.*]] = arith.divsi %[[E]], %[[F]] : i32
// CHECK-NEXT: arith.trunci %[[Q]] : i32 to i16
// CHECK-NEXT: arith.divf %arg6, %arg7 : f32
warp.func @div(%a: si32, %b: si32, %c: ui64, %d: ui64, %e: si16, %f: si16, %x: f32, %y: f32) -> (si32, ui64, si16, f32) {
  %0 = warp.div %a, %b : si32
  %1 = warp.div %c, %d : ui64
  %2 = warp.div %e, %f : si16
  %3 = warp.div %x, %y : f32
  warp.return %0, %1, %2, %3 : si32, ui64, si16, f32
}

// s / q divides s by each component; q / s each component by s.
// CHECK-LABEL: llvm.func @div_scaled(
// CHECK-COUNT-4: arith.divf %arg0, %{{.*}} : f32
// CHECK-COUNT-4: arith.divf %{{.*}}, %arg0 : f32
warp.func @div_scaled(%s: f32, %q: !warp.quat<f32>) -> (!warp.quat<f32>, !warp.quat<f32>) {
  %0 = warp.div %s, %q : (f32, !warp.quat<f32>) -> !warp.quat<f32>
  %1 = warp.div %q, %s : (!warp.quat<f32>, f32) -> !warp.quat<f32>
  warp.return %0, %1 : !warp.quat<f32>, !warp.quat<f32>
}

// Signed floor division corrects the truncated quotient (builtin.h
// floordiv_signed); unsigned divides; floats floor the quotient.
// CHECK-LABEL: llvm.func @floordiv(
// CHECK-NEXT: %[[Q:.*]] = arith.divsi %arg0, %arg1 : i64
// CHECK-NEXT: %[[R:.*]] = arith.remsi %arg0, %arg1 : i64
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[INEXACT:.*]] = arith.cmpi ne, %[[R]], %[[ZERO]] : i64
// CHECK-NEXT: %[[X:.*]] = arith.xori %[[R]], %arg1 : i64
// CHECK-NEXT: %[[DIFFER:.*]] = arith.cmpi slt, %[[X]], %[[ZERO]] : i64
// CHECK-NEXT: %[[ADJUST:.*]] = arith.andi %[[INEXACT]], %[[DIFFER]] : i1
// CHECK-NEXT: %[[ONE:.*]] = arith.extui %[[ADJUST]] : i1 to i64
// CHECK-NEXT: arith.subi %[[Q]], %[[ONE]] : i64
// CHECK-NEXT: %[[C:.*]] = arith.extui %arg2 : i8 to i32
// CHECK-NEXT: %[[D:.*]] = arith.extui %arg3 : i8 to i32
// CHECK-NEXT: %[[U:.*]] = arith.divui %[[C]], %[[D]] : i32
// CHECK-NEXT: arith.trunci %[[U]] : i32 to i8
// CHECK-NEXT: %[[F:.*]] = arith.divf %arg4, %arg5 : f64
// CHECK-NEXT: math.floor %[[F]] : f64
warp.func @floordiv(%a: si64, %b: si64, %c: ui8, %d: ui8, %x: f64, %y: f64) -> (si64, ui8, f64) {
  %0 = warp.floordiv %a, %b : si64
  %1 = warp.floordiv %c, %d : ui8
  %2 = warp.floordiv %x, %y : f64
  warp.return %0, %1, %2 : si64, ui8, f64
}

// CHECK-LABEL: llvm.func @floordiv_si8(
// CHECK-NEXT: %[[A:.*]] = arith.extsi %arg0 : i8 to i32
// CHECK-NEXT: %[[B:.*]] = arith.extsi %arg1 : i8 to i32
// CHECK-NEXT: arith.divsi %[[A]], %[[B]] : i32
// CHECK-NEXT: arith.remsi %[[A]], %[[B]] : i32
// CHECK: %[[R:.*]] = arith.subi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: arith.trunci %[[R]] : i32 to i8
warp.func @floordiv_si8(%a: si8, %b: si8) -> si8 {
  %0 = warp.floordiv %a, %b : si8
  warp.return %0 : si8
}

// C++ % (sign of the dividend) and fmod.
// CHECK-LABEL: llvm.func @mod(
// CHECK-NEXT: arith.remsi %arg0, %arg1 : i32
// CHECK-NEXT: arith.remui %arg2, %arg3 : i32
// CHECK-NEXT: arith.remf %arg4, %arg5 : f32
// CHECK: %[[A:.*]] = arith.extsi %{{.*}} : i8 to i32
// CHECK-NEXT: %[[B:.*]] = arith.extsi %{{.*}} : i8 to i32
// CHECK-NEXT: %[[R:.*]] = arith.remsi %[[A]], %[[B]] : i32
// CHECK-NEXT: arith.trunci %[[R]] : i32 to i8
// CHECK: arith.remsi %{{.*}}, %{{.*}} : i32
warp.func @mod(%a: si32, %b: si32, %c: ui32, %d: ui32, %x: f32, %y: f32, %u: !warp.vec<2xsi8>, %v: !warp.vec<2xsi8>) -> (si32, ui32, f32, !warp.vec<2xsi8>) {
  %0 = warp.mod %a, %b : si32
  %1 = warp.mod %c, %d : ui32
  %2 = warp.mod %x, %y : f32
  %3 = warp.mod %u, %v : !warp.vec<2xsi8>
  warp.return %0, %1, %2, %3 : si32, ui32, f32, !warp.vec<2xsi8>
}

// pow(half, half) computes in float (builtin.h).
// CHECK-LABEL: llvm.func @pow(
// CHECK-NEXT: math.powf %arg0, %arg1 : f32
// CHECK-NEXT: %[[X:.*]] = arith.extf %arg2 : f16 to f32
// CHECK-NEXT: %[[Y:.*]] = arith.extf %arg3 : f16 to f32
// CHECK-NEXT: %[[P:.*]] = math.powf %[[X]], %[[Y]] : f32
// CHECK-NEXT: arith.truncf %[[P]] : f32 to f16
warp.func @pow(%x: f32, %y: f32, %h: f16, %k: f16) -> (f32, f16) {
  %0 = warp.pow %x, %y : f32
  %1 = warp.pow %h, %k : f16
  warp.return %0, %1 : f32, f16
}

// Scalars compute 0 - x (so -(+0.0) is +0.0); float composites flip signs.
// CHECK-LABEL: llvm.func @neg(
// CHECK-NEXT: %[[ZF:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: arith.subf %[[ZF]], %arg0 : f32
// CHECK-NEXT: %[[ZI:.*]] = arith.constant 0 : i32
// CHECK-NEXT: arith.subi %[[ZI]], %arg1 : i32
// CHECK-NOT: arith.subf
// CHECK: arith.negf %{{.*}} : f16
// CHECK: arith.negf %{{.*}} : f16
// CHECK: %[[Z8:.*]] = arith.constant 0 : i8
// CHECK-NEXT: arith.subi %[[Z8]], %{{.*}} : i8
warp.func @neg(%x: f32, %i: si32, %v: !warp.vec<2xf16>, %w: !warp.vec<2xui8>) -> (f32, si32, !warp.vec<2xf16>, !warp.vec<2xui8>) {
  %0 = warp.neg %x : f32
  %1 = warp.neg %i : si32
  %2 = warp.neg %v : !warp.vec<2xf16>
  %3 = warp.neg %w : !warp.vec<2xui8>
  warp.return %0, %1, %2, %3 : f32, si32, !warp.vec<2xf16>, !warp.vec<2xui8>
}

// CHECK-LABEL: llvm.func @bitwise(
// CHECK-NEXT: arith.andi %arg0, %arg1 : i32
// CHECK-NEXT: arith.ori %arg0, %arg1 : i32
// CHECK-NEXT: arith.xori %arg0, %arg1 : i32
// CHECK: arith.andi %{{.*}}, %{{.*}} : i64
// CHECK: arith.andi %{{.*}}, %{{.*}} : i64
// CHECK: %[[ONES:.*]] = arith.constant -1 : i32
// CHECK-NEXT: arith.xori %arg0, %[[ONES]] : i32
warp.func @bitwise(%a: ui32, %b: ui32, %v: !warp.vec<2xsi64>, %w: !warp.vec<2xsi64>) -> (ui32, ui32, ui32, !warp.vec<2xsi64>, ui32) {
  %0 = warp.bit_and %a, %b : ui32
  %1 = warp.bit_or %a, %b : ui32
  %2 = warp.bit_xor %a, %b : ui32
  %3 = warp.bit_and %v, %w : !warp.vec<2xsi64>
  %4 = warp.bit_not %a : ui32
  warp.return %0, %1, %2, %3, %4 : ui32, ui32, ui32, !warp.vec<2xsi64>, ui32
}

// CHECK-LABEL: llvm.func @bit_not_mat(
// CHECK-COUNT-2: arith.xori %{{.*}}, %{{.*}} : i8
warp.func @bit_not_mat(%m: !warp.mat<1x2xsi8>) -> !warp.mat<1x2xsi8> {
  %0 = warp.bit_not %m : !warp.mat<1x2xsi8>
  warp.return %0 : !warp.mat<1x2xsi8>
}

// >> is arithmetic for signed and logical for unsigned integers; 8- and
// 16-bit values shift in 32 bits, extended by signedness, as in C++.
// CHECK-LABEL: llvm.func @shifts(
// CHECK-NEXT: arith.shli %arg0, %arg1 : i32
// CHECK-NEXT: arith.shrsi %arg0, %arg1 : i32
// CHECK-NEXT: arith.shrui %arg2, %arg3 : i64
// CHECK-NEXT: %[[E:.*]] = arith.extsi %arg4 : i8 to i32
// CHECK-NEXT: %[[F:.*]] = arith.extsi %arg5 : i8 to i32
// CHECK-NEXT: %[[S:.*]] = arith.shrsi %[[E]], %[[F]] : i32
// CHECK-NEXT: arith.trunci %[[S]] : i32 to i8
// CHECK-NEXT: %[[G:.*]] = arith.extui %arg6 : i16 to i32
// CHECK-NEXT: %[[H:.*]] = arith.extui %arg7 : i16 to i32
// CHECK-NEXT: %[[L:.*]] = arith.shli %[[G]], %[[H]] : i32
// CHECK-NEXT: arith.trunci %[[L]] : i32 to i16
// CHECK-NEXT: %[[G2:.*]] = arith.extui %arg6 : i16 to i32
// CHECK-NEXT: %[[H2:.*]] = arith.extui %arg7 : i16 to i32
// CHECK-NEXT: %[[R:.*]] = arith.shrui %[[G2]], %[[H2]] : i32
// CHECK-NEXT: arith.trunci %[[R]] : i32 to i16
warp.func @shifts(%a: si32, %b: si32, %c: ui64, %d: ui64, %e: si8, %f: si8, %g: ui16, %h: ui16) -> (si32, si32, ui64, si8, ui16, ui16) {
  %0 = warp.shl %a, %b : si32
  %1 = warp.shr %a, %b : si32
  %2 = warp.shr %c, %d : ui64
  %3 = warp.shr %e, %f : si8
  %4 = warp.shl %g, %h : ui16
  %5 = warp.shr %g, %h : ui16
  warp.return %0, %1, %2, %3, %4, %5 : si32, si32, ui64, si8, ui16, ui16
}

// CHECK-LABEL: llvm.func @shift_vec(
// CHECK-COUNT-2: arith.shli %{{.*}}, %{{.*}} : i32
warp.func @shift_vec(%v: !warp.vec<2xui8>, %w: !warp.vec<2xui8>) -> !warp.vec<2xui8> {
  %0 = warp.shl %v, %w : !warp.vec<2xui8>
  warp.return %0 : !warp.vec<2xui8>
}
