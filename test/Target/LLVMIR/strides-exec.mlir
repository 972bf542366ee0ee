// Arrays are addressed through their descriptors' byte strides, which need
// not be contiguous or positive, and negative indices count from the end
// (docs/abi.md): a kernel reads one column of a row-major buffer (stride
// one row) forwards and, with index -1 - i, backwards, writes another
// column, reads a view with a negative stride, and stores into a
// column-major 2-d array with the second index 0 and -1. Only the written
// column and t change. The values are those warp-lang 1.19.0 gives on the
// CPU for the same views (Inputs/strides_reference.py prints the same
// lines).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/strides_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// CHECK:      buf0: 0 1 2 3 21
// CHECK-NEXT: buf1: 5 6 7 8 26
// CHECK-NEXT: buf2: 10 11 12 13 31
// CHECK-NEXT: buf3: 15 16 17 18 36
// CHECK-NEXT: t: 5.5 4.5 3.5 2.5 0.75 1.75 2.75 3.75
// CHECK-NEXT: v: 0.5 1.5 2.5 3.5 4.5 5.5
// CHECK-EMPTY:

warp.kernel @strided(%col: !warp.array<f32, 1>, %dst: !warp.array<f32, 1>,
                     %rev: !warp.array<f32, 1>, %t: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %cm1 = warp.constant -1 : si32
  %back = warp.sub %cm1, %i : si32
  %a = warp.load %col[%i] : !warp.array<f32, 1>, si32
  %b = warp.load %col[%back] : !warp.array<f32, 1>, si32
  %two = warp.constant 2.000000e+00 : f32
  %a2 = warp.mul %a, %two : f32
  %s = warp.add %a2, %b : f32
  warp.store %s, %dst[%i] : !warp.array<f32, 1>, si32
  %r = warp.load %rev[%i] : !warp.array<f32, 1>, si32
  warp.store %r, %t[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %rn = warp.load %rev[%back] : !warp.array<f32, 1>, si32
  %quarter = warp.constant 2.500000e-01 : f32
  %rq = warp.add %rn, %quarter : f32
  warp.store %rq, %t[%i, %cm1] : !warp.array<f32, 2>, si32, si32
  warp.return
}
