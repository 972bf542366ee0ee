// Kernels for check-bounds.test.
warp.kernel @shift(%a: !warp.array<f32, 1> {warp.name = "a"},
                   %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) {
  %i = warp.tid
  %c1 = warp.constant 1 : si32
  %n = warp.add %i, %c1 : si32
  %x = warp.load %a[%n] : !warp.array<f32, 1>, si32
  warp.store %x, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// -1 is the last element: in bounds.
warp.kernel @wrap(%a: !warp.array<f32, 1>, %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %cm1 = warp.constant -1 : si32
  %x = warp.load %a[%cm1] : !warp.array<f32, 1>, si32
  warp.store %x, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
