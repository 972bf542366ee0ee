// Integer // and % on every sign combination (// rounds toward negative
// infinity, % takes the dividend's sign), in si32 and si64; float->int casts
// (truncation toward zero) from f32 and f64; float // and % with signed
// zeros; all run through the CPU entry point and compared with the values
// warp-lang 1.19.0 computes on the CPU for the same kernel and inputs
// (Inputs/int_ops_reference.py prints them as Inputs/int_ops_driver.c does;
// the last line, the guard element past the end of each output array, is
// the driver's own).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/int_ops_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// CHECK:      0: 3 1 2 | 3500010 1 -1000000000000000 | 3 1 5
// CHECK-NEXT: 1: -4 -1 -2 | -3500011 -1 2 | -4 -1 -6
// CHECK-NEXT: 2: -4 1 0 | -3500011 1 -3 | -4 1 -1
// CHECK-NEXT: 3: 3 -1 0 | 3500010 -1 0 | 3 -1 1
// CHECK-NEXT: 4: -1 -1 -1 | -333335 -1 0 | -1 -1 -2
// CHECK-NEXT: 5: -2 0 1000000000 | -2000006 0 9007199254740992 | -2 0 2e+09
// CHECK-NEXT: 6: 0 0 -2147483520 | 0 0 -4 | -0 0 -4.29496704e+09
// CHECK-NEXT: 7: -1073741824 -1 3 | -1073745044725471 -1 123456789012 | -1.07374182e+09 -0 7
// CHECK-NEXT: 8: 0 5 -3 | 714287 6 -7 | 0 5 -7
// CHECK-NEXT: 9: -3 -1 0 | -2250007 -3 1 | -3 -1 0
// CHECK-NEXT: guards: 77 77 77
// CHECK-EMPTY:

warp.kernel @int_ops(%a: !warp.array<si32, 1>, %b: !warp.array<si32, 1>,
                     %f: !warp.array<f32, 1>, %d: !warp.array<f64, 1>,
                     %iout: !warp.array<si32, 2>, %lout: !warp.array<si64, 2>,
                     %fout: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %x = warp.load %a[%i] : !warp.array<si32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<si32, 1>, si32
  %q = warp.floordiv %x, %y : si32
  warp.store %q, %iout[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %r = warp.mod %x, %y : si32
  warp.store %r, %iout[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %xw = warp.cast %x : si32 to si64
  %big = warp.constant 1000003 : si64
  %xl = warp.mul %xw, %big : si64
  %yl = warp.cast %y : si32 to si64
  %ql = warp.floordiv %xl, %yl : si64
  warp.store %ql, %lout[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %rl = warp.mod %xl, %yl : si64
  warp.store %rl, %lout[%i, %c1] : !warp.array<si64, 2>, si32, si32
  %fi = warp.load %f[%i] : !warp.array<f32, 1>, si32
  %ti = warp.cast %fi : f32 to si32
  warp.store %ti, %iout[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %di = warp.load %d[%i] : !warp.array<f64, 1>, si32
  %tl = warp.cast %di : f64 to si64
  warp.store %tl, %lout[%i, %c2] : !warp.array<si64, 2>, si32, si32
  %fx = warp.cast %x : si32 to f32
  %fy = warp.cast %y : si32 to f32
  %fq = warp.floordiv %fx, %fy : f32
  warp.store %fq, %fout[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %fr = warp.mod %fx, %fy : f32
  warp.store %fr, %fout[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %half = warp.constant 5.000000e-01 : f32
  %fh = warp.floordiv %fi, %half : f32
  warp.store %fh, %fout[%i, %c2] : !warp.array<f32, 2>, si32, si32
  warp.return
}
