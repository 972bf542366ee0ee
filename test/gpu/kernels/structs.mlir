// structs.py in the warp dialect.
!V3 = !warp.vec<3xf32>
!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, mass: f32, id: si32}>
!B = !warp.struct<Body {part: !P, scale: f32, data: !warp.array<f32, 1>}>

warp.func @advance(%p: !P, %dt: f32) -> !P {
  %pos = warp.getfield %p["pos"] : !P
  %vel = warp.getfield %p["vel"] : !P
  %vdt = warp.mul %vel, %dt : (!V3, f32) -> !V3
  %np = warp.add %pos, %vdt : !V3
  %q1 = warp.setfield %p["pos"] = %np : !P
  %m = warp.getfield %q1["mass"] : !P
  %half = warp.constant 5.000000e-01 : f32
  %m2 = warp.mul %m, %half : f32
  %q2 = warp.setfield %q1["mass"] = %m2 : !P
  %id = warp.getfield %q2["id"] : !P
  %one = warp.constant 1 : si32
  %id1 = warp.add %id, %one : si32
  %q3 = warp.setfield %q2["id"] = %id1 : !P
  warp.return %q3 : !P
}

warp.func @energy(%b: !B) -> f32 {
  %part = warp.getfield %b["part"] : !B
  %v = warp.getfield %part["vel"] : !P
  %half = warp.constant 5.000000e-01 : f32
  %mass = warp.getfield %part["mass"] : !P
  %hm = warp.mul %half, %mass : f32
  %vv = warp.dot %v, %v : !V3
  %hmv = warp.mul %hm, %vv : f32
  %scale = warp.getfield %b["scale"] : !B
  %e = warp.mul %hmv, %scale : f32
  %data = warp.getfield %b["data"] : !B
  %id = warp.getfield %part["id"] : !P
  %c4 = warp.constant 4 : si32
  %slot = warp.mod %id, %c4 : si32
  %d = warp.load %data[%slot] : !warp.array<f32, 1>, si32
  %r = warp.add %e, %d : f32
  warp.return %r : f32
}

warp.kernel @structs(%pos: !warp.array<!V3, 1>, %vel: !warp.array<!V3, 1>,
                     %mass: !warp.array<f32, 1>, %table: !warp.array<f32, 1>,
                     %vout: !warp.array<!V3, 2>, %fout: !warp.array<f32, 2>,
                     %iout: !warp.array<si32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %p = warp.var "p" : !warp.ref<!P>
  %z = warp.zero : !P
  warp.write %z, %p : !warp.ref<!P>
  %p0 = warp.read %p : !warp.ref<!P>
  %id0 = warp.getfield %p0["id"] : !P
  warp.store %id0, %iout[%i, %c0] : !warp.array<si32, 2>, si32, si32
  %m0 = warp.getfield %p0["mass"] : !P
  %pos0 = warp.getfield %p0["pos"] : !P
  %pz = warp.extract %pos0[%c2] : !V3, si32
  %f0 = warp.add %m0, %pz : f32
  warp.store %f0, %fout[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %xi = warp.load %pos[%i] : !warp.array<!V3, 1>, si32
  %p1 = warp.setfield %p0["pos"] = %xi : !P
  %vi = warp.load %vel[%i] : !warp.array<!V3, 1>, si32
  %p2 = warp.setfield %p1["vel"] = %vi : !P
  %mi = warp.load %mass[%i] : !warp.array<f32, 1>, si32
  %p3 = warp.setfield %p2["mass"] = %mi : !P
  %i3 = warp.mul %i, %c3 : si32
  %p4 = warp.setfield %p3["id"] = %i3 : !P
  warp.write %p4, %p : !warp.ref<!P>
  %dt = warp.constant 2.500000e-01 : f32
  %pa = warp.read %p : !warp.ref<!P>
  %q = warp.call @advance(%pa, %dt) : (!P, f32) -> !P
  %qpos = warp.getfield %q["pos"] : !P
  warp.store %qpos, %vout[%i, %c0] : !warp.array<!V3, 2>, si32, si32
  %ppos = warp.getfield %pa["pos"] : !P
  warp.store %ppos, %vout[%i, %c1] : !warp.array<!V3, 2>, si32, si32
  %qm = warp.getfield %q["mass"] : !P
  %pm = warp.getfield %pa["mass"] : !P
  %dm = warp.sub %qm, %pm : f32
  warp.store %dm, %fout[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %qid = warp.getfield %q["id"] : !P
  %pid = warp.getfield %pa["id"] : !P
  %did = warp.sub %qid, %pid : si32
  warp.store %did, %iout[%i, %c1] : !warp.array<si32, 2>, si32, si32
  %one = warp.constant 1.000000e+00 : f32
  %heavy = warp.cmp gt, %pm, %one : f32
  warp.if %heavy : i1 {
    %pb = warp.read %p : !warp.ref<!P>
    %pv = warp.getfield %pb["vel"] : !P
    %npv = warp.neg %pv : !V3
    %pc = warp.setfield %pb["vel"] = %npv : !P
    warp.write %pc, %p : !warp.ref<!P>
    %pd = warp.read %p : !warp.ref<!P>
    %cm1 = warp.constant -1 : si32
    %pe = warp.setfield %pd["id"] = %cm1 : !P
    warp.write %pe, %p : !warp.ref<!P>
  }
  %dt2 = warp.constant 1.250000e-01 : f32
  warp.for %k = %c0 to %c3 step %c1 : si32 {
    %pk = warp.read %p : !warp.ref<!P>
    %pn = warp.call @advance(%pk, %dt2) : (!P, f32) -> !P
    warp.write %pn, %p : !warp.ref<!P>
  }
  %pf = warp.read %p : !warp.ref<!P>
  %pfpos = warp.getfield %pf["pos"] : !P
  warp.store %pfpos, %vout[%i, %c2] : !warp.array<!V3, 2>, si32, si32
  %pfvel = warp.getfield %pf["vel"] : !P
  warp.store %pfvel, %vout[%i, %c3] : !warp.array<!V3, 2>, si32, si32
  %pfid = warp.getfield %pf["id"] : !P
  warp.store %pfid, %iout[%i, %c2] : !warp.array<si32, 2>, si32, si32
  %bz = warp.zero : !B
  %b1 = warp.setfield %bz["part"] = %q : !B
  %three = warp.constant 3.000000e+00 : f32
  %b2 = warp.setfield %b1["scale"] = %three : !B
  %b3 = warp.setfield %b2["data"] = %table : !B
  %e1 = warp.call @energy(%b3) : (!B) -> f32
  warp.store %e1, %fout[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %part = warp.getfield %b3["part"] : !B
  %ten = warp.constant 1.000000e+01 : f32
  %part2 = warp.setfield %part["mass"] = %ten : !P
  %b4 = warp.setfield %b3["part"] = %part2 : !B
  %e2 = warp.call @energy(%b4) : (!B) -> f32
  warp.store %e2, %fout[%i, %c3] : !warp.array<f32, 2>, si32, si32
  warp.store %qm, %fout[%i, %c4] : !warp.array<f32, 2>, si32, si32
  warp.return
}
