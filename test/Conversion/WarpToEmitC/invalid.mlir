// Names the source targets derive from a kernel's (k_body, k_cpu, k_args)
// must be free; an unknown target is refused.
// RUN: warp-opt %s --convert-warp-to-emitc -split-input-file -verify-diagnostics
// RUN: not warp-opt %s --convert-warp-to-emitc=target=fortran -split-input-file 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: convert-warp-to-emitc: unknown target 'fortran' (expected cpp, cuda or none)

warp.func @k_args(%x: f32) -> f32 {
  warp.return %x : f32
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k_args' for its argument struct, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.func @k_body(%x: f32) -> f32 {
  warp.return %x : f32
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k_body' for its C++ body, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
