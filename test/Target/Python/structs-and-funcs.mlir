// Structs print as @wp.struct classes (each after the structs its fields
// hold), functions as @wp.func definitions (each after the functions it
// calls), several results as `-> tuple[...]` unpacked by the caller, a
// field assignment `p.f = x` (nested: `b.part.mass = x`) where a struct is
// read from a variable or a temporary, updated and used; functions sharing
// a `py_name` are Warp overloads of one name.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 1 kernels in 1 modules {{.*}} black ok; 0 failed

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32, id: si32}>
!B = !warp.struct<Body {part: !P, scale: f32, if: si32}>

// CHECK:       import warp as wp
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:  @wp.struct
// CHECK-NEXT:  class Particle:
// CHECK-NEXT:      pos: wp.vec3
// CHECK-NEXT:      mass: float
// CHECK-NEXT:      id: int
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:  @wp.struct
// CHECK-NEXT:  class Body:
// CHECK-NEXT:      part: Particle
// CHECK-NEXT:      scale: float
// CHECK-NEXT:      if_: int

// Callees first, whatever the module's order.
// CHECK-LABEL: def weigh(p: Particle) -> float:
// CHECK-NEXT:      return p.mass * float(p.id)
// CHECK-LABEL: def heavier(p: Particle, by: float) -> Particle:
// CHECK-NEXT:      particle = p
// CHECK-NEXT:      particle.mass = p.mass + by
// CHECK-NEXT:      particle.id = particle.id + 1
// CHECK-NEXT:      weigh(particle)
// CHECK-NEXT:      return particle
// CHECK-LABEL: def split(x: float) -> tuple[float, int]:
// CHECK-NEXT:      return x * 0.5, int(x)
// Two overloads of `twice`.
// CHECK-LABEL: def twice(x: float) -> float:
// CHECK-NEXT:      return x + x
// CHECK-LABEL: def twice(x: int) -> int:
// CHECK-NEXT:      return x * 2
warp.func @heavier(%p: !P {warp.name = "p"}, %by: f32 {warp.name = "by"}) -> !P {
  %m = warp.getfield %p["mass"] : !P
  %m2 = warp.add %m, %by : f32
  %q = warp.setfield %p["mass"] = %m2 : !P
  %id = warp.getfield %q["id"] : !P
  %one = warp.constant 1 : si32
  %id2 = warp.add %id, %one : si32
  %q2 = warp.setfield %q["id"] = %id2 : !P
  %w = warp.call @weigh(%q2) : (!P) -> f32
  warp.return %q2 : !P
}

warp.func @weigh(%p: !P {warp.name = "p"}) -> f32 {
  %m = warp.getfield %p["mass"] : !P
  %id = warp.getfield %p["id"] : !P
  %idf = warp.cast %id : si32 to f32
  %w = warp.mul %m, %idf : f32
  warp.return %w : f32
}

warp.func @split(%x: f32 {warp.name = "x"}) -> (f32, si32) {
  %half = warp.constant 0.5 : f32
  %h = warp.mul %x, %half : f32
  %i = warp.cast %x : f32 to si32
  warp.return %h, %i : f32, si32
}

warp.func @twice_f32(%x: f32 {warp.name = "x"}) -> f32 attributes {py_name = "twice"} {
  %r = warp.add %x, %x : f32
  warp.return %r : f32
}

warp.func @twice_si32(%x: si32 {warp.name = "x"}) -> si32 attributes {py_name = "twice"} {
  %two = warp.constant 2 : si32
  %r = warp.mul %x, %two : si32
  warp.return %r : si32
}

// CHECK-LABEL: def bodies(
// CHECK:           tid = wp.tid()
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// CHECK-NEXT:      n4 = int(3)
// CHECK-NEXT:      x2 = float(1.0)
// CHECK-NEXT:      p = Particle()
// CHECK-NEXT:      v = wp.vec3(x)
// CHECK-NEXT:      x3 = x + x2
// CHECK-NEXT:      p.pos = v
// CHECK-NEXT:      p.mass = x3
// CHECK-NEXT:      p.id = tid
// CHECK-NEXT:      p.pos[n2] = x * 3.0
// The read of `p` is used twice: bound to a name once.
// CHECK-NEXT:      p_prev = p
// CHECK-NEXT:      body = Body(heavier(p_prev, 0.5), 2.0, 7)
// CHECK-NEXT:      out[tid, n] = weigh(body.part)
// CHECK-NEXT:      body.part.mass = 10.0
// CHECK-NEXT:      out[tid, n2] = weigh(body.part) + p_prev.pos[n2]
// CHECK-NEXT:      x4, n5 = split(x * 5.0)
// CHECK-NEXT:      out[tid, n3] = x4 + float(n5)
// A call is not moved past another call.
// CHECK-NEXT:      x5 = twice(x)
// CHECK-NEXT:      out[tid, n4] = x5 + float(twice(body.if_))
warp.kernel @bodies(%x: f32 {warp.name = "x"}, %out: !warp.array<f32, 2> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "x", range = [0.5, 2.0], role = "input", shape = []}, {dtype = f32, name = "out", role = "output", shape = [4, 4]}], launch_dims = [4]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %one = warp.constant 1.0 : f32
  %p = warp.var "p" : !warp.ref<!P>
  %z = warp.zero : !P
  warp.write %z, %p : !warp.ref<!P>
  %p0 = warp.read %p : !warp.ref<!P>
  %v = warp.vec %x : !warp.vec<3xf32>
  %p1 = warp.setfield %p0["pos"] = %v : !P
  %m = warp.add %x, %one : f32
  %p2 = warp.setfield %p1["mass"] = %m : !P
  %p3 = warp.setfield %p2["id"] = %i : !P
  %pos = warp.getfield %p3["pos"] : !P
  %three = warp.constant 3.0 : f32
  %y = warp.mul %x, %three : f32
  %pos2 = warp.insert %y into %pos[%c1] : !warp.vec<3xf32>, si32
  %p4 = warp.setfield %p3["pos"] = %pos2 : !P
  warp.write %p4, %p : !warp.ref<!P>
  %pa = warp.read %p : !warp.ref<!P>
  %half = warp.constant 0.5 : f32
  %h = warp.call @heavier(%pa, %half) : (!P, f32) -> !P
  %two = warp.constant 2.0 : f32
  %seven = warp.constant 7 : si32
  %b = warp.struct %h, %two, %seven : !B
  %part = warp.getfield %b["part"] : !B
  %w = warp.call @weigh(%part) : (!P) -> f32
  warp.store %w, %out[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %part2 = warp.getfield %b["part"] : !B
  %ten = warp.constant 10.0 : f32
  %part3 = warp.setfield %part2["mass"] = %ten : !P
  %b2 = warp.setfield %b["part"] = %part3 : !B
  %part4 = warp.getfield %b2["part"] : !B
  %w2 = warp.call @weigh(%part4) : (!P) -> f32
  %pp = warp.getfield %pa["pos"] : !P
  %py = warp.extract %pp[%c1] : !warp.vec<3xf32>, si32
  %w3 = warp.add %w2, %py : f32
  warp.store %w3, %out[%i, %c1] : !warp.array<f32, 2>, si32, si32
  %five = warp.constant 5.0 : f32
  %x5 = warp.mul %x, %five : f32
  %s:2 = warp.call @split(%x5) : (f32) -> (f32, si32)
  %sf = warp.cast %s#1 : si32 to f32
  %ss = warp.add %s#0, %sf : f32
  warp.store %ss, %out[%i, %c2] : !warp.array<f32, 2>, si32, si32
  %t1 = warp.call @twice_f32(%x) : (f32) -> f32
  %bi = warp.getfield %b2["if"] : !B
  %t2 = warp.call @twice_si32(%bi) : (si32) -> si32
  %t2f = warp.cast %t2 : si32 to f32
  %t3 = warp.add %t1, %t2f : f32
  warp.store %t3, %out[%i, %c3] : !warp.array<f32, 2>, si32, si32
  warp.return
}
