// casts.py in the warp dialect.
warp.kernel @casts(%f: !warp.array<f32, 1>, %n: !warp.array<si32, 1>,
                   %ints: !warp.array<si32, 2>, %floats: !warp.array<f32, 2>,
                   %small: !warp.array<ui8, 2>, %flags: !warp.array<i1, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %f[%i] : !warp.array<f32, 1>, si32
  %k = warp.load %n[%i] : !warp.array<si32, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  // ints
  %xi = warp.cast %x : f32 to si32
  warp.store %xi, %ints[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %k8 = warp.cast %k : si32 to si8
  %k8i = warp.cast %k8 : si8 to si32
  warp.store %k8i, %ints[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %k64 = warp.cast %k : si32 to si64
  %three64 = warp.constant 3 : si64
  %k3 = warp.mul %k64, %three64 : si64
  %k3i = warp.cast %k3 : si64 to si32
  warp.store %k3i, %ints[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %fzero = warp.constant 0.000000e+00 : f32
  %pos = warp.cmp gt, %x, %fzero : f32
  %posi = warp.cast %pos : i1 to si32
  %kb = warp.cast %k : si32 to i1
  %kbi = warp.cast %kb : i1 to si32
  %kb2 = warp.mul %kbi, %c2 : si32
  %flagsum = warp.add %posi, %kb2 : si32
  warp.store %flagsum, %ints[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %ku = warp.cast %k : si32 to ui32
  %u28 = warp.constant 28 : ui32
  %top = warp.shr %ku, %u28 : ui32
  %topi = warp.cast %top : ui32 to si32
  warp.store %topi, %ints[%i, %c4] : !warp.array<si32, 2>, si32, si32
  // floats
  %kf = warp.cast %k : si32 to f32
  warp.store %kf, %floats[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %xh = warp.cast %x : f32 to f16
  %xhf = warp.cast %xh : f16 to f32
  warp.store %xhf, %floats[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %xd = warp.cast %x : f32 to f64
  %milli = warp.constant 1.000000e-03 : f64
  %xdm = warp.mul %xd, %milli : f64
  %xdmf = warp.cast %xdm : f64 to f32
  warp.store %xdmf, %floats[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %fl = warp.floor %x : f32
  warp.store %fl, %floats[%i, %c3] : !warp.array<f32, 2>, si32, si32
  %ce = warp.ceil %x : f32
  warp.store %ce, %floats[%i, %c4] : !warp.array<f32, 2>, si32, si32
  %ro = warp.round %x : f32
  warp.store %ro, %floats[%i, %c5] : !warp.array<f32, 2>, si32, si32
  %ri = warp.rint %x : f32
  warp.store %ri, %floats[%i, %c6] : !warp.array<f32, 2>, si32, si32
  // small
  %ku8 = warp.cast %k : si32 to ui8
  warp.store %ku8, %small[%i, %c0] : !warp.array<ui8, 2>, si32, si32
  %ax = warp.abs %x : f32
  %half = warp.constant 5.000000e-01 : f32
  %axh = warp.mul %ax, %half : f32
  %cap = warp.constant 2.550000e+02 : f32
  %axc = warp.min %axh, %cap : f32
  %axu8 = warp.cast %axc : f32 to ui8
  warp.store %axu8, %small[%i, %c1] : !warp.array<ui8, 2>, si32, si32
  %xb = warp.cast %x : f32 to i1
  warp.store %xb, %flags[%i] : !warp.array<i1, 1>, si32
  warp.return
}
