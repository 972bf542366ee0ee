// bitwise64.py in the warp dialect.
warp.kernel @bitwise64(%s: !warp.array<si64, 1>, %u: !warp.array<ui64, 1>,
                       %k: !warp.array<si32, 1>,
                       %so: !warp.array<si64, 2>, %uo: !warp.array<ui64, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %c63 = warp.constant 63 : si32
  %c64 = warp.constant 64 : si32
  %x = warp.load %s[%i] : !warp.array<si64, 1>, si32
  %y = warp.load %u[%i] : !warp.array<ui64, 1>, si32
  %n = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %n63 = warp.bit_and %n, %c63 : si32
  %sh = warp.cast %n63 : si32 to si64
  %ush = warp.cast %n63 : si32 to ui64
  // si64
  %k0 = warp.constant 9155537662699958513 : si64
  %s0 = warp.bit_and %x, %k0 : si64
  warp.store %s0, %so[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %k1 = warp.constant -81985529216486895 : si64
  %s1 = warp.bit_or %x, %k1 : si64
  warp.store %s1, %so[%i, %c1] : !warp.array<si64, 2>, si32, si32
  %nl = warp.cast %n : si32 to si64
  %s2 = warp.bit_xor %x, %nl : si64
  warp.store %s2, %so[%i, %c2] : !warp.array<si64, 2>, si32, si32
  %s3 = warp.bit_not %x : si64
  warp.store %s3, %so[%i, %c3] : !warp.array<si64, 2>, si32, si32
  %s4 = warp.shr %x, %sh : si64
  warp.store %s4, %so[%i, %c4] : !warp.array<si64, 2>, si32, si32
  %s5 = warp.shl %x, %sh : si64
  warp.store %s5, %so[%i, %c5] : !warp.array<si64, 2>, si32, si32
  %k6 = warp.constant -4294967296 : si64
  %s6 = warp.bit_and %nl, %k6 : si64
  warp.store %s6, %so[%i, %c6] : !warp.array<si64, 2>, si32, si32
  %u1 = warp.constant 1 : ui64
  %yh = warp.shr %y, %u1 : ui64
  %yhs = warp.cast %yh : ui64 to si64
  %s7 = warp.bit_xor %yhs, %x : si64
  warp.store %s7, %so[%i, %c7] : !warp.array<si64, 2>, si32, si32
  // ui64
  %q0 = warp.constant 17361641481138401520 : ui64
  %v0 = warp.bit_and %y, %q0 : ui64
  warp.store %v0, %uo[%i, %c0] : !warp.array<ui64, 2>, si32, si32
  %q1 = warp.constant 9223372036854775809 : ui64
  %v1 = warp.bit_or %y, %q1 : ui64
  warp.store %v1, %uo[%i, %c1] : !warp.array<ui64, 2>, si32, si32
  %xu = warp.cast %x : si64 to ui64
  %v2 = warp.bit_xor %y, %xu : ui64
  warp.store %v2, %uo[%i, %c2] : !warp.array<ui64, 2>, si32, si32
  %v3 = warp.bit_not %y : ui64
  warp.store %v3, %uo[%i, %c3] : !warp.array<ui64, 2>, si32, si32
  %v4 = warp.shr %y, %ush : ui64
  warp.store %v4, %uo[%i, %c4] : !warp.array<ui64, 2>, si32, si32
  %v5 = warp.shl %y, %ush : ui64
  warp.store %v5, %uo[%i, %c5] : !warp.array<ui64, 2>, si32, si32
  %nu32 = warp.cast %n : si32 to ui32
  %nu64 = warp.cast %nu32 : ui32 to ui64
  %u40 = warp.constant 40 : ui64
  %bit40 = warp.shl %u1, %u40 : ui64
  %v6 = warp.bit_or %nu64, %bit40 : ui64
  warp.store %v6, %uo[%i, %c6] : !warp.array<ui64, 2>, si32, si32
  // bit reversal
  %r = warp.var "r" : !warp.ref<ui64>
  %v = warp.var "v" : !warp.ref<ui64>
  %u0 = warp.constant 0 : ui64
  warp.write %u0, %r : !warp.ref<ui64>
  warp.write %y, %v : !warp.ref<ui64>
  warp.for %b = %c0 to %c64 step %c1 : si32 {
    %rv = warp.read %r : !warp.ref<ui64>
    %vv = warp.read %v : !warp.ref<ui64>
    %rs = warp.shl %rv, %u1 : ui64
    %low = warp.bit_and %vv, %u1 : ui64
    %rn = warp.bit_or %rs, %low : ui64
    warp.write %rn, %r : !warp.ref<ui64>
    %vn = warp.shr %vv, %u1 : ui64
    warp.write %vn, %v : !warp.ref<ui64>
  }
  %rf = warp.read %r : !warp.ref<ui64>
  warp.store %rf, %uo[%i, %c7] : !warp.array<ui64, 2>, si32, si32
  warp.return
}
