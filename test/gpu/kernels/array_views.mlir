// array_views.py in the warp dialect.
warp.kernel @array_views(%a: !warp.array<f32, 3>, %sums: !warp.array<f32, 2>,
                         %shapes: !warp.array<si32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %cm1 = warp.constant -1 : si32
  %plane = warp.view %a[%i] : !warp.array<f32, 3>, si32 -> !warp.array<f32, 2>
  %last_row = warp.view %plane[%cm1] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>
  %s = warp.var "s" : !warp.ref<f32>
  %fzero = warp.constant 0.000000e+00 : f32
  warp.write %fzero, %s : !warp.ref<f32>
  %rows = warp.shape %plane[0] : !warp.array<f32, 2>
  warp.for %j = %c0 to %rows step %c1 : si32 {
    %row = warp.view %plane[%j] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>
    %cols = warp.shape %row[0] : !warp.array<f32, 1>
    warp.for %k = %c0 to %cols step %c1 : si32 {
      %sv = warp.read %s : !warp.ref<f32>
      %e = warp.load %row[%k] : !warp.array<f32, 1>, si32
      %k1 = warp.add %k, %c1 : si32
      %k1f = warp.cast %k1 : si32 to f32
      %w = warp.mul %e, %k1f : f32
      %sn = warp.add %sv, %w : f32
      warp.write %sn, %s : !warp.ref<f32>
    }
  }
  %sf = warp.read %s : !warp.ref<f32>
  warp.store %sf, %sums[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %first = warp.load %last_row[%c0] : !warp.array<f32, 1>, si32
  %last = warp.load %last_row[%cm1] : !warp.array<f32, 1>, si32
  %d = warp.sub %first, %last : f32
  warp.store %d, %sums[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %row1 = warp.view %a[%i, %c1] : !warp.array<f32, 3>, si32, si32 -> !warp.array<f32, 1>
  %e2 = warp.load %row1[%c2] : !warp.array<f32, 1>, si32
  %ten = warp.constant 1.000000e+01 : f32
  %e10 = warp.mul %e2, %ten : f32
  %if = warp.cast %i : si32 to f32
  %en = warp.add %e10, %if : f32
  warp.store %en, %row1[%c2] : !warp.array<f32, 1>, si32
  %p0 = warp.shape %plane[0] : !warp.array<f32, 2>
  warp.store %p0, %shapes[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %p1 = warp.shape %plane[1] : !warp.array<f32, 2>
  warp.store %p1, %shapes[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %l0 = warp.shape %last_row[0] : !warp.array<f32, 1>
  warp.store %l0, %shapes[%i, %c2] : !warp.array<si32, 2>, si32, si32
  warp.return
}
