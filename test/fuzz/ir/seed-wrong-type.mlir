warp.kernel @k(%a: !warp.array<f32, 1>) dims(1) {
  %t = warp.tid
  %x = warp.load %a[%t] : !warp.array<f32, 1>, si32
  %y = warp.add %x, %t : f32
  warp.store %y, %a[%t] : !warp.array<f32, 1>, si32
  warp.return
}
