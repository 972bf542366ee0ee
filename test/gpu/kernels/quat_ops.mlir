// quat_ops.py in the warp dialect.
!Q = !warp.quat<f32>
!QD = !warp.quat<f64>
!D3 = !warp.vec<3xf64>
warp.kernel @quat_ops(%p: !warp.array<!Q, 1>, %q: !warp.array<!Q, 1>,
                      %s: !warp.array<f32, 1>, %k: !warp.array<si32, 1>,
                      %out: !warp.array<!Q, 2>, %outd: !warp.array<!QD, 2>,
                      %vd: !warp.array<!D3, 1>, %scalars: !warp.array<f32, 2>) dims(1) {
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
  %a = warp.load %p[%i] : !warp.array<!Q, 1>, si32
  %b = warp.load %q[%i] : !warp.array<!Q, 1>, si32
  %t = warp.load %s[%i] : !warp.array<f32, 1>, si32
  %j = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %ab = warp.mul %a, %b : !Q
  warp.store %ab, %out[%i, %c0] : !warp.array<!Q, 2>, si32, si32
  %ba = warp.mul %b, %a : !Q
  warp.store %ba, %out[%i, %c1] : !warp.array<!Q, 2>, si32, si32
  %ai = warp.quat_inverse %a : !Q
  %aib = warp.mul %ai, %b : !Q
  warp.store %aib, %out[%i, %c2] : !warp.array<!Q, 2>, si32, si32
  %bt = warp.mul %b, %t : (!Q, f32) -> !Q
  %abt = warp.add %a, %bt : !Q
  %n = warp.normalize %abt : !Q
  warp.store %n, %out[%i, %c3] : !warp.array<!Q, 2>, si32, si32
  %l = warp.lerp %a, %b, %t : !Q
  warp.store %l, %out[%i, %c4] : !warp.array<!Q, 2>, si32, si32
  %at = warp.mul %a, %t : (!Q, f32) -> !Q
  %atb = warp.sub %at, %b : !Q
  warp.store %atb, %out[%i, %c5] : !warp.array<!Q, 2>, si32, si32
  %id = warp.identity : !Q
  %j4 = warp.mod %j, %c4 : si32
  %a3 = warp.extract %a[%c3] : !Q, si32
  %ca = warp.insert %a3 into %id[%j4] : !Q, si32
  %cl = warp.extract %ca[%cm1] : !Q, si32
  %b0 = warp.extract %b[%c0] : !Q, si32
  %clb = warp.add %cl, %b0 : f32
  %cb = warp.insert %clb into %ca[%cm1] : !Q, si32
  warp.store %cb, %out[%i, %c6] : !warp.array<!Q, 2>, si32, si32
  %a0 = warp.extract %a[%c0] : !Q, si32
  %a1 = warp.extract %a[%c1] : !Q, si32
  %a2 = warp.extract %a[%c2] : !Q, si32
  %na2 = warp.neg %a2 : f32
  %na0 = warp.neg %a0 : f32
  %qa = warp.quat %a3, %na2, %a1, %na0 : !Q
  %qai = warp.mul %qa, %id : !Q
  warp.store %qai, %out[%i, %c7] : !warp.array<!Q, 2>, si32, si32
  %dot = warp.dot %a, %b : !Q
  warp.store %dot, %scalars[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %len = warp.length %ab : !Q
  warp.store %len, %scalars[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %lsq = warp.length_sq %b : !Q
  warp.store %lsq, %scalars[%i, %c2] : !warp.array<f32, 2>, si32, si32
  // quatd
  %ad0 = warp.cast %a0 : f32 to f64
  %ad1 = warp.cast %a1 : f32 to f64
  %ad2 = warp.cast %a2 : f32 to f64
  %ad3 = warp.cast %a3 : f32 to f64
  %ad = warp.quat %ad0, %ad1, %ad2, %ad3 : !QD
  %b1 = warp.extract %b[%c1] : !Q, si32
  %b2 = warp.extract %b[%c2] : !Q, si32
  %b3 = warp.extract %b[%c3] : !Q, si32
  %bd0 = warp.cast %b0 : f32 to f64
  %bd1 = warp.cast %b1 : f32 to f64
  %bd2 = warp.cast %b2 : f32 to f64
  %bd3 = warp.cast %b3 : f32 to f64
  %bd = warp.quat %bd0, %bd1, %bd2, %bd3 : !QD
  %abd = warp.mul %ad, %bd : !QD
  warp.store %abd, %outd[%i, %c0] : !warp.array<!QD, 2>, si32, si32
  %adi = warp.quat_inverse %ad : !QD
  %td = warp.cast %t : f32 to f64
  %adit = warp.mul %adi, %td : (!QD, f64) -> !QD
  warp.store %adit, %outd[%i, %c1] : !warp.array<!QD, 2>, si32, si32
  %d1 = warp.constant 1.000000e+00 : f64
  %dm2 = warp.constant -2.000000e+00 : f64
  %rv = warp.vec %d1, %td, %dm2 : !D3
  %rot = warp.quat_rotate %bd, %rv : !QD
  warp.store %rot, %vd[%i] : !warp.array<!D3, 1>, si32
  warp.return
}
