// float_builtins.py in the warp dialect.
warp.kernel @float_builtins(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>,
                            %t: !warp.array<f32, 1>, %f: !warp.array<f32, 2>,
                            %d: !warp.array<f64, 2>, %flags: !warp.array<si32, 2>) dims(1) {
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
  %c11 = warp.constant 11 : si32
  %c12 = warp.constant 12 : si32
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f32, 1>, si32
  %s = warp.load %t[%i] : !warp.array<f32, 1>, si32
  // f32
  %f0 = warp.min %x, %y : f32
  warp.store %f0, %f[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %f1 = warp.max %x, %y : f32
  warp.store %f1, %f[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %lo = warp.constant -1.500000e+00 : f32
  %hi = warp.constant 2.250000e+00 : f32
  %f2 = warp.clamp %x, %lo, %hi : f32
  warp.store %f2, %f[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %f3 = warp.lerp %x, %y, %s : f32
  warp.store %f3, %f[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %e0 = warp.constant -2.000000e+00 : f32
  %e1 = warp.constant 3.000000e+00 : f32
  %f4 = warp.smoothstep %e0, %e1, %x : f32
  warp.store %f4, %f[%i, %c4] : !warp.array<f32, 2>, si32, si32
  %f5 = warp.step %x : f32
  warp.store %f5, %f[%i, %c5] : !warp.array<f32, 2>, si32, si32
  %f6 = warp.sign %x : f32
  warp.store %f6, %f[%i, %c6] : !warp.array<f32, 2>, si32, si32
  %f7 = warp.nonzero %x : f32
  warp.store %f7, %f[%i, %c7] : !warp.array<f32, 2>, si32, si32
  %f8 = warp.copysign %y, %x : f32
  warp.store %f8, %f[%i, %c8] : !warp.array<f32, 2>, si32, si32
  %f9 = warp.abs %x : f32
  warp.store %f9, %f[%i, %c9] : !warp.array<f32, 2>, si32, si32
  %f10 = warp.degrees %x : f32
  warp.store %f10, %f[%i, %c10] : !warp.array<f32, 2>, si32, si32
  %f11 = warp.radians %y : f32
  warp.store %f11, %f[%i, %c11] : !warp.array<f32, 2>, si32, si32
  %f12 = warp.smoothstep %y, %x, %s : f32
  warp.store %f12, %f[%i, %c12] : !warp.array<f32, 2>, si32, si32
  // f64
  %xd = warp.cast %x : f32 to f64
  %yd = warp.cast %y : f32 to f64
  %sd = warp.cast %s : f32 to f64
  %d0 = warp.min %xd, %yd : f64
  warp.store %d0, %d[%i, %c0] : !warp.array<f64, 2>, si32, si32
  %d1 = warp.max %xd, %yd : f64
  warp.store %d1, %d[%i, %c1] : !warp.array<f64, 2>, si32, si32
  %dlo = warp.constant -1.500000e+00 : f64
  %dhi = warp.constant 2.250000e+00 : f64
  %d2 = warp.clamp %xd, %dlo, %dhi : f64
  warp.store %d2, %d[%i, %c2] : !warp.array<f64, 2>, si32, si32
  %d3 = warp.lerp %xd, %yd, %sd : f64
  warp.store %d3, %d[%i, %c3] : !warp.array<f64, 2>, si32, si32
  %de0 = warp.constant -2.000000e+00 : f64
  %de1 = warp.constant 3.000000e+00 : f64
  %d4 = warp.smoothstep %de0, %de1, %xd : f64
  warp.store %d4, %d[%i, %c4] : !warp.array<f64, 2>, si32, si32
  %dsg = warp.sign %xd : f64
  %dst = warp.step %xd : f64
  %ten = warp.constant 1.000000e+01 : f64
  %dst10 = warp.mul %dst, %ten : f64
  %d5 = warp.add %dsg, %dst10 : f64
  warp.store %d5, %d[%i, %c5] : !warp.array<f64, 2>, si32, si32
  %d6 = warp.copysign %yd, %xd : f64
  warp.store %d6, %d[%i, %c6] : !warp.array<f64, 2>, si32, si32
  %d7 = warp.degrees %xd : f64
  warp.store %d7, %d[%i, %c7] : !warp.array<f64, 2>, si32, si32
  %d8 = warp.radians %yd : f64
  warp.store %d8, %d[%i, %c8] : !warp.array<f64, 2>, si32, si32
  // classification
  %n0 = warp.isnan %x : f32
  %n0i = warp.cast %n0 : i1 to si32
  warp.store %n0i, %flags[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %n1 = warp.isinf %x : f32
  %n1i = warp.cast %n1 : i1 to si32
  warp.store %n1i, %flags[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %n2 = warp.isfinite %x : f32
  %n2i = warp.cast %n2 : i1 to si32
  warp.store %n2i, %flags[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %n3 = warp.isnan %yd : f64
  %n3i = warp.cast %n3 : i1 to si32
  warp.store %n3i, %flags[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %n4 = warp.isinf %yd : f64
  %n4i = warp.cast %n4 : i1 to si32
  warp.store %n4i, %flags[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %n5 = warp.isfinite %yd : f64
  %n5i = warp.cast %n5 : i1 to si32
  warp.store %n5i, %flags[%i, %c5] : !warp.array<si32, 2>, si32, si32
  %v = warp.vec %x, %y, %s : !warp.vec<3xf32>
  %vn = warp.isnan %v : !warp.vec<3xf32>
  %vni = warp.cast %vn : i1 to si32
  %vi = warp.isinf %v : !warp.vec<3xf32>
  %vii = warp.cast %vi : i1 to si32
  %vf = warp.isfinite %v : !warp.vec<3xf32>
  %vfi = warp.cast %vf : i1 to si32
  %vii2 = warp.mul %vii, %c2 : si32
  %vfi4 = warp.mul %vfi, %c4 : si32
  %vs = warp.add %vni, %vii2 : si32
  %vcode = warp.add %vs, %vfi4 : si32
  warp.store %vcode, %flags[%i, %c6] : !warp.array<si32, 2>, si32, si32
  warp.return
}
