// math_f64.py in the warp dialect.
warp.kernel @math_f64(%a: !warp.array<f64, 1>, %b: !warp.array<f64, 1>,
                      %out: !warp.array<f64, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f64, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f64, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %s = warp.add %x, %y : f64
  %sx = warp.mul %s, %x : f64
  %q = warp.div %sx, %y : f64
  warp.store %q, %out[%i, %c0] : !warp.array<f64, 2>, si32, si32
  %sq = warp.sqrt %y : f64
  warp.store %sq, %out[%i, %c1] : !warp.array<f64, 2>, si32, si32
  %sin = warp.sin %x : f64
  warp.store %sin, %out[%i, %c2] : !warp.array<f64, 2>, si32, si32
  %exp = warp.exp %x : f64
  warp.store %exp, %out[%i, %c3] : !warp.array<f64, 2>, si32, si32
  %log = warp.log %y : f64
  warp.store %log, %out[%i, %c4] : !warp.array<f64, 2>, si32, si32
  %pow = warp.pow %y, %x : f64
  warp.store %pow, %out[%i, %c5] : !warp.array<f64, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f64
  %ym2 = warp.sub %y, %two : f64
  %atan2 = warp.atan2 %x, %ym2 : f64
  warp.store %atan2, %out[%i, %c6] : !warp.array<f64, 2>, si32, si32
  warp.return
}
