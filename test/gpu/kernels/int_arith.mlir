// int_arith.py in the warp dialect.
warp.kernel @int_arith(%a: !warp.array<si32, 1>, %b: !warp.array<si32, 1>,
                       %out: !warp.array<si32, 2>,
                       %wide: !warp.array<si64, 2>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<si32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<si32, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %q = warp.floordiv %x, %y : si32
  warp.store %q, %out[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %r = warp.mod %x, %y : si32
  warp.store %r, %out[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %xy = warp.mul %x, %y : si32
  %d = warp.sub %xy, %x : si32
  %s = warp.add %d, %y : si32
  warp.store %s, %out[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %n = warp.neg %x : si32
  warp.store %n, %out[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %k12345 = warp.constant 12345 : si32
  %and = warp.bit_and %x, %y : si32
  %or = warp.bit_or %x, %k12345 : si32
  %xor = warp.bit_xor %and, %or : si32
  warp.store %xor, %out[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %shr = warp.shr %x, %c3 : si32
  warp.store %shr, %out[%i, %c5] : !warp.array<si32, 2>, si32, si32
  %kffff = warp.constant 65535 : si32
  %low = warp.bit_and %x, %kffff : si32
  %shl = warp.shl %low, %c7 : si32
  warp.store %shl, %out[%i, %c6] : !warp.array<si32, 2>, si32, si32
  %not = warp.bit_not %y : si32
  warp.store %not, %out[%i, %c7] : !warp.array<si32, 2>, si32, si32
  %xw = warp.cast %x : si32 to si64
  %big = warp.constant 1000003 : si64
  %xl = warp.mul %xw, %big : si64
  %yl = warp.cast %y : si32 to si64
  %ql = warp.floordiv %xl, %yl : si64
  warp.store %ql, %wide[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %rl = warp.mod %xl, %yl : si64
  warp.store %rl, %wide[%i, %c1] : !warp.array<si64, 2>, si32, si32
  warp.return
}
