// An si32 operand where the op's type is f32.
warp.kernel @k(%a: f32, %b: si32) dims(1) {
  %r = warp.add %a, %b : f32
  warp.return
}
