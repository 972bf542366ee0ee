// convert-warp-to-gpu reports, at the kernel, a lowered-body name (k_body)
// a rows-per-thread constant name (k__rows_per_thread, docs/abi.md) or the
// name of its entry for contiguous arrays (k__contiguous) that is already
// taken.
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
// expected-error @+1 {{kernel 'k' needs the symbol 'k__rows_per_thread' for its launch size, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  %v = warp.call @k__rows_per_thread(%c) : (f32) -> f32
  warp.store %v, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.func @k__contiguous(%x: f32) -> f32 {
  warp.return %x : f32
}
// A kernel with a loop over an array gets an entry for contiguous arrays.
// expected-error @+1 {{kernel 'k' needs the symbol 'k__contiguous' for its entry for contiguous arrays, which is taken}}
warp.kernel @k(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %n = warp.shape %a[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %x = warp.load %a[%j] : !warp.array<f32, 1>, si32
    %y = warp.call @k__contiguous(%x) : (f32) -> f32
    warp.store %y, %a[%j] : !warp.array<f32, 1>, si32
  }
  warp.return
}
