// mat33_solve.py in the warp dialect.
warp.kernel @mat33_solve(%ms: !warp.array<!warp.mat<3x3xf32>, 1>,
                         %xs: !warp.array<!warp.vec<3xf32>, 1>,
                         %out: !warp.array<!warp.vec<3xf32>, 1>,
                         %dets: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c32 = warp.constant 32 : si32
  %m = warp.load %ms[%i] : !warp.array<!warp.mat<3x3xf32>, 1>, si32
  %x = warp.load %xs[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %mt = warp.transpose %m : !warp.mat<3x3xf32>
  %mmt = warp.mul %m, %mt : !warp.mat<3x3xf32>
  %id = warp.identity : !warp.mat<3x3xf32>
  %p = warp.add %mmt, %id : !warp.mat<3x3xf32>
  %q = warp.inverse %p : !warp.mat<3x3xf32>
  %r = warp.var "r" : !warp.ref<!warp.vec<3xf32>>
  warp.write %x, %r : !warp.ref<!warp.vec<3xf32>>
  warp.for %k = %c0 to %c32 step %c1 : si32 {
    %rv = warp.read %r : !warp.ref<!warp.vec<3xf32>>
    %mr = warp.mul %m, %rv : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
    %mrx = warp.add %mr, %x : !warp.vec<3xf32>
    %rn = warp.mul %q, %mrx : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
    warp.write %rn, %r : !warp.ref<!warp.vec<3xf32>>
  }
  %rf = warp.read %r : !warp.ref<!warp.vec<3xf32>>
  warp.store %rf, %out[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %det = warp.determinant %p : !warp.mat<3x3xf32>
  %tr = warp.trace %q : !warp.mat<3x3xf32>
  %dt = warp.mul %det, %tr : f32
  warp.store %dt, %dets[%i] : !warp.array<f32, 1>, si32
  warp.return
}
