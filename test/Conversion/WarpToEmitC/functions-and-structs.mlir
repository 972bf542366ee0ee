// warp.func becomes a static function, placed before its callers whatever
// the module order; several results come back as one struct, unpacked by
// the caller; warp.struct types become C++ structs, nested ones first.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s --check-prefix=UNUSED
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp

!V = !warp.vec<3xf32>
!Part = !warp.struct<Particle {pos: !V, mass: f32}>
!Body = !warp.struct<Body {part: !Part, id: si32}>

// CHECK:      struct divmod_result {
// CHECK-NEXT:   int32_t r0;
// CHECK-NEXT:   int32_t r1;
// CHECK:      struct Particle {
// CHECK-NEXT:   wp::vec_t<3, float> pos;
// CHECK-NEXT:   float mass;
// CHECK-NEXT:   Particle() = default;
// CHECK-NEXT:   WP_FUNC Particle(wp::vec_t<3, float> pos_, float mass_)
// CHECK-NEXT:       : pos(pos_), mass(mass_) {}
// CHECK-NEXT: };
// CHECK:      struct Body {
// CHECK-NEXT:   Particle part;
// CHECK-NEXT:   int32_t id;

// CHECK-LABEL: static WP_FUNC divmod_result divmod(int32_t v1, int32_t v2)
// CHECK:   = wp::floordiv(v1, v2);
// CHECK:   = wp::mod(v1, v2);
// CHECK:   [[R:v[0-9]+]] = divmod_result({{v[0-9]+}}, {{v[0-9]+}});
// CHECK:   return [[R]];

// CHECK-LABEL: static WP_FUNC Body heavier(Body v1, float v2)
// CHECK:   [[PART:v[0-9]+]] = wp::field<&Body::part>(v1);
// CHECK:   [[MASS:v[0-9]+]] = wp::field<&Particle::mass>([[PART]]);
// CHECK:   [[M2:v[0-9]+]] = [[MASS]] * v2;
// CHECK:   [[P2:v[0-9]+]] = wp::with_field<&Particle::mass>([[PART]], [[M2]]);
// CHECK:   [[B2:v[0-9]+]] = wp::with_field<&Body::part>(v1, [[P2]]);
// CHECK:   return [[B2]];

// CHECK-LABEL: static WP_FUNC void k_body(
// CHECK:   [[Q:v[0-9]+]] = divmod(v1, 3);
// CHECK:   = wp::field<&divmod_result::r0>([[Q]]);
// CHECK:   [[ZERO:v[0-9]+]] = Body();
// CHECK:   = heavier([[ZERO]], 2.0f);
warp.kernel @k(%out: !warp.array<si32, 1>, %bodies: !warp.array<!Body, 1>) dims(1) {
  %i = warp.tid
  %c3 = warp.constant 3 : si32
  %q, %r = warp.call @divmod(%i, %c3) : (si32, si32) -> (si32, si32)
  %s = warp.add %q, %r : si32
  warp.store %s, %out[%i] : !warp.array<si32, 1>, si32
  %z = warp.zero : !Body
  %two = warp.constant 2.0 : f32
  %b = warp.call @heavier(%z, %two) : (!Body, f32) -> !Body
  warp.store %b, %bodies[%i] : !warp.array<!Body, 1>, si32
  warp.return
}

warp.func @divmod(%a: si32, %b: si32) -> (si32, si32) {
  %q = warp.floordiv %a, %b : si32
  %r = warp.mod %a, %b : si32
  warp.return %q, %r : si32, si32
}

warp.func @heavier(%body: !Body, %by: f32) -> !Body {
  %p = warp.getfield %body["part"] : !Body
  %m = warp.getfield %p["mass"] : !Part
  %m2 = warp.mul %m, %by : f32
  %p2 = warp.setfield %p["mass"] = %m2 : !Part
  %b2 = warp.setfield %body["part"] = %p2 : !Body
  warp.return %b2 : !Body
}

// Results nobody reads are not assigned: C++ would warn of a variable set
// but not used (an error under -Werror).
// UNUSED-LABEL: static WP_FUNC void unused_body(
// UNUSED:         heavier({{v[0-9]+}}, 2.0f);
// UNUSED:         [[Q:v[0-9]+]] = divmod(v1, 3);
// UNUSED-NOT:     ::r0
// UNUSED:         = wp::field<&divmod_result::r1>([[Q]]);
warp.kernel @unused(%out: !warp.array<si32, 1>) dims(1) {
  %i = warp.tid
  %c3 = warp.constant 3 : si32
  %z = warp.zero : !Body
  %two = warp.constant 2.0 : f32
  %b = warp.call @heavier(%z, %two) : (!Body, f32) -> !Body
  %q, %r = warp.call @divmod(%i, %c3) : (si32, si32) -> (si32, si32)
  warp.store %r, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}
