// for_loops.py in the warp dialect.
warp.kernel @for_loops(%start: !warp.array<si32, 1>, %stop: !warp.array<si32, 1>,
                       %step: !warp.array<si32, 1>, %out: !warp.array<si32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c7 = warp.constant 7 : si32
  %cm2 = warp.constant -2 : si32
  %cm3 = warp.constant -3 : si32
  %cm999 = warp.constant -999 : si32
  %total = warp.var "total" : !warp.ref<si32>
  %count = warp.var "count" : !warp.ref<si32>
  %last = warp.var "last" : !warp.ref<si32>
  %nested = warp.var "nested" : !warp.ref<si32>
  warp.write %c0, %total : !warp.ref<si32>
  warp.write %c0, %count : !warp.ref<si32>
  warp.write %cm999, %last : !warp.ref<si32>
  %lo = warp.load %start[%i] : !warp.array<si32, 1>, si32
  %hi = warp.load %stop[%i] : !warp.array<si32, 1>, si32
  %st = warp.load %step[%i] : !warp.array<si32, 1>, si32
  warp.for %j = %lo to %hi step %st : si32 {
    %is7 = warp.cmp eq, %j, %c7 : si32
    warp.if %is7 : i1 {
      warp.break
    }
    %m3 = warp.mod %j, %c3 : si32
    %by3 = warp.cmp eq, %m3, %c0 : si32
    warp.if %by3 : i1 {
      warp.continue
    }
    %t = warp.read %total : !warp.ref<si32>
    %n = warp.read %count : !warp.ref<si32>
    %n1 = warp.add %n, %c1 : si32
    %jn = warp.mul %j, %n1 : si32
    %t1 = warp.add %t, %jn : si32
    warp.write %t1, %total : !warp.ref<si32>
    warp.write %n1, %count : !warp.ref<si32>
    warp.write %j, %last : !warp.ref<si32>
  }
  warp.write %c0, %nested : !warp.ref<si32>
  warp.for %p = %c4 to %cm3 step %cm2 : si32 {
    warp.for %q = %c0 to %p step %c1 : si32 {
      %big = warp.cmp gt, %q, %c2 : si32
      warp.if %big : i1 {
        warp.break
      }
      %v = warp.read %nested : !warp.ref<si32>
      %v3 = warp.mul %v, %c3 : si32
      %vp = warp.add %v3, %p : si32
      %vq = warp.sub %vp, %q : si32
      warp.write %vq, %nested : !warp.ref<si32>
    }
  }
  %t = warp.read %total : !warp.ref<si32>
  warp.store %t, %out[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %n = warp.read %count : !warp.ref<si32>
  warp.store %n, %out[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %l = warp.read %last : !warp.ref<si32>
  warp.store %l, %out[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %ns = warp.read %nested : !warp.ref<si32>
  warp.store %ns, %out[%i, %c3] : !warp.array<si32, 2>, si32, si32
  warp.return
}
