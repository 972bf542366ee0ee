// sqrt_exact.py in the warp dialect.
warp.kernel @sqrt_exact(%a: !warp.array<f32, 1>, %v: !warp.array<!warp.vec<3xf32>, 1>,
                        %out: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %r = warp.sqrt %x : f32
  warp.store %r, %out[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %u = warp.load %v[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %l = warp.length %u : !warp.vec<3xf32>
  warp.store %l, %out[%i, %c1] : !warp.array<f32, 2>, si32, si32
  warp.return
}
