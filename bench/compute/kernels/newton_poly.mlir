// newton_poly.py in the warp dialect.
warp.kernel @newton_poly(%xs: !warp.array<f32, 1>, %coef: !warp.array<f32, 1>,
                         %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c24 = warp.constant 24 : si32
  %zero = warp.constant 0.000000e+00 : f32
  %one = warp.constant 1.000000e+00 : f32
  %three = warp.constant 3.000000e+00 : f32
  %x = warp.load %xs[%i] : !warp.array<f32, 1>, si32
  %r = warp.var "r" : !warp.ref<f32>
  warp.write %x, %r : !warp.ref<f32>
  warp.for %k = %c0 to %c24 step %c1 : si32 {
    %rv = warp.read %r : !warp.ref<f32>
    // f = r * r * r + r - x
    %rr = warp.mul %rv, %rv : f32
    %rrr = warp.mul %rr, %rv : f32
    %f1 = warp.add %rrr, %rv : f32
    %f = warp.sub %f1, %x : f32
    // df = 3.0 * r * r + 1.0
    %d1 = warp.mul %three, %rv : f32
    %d2 = warp.mul %d1, %rv : f32
    %df = warp.add %d2, %one : f32
    %step = warp.div %f, %df : f32
    %rn = warp.sub %rv, %step : f32
    warp.write %rn, %r : !warp.ref<f32>
  }
  %p = warp.var "p" : !warp.ref<f32>
  warp.write %zero, %p : !warp.ref<f32>
  %rf = warp.read %r : !warp.ref<f32>
  %n = warp.shape %coef[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %pv = warp.read %p : !warp.ref<f32>
    %pr = warp.mul %pv, %rf : f32
    %cj = warp.load %coef[%j] : !warp.array<f32, 1>, si32
    %pn = warp.add %pr, %cj : f32
    warp.write %pn, %p : !warp.ref<f32>
  }
  %pf = warp.read %p : !warp.ref<f32>
  warp.store %pf, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
