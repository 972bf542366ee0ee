// Bitwise folds; shifts fold only for amounts in [0, width).
// RUN: warp-opt %s --canonicalize | FileCheck %s

// ui8 200 & 100 = 64, | = 236, ^ = 172, ~200 = 55; 1 << 31 = INT_MIN; `>>`
// is arithmetic for si8 (-128 >> 1 = -64) and logical for ui8 (128 >> 1 = 64,
// the constant shared with 200 & 100).
// CHECK-LABEL: warp.func @constants(
// CHECK-NEXT: %[[AND:.*]] = warp.constant 64 : ui8
// CHECK-NEXT: %[[OR:.*]] = warp.constant 236 : ui8
// CHECK-NEXT: %[[XOR:.*]] = warp.constant 172 : ui8
// CHECK-NEXT: %[[NOT:.*]] = warp.constant 55 : ui8
// CHECK-NEXT: %[[SHL:.*]] = warp.constant -2147483648 : si32
// CHECK-NEXT: %[[ASHR:.*]] = warp.constant -64 : si8
// CHECK-NEXT: warp.return %[[AND]], %[[OR]], %[[XOR]], %[[NOT]], %[[SHL]], %[[ASHR]], %[[AND]]
warp.func @constants() -> (ui8, ui8, ui8, ui8, si32, si8, ui8) {
  %a = warp.constant 200 : ui8
  %b = warp.constant 100 : ui8
  %0 = warp.bit_and %a, %b : ui8
  %1 = warp.bit_or %a, %b : ui8
  %2 = warp.bit_xor %a, %b : ui8
  %3 = warp.bit_not %a : ui8
  %one = warp.constant 1 : si32
  %s31 = warp.constant 31 : si32
  %4 = warp.shl %one, %s31 : si32
  %m128 = warp.constant -128 : si8
  %s1 = warp.constant 1 : si8
  %5 = warp.shr %m128, %s1 : si8
  %u128 = warp.constant 128 : ui8
  %u1 = warp.constant 1 : ui8
  %6 = warp.shr %u128, %u1 : ui8
  warp.return %0, %1, %2, %3, %4, %5, %6 : ui8, ui8, ui8, ui8, si32, si8, ui8
}

// Amounts of at least the width, or negative, are undefined in Warp's C++
// (the CPU computes 1 << 32 as 1).
// CHECK-LABEL: warp.func @undefined_shifts(
// CHECK: warp.shl %{{.*}}, %{{.*}} : si32
// CHECK: warp.shl %{{.*}}, %{{.*}} : si32
// CHECK: warp.shr %{{.*}}, %{{.*}} : ui8
warp.func @undefined_shifts() -> (si32, si32, ui8) {
  %one = warp.constant 1 : si32
  %s32 = warp.constant 32 : si32
  %m1 = warp.constant -1 : si32
  %0 = warp.shl %one, %s32 : si32
  %1 = warp.shl %one, %m1 : si32
  %u = warp.constant 200 : ui8
  %u8 = warp.constant 8 : ui8
  %2 = warp.shr %u, %u8 : ui8
  warp.return %0, %1, %2 : si32, si32, ui8
}

// CHECK-LABEL: warp.func @identities(
// CHECK-SAME: %[[X:[^:]*]]: si32, %[[V:[^:]*]]: !warp.vec<3xui32>)
// CHECK-DAG: %[[Z:.*]] = warp.constant 0 : si32
// CHECK-DAG: %[[M1:.*]] = warp.constant -1 : si32
// CHECK-NOT: warp.bit_
// CHECK-NOT: warp.sh
// CHECK: warp.return %[[X]], %[[Z]], %[[X]], %[[X]], %[[M1]], %[[X]], %[[Z]], %[[X]], %[[X]], %[[X]], %[[V]], %[[V]]
warp.func @identities(%x: si32, %v: !warp.vec<3xui32>)
    -> (si32, si32, si32, si32, si32, si32, si32, si32, si32, si32, !warp.vec<3xui32>, !warp.vec<3xui32>) {
  %zero = warp.constant 0 : si32
  %ones = warp.constant -1 : si32
  %0 = warp.bit_and %x, %ones : si32
  %1 = warp.bit_and %x, %zero : si32
  %2 = warp.bit_and %x, %x : si32
  %3 = warp.bit_or %x, %zero : si32
  %4 = warp.bit_or %x, %ones : si32
  %5 = warp.bit_xor %x, %zero : si32
  %6 = warp.bit_xor %x, %x : si32
  %7 = warp.shl %x, %zero : si32
  %8 = warp.shr %x, %zero : si32
  %n = warp.bit_not %x : si32
  %9 = warp.bit_not %n : si32
  %10 = warp.bit_or %v, %v : !warp.vec<3xui32>
  %nv = warp.bit_not %v : !warp.vec<3xui32>
  %11 = warp.bit_not %nv : !warp.vec<3xui32>
  warp.return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : si32, si32, si32, si32, si32, si32, si32, si32, si32, si32, !warp.vec<3xui32>, !warp.vec<3xui32>
}
