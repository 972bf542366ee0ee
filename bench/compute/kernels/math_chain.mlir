// math_chain.py in the warp dialect.
warp.kernel @math_chain(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>,
                        %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c16 = warp.constant 16 : si32
  %zero = warp.constant 0.000000e+00 : f32
  %one = warp.constant 1.000000e+00 : f32
  %dx = warp.constant 1.250000e-01 : f32
  %ky = warp.constant 9.687500e-01 : f32
  %dy = warp.constant 3.125000e-02 : f32
  %x0 = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %y0 = warp.load %b[%i] : !warp.array<f32, 1>, si32
  %x = warp.var "x" : !warp.ref<f32>
  %y = warp.var "y" : !warp.ref<f32>
  %acc = warp.var "acc" : !warp.ref<f32>
  warp.write %x0, %x : !warp.ref<f32>
  warp.write %y0, %y : !warp.ref<f32>
  warp.write %zero, %acc : !warp.ref<f32>
  warp.for %k = %c0 to %c16 step %c1 : si32 {
    %xv = warp.read %x : !warp.ref<f32>
    %yv = warp.read %y : !warp.ref<f32>
    %av = warp.read %acc : !warp.ref<f32>
    // acc + sin(x) * cos(y) + exp(-x * x) + log(1.0 + y * y) + sqrt(abs(x) + y)
    %s = warp.sin %xv : f32
    %c = warp.cos %yv : f32
    %sc = warp.mul %s, %c : f32
    %t1 = warp.add %av, %sc : f32
    %nx = warp.neg %xv : f32
    %nxx = warp.mul %nx, %xv : f32
    %e = warp.exp %nxx : f32
    %t2 = warp.add %t1, %e : f32
    %yy = warp.mul %yv, %yv : f32
    %lyy = warp.add %one, %yy : f32
    %l = warp.log %lyy : f32
    %t3 = warp.add %t2, %l : f32
    %ax = warp.abs %xv : f32
    %axy = warp.add %ax, %yv : f32
    %q = warp.sqrt %axy : f32
    %t4 = warp.add %t3, %q : f32
    warp.write %t4, %acc : !warp.ref<f32>
    %xn = warp.add %xv, %dx : f32
    warp.write %xn, %x : !warp.ref<f32>
    %ys = warp.mul %yv, %ky : f32
    %yn = warp.add %ys, %dy : f32
    warp.write %yn, %y : !warp.ref<f32>
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
