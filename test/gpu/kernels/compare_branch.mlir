// compare_branch.py in the warp dialect.
warp.kernel @compare_branch(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>,
                            %k: !warp.array<si32, 1>, %code: !warp.array<si32, 1>,
                            %val: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.load %b[%i] : !warp.array<f32, 1>, si32
  %n = warp.load %k[%i] : !warp.array<si32, 1>, si32
  %c = warp.var "c" : !warp.ref<si32>
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c10 = warp.constant 10 : si32
  %c100 = warp.constant 100 : si32
  %c1000 = warp.constant 1000 : si32
  %c2000 = warp.constant 2000 : si32
  %cm5 = warp.constant -5 : si32
  warp.write %c0, %c : !warp.ref<si32>
  %lt = warp.cmp lt, %x, %y : f32
  warp.if %lt : i1 {
    warp.write %c1, %c : !warp.ref<si32>
  } else {
    %eq = warp.cmp eq, %x, %y : f32
    warp.if %eq : i1 {
      warp.write %c2, %c : !warp.ref<si32>
    } else {
      %gt = warp.cmp gt, %x, %y : f32
      warp.if %gt : i1 {
        warp.write %c3, %c : !warp.ref<si32>
      } else {
        warp.write %c4, %c : !warp.ref<si32>
      }
    }
  }
  %nonneg = warp.cmp ge, %n, %c0 : si32
  %both = warp.and %nonneg : i1 {
    %ne = warp.cmp ne, %x, %y : f32
    warp.yield %ne : i1
  }
  warp.if %both : i1 {
    %v = warp.read %c : !warp.ref<si32>
    %w = warp.add %v, %c10 : si32
    warp.write %w, %c : !warp.ref<si32>
  }
  %small = warp.cmp lt, %n, %cm5 : si32
  %either = warp.or %small : i1 {
    %le = warp.cmp le, %x, %y : f32
    %nle = warp.not %le : i1
    warp.yield %nle : i1
  }
  warp.if %either : i1 {
    %v = warp.read %c : !warp.ref<si32>
    %w = warp.add %v, %c100 : si32
    warp.write %w, %c : !warp.ref<si32>
  }
  %m2 = warp.mod %n, %c2 : si32
  %even = warp.cmp eq, %m2, %c0 : si32
  warp.if %even : i1 {
    %v = warp.read %c : !warp.ref<si32>
    %w = warp.add %v, %c1000 : si32
    warp.write %w, %c : !warp.ref<si32>
  } else {
    %m3 = warp.mod %n, %c3 : si32
    %by3 = warp.cmp eq, %m3, %c0 : si32
    warp.if %by3 : i1 {
      %v = warp.read %c : !warp.ref<si32>
      %w = warp.add %v, %c2000 : si32
      warp.write %w, %c : !warp.ref<si32>
    }
  }
  %final = warp.read %c : !warp.ref<si32>
  warp.store %final, %code[%i] : !warp.array<si32, 1>, si32
  %npos = warp.cmp gt, %n, %c0 : si32
  %v = warp.ifexp %npos : i1 -> f32 {
    warp.yield %x : f32
  } else {
    warp.yield %y : f32
  }
  %ge = warp.cmp ge, %x, %y : f32
  %two = warp.constant 2.000000e+00 : f32
  %one = warp.constant 1.000000e+00 : f32
  %v2 = warp.mul %v, %two : f32
  %v1 = warp.sub %v, %one : f32
  %r = warp.where %ge, %v2, %v1 : i1, f32
  warp.store %r, %val[%i] : !warp.array<f32, 1>, si32
  warp.return
}
