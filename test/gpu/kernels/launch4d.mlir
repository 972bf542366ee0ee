// launch4d.py in the warp dialect.
!A4 = !warp.array<f32, 4>
warp.kernel @launch4d(%src: !A4, %dst: !A4, %ids: !warp.array<si32, 4>,
                      %flat: !warp.array<si32, 1>, %marks: !A4) dims(4) {
  %i, %j, %k, %l = warp.tid
  %c0 = warp.constant 0 : si32
  %c2 = warp.constant 2 : si32
  %c10 = warp.constant 10 : si32
  %c100 = warp.constant 100 : si32
  %c1000 = warp.constant 1000 : si32
  %cm1 = warp.constant -1 : si32
  %v = warp.load %src[%i, %j, %k, %l] : !A4, si32, si32, si32, si32
  %two = warp.constant 2.000000e+00 : f32
  %v2 = warp.mul %v, %two : f32
  %ni = warp.sub %cm1, %i : si32
  %nj = warp.sub %cm1, %j : si32
  %nk = warp.sub %cm1, %k : si32
  %nl = warp.sub %cm1, %l : si32
  %w = warp.load %src[%ni, %nj, %nk, %nl] : !A4, si32, si32, si32, si32
  %d = warp.add %v2, %w : f32
  warp.store %d, %dst[%i, %j, %k, %l] : !A4, si32, si32, si32, si32
  %s1 = warp.shape %ids[1] : !warp.array<si32, 4>
  %s2 = warp.shape %ids[2] : !warp.array<si32, 4>
  %s3 = warp.shape %ids[3] : !warp.array<si32, 4>
  %t0 = warp.mul %i, %s1 : si32
  %t1 = warp.add %t0, %j : si32
  %t2 = warp.mul %t1, %s2 : si32
  %t3 = warp.add %t2, %k : si32
  %t4 = warp.mul %t3, %s3 : si32
  %lin = warp.add %t4, %l : si32
  warp.store %lin, %ids[%i, %j, %k, %l] : !warp.array<si32, 4>, si32, si32, si32, si32
  %cube = warp.view %src[%i] : !A4, si32 -> !warp.array<f32, 3>
  %plane = warp.view %src[%i, %j] : !A4, si32, si32 -> !warp.array<f32, 2>
  %row = warp.view %src[%i, %j, %k] : !A4, si32, si32, si32 -> !warp.array<f32, 1>
  %cs = warp.shape %cube[0] : !warp.array<f32, 3>
  %ps = warp.shape %plane[0] : !warp.array<f32, 2>
  %rs = warp.shape %row[0] : !warp.array<f32, 1>
  %e0 = warp.mul %cs, %c1000 : si32
  %e1 = warp.mul %ps, %c100 : si32
  %e2 = warp.mul %rs, %c10 : si32
  %rl = warp.load %row[%l] : !warp.array<f32, 1>, si32
  %req = warp.cmp eq, %rl, %v : f32
  %reqi = warp.cast %req : i1 to si32
  %pkl = warp.load %plane[%k, %l] : !warp.array<f32, 2>, si32, si32
  %cjkl = warp.load %cube[%j, %k, %l] : !warp.array<f32, 3>, si32, si32, si32
  %peq = warp.cmp eq, %pkl, %cjkl : f32
  %peqi = warp.cast %peq : i1 to si32
  %peq2 = warp.mul %peqi, %c2 : si32
  %f0 = warp.add %e0, %e1 : si32
  %f1 = warp.add %f0, %e2 : si32
  %f2 = warp.add %f1, %reqi : si32
  %f3 = warp.add %f2, %peq2 : si32
  warp.store %f3, %flat[%lin] : !warp.array<si32, 1>, si32
  %first = warp.cmp eq, %l, %c0 : si32
  warp.if %first : i1 {
    %out_row = warp.view %marks[%i, %j, %nk] : !A4, si32, si32, si32 -> !warp.array<f32, 1>
    %m0 = warp.mul %i, %c1000 : si32
    %m1 = warp.mul %j, %c100 : si32
    %m2 = warp.add %m0, %m1 : si32
    %m3 = warp.add %m2, %k : si32
    %mf = warp.cast %m3 : si32 to f32
    warp.store %mf, %out_row[%cm1] : !warp.array<f32, 1>, si32
  }
  warp.return
}
