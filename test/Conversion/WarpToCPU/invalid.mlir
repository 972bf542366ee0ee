// convert-warp-to-cpu reports, at the kernel, a name it derives from the
// kernel's (its CPU entry k_cpu, its lowered body k_body) that is already
// taken, and fails rather than emitting a second symbol.
// RUN: warp-opt %s --convert-warp-to-cpu -split-input-file -verify-diagnostics

// A warp.func already named k_cpu.
warp.func @k_cpu(%x: f32) -> f32 {
  warp.return %x : f32
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k_cpu' for its CPU entry, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

// Another kernel named k_cpu, after k.
// expected-error @+1 {{kernel 'k' needs the symbol 'k_cpu' for its CPU entry, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 2>) dims(2) {
  %i, %j = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}
warp.kernel @k_cpu(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 2.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

// Another kernel named k_cpu, before k: the same error, whatever the order.
warp.kernel @k_cpu(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 2.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
// expected-error @+1 {{kernel 'k' needs the symbol 'k_cpu' for its CPU entry, which is taken}}
warp.kernel @k(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

// A function named k_body, which the kernel's lowered body would be named.
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
