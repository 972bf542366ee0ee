// transforms.py in the warp dialect.
!T = !warp.transform<f32>
!TD = !warp.transform<f64>
!Q = !warp.quat<f32>
!V3 = !warp.vec<3xf32>
warp.kernel @transforms(%ta: !warp.array<!T, 1>, %tb: !warp.array<!T, 1>,
                        %v: !warp.array<!V3, 1>, %k: !warp.array<si32, 1>,
                        %tout: !warp.array<!T, 2>, %vout: !warp.array<!V3, 2>,
                        %dout: !warp.array<!TD, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %cm1 = warp.constant -1 : si32
  %a = warp.load %ta[%i] : !warp.array<!T, 1>, si32
  %b = warp.load %tb[%i] : !warp.array<!T, 1>, si32
  %x = warp.load %v[%i] : !warp.array<!V3, 1>, si32
  %j = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %ab = warp.mul %a, %b : !T
  warp.store %ab, %tout[%i, %c0] : !warp.array<!T, 2>, si32, si32
  %ba = warp.mul %b, %a : !T
  %id = warp.identity : !T
  %bai = warp.mul %ba, %id : !T
  warp.store %bai, %tout[%i, %c1] : !warp.array<!T, 2>, si32, si32
  %ar = warp.transform_get_rotation %a : !T
  %qi = warp.quat_inverse %ar : !Q
  %ap = warp.transform_get_translation %a : !T
  %rp = warp.quat_rotate %qi, %ap : !Q
  %nrp = warp.neg %rp : !V3
  %inv = warp.transform %nrp, %qi : !T
  warp.store %inv, %tout[%i, %c2] : !warp.array<!T, 2>, si32, si32
  %ainv = warp.mul %a, %inv : !T
  warp.store %ainv, %tout[%i, %c3] : !warp.array<!T, 2>, si32, si32
  %j7 = warp.mod %j, %c7 : si32
  %x1 = warp.extract %x[%c1] : !V3, si32
  %ca = warp.insert %x1 into %b[%j7] : !T, si32
  %cl = warp.extract %ca[%cm1] : !T, si32
  %two = warp.constant 2.000000e+00 : f32
  %cl2 = warp.mul %cl, %two : f32
  %cb = warp.insert %cl2 into %ca[%cm1] : !T, si32
  warp.store %cb, %tout[%i, %c4] : !warp.array<!T, 2>, si32, si32
  %br = warp.transform_get_rotation %b : !T
  %xb = warp.transform %x, %br : !T
  warp.store %xb, %tout[%i, %c5] : !warp.array<!T, 2>, si32, si32
  %p0 = warp.transform_point %a, %x : !T
  warp.store %p0, %vout[%i, %c0] : !warp.array<!V3, 2>, si32, si32
  %p1 = warp.transform_vector %a, %x : !T
  warp.store %p1, %vout[%i, %c1] : !warp.array<!V3, 2>, si32, si32
  %pab = warp.transform_point %ab, %x : !T
  %pb = warp.transform_point %b, %x : !T
  %papb = warp.transform_point %a, %pb : !T
  %p2 = warp.sub %pab, %papb : !V3
  warp.store %p2, %vout[%i, %c2] : !warp.array<!V3, 2>, si32, si32
  %p3 = warp.transform_point %inv, %p0 : !T
  warp.store %p3, %vout[%i, %c3] : !warp.array<!V3, 2>, si32, si32
  %a0 = warp.extract %a[%c0] : !T, si32
  %a3 = warp.extract %a[%c3] : !T, si32
  %a6 = warp.extract %a[%c6] : !T, si32
  %a03 = warp.add %a0, %a3 : f32
  %bj = warp.extract %b[%j7] : !T, si32
  %p4 = warp.vec %a03, %a6, %bj : !V3
  warp.store %p4, %vout[%i, %c4] : !warp.array<!V3, 2>, si32, si32
  // transformd
  %x0 = warp.extract %x[%c0] : !V3, si32
  %x2 = warp.extract %x[%c2] : !V3, si32
  %xd0 = warp.cast %x0 : f32 to f64
  %xd1 = warp.cast %x1 : f32 to f64
  %xd2 = warp.cast %x2 : f32 to f64
  %xd = warp.vec %xd0, %xd1, %xd2 : !warp.vec<3xf64>
  %a4 = warp.extract %a[%c4] : !T, si32
  %a5 = warp.extract %a[%c5] : !T, si32
  %ad3 = warp.cast %a3 : f32 to f64
  %ad4 = warp.cast %a4 : f32 to f64
  %ad5 = warp.cast %a5 : f32 to f64
  %ad6 = warp.cast %a6 : f32 to f64
  %aq = warp.quat %ad3, %ad4, %ad5, %ad6 : !warp.quat<f64>
  %ad = warp.transform %xd, %aq : !TD
  %b0 = warp.extract %b[%c0] : !T, si32
  %b1 = warp.extract %b[%c1] : !T, si32
  %b2 = warp.extract %b[%c2] : !T, si32
  %b3 = warp.extract %b[%c3] : !T, si32
  %b4 = warp.extract %b[%c4] : !T, si32
  %b5 = warp.extract %b[%c5] : !T, si32
  %b6 = warp.extract %b[%c6] : !T, si32
  %bd0 = warp.cast %b0 : f32 to f64
  %bd1 = warp.cast %b1 : f32 to f64
  %bd2 = warp.cast %b2 : f32 to f64
  %bd3 = warp.cast %b3 : f32 to f64
  %bd4 = warp.cast %b4 : f32 to f64
  %bd5 = warp.cast %b5 : f32 to f64
  %bd6 = warp.cast %b6 : f32 to f64
  %bp = warp.vec %bd0, %bd1, %bd2 : !warp.vec<3xf64>
  %bq = warp.quat %bd3, %bd4, %bd5, %bd6 : !warp.quat<f64>
  %bd = warp.transform %bp, %bq : !TD
  %abd = warp.mul %ad, %bd : !TD
  warp.store %abd, %dout[%i] : !warp.array<!TD, 1>, si32
  warp.return
}
