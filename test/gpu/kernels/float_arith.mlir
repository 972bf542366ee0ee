// float_arith.py in the warp dialect.
warp.kernel @float_arith(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>,
                         %c: !warp.array<f32, 1>,
                         %out: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f32, 1>, si32
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
  %add = warp.add %x, %y : f32
  warp.store %add, %out[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %sub = warp.sub %x, %y : f32
  warp.store %sub, %out[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %mul = warp.mul %x, %y : f32
  warp.store %mul, %out[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %div = warp.div %x, %y : f32
  warp.store %div, %out[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %abs = warp.abs %x : f32
  %sqrt = warp.sqrt %abs : f32
  warp.store %sqrt, %out[%i, %c4] : !warp.array<f32, 2>, si32, si32
  %neg = warp.neg %x : f32
  warp.store %neg, %out[%i, %c5] : !warp.array<f32, 2>, si32, si32
  %min = warp.min %x, %y : f32
  warp.store %min, %out[%i, %c6] : !warp.array<f32, 2>, si32, si32
  %max = warp.max %x, %y : f32
  warp.store %max, %out[%i, %c7] : !warp.array<f32, 2>, si32, si32
  %fdiv = warp.floordiv %x, %y : f32
  warp.store %fdiv, %out[%i, %c8] : !warp.array<f32, 2>, si32, si32
  %mod = warp.mod %x, %y : f32
  warp.store %mod, %out[%i, %c9] : !warp.array<f32, 2>, si32, si32
  %ci = warp.load %c[%i] : !warp.array<f32, 1>, si32
  %mac = warp.add %mul, %ci : f32
  warp.store %mac, %out[%i, %c10] : !warp.array<f32, 2>, si32, si32
  warp.return
}
