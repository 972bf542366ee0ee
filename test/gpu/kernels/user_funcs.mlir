// user_funcs.py in the warp dialect.
!V3 = !warp.vec<3xf32>

warp.func @scale_f32(%x: f32, %s: f32) -> f32 attributes {py_name = "scale"} {
  %xs = warp.mul %x, %s : f32
  %one = warp.constant 1.000000e+00 : f32
  %r = warp.add %xs, %one : f32
  warp.return %r : f32
}

warp.func @scale_si32(%x: si32, %s: si32) -> si32 attributes {py_name = "scale"} {
  %xs = warp.mul %x, %s : si32
  %one = warp.constant 1 : si32
  %r = warp.add %xs, %one : si32
  warp.return %r : si32
}

warp.func @scale_vec3(%x: !V3, %s: f32) -> !V3 attributes {py_name = "scale"} {
  %r = warp.mul %x, %s : (!V3, f32) -> !V3
  warp.return %r : !V3
}

warp.func @first_above(%a: !warp.array<f32, 1>, %t: f32) -> si32 {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %n = warp.shape %a[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %v = warp.load %a[%j] : !warp.array<f32, 1>, si32
    %above = warp.cmp gt, %v, %t : f32
    warp.if %above : i1 {
      warp.return %j : si32
    }
  }
  %cm1 = warp.constant -1 : si32
  warp.return %cm1 : si32
}

warp.func @classify(%x: f32) -> si32 {
  %zero = warp.constant 0.000000e+00 : f32
  %neg = warp.cmp lt, %x, %zero : f32
  warp.if %neg : i1 {
    %cm1 = warp.constant -1 : si32
    warp.return %cm1 : si32
  } else {
    %eq = warp.cmp eq, %x, %zero : f32
    warp.if %eq : i1 {
      %c0 = warp.constant 0 : si32
      warp.return %c0 : si32
    }
  }
  %hundred = warp.constant 1.000000e+02 : f32
  %big = warp.cmp gt, %x, %hundred : f32
  warp.if %big : i1 {
    %c2 = warp.constant 2 : si32
    warp.return %c2 : si32
  }
  %c1 = warp.constant 1 : si32
  warp.return %c1 : si32
}

warp.func @divmod_floor(%a: si32, %b: si32) -> (si32, si32) {
  %q = warp.floordiv %a, %b : si32
  %r = warp.mod %a, %b : si32
  warp.return %q, %r : si32, si32
}

warp.func @put(%out: !warp.array<si32, 2>, %i: si32, %j: si32, %v: si32) {
  %c0 = warp.constant 0 : si32
  %neg = warp.cmp lt, %v, %c0 : si32
  warp.if %neg : i1 {
    %nv = warp.neg %v : si32
    warp.store %nv, %out[%i, %j] : !warp.array<si32, 2>, si32, si32
    warp.return
  }
  %c2 = warp.constant 2 : si32
  %v2 = warp.mul %v, %c2 : si32
  warp.store %v2, %out[%i, %j] : !warp.array<si32, 2>, si32, si32
  warp.return
}

warp.func @poly(%x: f32) -> f32 {
  %two = warp.constant 2.000000e+00 : f32
  %half = warp.constant 5.000000e-01 : f32
  %a = warp.call @scale_f32(%x, %two) : (f32, f32) -> f32
  %b = warp.call @scale_f32(%a, %x) : (f32, f32) -> f32
  %c = warp.call @scale_f32(%x, %half) : (f32, f32) -> f32
  %r = warp.sub %b, %c : f32
  warp.return %r : f32
}

warp.kernel @user_funcs(%x: !warp.array<f32, 1>, %n: !warp.array<si32, 1>,
                        %table: !warp.array<f32, 1>, %fout: !warp.array<f32, 2>,
                        %iout: !warp.array<si32, 2>, %vout: !warp.array<!V3, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c7 = warp.constant 7 : si32
  %c50 = warp.constant 50 : si32
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %ni = warp.load %n[%i] : !warp.array<si32, 1>, si32
  %three = warp.constant 3.000000e+00 : f32
  %f0 = warp.call @scale_f32(%xi, %three) : (f32, f32) -> f32
  warp.store %f0, %fout[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %f1 = warp.call @poly(%xi) : (f32) -> f32
  warp.store %f1, %fout[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %acc = warp.var "acc" : !warp.ref<f32>
  %zero = warp.constant 0.000000e+00 : f32
  warp.write %zero, %acc : !warp.ref<f32>
  warp.for %k = %c0 to %c4 step %c1 : si32 {
    %av = warp.read %acc : !warp.ref<f32>
    %an = warp.call @scale_f32(%av, %xi) : (f32, f32) -> f32
    warp.write %an, %acc : !warp.ref<f32>
  }
  %f2 = warp.read %acc : !warp.ref<f32>
  warp.store %f2, %fout[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %i0 = warp.call @scale_si32(%ni, %c7) : (si32, si32) -> si32
  warp.store %i0, %iout[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %i1 = warp.call @first_above(%table, %xi) : (!warp.array<f32, 1>, f32) -> si32
  warp.store %i1, %iout[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %i2 = warp.call @classify(%xi) : (f32) -> si32
  warp.store %i2, %iout[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %qr:2 = warp.call @divmod_floor(%ni, %c7) : (si32, si32) -> (si32, si32)
  warp.store %qr#0, %iout[%i, %c3] : !warp.array<si32, 2>, si32, si32
  warp.store %qr#1, %iout[%i, %c4] : !warp.array<si32, 2>, si32, si32
  %nm = warp.sub %ni, %c50 : si32
  warp.call @put(%iout, %i, %c5, %nm) : (!warp.array<si32, 2>, si32, si32, si32) -> ()
  %one = warp.constant 1.000000e+00 : f32
  %mtwo = warp.constant -2.000000e+00 : f32
  %v = warp.vec %xi, %one, %mtwo : !V3
  %quarter = warp.constant 2.500000e-01 : f32
  %s = warp.call @scale_f32(%xi, %quarter) : (f32, f32) -> f32
  %vs = warp.call @scale_vec3(%v, %s) : (!V3, f32) -> !V3
  warp.store %vs, %vout[%i] : !warp.array<!V3, 1>, si32
  warp.return
}
