// int_abs.py in the warp dialect.
warp.kernel @int_abs(%a8: !warp.array<si8, 1>, %a16: !warp.array<si16, 1>,
                     %a32: !warp.array<si32, 1>, %a64: !warp.array<si64, 1>,
                     %out: !warp.array<si64, 2>,
                     %narrow8: !warp.array<si8, 1>, %narrow16: !warp.array<si16, 1>,
                     %mid: !warp.array<si32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %x8 = warp.load %a8[%i] : !warp.array<si8, 1>, si32
  %y8 = warp.abs %x8 : si8
  %z8 = warp.cast %y8 : si8 to si64
  warp.store %z8, %out[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %x16 = warp.load %a16[%i] : !warp.array<si16, 1>, si32
  %y16 = warp.abs %x16 : si16
  %z16 = warp.cast %y16 : si16 to si64
  warp.store %z16, %out[%i, %c1] : !warp.array<si64, 2>, si32, si32
  %x32 = warp.load %a32[%i] : !warp.array<si32, 1>, si32
  %y32 = warp.abs %x32 : si32
  %z32 = warp.cast %y32 : si32 to si64
  warp.store %z32, %out[%i, %c2] : !warp.array<si64, 2>, si32, si32
  %x64 = warp.load %a64[%i] : !warp.array<si64, 1>, si32
  %y64 = warp.abs %x64 : si64
  warp.store %y64, %out[%i, %c3] : !warp.array<si64, 2>, si32, si32
  warp.store %y8, %narrow8[%i] : !warp.array<si8, 1>, si32
  warp.store %y16, %narrow16[%i] : !warp.array<si16, 1>, si32
  %w8 = warp.cast %y8 : si8 to si32
  warp.store %w8, %mid[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %w16 = warp.cast %y16 : si16 to si32
  warp.store %w16, %mid[%i, %c1] : !warp.array<si32, 2>, si32, si32
  warp.return
}
