// log10 and cosh of values that are constant only once -(-c) folds, which
// happens inside the CPU lowering: warp-lang's compiler folds these calls in
// double, rounded once to float (test/tools/warp-run/libm-constants.test).
warp.kernel @libm_constants(%log10: !warp.array<f32, 1> {warp.name = "log10"}, %cosh: !warp.array<f32, 1> {warp.name = "cosh"}) dims(1) {
  %tid = warp.tid
  %c = warp.constant -3.062500e+00 : f32
  %n = warp.neg %c : f32
  %l = warp.log10 %n : f32
  warp.store %l, %log10[%tid] : !warp.array<f32, 1>, si32
  %d = warp.constant 1.250000e+00 : f32
  %m = warp.neg %d : f32
  %h = warp.cosh %m : f32
  warp.store %h, %cosh[%tid] : !warp.array<f32, 1>, si32
  warp.return
}
