// while_nested.py in the warp dialect.
!R = !warp.ref<si32>
warp.kernel @while_nested(%seed: !warp.array<si32, 1>, %out: !warp.array<si32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %c10 = warp.constant 10 : si32
  %c20 = warp.constant 20 : si32
  %c60 = warp.constant 60 : si32
  %c100 = warp.constant 100 : si32
  %true = warp.constant true
  %s = warp.load %seed[%i] : !warp.array<si32, 1>, si32
  // while True
  %n = warp.var "n" : !R
  %steps = warp.var "steps" : !R
  warp.write %s, %n : !R
  warp.write %c0, %steps : !R
  warp.while {
    warp.condition %true : i1
  } do {
    %st = warp.read %steps : !R
    %st1 = warp.add %st, %c1 : si32
    warp.write %st1, %steps : !R
    %nv = warp.read %n : !R
    %nm2 = warp.mod %nv, %c2 : si32
    %even = warp.cmp eq, %nm2, %c0 : si32
    warp.if %even : i1 {
      %nh = warp.floordiv %nv, %c2 : si32
      warp.write %nh, %n : !R
      %small = warp.cmp lt, %nh, %c5 : si32
      warp.if %small : i1 {
        %stv = warp.read %steps : !R
        %late = warp.cmp gt, %stv, %c2 : si32
        warp.if %late : i1 {
          warp.break
        }
      }
    } else {
      %n3 = warp.mul %nv, %c3 : si32
      %n31 = warp.add %n3, %c1 : si32
      warp.write %n31, %n : !R
    }
    %stv2 = warp.read %steps : !R
    %cap = warp.cmp ge, %stv2, %c60 : si32
    warp.if %cap : i1 {
      warp.break
    }
  }
  %nf = warp.read %n : !R
  warp.store %nf, %out[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %stf = warp.read %steps : !R
  warp.store %stf, %out[%i, %c1] : !warp.array<si32, 2>, si32, si32
  // while inside for
  %total = warp.var "total" : !R
  %m = warp.var "m" : !R
  warp.write %c0, %total : !R
  warp.for %k = %c1 to %c6 step %c1 : si32 {
    %sk = warp.add %s, %k : si32
    warp.write %sk, %m : !R
    warp.while {
      %mv = warp.read %m : !R
      %pos = warp.cmp gt, %mv, %c0 : si32
      warp.condition %pos : i1
    } do {
      %mv = warp.read %m : !R
      %m7 = warp.mod %mv, %c7 : si32
      %is3 = warp.cmp eq, %m7, %c3 : si32
      warp.if %is3 : i1 {
        warp.break
      }
      %tv = warp.read %total : !R
      %m10 = warp.mod %mv, %c10 : si32
      %tn = warp.add %tv, %m10 : si32
      warp.write %tn, %total : !R
      %m3 = warp.floordiv %mv, %c3 : si32
      warp.write %m3, %m : !R
    }
    %tv2 = warp.read %total : !R
    %k100 = warp.mul %k, %c100 : si32
    %tn2 = warp.add %tv2, %k100 : si32
    warp.write %tn2, %total : !R
  }
  %tf = warp.read %total : !R
  warp.store %tf, %out[%i, %c2] : !warp.array<si32, 2>, si32, si32
  // continue from an elif; for inside while
  %j = warp.var "j" : !R
  %odd = warp.var "odd" : !R
  %hits = warp.var "hits" : !R
  warp.write %c0, %j : !R
  warp.write %c0, %odd : !R
  warp.write %c0, %hits : !R
  warp.while {
    %jv = warp.read %j : !R
    %more = warp.cmp lt, %jv, %c20 : si32
    warp.condition %more : i1
  } do {
    %jv = warp.read %j : !R
    %j1 = warp.add %jv, %c1 : si32
    warp.write %j1, %j : !R
    %j5 = warp.mod %j1, %c5 : si32
    %by5 = warp.cmp eq, %j5, %c0 : si32
    warp.if %by5 : i1 {
      warp.continue
    } else {
      %js = warp.add %j1, %s : si32
      %js3 = warp.mod %js, %c3 : si32
      %by3 = warp.cmp eq, %js3, %c0 : si32
      warp.if %by3 : i1 {
        %ov = warp.read %odd : !R
        %o1 = warp.add %ov, %c1 : si32
        warp.write %o1, %odd : !R
        warp.continue
      }
    }
    warp.for %t = %c0 to %j1 step %c1 : si32 {
      %ts = warp.mul %t, %s : si32
      %ts4 = warp.mod %ts, %c4 : si32
      %is1 = warp.cmp eq, %ts4, %c1 : si32
      warp.if %is1 : i1 {
        warp.continue
      }
      %over = warp.cmp gt, %t, %c6 : si32
      warp.if %over : i1 {
        warp.break
      }
      %hv = warp.read %hits : !R
      %hn = warp.add %hv, %t : si32
      warp.write %hn, %hits : !R
    }
  }
  %of = warp.read %odd : !R
  warp.store %of, %out[%i, %c3] : !warp.array<si32, 2>, si32, si32
  %hf = warp.read %hits : !R
  warp.store %hf, %out[%i, %c4] : !warp.array<si32, 2>, si32, si32
  // never runs
  %z = warp.var "z" : !R
  warp.write %c0, %z : !R
  warp.while {
    %zv = warp.read %z : !R
    %big = warp.cmp gt, %zv, %c100 : si32
    warp.condition %big : i1
  } do {
    %zv = warp.read %z : !R
    %z1 = warp.sub %zv, %c1 : si32
    warp.write %z1, %z : !R
  }
  %zf = warp.read %z : !R
  %jf = warp.read %j : !R
  %zj = warp.add %zf, %jf : si32
  warp.store %zj, %out[%i, %c5] : !warp.array<si32, 2>, si32, si32
  warp.return
}
