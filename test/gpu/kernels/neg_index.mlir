// neg_index.py in the warp dialect.
warp.kernel @neg_index(%a: !warp.array<f32, 1>, %m: !warp.array<si32, 2>,
                       %rev: !warp.array<f32, 1>, %out: !warp.array<si32, 2>,
                       %tail: !warp.array<si32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %cm1 = warp.constant -1 : si32
  %cm2 = warp.constant -2 : si32
  %i1 = warp.add %i, %c1 : si32
  %ri = warp.neg %i1 : si32
  %ai = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %alast = warp.load %a[%cm1] : !warp.array<f32, 1>, si32
  %s = warp.add %ai, %alast : f32
  warp.store %s, %rev[%ri] : !warp.array<f32, 1>, si32
  %i5 = warp.mod %i, %c5 : si32
  %ni5 = warp.neg %i5 : si32
  %col = warp.sub %ni5, %c1 : si32
  %m0 = warp.load %m[%cm1, %col] : !warp.array<si32, 2>, si32, si32
  warp.store %m0, %out[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %i4 = warp.mod %i, %c4 : si32
  %ni4 = warp.neg %i4 : si32
  %row = warp.sub %ni4, %c1 : si32
  %m1 = warp.load %m[%row, %i5] : !warp.array<si32, 2>, si32, si32
  warp.store %m1, %out[%i, %c1] : !warp.array<si32, 2>, si32, si32
  warp.store %i, %out[%ri, %c2] : !warp.array<si32, 2>, si32, si32
  %t0 = warp.atomic add %tail[%cm1], %c1 : !warp.array<si32, 1>, si32
  %i3 = warp.mod %i, %c3 : si32
  %slot = warp.sub %cm2, %i3 : si32
  %t1 = warp.atomic add %tail[%slot], %i : !warp.array<si32, 1>, si32
  warp.return
}
