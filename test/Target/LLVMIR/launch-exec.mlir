// Multi-dimensional CPU launches: the entry runs every launch index exactly
// once, in row-major order (the last index varies fastest), over the launch
// bounds' shape rather than the arrays' (the 2-d arrays are larger than the
// launch), and runs nothing when an extent is 0. Each index writes its
// coordinates and the old value of a shared counter (atomic add), so the
// counter's final value counts the indices run and `order` gives each
// index's position in the launch. The values are those warp-lang 1.19.0
// gives on the CPU (Inputs/launch_reference.py prints the same lines).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/launch_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// CHECK:      grid2d 3x5 out0: 0 1 2 3 4 -1
// CHECK-NEXT: grid2d 3x5 out1: 100 101 102 103 104 -1
// CHECK-NEXT: grid2d 3x5 out2: 200 201 202 203 204 -1
// CHECK-NEXT: grid2d 3x5 out3: -1 -1 -1 -1 -1 -1
// CHECK-NEXT: grid2d 3x5 order0: 0 1 2 3 4 -1
// CHECK-NEXT: grid2d 3x5 order1: 5 6 7 8 9 -1
// CHECK-NEXT: grid2d 3x5 order2: 10 11 12 13 14 -1
// CHECK-NEXT: grid2d 3x5 order3: -1 -1 -1 -1 -1 -1
// CHECK-NEXT: grid2d 3x5 count: 15
// CHECK-NEXT: grid2d 2x0 out0: -1 -1
// CHECK-NEXT: grid2d 2x0 out1: -1 -1
// CHECK-NEXT: grid2d 2x0 order0: -1 -1
// CHECK-NEXT: grid2d 2x0 order1: -1 -1
// CHECK-NEXT: grid2d 2x0 count: 0
// CHECK-NEXT: grid3d 2x3x4 out0: 0 1 2 3
// CHECK-NEXT: grid3d 2x3x4 out1: 10 11 12 13
// CHECK-NEXT: grid3d 2x3x4 out2: 20 21 22 23
// CHECK-NEXT: grid3d 2x3x4 out3: 100 101 102 103
// CHECK-NEXT: grid3d 2x3x4 out4: 110 111 112 113
// CHECK-NEXT: grid3d 2x3x4 out5: 120 121 122 123
// CHECK-NEXT: grid3d 2x3x4 order0: 0 1 2 3
// CHECK-NEXT: grid3d 2x3x4 order1: 4 5 6 7
// CHECK-NEXT: grid3d 2x3x4 order2: 8 9 10 11
// CHECK-NEXT: grid3d 2x3x4 order3: 12 13 14 15
// CHECK-NEXT: grid3d 2x3x4 order4: 16 17 18 19
// CHECK-NEXT: grid3d 2x3x4 order5: 20 21 22 23
// CHECK-NEXT: grid3d 2x3x4 count: 24
// CHECK-NEXT: grid4d 2x3x4x5 out0: 0 1 2 3 4 10 11 12 13 14 20 21 22 23 24 30 31 32 33 34
// CHECK-NEXT: grid4d 2x3x4x5 out1: 100 101 102 103 104 110 111 112 113 114 120 121 122 123 124 130 131 132 133 134
// CHECK-NEXT: grid4d 2x3x4x5 out2: 200 201 202 203 204 210 211 212 213 214 220 221 222 223 224 230 231 232 233 234
// CHECK-NEXT: grid4d 2x3x4x5 out3: 1000 1001 1002 1003 1004 1010 1011 1012 1013 1014 1020 1021 1022 1023 1024 1030 1031 1032 1033 1034
// CHECK-NEXT: grid4d 2x3x4x5 out4: 1100 1101 1102 1103 1104 1110 1111 1112 1113 1114 1120 1121 1122 1123 1124 1130 1131 1132 1133 1134
// CHECK-NEXT: grid4d 2x3x4x5 out5: 1200 1201 1202 1203 1204 1210 1211 1212 1213 1214 1220 1221 1222 1223 1224 1230 1231 1232 1233 1234
// CHECK-NEXT: grid4d 2x3x4x5 order0: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
// CHECK-NEXT: grid4d 2x3x4x5 order1: 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
// CHECK-NEXT: grid4d 2x3x4x5 order2: 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59
// CHECK-NEXT: grid4d 2x3x4x5 order3: 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79
// CHECK-NEXT: grid4d 2x3x4x5 order4: 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99
// CHECK-NEXT: grid4d 2x3x4x5 order5: 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119
// CHECK-NEXT: grid4d 2x3x4x5 count: 120
// CHECK-NEXT: grid4d 1x1x0x2 out0: -1 -1
// CHECK-NEXT: grid4d 1x1x0x2 order0: -1 -1
// CHECK-NEXT: grid4d 1x1x0x2 count: 0
// CHECK-EMPTY:

warp.kernel @grid2d(%out: !warp.array<si32, 2>, %order: !warp.array<si32, 2>,
                    %counter: !warp.array<si32, 1>) dims(2) {
  %i, %j = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c100 = warp.constant 100 : si32
  %hi = warp.mul %i, %c100 : si32
  %v = warp.add %hi, %j : si32
  warp.store %v, %out[%i, %j] : !warp.array<si32, 2>, si32, si32
  %old = warp.atomic add %counter[%c0], %c1 : !warp.array<si32, 1>, si32
  warp.store %old, %order[%i, %j] : !warp.array<si32, 2>, si32, si32
  warp.return
}

warp.kernel @grid3d(%out: !warp.array<si32, 3>, %order: !warp.array<si32, 3>,
                    %counter: !warp.array<si32, 1>) dims(3) {
  %i, %j, %k = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c10 = warp.constant 10 : si32
  %c100 = warp.constant 100 : si32
  %hi = warp.mul %i, %c100 : si32
  %mid = warp.mul %j, %c10 : si32
  %s = warp.add %hi, %mid : si32
  %v = warp.add %s, %k : si32
  warp.store %v, %out[%i, %j, %k] : !warp.array<si32, 3>, si32, si32, si32
  %old = warp.atomic add %counter[%c0], %c1 : !warp.array<si32, 1>, si32
  warp.store %old, %order[%i, %j, %k] : !warp.array<si32, 3>, si32, si32, si32
  warp.return
}

warp.kernel @grid4d(%out: !warp.array<si32, 4>, %order: !warp.array<si32, 4>,
                    %counter: !warp.array<si32, 1>) dims(4) {
  %i, %j, %k, %l = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c10 = warp.constant 10 : si32
  %c100 = warp.constant 100 : si32
  %c1000 = warp.constant 1000 : si32
  %a = warp.mul %i, %c1000 : si32
  %b = warp.mul %j, %c100 : si32
  %c = warp.mul %k, %c10 : si32
  %ab = warp.add %a, %b : si32
  %abc = warp.add %ab, %c : si32
  %v = warp.add %abc, %l : si32
  warp.store %v, %out[%i, %j, %k, %l] : !warp.array<si32, 4>, si32, si32, si32, si32
  %old = warp.atomic add %counter[%c0], %c1 : !warp.array<si32, 1>, si32
  warp.store %old, %order[%i, %j, %k, %l] : !warp.array<si32, 4>, si32, si32, si32, si32
  warp.return
}
