// vec_ops.py in the warp dialect.
!V4 = !warp.vec<4xf32>
!V2 = !warp.vec<2xf32>
!V3 = !warp.vec<3xf32>
!D3 = !warp.vec<3xf64>
warp.kernel @vec_ops(%a: !warp.array<!V4, 1>, %b: !warp.array<!V4, 1>,
                     %p: !warp.array<!V2, 1>, %k: !warp.array<si32, 1>,
                     %v4: !warp.array<!V4, 2>, %v2: !warp.array<!V2, 2>,
                     %vd: !warp.array<!D3, 2>, %scalars: !warp.array<f32, 2>) dims(1) {
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
  %cm2 = warp.constant -2 : si32
  %u = warp.load %a[%i] : !warp.array<!V4, 1>, si32
  %v = warp.load %b[%i] : !warp.array<!V4, 1>, si32
  %q = warp.load %p[%i] : !warp.array<!V2, 1>, si32
  %j = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %half = warp.constant 5.000000e-01 : f32
  %vh = warp.mul %v, %half : (!V4, f32) -> !V4
  %r0 = warp.add %u, %vh : !V4
  warp.store %r0, %v4[%i, %c0] : !warp.array<!V4, 2>, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %three = warp.constant 3.000000e+00 : f32
  %u2 = warp.mul %two, %u : (f32, !V4) -> !V4
  %v3 = warp.div %v, %three : (!V4, f32) -> !V4
  %r1 = warp.sub %u2, %v3 : !V4
  warp.store %r1, %v4[%i, %c1] : !warp.array<!V4, 2>, si32, si32
  %r2 = warp.normalize %u : !V4
  warp.store %r2, %v4[%i, %c2] : !warp.array<!V4, 2>, si32, si32
  %r3 = warp.cw_div %u, %v : !V4
  warp.store %r3, %v4[%i, %c3] : !warp.array<!V4, 2>, si32, si32
  %mn = warp.min %u, %v : !V4
  %mx = warp.max %u, %v : !V4
  %av = warp.abs %v : !V4
  %av1 = warp.extract %av[%c1] : !V4, si32
  %mxa = warp.mul %mx, %av1 : (!V4, f32) -> !V4
  %r4 = warp.add %mn, %mxa : !V4
  warp.store %r4, %v4[%i, %c4] : !warp.array<!V4, 2>, si32, si32
  %quarter = warp.constant 2.500000e-01 : f32
  %r5 = warp.lerp %u, %v, %quarter : !V4
  warp.store %r5, %v4[%i, %c5] : !warp.array<!V4, 2>, si32, si32
  %vv3 = warp.extract %v[%c3] : !V4, si32
  %w1 = warp.insert %vv3 into %u[%c1] : !V4, si32
  %j4 = warp.mod %j, %c4 : si32
  %hundred = warp.constant 1.000000e+02 : f32
  %w2 = warp.insert %hundred into %w1[%j4] : !V4, si32
  %wl = warp.extract %w2[%cm1] : !V4, si32
  %vm2 = warp.extract %v[%cm2] : !V4, si32
  %wls = warp.add %wl, %vm2 : f32
  %w = warp.insert %wls into %w2[%cm1] : !V4, si32
  warp.store %w, %v4[%i, %c6] : !warp.array<!V4, 2>, si32, si32
  %q0 = warp.extract %q[%c0] : !V2, si32
  %q1 = warp.extract %q[%c1] : !V2, si32
  %fill = warp.vec %q0 : !V4
  %one = warp.constant 1.000000e+00 : f32
  %uj = warp.extract %u[%j4] : !V4, si32
  %nq0 = warp.neg %q0 : f32
  %built = warp.vec %one, %q1, %uj, %nq0 : !V4
  %r7 = warp.add %fill, %built : !V4
  warp.store %r7, %v4[%i, %c7] : !warp.array<!V4, 2>, si32, si32
  // vec2
  %qq = warp.mul %q, %q1 : (!V2, f32) -> !V2
  %u0 = warp.extract %u[%c0] : !V4, si32
  %u1 = warp.extract %u[%c1] : !V4, si32
  %uv = warp.vec %u0, %u1 : !V2
  %cw = warp.cw_mul %q, %uv : !V2
  %s0 = warp.sub %qq, %cw : !V2
  warp.store %s0, %v2[%i, %c0] : !warp.array<!V2, 2>, si32, si32
  %s1 = warp.normalize %q : !V2
  warp.store %s1, %v2[%i, %c1] : !warp.array<!V2, 2>, si32, si32
  %lq = warp.length %q : !V2
  %ra = warp.insert %lq into %q[%c0] : !V2, si32
  %j2 = warp.mod %j, %c2 : si32
  %rj = warp.extract %ra[%j2] : !V2, si32
  %rj3 = warp.mul %rj, %three : f32
  %rb = warp.insert %rj3 into %ra[%j2] : !V2, si32
  warp.store %rb, %v2[%i, %c2] : !warp.array<!V2, 2>, si32, si32
  // scalars
  %d0 = warp.dot %u, %v : !V4
  warp.store %d0, %scalars[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %d1 = warp.length %u : !V4
  warp.store %d1, %scalars[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %d2 = warp.length_sq %v : !V4
  warp.store %d2, %scalars[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %minu = warp.min %u : !V4
  %maxv = warp.max %v : !V4
  %d3 = warp.add %minu, %maxv : f32
  warp.store %d3, %scalars[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %v2e = warp.extract %v[%c2] : !V4, si32
  %v0e = warp.extract %v[%c0] : !V4, si32
  %q2 = warp.vec %v2e, %v0e : !V2
  %d4 = warp.dot %q, %q2 : !V2
  warp.store %d4, %scalars[%i, %c4] : !warp.array<f32, 2>, si32, si32
  warp.store %lq, %scalars[%i, %c5] : !warp.array<f32, 2>, si32, si32
  %equw = warp.cmp eq, %u, %w : !V4
  %equwf = warp.cast %equw : i1 to f32
  %eqqq = warp.cmp eq, %q, %q : !V2
  %eqqqf = warp.cast %eqqq : i1 to f32
  %eqqq2 = warp.mul %eqqqf, %two : f32
  %d6 = warp.add %equwf, %eqqq2 : f32
  warp.store %d6, %scalars[%i, %c6] : !warp.array<f32, 2>, si32, si32
  // vec3d
  %u2e = warp.extract %u[%c2] : !V4, si32
  %x = warp.vec %u0, %u1, %u2e : !V3
  %xd = warp.cast %x : !V3 to !D3
  %v1e = warp.extract %v[%c1] : !V4, si32
  %y0 = warp.cast %v0e : f32 to f64
  %y1 = warp.cast %v1e : f32 to f64
  %y2 = warp.cast %v2e : f32 to f64
  %yd = warp.vec %y0, %y1, %y2 : !D3
  %tenth = warp.constant 1.000000e-01 : f64
  %xdt = warp.mul %xd, %tenth : (!D3, f64) -> !D3
  %e0 = warp.add %xdt, %yd : !D3
  warp.store %e0, %vd[%i, %c0] : !warp.array<!D3, 2>, si32, si32
  %e1 = warp.cross %xd, %yd : !D3
  warp.store %e1, %vd[%i, %c1] : !warp.array<!D3, 2>, si32, si32
  %e2 = warp.normalize %xd : !D3
  warp.store %e2, %vd[%i, %c2] : !warp.array<!D3, 2>, si32, si32
  warp.return
}
