// atomics_types.py in the warp dialect.
warp.kernel @atomics_types(%k: !warp.array<si32, 1>, %big: !warp.array<si64, 1>,
                           %i32: !warp.array<si32, 1>, %u32: !warp.array<ui32, 1>,
                           %i64: !warp.array<si64, 1>, %u64: !warp.array<ui64, 1>,
                           %f32: !warp.array<f32, 1>, %f64: !warp.array<f64, 1>,
                           %f16: !warp.array<f16, 1>, %v3: !warp.array<!warp.vec<3xf32>, 1>,
                           %ticket_i: !warp.array<si32, 1>, %ticket_f: !warp.array<f32, 1>,
                           %ticket_cas: !warp.array<si32, 1>, %cas_cnt: !warp.array<si32, 1>,
                           %slots: !warp.array<ui32, 1>, %slot_old: !warp.array<ui32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %x = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %y = warp.load %big[%i] : !warp.array<si64, 1>, si32
  // si32
  %_i32_add_c0 = warp.atomic add %i32[%c0], %x : !warp.array<si32, 1>, si32
  %ti = warp.atomic add %i32[%c1], %c1 : !warp.array<si32, 1>, si32
  warp.store %ti, %ticket_i[%i] : !warp.array<si32, 1>, si32
  %_i32_min_c2 = warp.atomic min %i32[%c2], %x : !warp.array<si32, 1>, si32
  %_i32_max_c3 = warp.atomic max %i32[%c3], %x : !warp.array<si32, 1>, si32
  %m10000 = warp.constant 65536 : si32
  %xa = warp.bit_or %x, %m10000 : si32
  %_i32_and_c4 = warp.atomic and %i32[%c4], %xa : !warp.array<si32, 1>, si32
  %mf0 = warp.constant 15728880 : si32
  %xo = warp.bit_and %x, %mf0 : si32
  %_i32_or_c5 = warp.atomic or %i32[%c5], %xo : !warp.array<si32, 1>, si32
  %_i32_xor_c6 = warp.atomic xor %i32[%c6], %x : !warp.array<si32, 1>, si32
  %_i32_sub_c7 = warp.atomic sub %i32[%c7], %x : !warp.array<si32, 1>, si32
  // ui32
  %ux = warp.cast %x : si32 to ui32
  %_u32_add_c0 = warp.atomic add %u32[%c0], %ux : !warp.array<ui32, 1>, si32
  %_u32_min_c1 = warp.atomic min %u32[%c1], %ux : !warp.array<ui32, 1>, si32
  %_u32_max_c2 = warp.atomic max %u32[%c2], %ux : !warp.array<ui32, 1>, si32
  %um1 = warp.constant 2147483649 : ui32
  %uxa = warp.bit_or %ux, %um1 : ui32
  %_u32_and_c3 = warp.atomic and %u32[%c3], %uxa : !warp.array<ui32, 1>, si32
  %um2 = warp.constant 251658255 : ui32
  %uxo = warp.bit_and %ux, %um2 : ui32
  %_u32_or_c4 = warp.atomic or %u32[%c4], %uxo : !warp.array<ui32, 1>, si32
  %_u32_xor_c5 = warp.atomic xor %u32[%c5], %ux : !warp.array<ui32, 1>, si32
  %_u32_sub_c6 = warp.atomic sub %u32[%c6], %ux : !warp.array<ui32, 1>, si32
  // si64
  %_i64_add_c0 = warp.atomic add %i64[%c0], %y : !warp.array<si64, 1>, si32
  %_i64_min_c1 = warp.atomic min %i64[%c1], %y : !warp.array<si64, 1>, si32
  %_i64_max_c2 = warp.atomic max %i64[%c2], %y : !warp.array<si64, 1>, si32
  %lm1 = warp.constant 4294967296 : si64
  %ya = warp.bit_or %y, %lm1 : si64
  %_i64_and_c3 = warp.atomic and %i64[%c3], %ya : !warp.array<si64, 1>, si32
  %lm2 = warp.constant 67553994426286080 : si64
  %yo = warp.bit_and %y, %lm2 : si64
  %_i64_or_c4 = warp.atomic or %i64[%c4], %yo : !warp.array<si64, 1>, si32
  %_i64_xor_c5 = warp.atomic xor %i64[%c5], %y : !warp.array<si64, 1>, si32
  %_i64_sub_c6 = warp.atomic sub %i64[%c6], %y : !warp.array<si64, 1>, si32
  // ui64
  %uy = warp.cast %y : si64 to ui64
  %_u64_add_c0 = warp.atomic add %u64[%c0], %uy : !warp.array<ui64, 1>, si32
  %_u64_min_c1 = warp.atomic min %u64[%c1], %uy : !warp.array<ui64, 1>, si32
  %_u64_max_c2 = warp.atomic max %u64[%c2], %uy : !warp.array<ui64, 1>, si32
  %qm1 = warp.constant 9223372036854775809 : ui64
  %uya = warp.bit_or %uy, %qm1 : ui64
  %_u64_and_c3 = warp.atomic and %u64[%c3], %uya : !warp.array<ui64, 1>, si32
  %qm2 = warp.constant 1080863910568919055 : ui64
  %uyo = warp.bit_and %uy, %qm2 : ui64
  %_u64_or_c4 = warp.atomic or %u64[%c4], %uyo : !warp.array<ui64, 1>, si32
  %_u64_xor_c5 = warp.atomic xor %u64[%c5], %uy : !warp.array<ui64, 1>, si32
  %_u64_sub_c6 = warp.atomic sub %u64[%c6], %uy : !warp.array<ui64, 1>, si32
  // floats
  %c512 = warp.constant 512 : si32
  %xm = warp.mod %x, %c512 : si32
  %xmf = warp.cast %xm : si32 to f32
  %eighth = warp.constant 1.250000e-01 : f32
  %fx = warp.mul %xmf, %eighth : f32
  %_f32_add_c0 = warp.atomic add %f32[%c0], %fx : !warp.array<f32, 1>, si32
  %_f32_sub_c1 = warp.atomic sub %f32[%c1], %fx : !warp.array<f32, 1>, si32
  %_f32_min_c2 = warp.atomic min %f32[%c2], %fx : !warp.array<f32, 1>, si32
  %_f32_max_c3 = warp.atomic max %f32[%c3], %fx : !warp.array<f32, 1>, si32
  %fone = warp.constant 1.000000e+00 : f32
  %tf = warp.atomic add %f32[%c4], %fone : !warp.array<f32, 1>, si32
  warp.store %tf, %ticket_f[%i] : !warp.array<f32, 1>, si32
  %p = warp.constant 1000000007 : si64
  %ym = warp.mod %y, %p : si64
  %ymd = warp.cast %ym : si64 to f64
  %sixteenth = warp.constant 6.250000e-02 : f64
  %dx = warp.mul %ymd, %sixteenth : f64
  %_f64_add_c0 = warp.atomic add %f64[%c0], %dx : !warp.array<f64, 1>, si32
  %_f64_sub_c1 = warp.atomic sub %f64[%c1], %dx : !warp.array<f64, 1>, si32
  %_f64_min_c2 = warp.atomic min %f64[%c2], %dx : !warp.array<f64, 1>, si32
  %_f64_max_c3 = warp.atomic max %f64[%c3], %dx : !warp.array<f64, 1>, si32
  %c3i = warp.constant 3 : si32
  %x3 = warp.mod %x, %c3i : si32
  %x31 = warp.sub %x3, %c1 : si32
  %x31f = warp.cast %x31 : si32 to f32
  %x31h = warp.cast %x31f : f32 to f16
  %_f16_add_c0 = warp.atomic add %f16[%c0], %x31h : !warp.array<f16, 1>, si32
  %nfx = warp.neg %fx : f32
  %vx = warp.vec %fx, %nfx, %fone : !warp.vec<3xf32>
  %_v3 = warp.atomic add %v3[%c0], %vx : !warp.array<!warp.vec<3xf32>, 1>, si32
  // compare-and-swap tickets
  %cur = warp.var "cur" : !warp.ref<si32>
  warp.write %c0, %cur : !warp.ref<si32>
  %true = warp.constant true
  warp.while {
    warp.condition %true : i1
  } do {
    %cv = warp.read %cur : !warp.ref<si32>
    %cv1 = warp.add %cv, %c1 : si32
    %old = warp.atomic_cas %cas_cnt[%c0], %cv, %cv1 : !warp.array<si32, 1>, si32
    %won = warp.cmp eq, %old, %cv : si32
    warp.if %won : i1 {
      warp.break
    }
    warp.write %old, %cur : !warp.ref<si32>
  }
  %cf = warp.read %cur : !warp.ref<si32>
  warp.store %cf, %ticket_cas[%i] : !warp.array<si32, 1>, si32
  // per-thread slots
  %o0 = warp.atomic xor %slots[%i], %ux : !warp.array<ui32, 1>, si32
  warp.store %o0, %slot_old[%i, %c0] : !warp.array<ui32, 2>, si32, si32
  %sf0 = warp.constant 240 : ui32
  %o1 = warp.atomic or %slots[%i], %sf0 : !warp.array<ui32, 1>, si32
  warp.store %o1, %slot_old[%i, %c1] : !warp.array<ui32, 2>, si32, si32
  %sm = warp.constant 4294902015 : ui32
  %o2 = warp.atomic and %slots[%i], %sm : !warp.array<ui32, 1>, si32
  warp.store %o2, %slot_old[%i, %c2] : !warp.array<ui32, 2>, si32, si32
  %u7 = warp.constant 7 : ui32
  %ux7 = warp.add %ux, %u7 : ui32
  %o3 = warp.atomic exch %slots[%i], %ux7 : !warp.array<ui32, 1>, si32
  warp.store %o3, %slot_old[%i, %c3] : !warp.array<ui32, 2>, si32, si32
  warp.return
}
