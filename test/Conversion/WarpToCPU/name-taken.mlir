// The failure is located at the kernel and leaves no IR on stdout.
// RUN: not warp-opt %s --convert-warp-to-cpu 2>&1 >/dev/null | FileCheck %s
// RUN: not warp-opt %s --convert-warp-to-cpu 2>/dev/null | FileCheck %s --check-prefix=OUT --allow-empty
// CHECK: name-taken.mlir:[[# @LINE + 10]]:1: error: kernel 'saxpy' needs the symbol 'saxpy_cpu' for its CPU entry, which is taken
// CHECK-NEXT: warp.kernel @saxpy(
// OUT-NOT: {{.}}

warp.func @saxpy_cpu(%x: !warp.array<f32, 1>) {
  %c0 = warp.constant 0 : si32
  %c = warp.constant 1.0 : f32
  warp.store %c, %x[%c0] : !warp.array<f32, 1>, si32
  warp.return
}
warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  warp.store %ax, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
