// int_builtins.py in the warp dialect.
!V = !warp.vec<3xsi32>
warp.kernel @int_builtins(%a: !warp.array<si32, 1>, %b: !warp.array<si32, 1>,
                          %c: !warp.array<si32, 1>,
                          %u: !warp.array<ui32, 1>, %l: !warp.array<si64, 1>,
                          %s8: !warp.array<si8, 1>, %u8: !warp.array<ui8, 1>,
                          %ints: !warp.array<si32, 2>, %uints: !warp.array<ui32, 2>,
                          %longs: !warp.array<si64, 2>, %bytes: !warp.array<si32, 2>,
                          %vecs: !warp.array<!V, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %x = warp.load %a[%i] : !warp.array<si32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<si32, 1>, si32
  %z = warp.load %c[%i] : !warp.array<si32, 1>, si32
  // si32
  %i0 = warp.min %x, %y : si32
  warp.store %i0, %ints[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %i1 = warp.max %x, %y : si32
  warp.store %i1, %ints[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %i2 = warp.clamp %x, %y, %z : si32
  warp.store %i2, %ints[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %i3 = warp.abs %x : si32
  warp.store %i3, %ints[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %i4 = warp.sign %x : si32
  warp.store %i4, %ints[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %i5 = warp.step %x : si32
  warp.store %i5, %ints[%i, %c5] : !warp.array<si32, 2>, si32, si32
  %i6 = warp.nonzero %x : si32
  warp.store %i6, %ints[%i, %c6] : !warp.array<si32, 2>, si32, si32
  %xm3 = warp.mod %x, %c3 : si32
  %i7 = warp.where %xm3, %y, %z : si32, si32
  warp.store %i7, %ints[%i, %c7] : !warp.array<si32, 2>, si32, si32
  // ui32
  %p = warp.load %u[%i] : !warp.array<ui32, 1>, si32
  %q = warp.cast %y : si32 to ui32
  %u0 = warp.min %p, %q : ui32
  warp.store %u0, %uints[%i, %c0] : !warp.array<ui32, 2>, si32, si32
  %u1 = warp.max %p, %q : ui32
  warp.store %u1, %uints[%i, %c1] : !warp.array<ui32, 2>, si32, si32
  %ulo = warp.constant 1000 : ui32
  %uhi = warp.constant 3000000000 : ui32
  %u2 = warp.clamp %p, %ulo, %uhi : ui32
  warp.store %u2, %uints[%i, %c2] : !warp.array<ui32, 2>, si32, si32
  %u3 = warp.abs %p : ui32
  warp.store %u3, %uints[%i, %c3] : !warp.array<ui32, 2>, si32, si32
  %u4 = warp.sign %p : ui32
  warp.store %u4, %uints[%i, %c4] : !warp.array<ui32, 2>, si32, si32
  %u5 = warp.nonzero %p : ui32
  warp.store %u5, %uints[%i, %c5] : !warp.array<ui32, 2>, si32, si32
  // si64
  %g = warp.load %l[%i] : !warp.array<si64, 1>, si32
  %yl = warp.cast %y : si32 to si64
  %big = warp.constant 1000000007 : si64
  %h = warp.mul %yl, %big : si64
  %l0 = warp.min %g, %h : si64
  warp.store %l0, %longs[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %l1 = warp.max %g, %h : si64
  warp.store %l1, %longs[%i, %c1] : !warp.array<si64, 2>, si32, si32
  %llo = warp.constant -5000000000 : si64
  %lhi = warp.constant 5000000000 : si64
  %l2 = warp.clamp %g, %llo, %lhi : si64
  warp.store %l2, %longs[%i, %c2] : !warp.array<si64, 2>, si32, si32
  %l3 = warp.nonzero %g : si64
  warp.store %l3, %longs[%i, %c3] : !warp.array<si64, 2>, si32, si32
  %l4 = warp.sign %g : si64
  warp.store %l4, %longs[%i, %c4] : !warp.array<si64, 2>, si32, si32
  %l5 = warp.step %g : si64
  warp.store %l5, %longs[%i, %c5] : !warp.array<si64, 2>, si32, si32
  // si8, ui8
  %e = warp.load %s8[%i] : !warp.array<si8, 1>, si32
  %f = warp.load %u8[%i] : !warp.array<ui8, 1>, si32
  %b0 = warp.step %e : si8
  %b0i = warp.cast %b0 : si8 to si32
  warp.store %b0i, %bytes[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %b1 = warp.sign %e : si8
  %b1i = warp.cast %b1 : si8 to si32
  warp.store %b1i, %bytes[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %m100 = warp.constant -100 : si8
  %b2 = warp.min %e, %m100 : si8
  %b2i = warp.cast %b2 : si8 to si32
  warp.store %b2i, %bytes[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %u200 = warp.constant 200 : ui8
  %b3 = warp.max %f, %u200 : ui8
  %b3i = warp.cast %b3 : ui8 to si32
  warp.store %b3i, %bytes[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %u10 = warp.constant 10 : ui8
  %u100 = warp.constant 100 : ui8
  %b4 = warp.clamp %f, %u10, %u100 : ui8
  %b4i = warp.cast %b4 : ui8 to si32
  warp.store %b4i, %bytes[%i, %c4] : !warp.array<si32, 2>, si32, si32
  // vec3i
  %c1000 = warp.constant 1000 : si32
  %xk = warp.mod %x, %c1000 : si32
  %v = warp.vec %x, %y, %z : !V
  %w = warp.vec %z, %xk, %y : !V
  %v0 = warp.min %v, %w : !V
  warp.store %v0, %vecs[%i, %c0] : !warp.array<!V, 2>, si32, si32
  %v1 = warp.max %v, %w : !V
  warp.store %v1, %vecs[%i, %c1] : !warp.array<!V, 2>, si32, si32
  %v2 = warp.abs %v : !V
  warp.store %v2, %vecs[%i, %c2] : !warp.array<!V, 2>, si32, si32
  %yk = warp.mod %y, %c1000 : si32
  %zk = warp.mod %z, %c1000 : si32
  %sv = warp.vec %xk, %yk, %zk : !V
  %sw = warp.vec %zk, %xk, %yk : !V
  %v3 = warp.cross %sv, %sw : !V
  warp.store %v3, %vecs[%i, %c3] : !warp.array<!V, 2>, si32, si32
  %cm3 = warp.constant -3 : si32
  %divs = warp.vec %c7, %cm3, %c5 : !V
  %v4 = warp.cw_div %v, %divs : !V
  warp.store %v4, %vecs[%i, %c4] : !warp.array<!V, 2>, si32, si32
  %minv = warp.min %v : !V
  %maxw = warp.max %w : !V
  %dot = warp.dot %sv, %sw : !V
  %v5 = warp.vec %minv, %maxw, %dot : !V
  warp.store %v5, %vecs[%i, %c5] : !warp.array<!V, 2>, si32, si32
  %sg = warp.sign %v : !V
  %lsq = warp.length_sq %sw : !V
  %sg0 = warp.extract %sg[%c0] : !V, si32
  %sg1 = warp.extract %sg[%c1] : !V, si32
  %sg2 = warp.extract %sg[%c2] : !V, si32
  %sg01 = warp.add %sg0, %sg1 : si32
  %v6 = warp.vec %lsq, %sg01, %sg2 : !V
  warp.store %v6, %vecs[%i, %c6] : !warp.array<!V, 2>, si32, si32
  warp.return
}
