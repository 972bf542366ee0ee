// small_int.py in the warp dialect.
warp.kernel @small_int(%a8: !warp.array<si8, 1>, %b8: !warp.array<si8, 1>,
                       %a16: !warp.array<si16, 1>, %b16: !warp.array<si16, 1>,
                       %w: !warp.array<si32, 1>,
                       %o8: !warp.array<si8, 2>, %o16: !warp.array<si16, 2>,
                       %narrow: !warp.array<si32, 2>) dims(1) {
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
  // si8
  %x8 = warp.load %a8[%i] : !warp.array<si8, 1>, si32
  %y8 = warp.load %b8[%i] : !warp.array<si8, 1>, si32
  %add8 = warp.add %x8, %y8 : si8
  warp.store %add8, %o8[%i, %c0] : !warp.array<si8, 2>, si32, si32
  %sub8 = warp.sub %x8, %y8 : si8
  warp.store %sub8, %o8[%i, %c1] : !warp.array<si8, 2>, si32, si32
  %mul8 = warp.mul %x8, %y8 : si8
  warp.store %mul8, %o8[%i, %c2] : !warp.array<si8, 2>, si32, si32
  %floordiv8 = warp.floordiv %x8, %y8 : si8
  warp.store %floordiv8, %o8[%i, %c3] : !warp.array<si8, 2>, si32, si32
  %mod8 = warp.mod %x8, %y8 : si8
  warp.store %mod8, %o8[%i, %c4] : !warp.array<si8, 2>, si32, si32
  %div8 = warp.div %x8, %y8 : si8
  warp.store %div8, %o8[%i, %c5] : !warp.array<si8, 2>, si32, si32
  %mask8 = warp.constant 15 : si8
  %sh8 = warp.bit_and %y8, %mask8 : si8
  %shr8 = warp.shr %x8, %sh8 : si8
  warp.store %shr8, %o8[%i, %c6] : !warp.array<si8, 2>, si32, si32
  %shl8 = warp.shl %x8, %sh8 : si8
  warp.store %shl8, %o8[%i, %c7] : !warp.array<si8, 2>, si32, si32
  %neg8 = warp.neg %x8 : si8
  warp.store %neg8, %o8[%i, %c8] : !warp.array<si8, 2>, si32, si32
  %not8 = warp.bit_not %x8 : si8
  warp.store %not8, %o8[%i, %c9] : !warp.array<si8, 2>, si32, si32
  %lt8 = warp.cmp lt, %x8, %y8 : si8
  %lt8i = warp.cast %lt8 : i1 to si32
  %lt8n = warp.cast %lt8i : si32 to si8
  %m3_8 = warp.constant -3 : si8
  %ge8 = warp.cmp ge, %x8, %m3_8 : si8
  %ge8i = warp.cast %ge8 : i1 to si32
  %ge8n = warp.cast %ge8i : si32 to si8
  %two8 = warp.constant 2 : si8
  %ge82 = warp.mul %ge8n, %two8 : si8
  %flag8 = warp.add %lt8n, %ge82 : si8
  warp.store %flag8, %o8[%i, %c10] : !warp.array<si8, 2>, si32, si32
  // si16
  %x16 = warp.load %a16[%i] : !warp.array<si16, 1>, si32
  %y16 = warp.load %b16[%i] : !warp.array<si16, 1>, si32
  %add16 = warp.add %x16, %y16 : si16
  warp.store %add16, %o16[%i, %c0] : !warp.array<si16, 2>, si32, si32
  %sub16 = warp.sub %x16, %y16 : si16
  warp.store %sub16, %o16[%i, %c1] : !warp.array<si16, 2>, si32, si32
  %mul16 = warp.mul %x16, %y16 : si16
  warp.store %mul16, %o16[%i, %c2] : !warp.array<si16, 2>, si32, si32
  %floordiv16 = warp.floordiv %x16, %y16 : si16
  warp.store %floordiv16, %o16[%i, %c3] : !warp.array<si16, 2>, si32, si32
  %mod16 = warp.mod %x16, %y16 : si16
  warp.store %mod16, %o16[%i, %c4] : !warp.array<si16, 2>, si32, si32
  %div16 = warp.div %x16, %y16 : si16
  warp.store %div16, %o16[%i, %c5] : !warp.array<si16, 2>, si32, si32
  %mask16 = warp.constant 15 : si16
  %sh16 = warp.bit_and %y16, %mask16 : si16
  %shr16 = warp.shr %x16, %sh16 : si16
  warp.store %shr16, %o16[%i, %c6] : !warp.array<si16, 2>, si32, si32
  %shl16 = warp.shl %x16, %sh16 : si16
  warp.store %shl16, %o16[%i, %c7] : !warp.array<si16, 2>, si32, si32
  %neg16 = warp.neg %x16 : si16
  warp.store %neg16, %o16[%i, %c8] : !warp.array<si16, 2>, si32, si32
  %not16 = warp.bit_not %x16 : si16
  warp.store %not16, %o16[%i, %c9] : !warp.array<si16, 2>, si32, si32
  %lt16 = warp.cmp lt, %x16, %y16 : si16
  %lt16i = warp.cast %lt16 : i1 to si32
  %lt16n = warp.cast %lt16i : si32 to si16
  %m3_16 = warp.constant -3 : si16
  %ge16 = warp.cmp ge, %x16, %m3_16 : si16
  %ge16i = warp.cast %ge16 : i1 to si32
  %ge16n = warp.cast %ge16i : si32 to si16
  %two16 = warp.constant 2 : si16
  %ge162 = warp.mul %ge16n, %two16 : si16
  %flag16 = warp.add %lt16n, %ge162 : si16
  warp.store %flag16, %o16[%i, %c10] : !warp.array<si16, 2>, si32, si32
  // narrowing
  %k = warp.load %w[%i] : !warp.array<si32, 1>, si32
  %n0 = warp.cast %k : si32 to si8
  %n0i = warp.cast %n0 : si8 to si32
  warp.store %n0i, %narrow[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %n1 = warp.cast %k : si32 to si16
  %n1i = warp.cast %n1 : si16 to si32
  warp.store %n1i, %narrow[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %n2 = warp.cast %x16 : si16 to si8
  %n2i = warp.cast %n2 : si8 to si32
  warp.store %n2i, %narrow[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %n3 = warp.cast %x8 : si8 to si16
  %n3i = warp.cast %n3 : si16 to si32
  warp.store %n3i, %narrow[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %n4 = warp.cast %x8 : si8 to ui16
  %n4i = warp.cast %n4 : ui16 to si32
  warp.store %n4i, %narrow[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %n5 = warp.cast %x16 : si16 to ui8
  %n5i = warp.cast %n5 : ui8 to si32
  warp.store %n5i, %narrow[%i, %c5] : !warp.array<si32, 2>, si32, si32
  %x8i = warp.cast %x8 : si8 to si32
  %x16i = warp.cast %x16 : si16 to si32
  %prod = warp.mul %x8i, %x16i : si32
  warp.store %prod, %narrow[%i, %c6] : !warp.array<si32, 2>, si32, si32
  warp.return
}
