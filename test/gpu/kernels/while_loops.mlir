// while_loops.py in the warp dialect.
warp.kernel @while_loops(%seed: !warp.array<si64, 1>, %x: !warp.array<f32, 1>,
                         %steps: !warp.array<si32, 2>, %root: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c30 = warp.constant 30 : si32
  %c500 = warp.constant 500 : si32
  %l0 = warp.constant 0 : si64
  %l1 = warp.constant 1 : si64
  %l2 = warp.constant 2 : si64
  %l3 = warp.constant 3 : si64
  %n = warp.var "n" : !warp.ref<si64>
  %count = warp.var "count" : !warp.ref<si32>
  %odd = warp.var "odd" : !warp.ref<si32>
  %s = warp.load %seed[%i] : !warp.array<si64, 1>, si32
  warp.write %s, %n : !warp.ref<si64>
  warp.write %c0, %count : !warp.ref<si32>
  warp.write %c0, %odd : !warp.ref<si32>
  warp.while {
    %v = warp.read %n : !warp.ref<si64>
    %ne = warp.cmp ne, %v, %l1 : si64
    warp.condition %ne : i1
  } do {
    %k = warp.read %count : !warp.ref<si32>
    %k1 = warp.add %k, %c1 : si32
    warp.write %k1, %count : !warp.ref<si32>
    %over = warp.cmp gt, %k1, %c500 : si32
    warp.if %over : i1 {
      warp.break
    }
    %v = warp.read %n : !warp.ref<si64>
    %m = warp.mod %v, %l2 : si64
    %even = warp.cmp eq, %m, %l0 : si64
    warp.if %even : i1 {
      %h = warp.floordiv %v, %l2 : si64
      warp.write %h, %n : !warp.ref<si64>
      warp.continue
    }
    %o = warp.read %odd : !warp.ref<si32>
    %o1 = warp.add %o, %c1 : si32
    warp.write %o1, %odd : !warp.ref<si32>
    %v3 = warp.mul %v, %l3 : si64
    %v31 = warp.add %v3, %l1 : si64
    warp.write %v31, %n : !warp.ref<si64>
  }
  %kf = warp.read %count : !warp.ref<si32>
  warp.store %kf, %steps[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %of = warp.read %odd : !warp.ref<si32>
  warp.store %of, %steps[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %v = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %r = warp.var "r" : !warp.ref<f32>
  %it = warp.var "it" : !warp.ref<si32>
  warp.write %v, %r : !warp.ref<f32>
  warp.write %c0, %it : !warp.ref<si32>
  %tol = warp.constant 1.000000e-04 : f32
  %half = warp.constant 5.000000e-01 : f32
  warp.while {
    %itv = warp.read %it : !warp.ref<si32>
    %more = warp.cmp lt, %itv, %c30 : si32
    %go = warp.and %more : i1 {
      %rv = warp.read %r : !warp.ref<f32>
      %rr = warp.mul %rv, %rv : f32
      %d = warp.sub %rr, %v : f32
      %ad = warp.abs %d : f32
      %tv = warp.mul %tol, %v : f32
      %far = warp.cmp gt, %ad, %tv : f32
      warp.yield %far : i1
    }
    warp.condition %go : i1
  } do {
    %rv = warp.read %r : !warp.ref<f32>
    %q = warp.div %v, %rv : f32
    %sum = warp.add %rv, %q : f32
    %next = warp.mul %half, %sum : f32
    warp.write %next, %r : !warp.ref<f32>
    %itv = warp.read %it : !warp.ref<si32>
    %it1 = warp.add %itv, %c1 : si32
    warp.write %it1, %it : !warp.ref<si32>
  }
  %itf = warp.read %it : !warp.ref<si32>
  warp.store %itf, %steps[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %rf = warp.read %r : !warp.ref<f32>
  warp.store %rf, %root[%i] : !warp.array<f32, 1>, si32
  warp.return
}
