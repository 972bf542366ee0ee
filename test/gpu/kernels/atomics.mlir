// atomics.py in the warp dialect.
warp.kernel @atomics(%x: !warp.array<f32, 1>, %k: !warp.array<si32, 1>,
                     %counter_f: !warp.array<f32, 1>, %counter_i: !warp.array<si32, 1>,
                     %old_f: !warp.array<f32, 1>, %old_i: !warp.array<si32, 1>,
                     %slots: !warp.array<f32, 1>, %slot_old: !warp.array<f32, 1>,
                     %hist: !warp.array<si32, 1>, %fsum: !warp.array<f32, 1>,
                     %extremes: !warp.array<si32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c4 = warp.constant 4 : si32
  %c8 = warp.constant 8 : si32
  %fone = warp.constant 1.000000e+00 : f32
  %of = warp.atomic add %counter_f[%c0], %fone : !warp.array<f32, 1>, si32
  warp.store %of, %old_f[%i] : !warp.array<f32, 1>, si32
  %oi = warp.atomic add %counter_i[%c0], %c1 : !warp.array<si32, 1>, si32
  warp.store %oi, %old_i[%i] : !warp.array<si32, 1>, si32
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %os = warp.atomic add %slots[%i], %xi : !warp.array<f32, 1>, si32
  warp.store %os, %slot_old[%i] : !warp.array<f32, 1>, si32
  %ki = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %bin = warp.mod %ki, %c8 : si32
  %h = warp.atomic add %hist[%bin], %c1 : !warp.array<si32, 1>, si32
  %bin4 = warp.mod %ki, %c4 : si32
  %fs = warp.atomic add %fsum[%bin4], %xi : !warp.array<f32, 1>, si32
  %e0 = warp.atomic sub %extremes[%c0], %ki : !warp.array<si32, 1>, si32
  %e1 = warp.atomic min %extremes[%c1], %ki : !warp.array<si32, 1>, si32
  %e2 = warp.atomic max %extremes[%c2], %ki : !warp.array<si32, 1>, si32
  warp.return
}
