// vec3_ops.py in the warp dialect.
warp.kernel @vec3_ops(%a: !warp.array<!warp.vec<3xf32>, 1>, %b: !warp.array<!warp.vec<3xf32>, 1>,
                      %s: f32, %vecs: !warp.array<!warp.vec<3xf32>, 2>,
                      %scalars: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %u = warp.load %a[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %v = warp.load %b[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %cross = warp.cross %u, %v : !warp.vec<3xf32>
  warp.store %cross, %vecs[%i, %c0] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %norm = warp.normalize %u : !warp.vec<3xf32>
  warp.store %norm, %vecs[%i, %c1] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %us = warp.mul %u, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %vs = warp.div %v, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %sum = warp.add %us, %vs : !warp.vec<3xf32>
  warp.store %sum, %vecs[%i, %c2] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %cw = warp.cw_mul %u, %v : !warp.vec<3xf32>
  %cwu = warp.sub %cw, %u : !warp.vec<3xf32>
  warp.store %cwu, %vecs[%i, %c3] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %nv = warp.neg %v : !warp.vec<3xf32>
  warp.store %nv, %vecs[%i, %c4] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %dot = warp.dot %u, %v : !warp.vec<3xf32>
  warp.store %dot, %scalars[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %len = warp.length %u : !warp.vec<3xf32>
  warp.store %len, %scalars[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %lsq = warp.length_sq %v : !warp.vec<3xf32>
  warp.store %lsq, %scalars[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %u1 = warp.extract %u[%c1] : !warp.vec<3xf32>, si32
  %v2 = warp.extract %v[%c2] : !warp.vec<3xf32>, si32
  %e = warp.add %u1, %v2 : f32
  warp.store %e, %scalars[%i, %c3] : !warp.array<f32, 2>, si32, si32
  warp.return
}
