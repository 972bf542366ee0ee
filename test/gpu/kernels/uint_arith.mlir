// uint_arith.py in the warp dialect.
warp.kernel @uint_arith(%a8: !warp.array<ui8, 1>, %b8: !warp.array<ui8, 1>,
                        %a16: !warp.array<ui16, 1>, %b16: !warp.array<ui16, 1>,
                        %a32: !warp.array<ui32, 1>, %b32: !warp.array<ui32, 1>,
                        %a64: !warp.array<ui64, 1>, %b64: !warp.array<ui64, 1>,
                        %o8: !warp.array<ui8, 2>, %o16: !warp.array<ui16, 2>,
                        %o32: !warp.array<ui32, 2>, %o64: !warp.array<ui64, 2>,
                        %flags: !warp.array<si32, 2>) dims(1) {
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
  %c11 = warp.constant 11 : si32
  %c12 = warp.constant 12 : si32
  %c13 = warp.constant 13 : si32
  %c14 = warp.constant 14 : si32
  %c15 = warp.constant 15 : si32
  // ui8
  %x8 = warp.load %a8[%i] : !warp.array<ui8, 1>, si32
  %y8 = warp.load %b8[%i] : !warp.array<ui8, 1>, si32
  %add8 = warp.add %x8, %y8 : ui8
  warp.store %add8, %o8[%i, %c0] : !warp.array<ui8, 2>, si32, si32
  %sub8 = warp.sub %x8, %y8 : ui8
  warp.store %sub8, %o8[%i, %c1] : !warp.array<ui8, 2>, si32, si32
  %mul8 = warp.mul %x8, %y8 : ui8
  warp.store %mul8, %o8[%i, %c2] : !warp.array<ui8, 2>, si32, si32
  %floordiv8 = warp.floordiv %x8, %y8 : ui8
  warp.store %floordiv8, %o8[%i, %c3] : !warp.array<ui8, 2>, si32, si32
  %mod8 = warp.mod %x8, %y8 : ui8
  warp.store %mod8, %o8[%i, %c4] : !warp.array<ui8, 2>, si32, si32
  %mask8 = warp.constant 15 : ui8
  %sh8 = warp.bit_and %y8, %mask8 : ui8
  %shr8 = warp.shr %x8, %sh8 : ui8
  warp.store %shr8, %o8[%i, %c5] : !warp.array<ui8, 2>, si32, si32
  %shl8 = warp.shl %x8, %sh8 : ui8
  warp.store %shl8, %o8[%i, %c6] : !warp.array<ui8, 2>, si32, si32
  %neg8 = warp.neg %x8 : ui8
  warp.store %neg8, %o8[%i, %c7] : !warp.array<ui8, 2>, si32, si32
  %div8 = warp.div %x8, %y8 : ui8
  warp.store %div8, %o8[%i, %c8] : !warp.array<ui8, 2>, si32, si32
  %not8 = warp.bit_not %x8 : ui8
  warp.store %not8, %o8[%i, %c9] : !warp.array<ui8, 2>, si32, si32
  %lt8 = warp.cmp lt, %x8, %y8 : ui8
  %lt8i = warp.cast %lt8 : i1 to si32
  warp.store %lt8i, %flags[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %ge8 = warp.cmp ge, %x8, %y8 : ui8
  %ge8i = warp.cast %ge8 : i1 to si32
  warp.store %ge8i, %flags[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %eq8 = warp.cmp eq, %x8, %y8 : ui8
  %eq8i = warp.cast %eq8 : i1 to si32
  warp.store %eq8i, %flags[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %top8 = warp.constant 127 : ui8
  %gt8 = warp.cmp gt, %x8, %top8 : ui8
  %gt8i = warp.cast %gt8 : i1 to si32
  warp.store %gt8i, %flags[%i, %c3] : !warp.array<si32, 2>, si32, si32
  // ui16
  %x16 = warp.load %a16[%i] : !warp.array<ui16, 1>, si32
  %y16 = warp.load %b16[%i] : !warp.array<ui16, 1>, si32
  %add16 = warp.add %x16, %y16 : ui16
  warp.store %add16, %o16[%i, %c0] : !warp.array<ui16, 2>, si32, si32
  %sub16 = warp.sub %x16, %y16 : ui16
  warp.store %sub16, %o16[%i, %c1] : !warp.array<ui16, 2>, si32, si32
  %mul16 = warp.mul %x16, %y16 : ui16
  warp.store %mul16, %o16[%i, %c2] : !warp.array<ui16, 2>, si32, si32
  %floordiv16 = warp.floordiv %x16, %y16 : ui16
  warp.store %floordiv16, %o16[%i, %c3] : !warp.array<ui16, 2>, si32, si32
  %mod16 = warp.mod %x16, %y16 : ui16
  warp.store %mod16, %o16[%i, %c4] : !warp.array<ui16, 2>, si32, si32
  %mask16 = warp.constant 15 : ui16
  %sh16 = warp.bit_and %y16, %mask16 : ui16
  %shr16 = warp.shr %x16, %sh16 : ui16
  warp.store %shr16, %o16[%i, %c5] : !warp.array<ui16, 2>, si32, si32
  %shl16 = warp.shl %x16, %sh16 : ui16
  warp.store %shl16, %o16[%i, %c6] : !warp.array<ui16, 2>, si32, si32
  %neg16 = warp.neg %x16 : ui16
  warp.store %neg16, %o16[%i, %c7] : !warp.array<ui16, 2>, si32, si32
  %div16 = warp.div %x16, %y16 : ui16
  warp.store %div16, %o16[%i, %c8] : !warp.array<ui16, 2>, si32, si32
  %not16 = warp.bit_not %x16 : ui16
  warp.store %not16, %o16[%i, %c9] : !warp.array<ui16, 2>, si32, si32
  %lt16 = warp.cmp lt, %x16, %y16 : ui16
  %lt16i = warp.cast %lt16 : i1 to si32
  warp.store %lt16i, %flags[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %ge16 = warp.cmp ge, %x16, %y16 : ui16
  %ge16i = warp.cast %ge16 : i1 to si32
  warp.store %ge16i, %flags[%i, %c5] : !warp.array<si32, 2>, si32, si32
  %eq16 = warp.cmp eq, %x16, %y16 : ui16
  %eq16i = warp.cast %eq16 : i1 to si32
  warp.store %eq16i, %flags[%i, %c6] : !warp.array<si32, 2>, si32, si32
  %top16 = warp.constant 32767 : ui16
  %gt16 = warp.cmp gt, %x16, %top16 : ui16
  %gt16i = warp.cast %gt16 : i1 to si32
  warp.store %gt16i, %flags[%i, %c7] : !warp.array<si32, 2>, si32, si32
  // ui32
  %x32 = warp.load %a32[%i] : !warp.array<ui32, 1>, si32
  %y32 = warp.load %b32[%i] : !warp.array<ui32, 1>, si32
  %add32 = warp.add %x32, %y32 : ui32
  warp.store %add32, %o32[%i, %c0] : !warp.array<ui32, 2>, si32, si32
  %sub32 = warp.sub %x32, %y32 : ui32
  warp.store %sub32, %o32[%i, %c1] : !warp.array<ui32, 2>, si32, si32
  %mul32 = warp.mul %x32, %y32 : ui32
  warp.store %mul32, %o32[%i, %c2] : !warp.array<ui32, 2>, si32, si32
  %floordiv32 = warp.floordiv %x32, %y32 : ui32
  warp.store %floordiv32, %o32[%i, %c3] : !warp.array<ui32, 2>, si32, si32
  %mod32 = warp.mod %x32, %y32 : ui32
  warp.store %mod32, %o32[%i, %c4] : !warp.array<ui32, 2>, si32, si32
  %mask32 = warp.constant 31 : ui32
  %sh32 = warp.bit_and %y32, %mask32 : ui32
  %shr32 = warp.shr %x32, %sh32 : ui32
  warp.store %shr32, %o32[%i, %c5] : !warp.array<ui32, 2>, si32, si32
  %shl32 = warp.shl %x32, %sh32 : ui32
  warp.store %shl32, %o32[%i, %c6] : !warp.array<ui32, 2>, si32, si32
  %neg32 = warp.neg %x32 : ui32
  warp.store %neg32, %o32[%i, %c7] : !warp.array<ui32, 2>, si32, si32
  %div32 = warp.div %x32, %y32 : ui32
  warp.store %div32, %o32[%i, %c8] : !warp.array<ui32, 2>, si32, si32
  %not32 = warp.bit_not %x32 : ui32
  warp.store %not32, %o32[%i, %c9] : !warp.array<ui32, 2>, si32, si32
  %lt32 = warp.cmp lt, %x32, %y32 : ui32
  %lt32i = warp.cast %lt32 : i1 to si32
  warp.store %lt32i, %flags[%i, %c8] : !warp.array<si32, 2>, si32, si32
  %ge32 = warp.cmp ge, %x32, %y32 : ui32
  %ge32i = warp.cast %ge32 : i1 to si32
  warp.store %ge32i, %flags[%i, %c9] : !warp.array<si32, 2>, si32, si32
  %eq32 = warp.cmp eq, %x32, %y32 : ui32
  %eq32i = warp.cast %eq32 : i1 to si32
  warp.store %eq32i, %flags[%i, %c10] : !warp.array<si32, 2>, si32, si32
  %top32 = warp.constant 2147483647 : ui32
  %gt32 = warp.cmp gt, %x32, %top32 : ui32
  %gt32i = warp.cast %gt32 : i1 to si32
  warp.store %gt32i, %flags[%i, %c11] : !warp.array<si32, 2>, si32, si32
  // ui64
  %x64 = warp.load %a64[%i] : !warp.array<ui64, 1>, si32
  %y64 = warp.load %b64[%i] : !warp.array<ui64, 1>, si32
  %add64 = warp.add %x64, %y64 : ui64
  warp.store %add64, %o64[%i, %c0] : !warp.array<ui64, 2>, si32, si32
  %sub64 = warp.sub %x64, %y64 : ui64
  warp.store %sub64, %o64[%i, %c1] : !warp.array<ui64, 2>, si32, si32
  %mul64 = warp.mul %x64, %y64 : ui64
  warp.store %mul64, %o64[%i, %c2] : !warp.array<ui64, 2>, si32, si32
  %floordiv64 = warp.floordiv %x64, %y64 : ui64
  warp.store %floordiv64, %o64[%i, %c3] : !warp.array<ui64, 2>, si32, si32
  %mod64 = warp.mod %x64, %y64 : ui64
  warp.store %mod64, %o64[%i, %c4] : !warp.array<ui64, 2>, si32, si32
  %mask64 = warp.constant 63 : ui64
  %sh64 = warp.bit_and %y64, %mask64 : ui64
  %shr64 = warp.shr %x64, %sh64 : ui64
  warp.store %shr64, %o64[%i, %c5] : !warp.array<ui64, 2>, si32, si32
  %shl64 = warp.shl %x64, %sh64 : ui64
  warp.store %shl64, %o64[%i, %c6] : !warp.array<ui64, 2>, si32, si32
  %neg64 = warp.neg %x64 : ui64
  warp.store %neg64, %o64[%i, %c7] : !warp.array<ui64, 2>, si32, si32
  %div64 = warp.div %x64, %y64 : ui64
  warp.store %div64, %o64[%i, %c8] : !warp.array<ui64, 2>, si32, si32
  %not64 = warp.bit_not %x64 : ui64
  warp.store %not64, %o64[%i, %c9] : !warp.array<ui64, 2>, si32, si32
  %lt64 = warp.cmp lt, %x64, %y64 : ui64
  %lt64i = warp.cast %lt64 : i1 to si32
  warp.store %lt64i, %flags[%i, %c12] : !warp.array<si32, 2>, si32, si32
  %ge64 = warp.cmp ge, %x64, %y64 : ui64
  %ge64i = warp.cast %ge64 : i1 to si32
  warp.store %ge64i, %flags[%i, %c13] : !warp.array<si32, 2>, si32, si32
  %eq64 = warp.cmp eq, %x64, %y64 : ui64
  %eq64i = warp.cast %eq64 : i1 to si32
  warp.store %eq64i, %flags[%i, %c14] : !warp.array<si32, 2>, si32, si32
  %top64 = warp.constant 9223372036854775807 : ui64
  %gt64 = warp.cmp gt, %x64, %top64 : ui64
  %gt64i = warp.cast %gt64 : i1 to si32
  warp.store %gt64i, %flags[%i, %c15] : !warp.array<si32, 2>, si32, si32
  warp.return
}
