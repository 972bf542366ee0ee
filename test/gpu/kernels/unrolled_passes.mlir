// unrolled_passes.py in the warp dialect.
warp.kernel @unrolled_passes(%src: !warp.array<f32, 2>, %dst: !warp.array<f32, 2>,
                             %acc: !warp.array<f32, 2>) dims(2) {
  %ti, %tj = warp.tid
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %i1 = warp.add %ti, %c1 : si32
  %j1 = warp.add %tj, %c1 : si32
  %i2 = warp.add %ti, %c2 : si32
  %j2 = warp.add %tj, %c2 : si32
  %c = warp.load %src[%i1, %j1] : !warp.array<f32, 2>, si32, si32
  %n = warp.load %src[%ti, %j1] : !warp.array<f32, 2>, si32, si32
  %s = warp.load %src[%i2, %j1] : !warp.array<f32, 2>, si32, si32
  %w = warp.load %src[%i1, %tj] : !warp.array<f32, 2>, si32, si32
  %e = warp.load %src[%i1, %j2] : !warp.array<f32, 2>, si32, si32
  %half = warp.constant 5.000000e-01 : f32
  %eighth = warp.constant 1.250000e-01 : f32
  %ch = warp.mul %c, %half : f32
  %ns = warp.add %n, %s : f32
  %we = warp.add %w, %e : f32
  %sum = warp.add %ns, %we : f32
  %se = warp.mul %sum, %eighth : f32
  %r = warp.add %ch, %se : f32
  warp.store %r, %dst[%i1, %j1] : !warp.array<f32, 2>, si32, si32
  %a = warp.load %acc[%ti, %tj] : !warp.array<f32, 2>, si32, si32
  %ah = warp.mul %a, %half : f32
  %an = warp.add %ah, %c : f32
  warp.store %an, %acc[%ti, %tj] : !warp.array<f32, 2>, si32, si32
  warp.return
}
