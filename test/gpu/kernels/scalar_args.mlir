// scalar_args.py in the warp dialect.
!V3 = !warp.vec<3xf32>
!V4 = !warp.vec<4xf32>
!M2 = !warp.mat<2x2xf32>
!M3 = !warp.mat<3x3xf32>
!Q = !warp.quat<f32>
!T = !warp.transform<f32>
!D2 = !warp.vec<2xf64>
!I3 = !warp.vec<3xsi32>
warp.kernel @scalar_args(%a: si8, %b: si64, %c: f16, %v: !V3, %d: f64, %e: ui16,
                         %m: !M2, %flag: i1, %q: !Q, %f: ui8, %t: !T, %g: ui64,
                         %h: si16, %m3: !M3, %u: ui32, %w: !V4, %vd: !D2, %vi: !I3,
                         %s: si32, %x: f32,
                         %ints: !warp.array<si64, 1>, %uints: !warp.array<ui64, 1>,
                         %floats: !warp.array<f64, 1>, %vecs: !warp.array<!V4, 2>,
                         %mats: !warp.array<!M3, 2>, %tout: !warp.array<!T, 1>,
                         %dout: !warp.array<!D2, 1>, %iout: !warp.array<!I3, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  // signed
  %i8 = warp.cast %i : si32 to si8
  %ai = warp.add %a, %i8 : si8
  %ai64 = warp.cast %ai : si8 to si64
  warp.store %ai64, %ints[%c0] : !warp.array<si64, 1>, si32
  %il = warp.cast %i : si32 to si64
  %bi = warp.sub %b, %il : si64
  warp.store %bi, %ints[%c1] : !warp.array<si64, 1>, si32
  %h3c = warp.constant 3 : si16
  %h3 = warp.mul %h, %h3c : si16
  %h3l = warp.cast %h3 : si16 to si64
  warp.store %h3l, %ints[%c2] : !warp.array<si64, 1>, si32
  %sl = warp.cast %s : si32 to si64
  %l2 = warp.constant 2 : si64
  %s2 = warp.mul %sl, %l2 : si64
  warp.store %s2, %ints[%c3] : !warp.array<si64, 1>, si32
  %fl = warp.cast %flag : i1 to si64
  %nf = warp.not %flag : i1
  %nfl = warp.cast %nf : i1 to si64
  %l10 = warp.constant 10 : si64
  %nf10 = warp.mul %nfl, %l10 : si64
  %fsum = warp.add %fl, %nf10 : si64
  warp.store %fsum, %ints[%c4] : !warp.array<si64, 1>, si32
  // unsigned
  %u8one = warp.constant 1 : ui8
  %f1 = warp.add %f, %u8one : ui8
  %f1l = warp.cast %f1 : ui8 to ui64
  warp.store %f1l, %uints[%c0] : !warp.array<ui64, 1>, si32
  %u16one = warp.constant 1 : ui16
  %e1 = warp.add %e, %u16one : ui16
  %e1l = warp.cast %e1 : ui16 to ui64
  warp.store %e1l, %uints[%c1] : !warp.array<ui64, 1>, si32
  %u32one = warp.constant 1 : ui32
  %uu1 = warp.add %u, %u32one : ui32
  %uu1l = warp.cast %uu1 : ui32 to ui64
  warp.store %uu1l, %uints[%c2] : !warp.array<ui64, 1>, si32
  %u64one = warp.constant 1 : ui64
  %g1 = warp.add %g, %u64one : ui64
  warp.store %g1, %uints[%c3] : !warp.array<ui64, 1>, si32
  // floats
  %h2 = warp.constant 2.0 : f16
  %c2h = warp.mul %c, %h2 : f16
  %c2d = warp.cast %c2h : f16 to f64
  warp.store %c2d, %floats[%c0] : !warp.array<f64, 1>, si32
  %three = warp.constant 3.000000e+00 : f32
  %x3 = warp.mul %x, %three : f32
  %x3d = warp.cast %x3 : f32 to f64
  warp.store %x3d, %floats[%c1] : !warp.array<f64, 1>, si32
  %d3c = warp.constant 3.000000e+00 : f64
  %d3 = warp.div %d, %d3c : f64
  warp.store %d3, %floats[%c2] : !warp.array<f64, 1>, si32
  // composites
  %v0 = warp.extract %v[%c0] : !V3, si32
  %v1 = warp.extract %v[%c1] : !V3, si32
  %v2 = warp.extract %v[%c2] : !V3, si32
  %vx = warp.vec %v0, %v1, %v2, %x : !V4
  warp.store %vx, %vecs[%c0, %c0] : !warp.array<!V4, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %w2 = warp.mul %w, %two : (!V4, f32) -> !V4
  warp.store %w2, %vecs[%c0, %c1] : !warp.array<!V4, 2>, si32, si32
  %q0 = warp.extract %q[%c0] : !Q, si32
  %q1 = warp.extract %q[%c1] : !Q, si32
  %q2 = warp.extract %q[%c2] : !Q, si32
  %q3 = warp.extract %q[%c3] : !Q, si32
  %qv = warp.vec %q0, %q1, %q2, %q3 : !V4
  warp.store %qv, %vecs[%c0, %c2] : !warp.array<!V4, 2>, si32, si32
  %m00 = warp.extract %m[%c0, %c0] : !M2, si32, si32
  %m01 = warp.extract %m[%c0, %c1] : !M2, si32, si32
  %m10 = warp.extract %m[%c1, %c0] : !M2, si32, si32
  %m11 = warp.extract %m[%c1, %c1] : !M2, si32, si32
  %mv = warp.vec %m00, %m01, %m10, %m11 : !V4
  warp.store %mv, %vecs[%c0, %c3] : !warp.array<!V4, 2>, si32, si32
  warp.store %m3, %mats[%c0, %c0] : !warp.array<!M3, 2>, si32, si32
  %m3t = warp.transpose %m3 : !M3
  %m3m = warp.mul %m3, %m3t : !M3
  warp.store %m3m, %mats[%c0, %c1] : !warp.array<!M3, 2>, si32, si32
  warp.store %t, %tout[%c0] : !warp.array<!T, 1>, si32
  %tt = warp.mul %t, %t : !T
  warp.store %tt, %tout[%c1] : !warp.array<!T, 1>, si32
  %dhalf = warp.constant 5.000000e-01 : f64
  %vdh = warp.mul %vd, %dhalf : (!D2, f64) -> !D2
  warp.store %vdh, %dout[%c0] : !warp.array<!D2, 1>, si32
  %inc = warp.vec %c1, %c2, %c3 : !I3
  %vi1 = warp.add %vi, %inc : !I3
  warp.store %vi1, %iout[%c0] : !warp.array<!I3, 1>, si32
  warp.return
}
