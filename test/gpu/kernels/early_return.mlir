// early_return.py in the warp dialect.
warp.kernel @early_return(%data: !warp.array<f32, 2>, %threshold: !warp.array<f32, 1>,
                          %found: !warp.array<si32, 1>, %marker: f32) dims(1) {
  %i = warp.tid
  %t = warp.load %threshold[%i] : !warp.array<f32, 1>, si32
  %fzero = warp.constant 0.000000e+00 : f32
  %neg = warp.cmp lt, %t, %fzero : f32
  warp.if %neg : i1 {
    warp.return
  }
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %m = warp.shape %data[1] : !warp.array<f32, 2>
  warp.for %j = %c0 to %m step %c1 : si32 {
    %d = warp.load %data[%i, %j] : !warp.array<f32, 2>, si32, si32
    %hit = warp.cmp gt, %d, %t : f32
    warp.if %hit : i1 {
      warp.store %j, %found[%i] : !warp.array<si32, 1>, si32
      warp.return
    }
  }
  %fifty = warp.constant 5.000000e+01 : f32
  %big = warp.cmp gt, %t, %fifty : f32
  warp.if %big : i1 {
    %cm1 = warp.constant -1 : si32
    warp.store %cm1, %found[%i] : !warp.array<si32, 1>, si32
  } else {
    warp.store %marker, %data[%i, %c0] : !warp.array<f32, 2>, si32, si32
    warp.return
  }
  %f = warp.load %found[%i] : !warp.array<si32, 1>, si32
  %c100 = warp.constant 100 : si32
  %f1 = warp.sub %f, %c100 : si32
  warp.store %f1, %found[%i] : !warp.array<si32, 1>, si32
  warp.return
}
