// warp-translate --warp-to-llvmir prints LLVM IR for the host (its triple
// and data layout, so that the ABI's structs have C layout) with the kernel
// body internal and always inlined and the exported entry saxpy_cpu(args);
// compiled with a C driver, a 1-D launch with a scalar f32 argument updates
// exactly the launched elements, as warp-lang 1.19.0 does on the CPU
// (Inputs/saxpy_reference.py prints the same lines).
// RUN: warp-translate --warp-to-llvmir %s -o %t.ll
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: clang-22 -O1 -w %t.ll %S/Inputs/saxpy_driver.c -lm -o %t.exe
// RUN: %t.exe | FileCheck %s --match-full-lines

// IR: target datalayout = "{{.*}}i64:64{{.*}}"
// IR: target triple = "{{.+}}"
// IR: define internal void @saxpy_body(i32 %{{.*}}, { ptr, [1 x i32], [1 x i64] } %{{.*}}, { ptr, [1 x i32], [1 x i64] } %{{.*}}, float %{{.*}}) #[[ATTRS:[0-9]+]] {
// IR: define void @saxpy_cpu(ptr %{{.*}}) {
// IR: getelementptr { { [4 x i32], i32, i64 }, { ptr, [1 x i32], [1 x i64] }, { ptr, [1 x i32], [1 x i64] }, float }, ptr %{{.*}}, i32 0, i32 3
// IR: call void @saxpy_body(
// IR: attributes #[[ATTRS]] = { alwaysinline }

// CHECK:      y = 1.5 2 2.5 3 3.5 4 4.5 5 5.5 6 0.5
// CHECK-NEXT: y = 1.5 2 2.5 3 3.5 4 4.5 5 5.5 6 0.5
// CHECK-NEXT: y = 1.60000002 2.04999995 2.5 3 3.5 4 4.5 5 5.5 6 0.5
// CHECK-EMPTY:

warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
