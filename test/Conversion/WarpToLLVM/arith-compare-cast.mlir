// Comparisons, `not` and casts: predicates and conversions by the warp
// types' signedness, C++ float comparison, conversion rules.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s

// CHECK-LABEL: llvm.func @cmp_int(
// CHECK-NEXT: arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT: arith.cmpi uge, %arg2, %arg3 : i16
// CHECK-NEXT: arith.cmpi ne, %arg0, %arg1 : i32
// CHECK-NEXT: arith.cmpi ugt, %arg2, %arg3 : i16
warp.func @cmp_int(%a: si32, %b: si32, %c: ui16, %d: ui16) -> (i1, i1, i1, i1) {
  %0 = warp.cmp lt, %a, %b : si32
  %1 = warp.cmp ge, %c, %d : ui16
  %2 = warp.cmp ne, %a, %b : si32
  %3 = warp.cmp gt, %c, %d : ui16
  warp.return %0, %1, %2, %3 : i1, i1, i1, i1
}

// Ordered, except != which C++ makes true for NaN.
// CHECK-LABEL: llvm.func @cmp_float(
// CHECK-NEXT: arith.cmpf oeq, %arg0, %arg1 : f32
// CHECK-NEXT: arith.cmpf une, %arg0, %arg1 : f32
// CHECK-NEXT: arith.cmpf olt, %arg0, %arg1 : f32
// CHECK-NEXT: arith.cmpf ole, %arg0, %arg1 : f32
// CHECK-NEXT: arith.cmpf ogt, %arg0, %arg1 : f32
// CHECK-NEXT: arith.cmpf oge, %arg0, %arg1 : f32
warp.func @cmp_float(%x: f32, %y: f32) -> (i1, i1, i1, i1, i1, i1) {
  %0 = warp.cmp eq, %x, %y : f32
  %1 = warp.cmp ne, %x, %y : f32
  %2 = warp.cmp lt, %x, %y : f32
  %3 = warp.cmp le, %x, %y : f32
  %4 = warp.cmp gt, %x, %y : f32
  %5 = warp.cmp ge, %x, %y : f32
  warp.return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// Mixed types compare after C++'s usual arithmetic conversions.
// CHECK-LABEL: llvm.func @cmp_mixed(
// si32 < ui32 as ui32:
// CHECK-NEXT: arith.cmpi ult, %arg0, %arg1 : i32
// i1 == si32 as si32:
// CHECK-NEXT: %[[B:.*]] = arith.extui %arg2 : i1 to i32
// CHECK-NEXT: arith.cmpi eq, %[[B]], %arg0 : i32
// si8 < ui8 both promote to int:
// CHECK-NEXT: %[[S8:.*]] = arith.extsi %arg3 : i8 to i32
// CHECK-NEXT: %[[U8:.*]] = arith.extui %arg4 : i8 to i32
// CHECK-NEXT: arith.cmpi slt, %[[S8]], %[[U8]] : i32
// si64 < ui32 as si64:
// CHECK-NEXT: %[[U64:.*]] = arith.extui %arg1 : i32 to i64
// CHECK-NEXT: arith.cmpi slt, %arg5, %[[U64]] : i64
// f32 < si32 as f32:
// CHECK-NEXT: %[[I:.*]] = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT: arith.cmpf olt, %arg6, %[[I]] : f32
// f32 <= f64 as f64:
// CHECK-NEXT: %[[F:.*]] = arith.extf %arg6 : f32 to f64
// CHECK-NEXT: arith.cmpf ole, %[[F]], %arg7 : f64
warp.func @cmp_mixed(%i: si32, %u: ui32, %b: i1, %s8: si8, %u8: ui8, %l: si64, %f: f32, %d: f64) -> (i1, i1, i1, i1, i1, i1) {
  %0 = warp.cmp lt, %i, %u : si32, ui32
  %1 = warp.cmp eq, %b, %i : i1, si32
  %2 = warp.cmp lt, %s8, %u8 : si8, ui8
  %3 = warp.cmp lt, %l, %u : si64, ui32
  %4 = warp.cmp lt, %f, %i : f32, si32
  %5 = warp.cmp le, %f, %d : f32, f64
  warp.return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// false < true.
// CHECK-LABEL: llvm.func @cmp_bool(
// CHECK-NEXT: arith.cmpi ult, %arg0, %arg1 : i1
warp.func @cmp_bool(%a: i1, %b: i1) -> i1 {
  %0 = warp.cmp lt, %a, %b : i1
  warp.return %0 : i1
}

// Composites are equal when every component is.
// CHECK-LABEL: llvm.func @cmp_composite(
// CHECK: %[[X:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[Y:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[V:.*]] = arith.andi %[[X]], %[[Y]] : i1
// CHECK: arith.cmpi eq
// CHECK-NEXT: arith.cmpi eq
// CHECK-NEXT: arith.andi
// CHECK-NEXT: arith.cmpi eq
// CHECK-NEXT: arith.andi
// CHECK-NEXT: arith.cmpi eq
// CHECK-NEXT: %[[M:.*]] = arith.andi
// CHECK: llvm.insertvalue %[[V]], %{{.*}}[0]
// CHECK-NEXT: llvm.insertvalue %[[M]], %{{.*}}[1]
warp.func @cmp_composite(%v: !warp.vec<2xf32>, %w: !warp.vec<2xf32>, %m: !warp.mat<2x2xsi32>, %n: !warp.mat<2x2xsi32>) -> (i1, i1) {
  %0 = warp.cmp eq, %v, %w : !warp.vec<2xf32>
  %1 = warp.cmp eq, %m, %n : !warp.mat<2x2xsi32>
  warp.return %0, %1 : i1, i1
}

// CHECK-LABEL: llvm.func @cmp_transform(
// CHECK-COUNT-7: arith.cmpf oeq
warp.func @cmp_transform(%a: !warp.transform<f64>, %b: !warp.transform<f64>) -> i1 {
  %0 = warp.cmp eq, %a, %b : !warp.transform<f64>
  warp.return %0 : i1
}

// not: a bool's negation, an integer's == 0, an array's null data pointer.
// CHECK-LABEL: llvm.func @not(
// CHECK-NEXT: %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT: arith.xori %arg0, %[[TRUE]] : i1
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : i16
// CHECK-NEXT: arith.cmpi eq, %arg1, %[[ZERO]] : i16
// CHECK-NEXT: %[[DATA:.*]] = llvm.extractvalue %arg2[0] : !llvm.struct<(ptr, array<2 x i32>, array<2 x i64>)>
// CHECK-NEXT: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT: llvm.icmp "eq" %[[DATA]], %[[NULL]] : !llvm.ptr
warp.func @not(%b: i1, %i: ui16, %a: !warp.array<f32, 2>) -> (i1, i1, i1) {
  %0 = warp.not %b : i1
  %1 = warp.not %i : ui16
  %2 = warp.not %a : !warp.array<f32, 2>
  warp.return %0, %1, %2 : i1, i1, i1
}

// Integers extend by the source's signedness; bools are unsigned;
// same-width conversions change no bits.
// CHECK-LABEL: llvm.func @cast_int(
// CHECK-NEXT: %[[T:.*]] = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT: %[[S:.*]] = arith.extsi %arg1 : i8 to i32
// CHECK-NEXT: %[[U:.*]] = arith.extui %arg2 : i8 to i32
// CHECK-NEXT: %[[B:.*]] = arith.extui %arg3 : i1 to i32
// CHECK-NEXT: llvm.mlir.poison
// CHECK-NEXT: llvm.insertvalue %[[T]], %{{.*}}[0]
// CHECK-NEXT: llvm.insertvalue %[[S]], %{{.*}}[1]
// CHECK-NEXT: llvm.insertvalue %[[U]], %{{.*}}[2]
// CHECK-NEXT: llvm.insertvalue %[[B]], %{{.*}}[3]
// CHECK-NEXT: llvm.insertvalue %arg0, %{{.*}}[4]
// CHECK-NEXT: llvm.insertvalue %arg4, %{{.*}}[5]
warp.func @cast_int(%i: si32, %s: si8, %u: ui8, %b: i1, %l: ui64) -> (ui8, ui32, si32, si32, ui32, si64) {
  %0 = warp.cast %i : si32 to ui8
  %1 = warp.cast %s : si8 to ui32
  %2 = warp.cast %u : ui8 to si32
  %3 = warp.cast %b : i1 to si32
  %4 = warp.cast %i : si32 to ui32
  %5 = warp.cast %l : ui64 to si64
  warp.return %0, %1, %2, %3, %4, %5 : ui8, ui32, si32, si32, ui32, si64
}

// Integers reach f16 through f32 (half has a float constructor only).
// CHECK-LABEL: llvm.func @cast_to_float(
// CHECK-NEXT: arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT: arith.uitofp %arg1 : i32 to f64
// CHECK-NEXT: arith.uitofp %arg2 : i1 to f32
// CHECK-NEXT: %[[F:.*]] = arith.sitofp %arg3 : i64 to f32
// CHECK-NEXT: arith.truncf %[[F]] : f32 to f16
warp.func @cast_to_float(%i: si32, %u: ui32, %b: i1, %l: si64) -> (f32, f64, f32, f16) {
  %0 = warp.cast %i : si32 to f32
  %1 = warp.cast %u : ui32 to f64
  %2 = warp.cast %b : i1 to f32
  %3 = warp.cast %l : si64 to f16
  warp.return %0, %1, %2, %3 : f32, f64, f32, f16
}

// Floats truncate toward zero by the target's signedness.
// CHECK-LABEL: llvm.func @cast_from_float(
// CHECK-NEXT: arith.fptosi %arg0 : f32 to i32
// CHECK-NEXT: arith.fptoui %arg0 : f32 to i8
// CHECK-NEXT: arith.fptosi %arg1 : f16 to i64
warp.func @cast_from_float(%x: f32, %h: f16) -> (si32, ui8, si64) {
  %0 = warp.cast %x : f32 to si32
  %1 = warp.cast %x : f32 to ui8
  %2 = warp.cast %h : f16 to si64
  warp.return %0, %1, %2 : si32, ui8, si64
}

// f64 -> f16 rounds twice, through f32, as Warp does.
// CHECK-LABEL: llvm.func @cast_float(
// CHECK-NEXT: arith.extf %arg0 : f32 to f64
// CHECK-NEXT: arith.truncf %arg1 : f64 to f32
// CHECK-NEXT: %[[F:.*]] = arith.truncf %arg1 : f64 to f32
// CHECK-NEXT: arith.truncf %[[F]] : f32 to f16
// CHECK-NEXT: arith.truncf %arg0 : f32 to f16
// CHECK-NEXT: arith.extf %arg2 : f16 to f64
warp.func @cast_float(%x: f32, %d: f64, %h: f16) -> (f64, f32, f16, f16, f64) {
  %0 = warp.cast %x : f32 to f64
  %1 = warp.cast %d : f64 to f32
  %2 = warp.cast %d : f64 to f16
  %3 = warp.cast %x : f32 to f16
  %4 = warp.cast %h : f16 to f64
  warp.return %0, %1, %2, %3, %4 : f64, f32, f16, f16, f64
}

// bool(x) is x != 0; NaN is true.
// CHECK-LABEL: llvm.func @cast_bool(
// CHECK-NEXT: %[[ZF:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: arith.cmpf une, %arg0, %[[ZF]] : f32
// CHECK-NEXT: %[[ZI:.*]] = arith.constant 0 : i16
// CHECK-NEXT: arith.cmpi ne, %arg1, %[[ZI]] : i16
warp.func @cast_bool(%x: f32, %i: ui16) -> (i1, i1) {
  %0 = warp.cast %x : f32 to i1
  %1 = warp.cast %i : ui16 to i1
  warp.return %0, %1 : i1, i1
}

// Composites convert componentwise.
// CHECK-LABEL: llvm.func @cast_composite(
// CHECK-COUNT-2: arith.sitofp %{{.*}} : i32 to f32
// CHECK-COUNT-4: arith.truncf %{{.*}} : f32 to f16
warp.func @cast_composite(%v: !warp.vec<2xsi32>, %q: !warp.quat<f64>) -> (!warp.vec<2xf32>, !warp.quat<f16>) {
  %0 = warp.cast %v : !warp.vec<2xsi32> to !warp.vec<2xf32>
  %1 = warp.cast %q : !warp.quat<f64> to !warp.quat<f16>
  warp.return %0, %1 : !warp.vec<2xf32>, !warp.quat<f16>
}

// The truth test convert-warp-to-cf emits for a non-bool condition.
// CHECK-LABEL: llvm.func @truth(
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-NEXT: %[[T:.*]] = arith.cmpi ne, %arg0, %[[ZERO]] : i32
// CHECK-NEXT: llvm.cond_br %[[T]]
warp.func @truth(%n: si32) -> si32 {
  warp.if %n : si32 {
    %one = warp.constant 1 : si32
    warp.return %one : si32
  }
  warp.return %n : si32
}
