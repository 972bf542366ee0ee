// mat_ops.py in the warp dialect.
!M2 = !warp.mat<2x2xf32>
!M3 = !warp.mat<3x3xf32>
!M4 = !warp.mat<4x4xf32>
!V2 = !warp.vec<2xf32>
!V3 = !warp.vec<3xf32>
!V4 = !warp.vec<4xf32>
warp.kernel @mat_ops(%m2: !warp.array<!M2, 1>, %m4: !warp.array<!M4, 1>,
                     %v: !warp.array<!V4, 1>, %k: !warp.array<si32, 1>,
                     %o2: !warp.array<!M2, 2>, %o4: !warp.array<!M4, 2>,
                     %o3: !warp.array<!M3, 2>, %vecs: !warp.array<!V4, 2>,
                     %scalars: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %cm1 = warp.constant -1 : si32
  %a = warp.load %m2[%i] : !warp.array<!M2, 1>, si32
  %b = warp.load %m4[%i] : !warp.array<!M4, 1>, si32
  %x = warp.load %v[%i] : !warp.array<!V4, 1>, si32
  %j = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %x0 = warp.extract %x[%c0] : !V4, si32
  %x1 = warp.extract %x[%c1] : !V4, si32
  %x2s = warp.extract %x[%c2] : !V4, si32
  %x3s = warp.extract %x[%c3] : !V4, si32
  %x2 = warp.vec %x0, %x1 : !V2
  %x3 = warp.vec %x0, %x1, %x2s : !V3
  // mat22
  %at = warp.transpose %a : !M2
  %aat = warp.mul %a, %at : !M2
  %r0 = warp.add %aat, %a : !M2
  warp.store %r0, %o2[%i, %c0] : !warp.array<!M2, 2>, si32, si32
  %r1 = warp.inverse %a : !M2
  warp.store %r1, %o2[%i, %c1] : !warp.array<!M2, 2>, si32, si32
  %w32 = warp.vec %x3s, %x2s : !V2
  %r2 = warp.outer %x2, %w32 : !V2, !V2 -> !M2
  warp.store %r2, %o2[%i, %c2] : !warp.array<!M2, 2>, si32, si32
  %mx = warp.mat %x0, %x1, %x2s, %x3s : !M2
  %half = warp.constant 5.000000e-01 : f32
  %mxh = warp.mul %mx, %half : (!M2, f32) -> !M2
  %dg = warp.diag %x2 : !V2
  %r3 = warp.sub %mxh, %dg : !M2
  warp.store %r3, %o2[%i, %c3] : !warp.array<!M2, 2>, si32, si32
  %ca = warp.insert %x3s into %a[%c0, %c1] : !M2, si32, si32
  %j2 = warp.mod %j, %c2 : si32
  %nx0 = warp.neg %x0 : f32
  %row = warp.vec %x2s, %nx0 : !V2
  %cb = warp.insert %row into %ca[%j2] : !M2, si32
  %cll = warp.extract %cb[%cm1, %cm1] : !M2, si32, si32
  %one = warp.constant 1.000000e+00 : f32
  %cll1 = warp.add %cll, %one : f32
  %cc = warp.insert %cll1 into %cb[%cm1, %cm1] : !M2, si32, si32
  warp.store %cc, %o2[%i, %c4] : !warp.array<!M2, 2>, si32, si32
  // mat44
  %bt = warp.transpose %b : !M4
  %bbt = warp.mul %b, %bt : !M4
  warp.store %bbt, %o4[%i, %c0] : !warp.array<!M4, 2>, si32, si32
  %binv = warp.inverse %b : !M4
  warp.store %binv, %o4[%i, %c1] : !warp.array<!M4, 2>, si32, si32
  %j4 = warp.mod %j, %c4 : si32
  %brow = warp.extract %b[%j4] : !M4, si32
  %out4 = warp.outer %x, %brow : !V4, !V4 -> !M4
  warp.store %out4, %o4[%i, %c2] : !warp.array<!M4, 2>, si32, si32
  %id4 = warp.identity : !M4
  %idb = warp.add %id4, %b : !M4
  %cwm = warp.cw_mul %b, %idb : !M4
  warp.store %cwm, %o4[%i, %c3] : !warp.array<!M4, 2>, si32, si32
  %seven = warp.constant 7.000000e+00 : f32
  %m1j = warp.sub %cm1, %j4 : si32
  %ea = warp.insert %seven into %b[%j4, %m1j] : !M4, si32, si32
  %eb = warp.insert %x into %ea[%c2] : !M4, si32
  warp.store %eb, %o4[%i, %c4] : !warp.array<!M4, 2>, si32, si32
  // mat33
  %sk = warp.skew %x3 : !V3
  warp.store %sk, %o3[%i, %c0] : !warp.array<!M3, 2>, si32, si32
  %rv = warp.vec %x3s, %x2s, %x1 : !V3
  %two = warp.constant 2.000000e+00 : f32
  %x3d = warp.mul %x3, %two : (!V3, f32) -> !V3
  %fr = warp.matrix_from_rows %x3, %rv, %x3d : !M3
  warp.store %fr, %o3[%i, %c1] : !warp.array<!M3, 2>, si32, si32
  %fc = warp.matrix_from_cols %x3, %rv, %x3d : !M3
  warp.store %fc, %o3[%i, %c2] : !warp.array<!M3, 2>, si32, si32
  %ra = warp.vec %x3s, %x0, %x1 : !V3
  %rb = warp.vec %one, %x1, %x3s : !V3
  %m3 = warp.matrix_from_rows %x3, %ra, %rb : !M3
  %m3i = warp.inverse %m3 : !M3
  warp.store %m3i, %o3[%i, %c3] : !warp.array<!M3, 2>, si32, si32
  // vectors
  %bx = warp.mul %b, %x : (!M4, !V4) -> !V4
  warp.store %bx, %vecs[%i, %c0] : !warp.array<!V4, 2>, si32, si32
  %xb = warp.mul %x, %b : (!V4, !M4) -> !V4
  warp.store %xb, %vecs[%i, %c1] : !warp.array<!V4, 2>, si32, si32
  %b1 = warp.extract %b[%c1] : !M4, si32
  %bl = warp.extract %b[%cm1] : !M4, si32
  %b1l = warp.add %b1, %bl : !V4
  warp.store %b1l, %vecs[%i, %c2] : !warp.array<!V4, 2>, si32, si32
  %p = warp.transform_point %b, %x3 : !M4
  %q = warp.transform_vector %b, %x3 : !M4
  %p0 = warp.extract %p[%c0] : !V3, si32
  %p1 = warp.extract %p[%c1] : !V3, si32
  %q0 = warp.extract %q[%c0] : !V3, si32
  %q2 = warp.extract %q[%c2] : !V3, si32
  %pq = warp.vec %p0, %p1, %q0, %q2 : !V4
  warp.store %pq, %vecs[%i, %c3] : !warp.array<!V4, 2>, si32, si32
  %y = warp.mul %a, %x2 : (!M2, !V2) -> !V2
  %y0 = warp.extract %y[%c0] : !V2, si32
  %y1 = warp.extract %y[%c1] : !V2, si32
  %xa = warp.mul %x2, %a : (!V2, !M2) -> !V2
  %xa0 = warp.extract %xa[%c0] : !V2, si32
  %a1 = warp.extract %a[%c1] : !M2, si32
  %a10 = warp.extract %a1[%c0] : !V2, si32
  %yy = warp.vec %y0, %y1, %xa0, %a10 : !V4
  warp.store %yy, %vecs[%i, %c4] : !warp.array<!V4, 2>, si32, si32
  // scalars
  %da = warp.determinant %a : !M2
  warp.store %da, %scalars[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %db = warp.determinant %b : !M4
  warp.store %db, %scalars[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %tb = warp.trace %b : !M4
  warp.store %tb, %scalars[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %bj2 = warp.extract %b[%j4, %c2] : !M4, si32, si32
  %a10b = warp.extract %a[%c1, %c0] : !M2, si32, si32
  %s3 = warp.sub %bj2, %a10b : f32
  warp.store %s3, %scalars[%i, %c3] : !warp.array<f32, 2>, si32, si32
  warp.return
}
