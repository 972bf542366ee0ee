// warp.load from a scalar.
warp.kernel @k(%a: f32) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : f32, si32
  warp.return
}
