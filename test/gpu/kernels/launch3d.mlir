// launch3d.py in the warp dialect.
warp.kernel @launch3d(%src: !warp.array<si32, 3>, %dst: !warp.array<si32, 3>,
                      %order: !warp.array<si32, 1>) dims(3) {
  %i, %j, %k = warp.tid
  %s = warp.load %src[%i, %j, %k] : !warp.array<si32, 3>, si32, si32, si32
  %c10000 = warp.constant 10000 : si32
  %c100 = warp.constant 100 : si32
  %a = warp.mul %i, %c10000 : si32
  %b = warp.mul %j, %c100 : si32
  %t0 = warp.add %s, %a : si32
  %t1 = warp.add %t0, %b : si32
  %t2 = warp.add %t1, %k : si32
  warp.store %t2, %dst[%i, %j, %k] : !warp.array<si32, 3>, si32, si32, si32
  %n1 = warp.shape %dst[1] : !warp.array<si32, 3>
  %n2 = warp.shape %dst[2] : !warp.array<si32, 3>
  %l0 = warp.mul %i, %n1 : si32
  %l1 = warp.add %l0, %j : si32
  %l2 = warp.mul %l1, %n2 : si32
  %lin = warp.add %l2, %k : si32
  %jk = warp.mul %j, %k : si32
  %v = warp.sub %i, %jk : si32
  warp.store %v, %order[%lin] : !warp.array<si32, 1>, si32
  warp.return
}
