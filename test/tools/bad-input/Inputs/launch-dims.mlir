// Warp launches have 1 to 4 dimensions.
warp.kernel @k(%a: f32) dims(9) {
  warp.return
}
