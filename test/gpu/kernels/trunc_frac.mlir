// trunc_frac.py in the warp dialect.
warp.kernel @trunc_frac(%f: !warp.array<f32, 1>, %out: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %f[%i] : !warp.array<f32, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %t = warp.trunc %x : f32
  warp.store %t, %out[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %r = warp.frac %x : f32
  warp.store %r, %out[%i, %c1] : !warp.array<f32, 2>, si32, si32
  warp.return
}
