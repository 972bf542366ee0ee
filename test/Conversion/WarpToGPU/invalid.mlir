// convert-warp-to-gpu reports, at the kernel, a lowered-body name (k_body)
// or a rows-per-thread constant name (k__rows_per_thread, docs/abi.md) that
// is already taken.
// RUN: warp-opt %s --convert-warp-to-gpu -split-input-file -verify-diagnostics

warp.func @k_body(%x: f32) -> f32 {
  warp.return %x : f32
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k_body' for its lowered body, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  %v = warp.call @k_body(%c) : (f32) -> f32
  warp.store %v, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.func @k__rows_per_thread(%x: f32) -> f32 {
  warp.return %x : f32
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k__rows_per_thread' for its launch size, but the module already defines it}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  %v = warp.call @k__rows_per_thread(%c) : (f32) -> f32
  warp.store %v, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
