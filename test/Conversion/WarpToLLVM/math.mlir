// Math builtins lower to math/arith ops that follow warp/native/builtin.h.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s

// One math-dialect op per libm function Warp calls; C round is math.round
// (halfway away from zero), C rint is math.roundeven.
// CHECK-LABEL: llvm.func @libm(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[Y:[^:]*]]: f32)
// CHECK-NEXT: math.sin %[[X]] : f32
// CHECK-NEXT: math.cos %[[X]] : f32
// CHECK-NEXT: math.tan %[[X]] : f32
// CHECK-NEXT: math.atan %[[X]] : f32
// CHECK-NEXT: math.sinh %[[X]] : f32
// CHECK-NEXT: math.cosh %[[X]] : f32
// CHECK-NEXT: math.tanh %[[X]] : f32
// CHECK-NEXT: math.sqrt %[[X]] : f32
// CHECK-NEXT: math.cbrt %[[X]] : f32
// CHECK-NEXT: math.exp %[[X]] : f32
// CHECK-NEXT: math.log %[[X]] : f32
// CHECK-NEXT: math.log2 %[[X]] : f32
// CHECK-NEXT: math.log10 %[[X]] : f32
// CHECK-NEXT: math.erf %[[X]] : f32
// CHECK-NEXT: math.erfc %[[X]] : f32
// CHECK-NEXT: math.floor %[[X]] : f32
// CHECK-NEXT: math.ceil %[[X]] : f32
// CHECK-NEXT: math.trunc %[[X]] : f32
// CHECK-NEXT: math.round %[[X]] : f32
// CHECK-NEXT: math.roundeven %[[X]] : f32
// CHECK-NEXT: math.atan2 %[[Y]], %[[X]] : f32
// CHECK-NEXT: math.copysign %[[X]], %[[Y]] : f32
// CHECK-NEXT: %[[T:.*]] = math.trunc %[[X]] : f32
// CHECK-NEXT: %[[F:.*]] = arith.subf %[[X]], %[[T]] : f32
// CHECK-NEXT: llvm.return %[[F]] : f32
warp.func @libm(%x: f32, %y: f32) -> f32 {
  %0 = warp.sin %x : f32
  %1 = warp.cos %x : f32
  %2 = warp.tan %x : f32
  %3 = warp.atan %x : f32
  %4 = warp.sinh %x : f32
  %5 = warp.cosh %x : f32
  %6 = warp.tanh %x : f32
  %7 = warp.sqrt %x : f32
  %8 = warp.cbrt %x : f32
  %9 = warp.exp %x : f32
  %10 = warp.log %x : f32
  %11 = warp.log2 %x : f32
  %12 = warp.log10 %x : f32
  %13 = warp.erf %x : f32
  %14 = warp.erfc %x : f32
  %15 = warp.floor %x : f32
  %16 = warp.ceil %x : f32
  %17 = warp.trunc %x : f32
  %18 = warp.round %x : f32
  %19 = warp.rint %x : f32
  %20 = warp.atan2 %y, %x : f32
  %21 = warp.copysign %x, %y : f32
  %22 = warp.frac %x : f32
  warp.return %22 : f32
}

// f16 goes through f32 as Warp's half overloads do.
// CHECK-LABEL: llvm.func @half(
// CHECK-NEXT: %[[W:.*]] = arith.extf %arg0 : f16 to f32
// CHECK-NEXT: %[[S:.*]] = math.exp %[[W]] : f32
// CHECK-NEXT: %[[R:.*]] = arith.truncf %[[S]] : f32 to f16
// CHECK-NEXT: llvm.return %[[R]] : f16
warp.func @half(%x: f16) -> f16 {
  %r = warp.exp %x : f16
  warp.return %r : f16
}

// acos(min(max(x, -1), 1)) with Warp's fmin/fmax.
// CHECK-LABEL: llvm.func @acos(
// CHECK-DAG: %[[M1:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG: %[[LO_NUM:.*]] = arith.cmpf oeq, %[[M1]], %[[M1]] : f32
// CHECK-DAG: %[[GE:.*]] = arith.cmpf oge, %arg0, %[[M1]] : f32
// CHECK: %[[A:.*]] = arith.select %[[LO_NUM]], %[[M1]], %arg0 : f32
// CHECK-NEXT: %[[MAX:.*]] = arith.select %[[GE]], %arg0, %[[A]] : f32
// CHECK: arith.cmpf ole, %[[MAX]], %{{.*}} : f32
// CHECK-NEXT: arith.select
// CHECK-NEXT: %[[C:.*]] = arith.select
// CHECK-NEXT: %[[R:.*]] = math.acos %[[C]] : f32
// CHECK-NEXT: llvm.return %[[R]]
warp.func @acos(%x: f32) -> f32 {
  %r = warp.acos %x : f32
  warp.return %r : f32
}

// CHECK-LABEL: llvm.func @asin(
// CHECK: math.asin
warp.func @asin(%x: f32) -> f32 {
  %r = warp.asin %x : f32
  warp.return %r : f32
}

// RAD_TO_DEG is a double literal: the product is taken in f64.
// CHECK-LABEL: llvm.func @degrees(
// CHECK-NEXT: %[[W:.*]] = arith.extf %arg0 : f32 to f64
// CHECK-NEXT: %[[C:.*]] = arith.constant 57.295779513082323 : f64
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[W]], %[[C]] : f64
// CHECK-NEXT: %[[R:.*]] = arith.truncf %[[P]] : f64 to f32
// CHECK-NEXT: llvm.return %[[R]] : f32
warp.func @degrees(%x: f32) -> f32 {
  %r = warp.degrees %x : f32
  warp.return %r : f32
}

// CHECK-LABEL: llvm.func @radians(
// CHECK-NEXT: %[[C:.*]] = arith.constant 0.017453292519943295 : f64
// CHECK-NEXT: %[[P:.*]] = arith.mulf %arg0, %[[C]] : f64
// CHECK-NEXT: llvm.return %[[P]] : f64
warp.func @radians(%x: f64) -> f64 {
  %r = warp.radians %x : f64
  warp.return %r : f64
}

// abs: fabs, wrapping absi for signed integers, the identity for unsigned.
// CHECK-LABEL: llvm.func @abs(
// CHECK-SAME: %[[F:[^:]*]]: f32, %[[V:[^:]*]]: !llvm.array<2 x i32>, %[[U:[^:]*]]: i8)
// CHECK: math.absf %[[F]] : f32
// CHECK: %[[E0:.*]] = llvm.extractvalue %[[V]][0] : !llvm.array<2 x i32>
// CHECK-NEXT: %[[A0:.*]] = math.absi %[[E0]] : i32
// CHECK-NEXT: llvm.insertvalue %[[A0]], %{{.*}}[0]
// CHECK: math.absi
// CHECK-NOT: math.absi
// CHECK: llvm.return %[[U]] : i8
warp.func @abs(%f: f32, %v: !warp.vec<2xsi32>, %u: ui8) -> ui8 {
  %0 = warp.abs %f : f32
  %1 = warp.abs %v : !warp.vec<2xsi32>
  %2 = warp.abs %u : ui8
  warp.return %2 : ui8
}

// sign: x < 0 ? -1 : 1 (ordered, so NaN and -0.0 give 1).
// CHECK-LABEL: llvm.func @sign(
// CHECK-DAG: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[NEG:.*]] = arith.cmpf olt, %arg0, %[[Z]] : f32
// CHECK-DAG: %[[M1:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG: %[[P1:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[R:.*]] = arith.select %[[NEG]], %[[M1]], %[[P1]] : f32
// CHECK-NEXT: llvm.return %[[R]]
warp.func @sign(%x: f32) -> f32 {
  %r = warp.sign %x : f32
  warp.return %r : f32
}

// Signed integers compare signed; unsigned ones are always 1.
// CHECK-LABEL: llvm.func @sign_int(
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i16
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i16
// CHECK: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-NEXT: llvm.return %[[ONE]] : i64
warp.func @sign_int(%v: !warp.vec<2xsi16>, %u: ui64) -> ui64 {
  %0 = warp.sign %v : !warp.vec<2xsi16>
  %1 = warp.sign %u : ui64
  warp.return %1 : ui64
}

// step: x < 0 ? 1 : 0; unsigned is always 0.
// CHECK-LABEL: llvm.func @step(
// CHECK-DAG: %[[NEG:.*]] = arith.cmpi slt, %arg0, %{{.*}} : i32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK: arith.select %[[NEG]], %[[ONE]], %{{.*}} : i32
// CHECK: %[[U:.*]] = arith.constant 0 : i32
// CHECK-NEXT: llvm.return %[[U]] : i32
warp.func @step(%x: si32, %u: ui32) -> ui32 {
  %0 = warp.step %x : si32
  %1 = warp.step %u : ui32
  warp.return %1 : ui32
}

// nonzero: x == 0 ? 0 : 1 (oeq, so NaN gives 1).
// CHECK-LABEL: llvm.func @nonzero(
// CHECK: %[[Z:.*]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %[[EQ:.*]] = arith.cmpf oeq, %arg0, %[[Z]] : f64
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f64
// CHECK-NEXT: arith.select %[[EQ]], %[[Z]], %[[ONE]] : f64
warp.func @nonzero(%x: f64) -> f64 {
  %r = warp.nonzero %x : f64
  warp.return %r : f64
}

// Float min is Warp's host fmin: a <= b ? a : (b == b ? b : a).
// CHECK-LABEL: llvm.func @min_float(
// CHECK-NEXT: %[[BNUM:.*]] = arith.cmpf oeq, %arg1, %arg1 : f32
// CHECK-NEXT: %[[LE:.*]] = arith.cmpf ole, %arg0, %arg1 : f32
// CHECK-NEXT: %[[B:.*]] = arith.select %[[BNUM]], %arg1, %arg0 : f32
// CHECK-NEXT: %[[R:.*]] = arith.select %[[LE]], %arg0, %[[B]] : f32
// CHECK-NEXT: llvm.return %[[R]]
warp.func @min_float(%a: f32, %b: f32) -> f32 {
  %r = warp.min %a, %b : f32
  warp.return %r : f32
}

// Integer max: a > b ? a : b with the type's signedness, per component.
// CHECK-LABEL: llvm.func @max_uvec(
// CHECK: arith.cmpi ugt
// CHECK: arith.cmpi ugt
// CHECK-NOT: arith.cmpi
// CHECK: llvm.return
warp.func @max_uvec(%a: !warp.vec<2xui8>, %b: !warp.vec<2xui8>) -> !warp.vec<2xui8> {
  %r = warp.max %a, %b : !warp.vec<2xui8>
  warp.return %r : !warp.vec<2xui8>
}

// The one-vector form folds left from element 0.
// CHECK-LABEL: llvm.func @min_reduce(
// CHECK-NEXT: %[[E0:.*]] = llvm.extractvalue %arg0[0]
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %arg0[1]
// CHECK-NEXT: %[[E2:.*]] = llvm.extractvalue %arg0[2]
// CHECK-NEXT: %[[LT0:.*]] = arith.cmpi slt, %[[E0]], %[[E1]] : i64
// CHECK-NEXT: %[[M0:.*]] = arith.select %[[LT0]], %[[E0]], %[[E1]] : i64
// CHECK-NEXT: %[[LT1:.*]] = arith.cmpi slt, %[[M0]], %[[E2]] : i64
// CHECK-NEXT: %[[M1:.*]] = arith.select %[[LT1]], %[[M0]], %[[E2]] : i64
// CHECK-NEXT: llvm.return %[[M1]] : i64
warp.func @min_reduce(%v: !warp.vec<3xsi64>) -> si64 {
  %r = warp.min %v : !warp.vec<3xsi64>
  warp.return %r : si64
}

// clamp(x, lo, hi) = min(max(lo, x), hi).
// CHECK-LABEL: llvm.func @clamp(
// CHECK-SAME: %[[X:[^:]*]]: i8, %[[LO:[^:]*]]: i8, %[[HI:[^:]*]]: i8)
// CHECK-NEXT: %[[GT:.*]] = arith.cmpi sgt, %[[LO]], %[[X]] : i8
// CHECK-NEXT: %[[MAX:.*]] = arith.select %[[GT]], %[[LO]], %[[X]] : i8
// CHECK-NEXT: %[[LT:.*]] = arith.cmpi slt, %[[MAX]], %[[HI]] : i8
// CHECK-NEXT: %[[R:.*]] = arith.select %[[LT]], %[[MAX]], %[[HI]] : i8
// CHECK-NEXT: llvm.return %[[R]] : i8
warp.func @clamp(%x: si8, %lo: si8, %hi: si8) -> si8 {
  %r = warp.clamp %x, %lo, %hi : si8
  warp.return %r : si8
}

// smoothstep: t = clamp((x - e0) / (e1 - e0), 0, 1); t * t * (3 - 2 * t).
// CHECK-LABEL: llvm.func @smoothstep(
// CHECK-SAME: %[[E0:[^:]*]]: f32, %[[E1:[^:]*]]: f32, %[[X:[^:]*]]: f32)
// CHECK-NEXT: %[[N:.*]] = arith.subf %[[X]], %[[E0]] : f32
// CHECK-NEXT: %[[D:.*]] = arith.subf %[[E1]], %[[E0]] : f32
// CHECK-NEXT: %[[Q:.*]] = arith.divf %[[N]], %[[D]] : f32
// CHECK: arith.cmpf ole
// CHECK-NEXT: arith.select
// CHECK-NEXT: %[[T:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[TT:.*]] = arith.mulf %[[T]], %[[T]] : f32
// CHECK-NEXT: %[[THREE:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-NEXT: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[TWOT:.*]] = arith.mulf %[[TWO]], %[[T]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.subf %[[THREE]], %[[TWOT]] : f32
// CHECK-NEXT: %[[R:.*]] = arith.mulf %[[TT]], %[[S]] : f32
// CHECK-NEXT: llvm.return %[[R]] : f32
warp.func @smoothstep(%e0: f32, %e1: f32, %x: f32) -> f32 {
  %r = warp.smoothstep %e0, %e1, %x : f32
  warp.return %r : f32
}

// lerp: a * (1 - t) + b * t per component, t broadcast.
// CHECK-LABEL: llvm.func @lerp(
// CHECK-SAME: %[[A:[^:]*]]: !llvm.array<4 x f32>, %[[B:[^:]*]]: !llvm.array<4 x f32>, %[[T:[^:]*]]: f32)
// CHECK: %[[A0:.*]] = llvm.extractvalue %[[A]][0]
// CHECK-NEXT: %[[B0:.*]] = llvm.extractvalue %[[B]][0]
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[S:.*]] = arith.subf %[[ONE]], %[[T]] : f32
// CHECK-NEXT: %[[X:.*]] = arith.mulf %[[A0]], %[[S]] : f32
// CHECK-NEXT: %[[Y:.*]] = arith.mulf %[[B0]], %[[T]] : f32
// CHECK-NEXT: %[[R:.*]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-NEXT: llvm.insertvalue %[[R]], %{{.*}}[0]
// CHECK-COUNT-3: arith.addf
// CHECK: llvm.return
warp.func @lerp(%a: !warp.quat<f32>, %b: !warp.quat<f32>, %t: f32) -> !warp.quat<f32> {
  %r = warp.lerp %a, %b, %t : !warp.quat<f32>
  warp.return %r : !warp.quat<f32>
}

// isnan: any element unordered with itself.
// CHECK-LABEL: llvm.func @isnan(
// CHECK: %[[N0:.*]] = arith.cmpf uno, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[N1:.*]] = arith.cmpf uno, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[OR:.*]] = arith.ori %[[N0]], %[[N1]] : i1
// CHECK-NEXT: arith.cmpf uno
// CHECK-NEXT: %[[R:.*]] = arith.ori %[[OR]], %{{.*}} : i1
// CHECK-NEXT: llvm.return %[[R]] : i1
warp.func @isnan(%v: !warp.vec<3xf32>) -> i1 {
  %r = warp.isnan %v : !warp.vec<3xf32>
  warp.return %r : i1
}

// isinf: any |x| == inf; isfinite: every |x| < inf (false for NaN).
// CHECK-LABEL: llvm.func @isinf(
// CHECK: %[[A:.*]] = math.absf %{{.*}} : f64
// CHECK-NEXT: %[[INF:.*]] = arith.constant 0x7FF0000000000000 : f64
// CHECK-NEXT: arith.cmpf oeq, %[[A]], %[[INF]] : f64
// CHECK-COUNT-3: arith.ori
// CHECK-LABEL: llvm.func @isfinite(
// CHECK: %[[A:.*]] = math.absf %arg0 : f16
// CHECK-NEXT: %[[INF:.*]] = arith.constant 0x7C00 : f16
// CHECK-NEXT: %[[R:.*]] = arith.cmpf olt, %[[A]], %[[INF]] : f16
// CHECK-NEXT: llvm.return %[[R]] : i1
warp.func @isinf(%m: !warp.mat<2x2xf64>) -> i1 {
  %r = warp.isinf %m : !warp.mat<2x2xf64>
  warp.return %r : i1
}
warp.func @isfinite(%x: f16) -> i1 {
  %r = warp.isfinite %x : f16
  warp.return %r : i1
}
