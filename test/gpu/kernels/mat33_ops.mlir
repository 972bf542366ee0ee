// mat33_ops.py in the warp dialect.
warp.kernel @mat33_ops(%m: !warp.array<!warp.mat<3x3xf32>, 1>, %v: !warp.array<!warp.vec<3xf32>, 1>,
                       %mats: !warp.array<!warp.mat<3x3xf32>, 2>,
                       %vecs: !warp.array<!warp.vec<3xf32>, 2>,
                       %scalars: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %a = warp.load %m[%i] : !warp.array<!warp.mat<3x3xf32>, 1>, si32
  %x = warp.load %v[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %ax = warp.mul %a, %x : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  warp.store %ax, %vecs[%i, %c0] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %xa = warp.mul %x, %a : (!warp.vec<3xf32>, !warp.mat<3x3xf32>) -> !warp.vec<3xf32>
  warp.store %xa, %vecs[%i, %c1] : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %at = warp.transpose %a : !warp.mat<3x3xf32>
  warp.store %at, %mats[%i, %c0] : !warp.array<!warp.mat<3x3xf32>, 2>, si32, si32
  %aat = warp.mul %a, %at : !warp.mat<3x3xf32>
  warp.store %aat, %mats[%i, %c1] : !warp.array<!warp.mat<3x3xf32>, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %a2 = warp.mul %a, %two : (!warp.mat<3x3xf32>, f32) -> !warp.mat<3x3xf32>
  %id = warp.identity : !warp.mat<3x3xf32>
  %a2i = warp.sub %a2, %id : !warp.mat<3x3xf32>
  warp.store %a2i, %mats[%i, %c2] : !warp.array<!warp.mat<3x3xf32>, 2>, si32, si32
  %det = warp.determinant %a : !warp.mat<3x3xf32>
  warp.store %det, %scalars[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %tr = warp.trace %a : !warp.mat<3x3xf32>
  warp.store %tr, %scalars[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %a12 = warp.extract %a[%c1, %c2] : !warp.mat<3x3xf32>, si32, si32
  %a21 = warp.extract %a[%c2, %c1] : !warp.mat<3x3xf32>, si32, si32
  %d = warp.sub %a12, %a21 : f32
  warp.store %d, %scalars[%i, %c2] : !warp.array<f32, 2>, si32, si32
  warp.return
}
