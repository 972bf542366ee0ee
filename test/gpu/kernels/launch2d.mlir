// launch2d.py in the warp dialect.
warp.kernel @launch2d(%src: !warp.array<f32, 2>, %dst: !warp.array<f32, 2>,
                      %ids: !warp.array<si32, 3>) dims(2) {
  %i, %j = warp.tid
  %s = warp.load %src[%i, %j] : !warp.array<f32, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %s2 = warp.mul %s, %two : f32
  %c100 = warp.constant 100 : si32
  %i100 = warp.mul %i, %c100 : si32
  %ij = warp.add %i100, %j : si32
  %ijf = warp.cast %ij : si32 to f32
  %d = warp.add %s2, %ijf : f32
  warp.store %d, %dst[%i, %j] : !warp.array<f32, 2>, si32, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  warp.store %i, %ids[%i, %j, %c0] : !warp.array<si32, 3>, si32, si32, si32
  warp.store %j, %ids[%i, %j, %c1] : !warp.array<si32, 3>, si32, si32, si32
  warp.return
}
