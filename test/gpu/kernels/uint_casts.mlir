// uint_casts.py in the warp dialect.
warp.kernel @uint_casts(%u32: !warp.array<ui32, 1>, %u64: !warp.array<ui64, 1>,
                        %s64: !warp.array<si64, 1>, %f: !warp.array<f64, 1>,
                        %fo: !warp.array<f32, 2>, %dout: !warp.array<f64, 2>,
                        %uo: !warp.array<ui64, 2>, %so: !warp.array<si64, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %a = warp.load %u32[%i] : !warp.array<ui32, 1>, si32
  %b = warp.load %u64[%i] : !warp.array<ui64, 1>, si32
  %c = warp.load %s64[%i] : !warp.array<si64, 1>, si32
  %x = warp.load %f[%i] : !warp.array<f64, 1>, si32
  // to f32
  %f0 = warp.cast %a : ui32 to f32
  warp.store %f0, %fo[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %f1 = warp.cast %b : ui64 to f32
  warp.store %f1, %fo[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %f2 = warp.cast %c : si64 to f32
  warp.store %f2, %fo[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %a16 = warp.cast %a : ui32 to ui16
  %f3 = warp.cast %a16 : ui16 to f32
  warp.store %f3, %fo[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %a8 = warp.cast %a : ui32 to ui8
  %a8h = warp.cast %a8 : ui8 to f16
  %f4 = warp.cast %a8h : f16 to f32
  warp.store %f4, %fo[%i, %c4] : !warp.array<f32, 2>, si32, si32
  // to f64
  %d0 = warp.cast %a : ui32 to f64
  warp.store %d0, %dout[%i, %c0] : !warp.array<f64, 2>, si32, si32
  %d1 = warp.cast %b : ui64 to f64
  warp.store %d1, %dout[%i, %c1] : !warp.array<f64, 2>, si32, si32
  %d2 = warp.cast %c : si64 to f64
  warp.store %d2, %dout[%i, %c2] : !warp.array<f64, 2>, si32, si32
  %xf = warp.cast %x : f64 to f32
  %d3 = warp.cast %xf : f32 to f64
  warp.store %d3, %dout[%i, %c3] : !warp.array<f64, 2>, si32, si32
  // to unsigned
  %ax = warp.abs %x : f64
  %k32 = warp.constant 4294967295.0 : f64
  %m0 = warp.min %ax, %k32 : f64
  %m0u = warp.cast %m0 : f64 to ui32
  %u0 = warp.cast %m0u : ui32 to ui64
  warp.store %u0, %uo[%i, %c0] : !warp.array<ui64, 2>, si32, si32
  %k1e9 = warp.constant 1.0e9 : f64
  %k18 = warp.constant 1.8e19 : f64
  %axe = warp.mul %ax, %k1e9 : f64
  %m1 = warp.min %axe, %k18 : f64
  %u1 = warp.cast %m1 : f64 to ui64
  warp.store %u1, %uo[%i, %c1] : !warp.array<ui64, 2>, si32, si32
  %k255 = warp.constant 255.0 : f64
  %m2 = warp.min %ax, %k255 : f64
  %m2u = warp.cast %m2 : f64 to ui8
  %u2 = warp.cast %m2u : ui8 to ui64
  warp.store %u2, %uo[%i, %c2] : !warp.array<ui64, 2>, si32, si32
  %axf = warp.cast %ax : f64 to f32
  %k65535 = warp.constant 65535.0 : f32
  %m3 = warp.min %axf, %k65535 : f32
  %m3u = warp.cast %m3 : f32 to ui16
  %u3 = warp.cast %m3u : ui16 to ui64
  warp.store %u3, %uo[%i, %c3] : !warp.array<ui64, 2>, si32, si32
  %u4 = warp.cast %a : ui32 to ui64
  warp.store %u4, %uo[%i, %c4] : !warp.array<ui64, 2>, si32, si32
  %as = warp.cast %a : ui32 to si32
  %u5 = warp.cast %as : si32 to ui64
  warp.store %u5, %uo[%i, %c5] : !warp.array<ui64, 2>, si32, si32
  // to si64
  %k1e6 = warp.constant 1.0e6 : f64
  %x6 = warp.mul %x, %k1e6 : f64
  %s0 = warp.cast %x6 : f64 to si64
  warp.store %s0, %so[%i, %c0] : !warp.array<si64, 2>, si32, si32
  %k1e6f = warp.constant 1.0e6 : f32
  %x6f = warp.mul %xf, %k1e6f : f32
  %s1 = warp.cast %x6f : f32 to si64
  warp.store %s1, %so[%i, %c1] : !warp.array<si64, 2>, si32, si32
  %as8 = warp.cast %a : ui32 to si8
  %as8l = warp.cast %as8 : si8 to si64
  %a8l = warp.cast %a8 : ui8 to si64
  %l1000 = warp.constant 1000 : si64
  %a8k = warp.mul %a8l, %l1000 : si64
  %s2 = warp.add %as8l, %a8k : si64
  warp.store %s2, %so[%i, %c2] : !warp.array<si64, 2>, si32, si32
  %bs16 = warp.cast %b : ui64 to si16
  %bs16l = warp.cast %bs16 : si16 to si64
  %bu16 = warp.cast %b : ui64 to ui16
  %bu16l = warp.cast %bu16 : ui16 to si64
  %l100000 = warp.constant 100000 : si64
  %bk = warp.mul %bu16l, %l100000 : si64
  %s3 = warp.add %bs16l, %bk : si64
  warp.store %s3, %so[%i, %c3] : !warp.array<si64, 2>, si32, si32
  %ba = warp.cast %a8 : ui8 to i1
  %bal = warp.cast %ba : i1 to si64
  %bb = warp.cast %b : ui64 to i1
  %bbl = warp.cast %bb : i1 to si64
  %bx = warp.cast %x : f64 to i1
  %bxl = warp.cast %bx : i1 to si64
  %l2 = warp.constant 2 : si64
  %l4 = warp.constant 4 : si64
  %bb2 = warp.mul %bbl, %l2 : si64
  %bx4 = warp.mul %bxl, %l4 : si64
  %s4a = warp.add %bal, %bb2 : si64
  %s4 = warp.add %s4a, %bx4 : si64
  warp.store %s4, %so[%i, %c4] : !warp.array<si64, 2>, si32, si32
  %lo = warp.constant -60000.0 : f64
  %hi = warp.constant 60000.0 : f64
  %xc = warp.clamp %x, %lo, %hi : f64
  %xh = warp.cast %xc : f64 to f16
  %s5 = warp.cast %xh : f16 to si64
  warp.store %s5, %so[%i, %c5] : !warp.array<si64, 2>, si32, si32
  warp.return
}
