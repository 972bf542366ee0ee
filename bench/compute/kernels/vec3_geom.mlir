// vec3_geom.py in the warp dialect.
warp.kernel @vec3_geom(%a: !warp.array<!warp.vec<3xf32>, 1>,
                       %b: !warp.array<!warp.vec<3xf32>, 1>,
                       %out_v: !warp.array<!warp.vec<3xf32>, 1>,
                       %out_s: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c16 = warp.constant 16 : si32
  %zero = warp.constant 0.000000e+00 : f32
  %dt = warp.constant 2.500000e-01 : f32
  %u = warp.load %a[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %v = warp.load %b[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %zv = warp.vec %zero, %zero, %zero : !warp.vec<3xf32>
  %acc = warp.var "acc" : !warp.ref<!warp.vec<3xf32>>
  %s = warp.var "s" : !warp.ref<f32>
  %t = warp.var "t" : !warp.ref<f32>
  warp.write %zv, %acc : !warp.ref<!warp.vec<3xf32>>
  warp.write %zero, %s : !warp.ref<f32>
  warp.write %zero, %t : !warp.ref<f32>
  warp.for %k = %c0 to %c16 step %c1 : si32 {
    %tv = warp.read %t : !warp.ref<f32>
    %vt = warp.mul %v, %tv : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %d = warp.add %u, %vt : !warp.vec<3xf32>
    %c = warp.cross %d, %v : !warp.vec<3xf32>
    %cu = warp.add %c, %u : !warp.vec<3xf32>
    %n = warp.normalize %cu : !warp.vec<3xf32>
    %sv = warp.read %s : !warp.ref<f32>
    %nd = warp.dot %n, %d : !warp.vec<3xf32>
    %s1 = warp.add %sv, %nd : f32
    %lc = warp.length %c : !warp.vec<3xf32>
    %s2 = warp.add %s1, %lc : f32
    warp.write %s2, %s : !warp.ref<f32>
    %av = warp.read %acc : !warp.ref<!warp.vec<3xf32>>
    %dv = warp.dot %d, %v : !warp.vec<3xf32>
    %ndv = warp.mul %n, %dv : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %a1 = warp.add %av, %ndv : !warp.vec<3xf32>
    warp.write %a1, %acc : !warp.ref<!warp.vec<3xf32>>
    %tn = warp.add %tv, %dt : f32
    warp.write %tn, %t : !warp.ref<f32>
  }
  %af = warp.read %acc : !warp.ref<!warp.vec<3xf32>>
  warp.store %af, %out_v[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %sf = warp.read %s : !warp.ref<f32>
  warp.store %sf, %out_s[%i] : !warp.array<f32, 1>, si32
  warp.return
}
