// nbody.py in the warp dialect.
warp.kernel @nbody(%pos: !warp.array<!warp.vec<3xf32>, 1>,
                   %src: !warp.array<!warp.vec<3xf32>, 1>,
                   %mass: !warp.array<f32, 1>,
                   %acc_out: !warp.array<!warp.vec<3xf32>, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %zero = warp.constant 0.000000e+00 : f32
  %one = warp.constant 1.000000e+00 : f32
  %soft = warp.constant 0.00999999977 : f32
  %p = warp.load %pos[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %zv = warp.vec %zero, %zero, %zero : !warp.vec<3xf32>
  %acc = warp.var "acc" : !warp.ref<!warp.vec<3xf32>>
  warp.write %zv, %acc : !warp.ref<!warp.vec<3xf32>>
  %n = warp.shape %src[0] : !warp.array<!warp.vec<3xf32>, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %sj = warp.load %src[%j] : !warp.array<!warp.vec<3xf32>, 1>, si32
    %d = warp.sub %sj, %p : !warp.vec<3xf32>
    %dd = warp.dot %d, %d : !warp.vec<3xf32>
    %r2 = warp.add %dd, %soft : f32
    %sq = warp.sqrt %r2 : f32
    %inv = warp.div %one, %sq : f32
    %mj = warp.load %mass[%j] : !warp.array<f32, 1>, si32
    %w1 = warp.mul %mj, %inv : f32
    %w2 = warp.mul %w1, %inv : f32
    %w3 = warp.mul %w2, %inv : f32
    %dw = warp.mul %d, %w3 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %av = warp.read %acc : !warp.ref<!warp.vec<3xf32>>
    %an = warp.add %av, %dw : !warp.vec<3xf32>
    warp.write %an, %acc : !warp.ref<!warp.vec<3xf32>>
  }
  %af = warp.read %acc : !warp.ref<!warp.vec<3xf32>>
  warp.store %af, %acc_out[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.return
}
