// By-value kernel arguments of mixed sizes and alignments (bool, si8, f16,
// f64, vec3, bool, si16, ui64, f32, ui8, vec3d, si32, two arrays, si8) are
// read from the CPU entry's argument struct at their C offsets (docs/abi.md)
// and written back through arrays; the driver fills the struct's padding
// with 0xA5 and launches twice with the booleans swapped. The values are
// those warp-lang 1.19.0 gives on the CPU for the same arguments
// (Inputs/scalar_args_reference.py prints the same lines).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/scalar_args_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// The entry's argument struct: the bounds, then the arguments in order.
// IR: define void @scalar_args_cpu(ptr %[[ARGS:.*]]) {
// IR: getelementptr { { [4 x i32], i32, i64 }, i1, i8, half, double, [3 x float], i1, i16, i64, float, i8, [3 x double], i32, { ptr, [1 x i32], [1 x i64] }, { ptr, [1 x i32], [1 x i64] }, i8 }, ptr %[[ARGS]], i32 0, i32 15

// CHECK:      ints: 1 -100 0 -12345 -3 200 -2147483643 -7
// CHECK-NEXT: floats: 1.5009765625 -0.10000000000000001 1.25 -2.5 3.75 0.10000000149011612 0.33333333333333331 -2 1.0000000000000001e+300
// CHECK-NEXT: ints: 0 -100 1 -12345 -3 200 -2147483643 -7
// CHECK-NEXT: floats: 1.5009765625 -0.10000000000000001 1.25 -2.5 3.75 0.10000000149011612 0.33333333333333331 -2 1.0000000000000001e+300
// CHECK-EMPTY:

!V3 = !warp.vec<3xf32>
!V3D = !warp.vec<3xf64>
warp.kernel @scalar_args(%flag: i1, %a: si8, %h: f16, %d: f64, %v: !V3, %b: i1,
                         %s: si16, %g: ui64, %x: f32, %c: ui8, %vd: !V3D,
                         %n: si32, %ints: !warp.array<si64, 1>,
                         %floats: !warp.array<f64, 1>, %tail: si8) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %c8 = warp.constant 8 : si32
  %i0 = warp.cast %flag : i1 to si64
  warp.store %i0, %ints[%c0] : !warp.array<si64, 1>, si32
  %i1 = warp.cast %a : si8 to si64
  warp.store %i1, %ints[%c1] : !warp.array<si64, 1>, si32
  %i2 = warp.cast %b : i1 to si64
  warp.store %i2, %ints[%c2] : !warp.array<si64, 1>, si32
  %i3 = warp.cast %s : si16 to si64
  warp.store %i3, %ints[%c3] : !warp.array<si64, 1>, si32
  %i4 = warp.cast %g : ui64 to si64
  warp.store %i4, %ints[%c4] : !warp.array<si64, 1>, si32
  %i5 = warp.cast %c : ui8 to si64
  warp.store %i5, %ints[%c5] : !warp.array<si64, 1>, si32
  %i6 = warp.cast %n : si32 to si64
  warp.store %i6, %ints[%c6] : !warp.array<si64, 1>, si32
  %t = warp.cast %tail : si8 to si64
  %il = warp.cast %i : si32 to si64
  %i7 = warp.add %t, %il : si64
  warp.store %i7, %ints[%c7] : !warp.array<si64, 1>, si32
  %f0 = warp.cast %h : f16 to f64
  warp.store %f0, %floats[%c0] : !warp.array<f64, 1>, si32
  warp.store %d, %floats[%c1] : !warp.array<f64, 1>, si32
  %v0 = warp.extract %v[%c0] : !V3, si32
  %v0d = warp.cast %v0 : f32 to f64
  warp.store %v0d, %floats[%c2] : !warp.array<f64, 1>, si32
  %v1 = warp.extract %v[%c1] : !V3, si32
  %v1d = warp.cast %v1 : f32 to f64
  warp.store %v1d, %floats[%c3] : !warp.array<f64, 1>, si32
  %v2 = warp.extract %v[%c2] : !V3, si32
  %v2d = warp.cast %v2 : f32 to f64
  warp.store %v2d, %floats[%c4] : !warp.array<f64, 1>, si32
  %xd = warp.cast %x : f32 to f64
  warp.store %xd, %floats[%c5] : !warp.array<f64, 1>, si32
  %w0 = warp.extract %vd[%c0] : !V3D, si32
  warp.store %w0, %floats[%c6] : !warp.array<f64, 1>, si32
  %w1 = warp.extract %vd[%c1] : !V3D, si32
  warp.store %w1, %floats[%c7] : !warp.array<f64, 1>, si32
  %w2 = warp.extract %vd[%c2] : !V3D, si32
  warp.store %w2, %floats[%c8] : !warp.array<f64, 1>, si32
  warp.return
}
