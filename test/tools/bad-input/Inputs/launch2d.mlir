// A 2-d launch over a 2-d array: warp-run fills the array from --dim.
warp.kernel @k2(%a: !warp.array<f32, 2>) dims(2) {
  %i, %j = warp.tid
  %x = warp.load %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.store %x, %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}
