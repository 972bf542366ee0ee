// warp-translate --warp-to-llvmir reports, at its location, a module it
// cannot compile: one without kernels, and a kernel whose CPU entry name is
// taken; it exits non-zero and prints no IR.
// RUN: not warp-translate --warp-to-llvmir --split-input-file %s 2>&1 >/dev/null | FileCheck %s
// RUN: not warp-translate --warp-to-llvmir --split-input-file %s 2>/dev/null | FileCheck %s --check-prefix=OUT --allow-empty
// OUT-NOT: {{.}}

// CHECK: error: the module has no warp.kernel to compile
// CHECK-NEXT: module {
module {
  warp.func @f(%x: f32) -> f32 {
    warp.return %x : f32
  }
}

// -----

// CHECK: error: kernel 'k' needs the symbol 'k_cpu' for its CPU entry, which is taken
// CHECK-NEXT: warp.kernel @k(%out
warp.func @k_cpu(%x: f32) -> f32 {
  warp.return %x : f32
}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
