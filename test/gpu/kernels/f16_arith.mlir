// f16_arith.py in the warp dialect.
warp.kernel @f16_arith(%a: !warp.array<f16, 1>, %b: !warp.array<f16, 1>,
                       %w: !warp.array<f32, 1>, %h: !warp.array<f16, 2>,
                       %ints: !warp.array<si32, 2>,
                       %hv: !warp.array<!warp.vec<3xf16>, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %c8 = warp.constant 8 : si32
  %c9 = warp.constant 9 : si32
  %c10 = warp.constant 10 : si32
  %x = warp.load %a[%i] : !warp.array<f16, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f16, 1>, si32
  %h0 = warp.add %x, %y : f16
  warp.store %h0, %h[%i, %c0] : !warp.array<f16, 2>, si32, si32
  %h1 = warp.sub %x, %y : f16
  warp.store %h1, %h[%i, %c1] : !warp.array<f16, 2>, si32, si32
  %h2 = warp.mul %x, %y : f16
  warp.store %h2, %h[%i, %c2] : !warp.array<f16, 2>, si32, si32
  %h3 = warp.div %x, %y : f16
  warp.store %h3, %h[%i, %c3] : !warp.array<f16, 2>, si32, si32
  %ax = warp.abs %x : f16
  %h4 = warp.sqrt %ax : f16
  warp.store %h4, %h[%i, %c4] : !warp.array<f16, 2>, si32, si32
  %h5 = warp.neg %x : f16
  warp.store %h5, %h[%i, %c5] : !warp.array<f16, 2>, si32, si32
  %h6 = warp.min %x, %y : f16
  warp.store %h6, %h[%i, %c6] : !warp.array<f16, 2>, si32, si32
  %h7 = warp.max %x, %y : f16
  warp.store %h7, %h[%i, %c7] : !warp.array<f16, 2>, si32, si32
  %h8 = warp.floor %x : f16
  warp.store %h8, %h[%i, %c8] : !warp.array<f16, 2>, si32, si32
  %wi = warp.load %w[%i] : !warp.array<f32, 1>, si32
  %h9 = warp.cast %wi : f32 to f16
  warp.store %h9, %h[%i, %c9] : !warp.array<f16, 2>, si32, si32
  %xy = warp.mul %x, %y : f16
  %h10 = warp.add %xy, %x : f16
  warp.store %h10, %h[%i, %c10] : !warp.array<f16, 2>, si32, si32
  %lt = warp.cmp lt, %x, %y : f16
  %lti = warp.cast %lt : i1 to si32
  %eq = warp.cmp eq, %x, %y : f16
  %eqi = warp.cast %eq : i1 to si32
  %hz = warp.constant 0.0 : f16
  %ge = warp.cmp ge, %x, %hz : f16
  %gei = warp.cast %ge : i1 to si32
  %eq2 = warp.mul %eqi, %c2 : si32
  %ge4 = warp.mul %gei, %c4 : si32
  %s0 = warp.add %lti, %eq2 : si32
  %code = warp.add %s0, %ge4 : si32
  warp.store %code, %ints[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %xi = warp.cast %x : f16 to si32
  warp.store %xi, %ints[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %xf = warp.cast %x : f16 to f32
  %k1024 = warp.constant 1.024000e+03 : f32
  %xf1024 = warp.mul %xf, %k1024 : f32
  %xs = warp.cast %xf1024 : f32 to si32
  warp.store %xs, %ints[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %half = warp.constant 0.5 : f16
  %u = warp.vec %x, %y, %half : !warp.vec<3xf16>
  %ux = warp.mul %u, %x : (!warp.vec<3xf16>, f16) -> !warp.vec<3xf16>
  %uxu = warp.add %ux, %u : !warp.vec<3xf16>
  warp.store %uxu, %hv[%i] : !warp.array<!warp.vec<3xf16>, 1>, si32
  warp.return
}
