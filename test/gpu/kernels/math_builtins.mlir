// math_builtins.py in the warp dialect.
warp.kernel @math_builtins(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>,
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
  %c11 = warp.constant 11 : si32
  %c12 = warp.constant 12 : si32
  %c13 = warp.constant 13 : si32
  %c14 = warp.constant 14 : si32
  %c15 = warp.constant 15 : si32
  %sin = warp.sin %x : f32
  warp.store %sin, %out[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %cos = warp.cos %x : f32
  warp.store %cos, %out[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %tan = warp.tan %x : f32
  warp.store %tan, %out[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %exp = warp.exp %x : f32
  warp.store %exp, %out[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %log = warp.log %y : f32
  warp.store %log, %out[%i, %c4] : !warp.array<f32, 2>, si32, si32
  %log2 = warp.log2 %y : f32
  warp.store %log2, %out[%i, %c5] : !warp.array<f32, 2>, si32, si32
  %log10 = warp.log10 %y : f32
  warp.store %log10, %out[%i, %c6] : !warp.array<f32, 2>, si32, si32
  %pow = warp.pow %y, %x : f32
  warp.store %pow, %out[%i, %c7] : !warp.array<f32, 2>, si32, si32
  %tanh = warp.tanh %x : f32
  warp.store %tanh, %out[%i, %c8] : !warp.array<f32, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %ym2 = warp.sub %y, %two : f32
  %atan2 = warp.atan2 %x, %ym2 : f32
  warp.store %atan2, %out[%i, %c9] : !warp.array<f32, 2>, si32, si32
  %tenth = warp.constant 1.000000e-01 : f32
  %mone = warp.constant -1.000000e+00 : f32
  %one = warp.constant 1.000000e+00 : f32
  %xs = warp.mul %x, %tenth : f32
  %xc = warp.clamp %xs, %mone, %one : f32
  %asin = warp.asin %xc : f32
  warp.store %asin, %out[%i, %c10] : !warp.array<f32, 2>, si32, si32
  %cbrt = warp.cbrt %x : f32
  warp.store %cbrt, %out[%i, %c11] : !warp.array<f32, 2>, si32, si32
  %erf = warp.erf %x : f32
  warp.store %erf, %out[%i, %c12] : !warp.array<f32, 2>, si32, si32
  %sinh = warp.sinh %x : f32
  warp.store %sinh, %out[%i, %c13] : !warp.array<f32, 2>, si32, si32
  %cosh = warp.cosh %x : f32
  warp.store %cosh, %out[%i, %c14] : !warp.array<f32, 2>, si32, si32
  %atan = warp.atan %x : f32
  warp.store %atan, %out[%i, %c15] : !warp.array<f32, 2>, si32, si32
  warp.return
}
