// The generic form takes any operand types; the verifier refuses these.
warp.kernel @k(%a: f32, %b: si32) dims(1) {
  %r = "warp.add"(%a, %b) : (f32, si32) -> f32
  warp.return
}
