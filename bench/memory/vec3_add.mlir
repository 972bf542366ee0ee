// c[i] = a[i] + b[i] on vec3f: reads 24 and writes 12 bytes per index.
warp.kernel @vec3_add(%a: !warp.array<!warp.vec<3xf32>, 1>,
                      %b: !warp.array<!warp.vec<3xf32>, 1>,
                      %c: !warp.array<!warp.vec<3xf32>, 1>) dims(1) {
  %i = warp.tid
  %u = warp.load %a[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %v = warp.load %b[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %s = warp.add %u, %v : !warp.vec<3xf32>
  warp.store %s, %c[%i] : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.return
}
