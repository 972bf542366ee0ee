// Semi-implicit Euler for particles under gravity with a ground plane,
// as a Warp programmer would write it:
//
//   @wp.struct
//   class Particle:
//       pos: wp.vec3
//       vel: wp.vec3
//       inv_mass: float
//
//   @wp.kernel
//   def integrate(particles: wp.array(dtype=Particle), dt: float, steps: int,
//                 energy: wp.array(dtype=float)):
//       i = wp.tid()
//       p = particles[i]
//       if p.inv_mass == 0.0:
//           return
//       g = wp.vec3(0.0, -9.8, 0.0)
//       for s in range(steps):
//           p.vel = p.vel + g * dt
//           p.pos = p.pos + p.vel * dt
//           if p.pos[1] < 0.0:
//               p.pos[1] = 0.0
//               p.vel = -p.vel * 0.5
//       particles[i] = p
//       energy[0] += 0.5 * wp.length_sq(p.vel) / p.inv_mass
warp.kernel @integrate(%particles: !warp.array<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>, 1>,
                       %dt: f32, %steps: si32, %energy: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %p = warp.var "p" : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
  %loaded = warp.load %particles[%i] : !warp.array<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>, 1>, si32
  warp.write %loaded, %p : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
  %fzero = warp.constant 0.000000e+00 : f32
  %inv_mass = warp.getfield %loaded["inv_mass"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
  %pinned = warp.cmp eq, %inv_mass, %fzero : f32
  warp.if %pinned : i1 {
    warp.return
  }
  %gy = warp.constant -9.800000e+00 : f32
  %g = warp.vec %fzero, %gy, %fzero : !warp.vec<3xf32>
  %zero = warp.constant 0 : si32
  %one = warp.constant 1 : si32
  warp.for %s = %zero to %steps step %one : si32 {
    %p0 = warp.read %p : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
    %vel = warp.getfield %p0["vel"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
    %gdt = warp.mul %g, %dt : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %vel1 = warp.add %vel, %gdt : !warp.vec<3xf32>
    %p1 = warp.setfield %p0["vel"] = %vel1 : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
    %pos = warp.getfield %p1["pos"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
    %vdt = warp.mul %vel1, %dt : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
    %pos1 = warp.add %pos, %vdt : !warp.vec<3xf32>
    %p2 = warp.setfield %p1["pos"] = %pos1 : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
    warp.write %p2, %p : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
    %height = warp.extract %pos1[%one] : !warp.vec<3xf32>, si32
    %below = warp.cmp lt, %height, %fzero : f32
    warp.if %below : i1 {
      %ground = warp.insert %fzero into %pos1[%one] : !warp.vec<3xf32>, si32
      %half = warp.constant 5.000000e-01 : f32
      %back = warp.neg %vel1 : !warp.vec<3xf32>
      %damped = warp.mul %back, %half : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
      %p3 = warp.setfield %p2["pos"] = %ground : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
      %p4 = warp.setfield %p3["vel"] = %damped : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
      warp.write %p4, %p : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
    }
  }
  %final = warp.read %p : !warp.ref<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>>
  warp.store %final, %particles[%i] : !warp.array<!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>, 1>, si32
  %v = warp.getfield %final["vel"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
  %im = warp.getfield %final["inv_mass"] : !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, inv_mass: f32}>
  %v2 = warp.length_sq %v : !warp.vec<3xf32>
  %halfk = warp.constant 5.000000e-01 : f32
  %k = warp.mul %halfk, %v2 : f32
  %e = warp.div %k, %im : f32
  %old = warp.atomic add %energy[%zero], %e : !warp.array<f32, 1>, si32
  warp.return
}
