// saxpy.py in the warp dialect (bench/memory/saxpy.mlir).
warp.kernel @saxpy(%a: f32, %x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
