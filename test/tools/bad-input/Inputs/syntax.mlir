// An op name that does not exist.
warp.kernel @k(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tidd
  warp.return
}
