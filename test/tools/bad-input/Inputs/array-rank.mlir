// Warp arrays have 1 to 4 dimensions.
warp.kernel @k(%a: !warp.array<f32, 7>) dims(1) {
  warp.return
}
