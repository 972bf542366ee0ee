// Every message of the struct ops' parsers and verifiers.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%p: !P) {
  // expected-error @+1 {{struct "Particle" has no field "speed"}}
  %s = warp.getfield %p["speed"] : !P
  warp.return
}

// -----

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%p: !P) {
  // expected-error @+1 {{'warp.getfield' op struct "Particle" has no field "speed"}}
  %s = "warp.getfield"(%p) <{field = "speed"}> : (!P) -> f32
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{expected a warp struct type, got '!warp.vec<3xf32>'}}
  %s = warp.getfield %v["x"] : !warp.vec<3xf32>
  warp.return
}

// -----

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%p: !P) {
  // expected-error @+1 {{'warp.getfield' op field "mass" of struct "Particle" has type 'f32', but the result has type 'f64'}}
  %s = "warp.getfield"(%p) <{field = "mass"}> : (!P) -> f64
  warp.return
}

// -----

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%p: !P, %m: f64) {
  // expected-error @+1 {{'warp.setfield' op field "mass" of struct "Particle" has type 'f32', but the value has type 'f64'}}
  %q = "warp.setfield"(%p, %m) <{field = "mass"}> : (!P, f64) -> !P
  warp.return
}

// -----

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%m: f32) {
  // expected-error @+1 {{struct "Particle" has 2 fields, got 1 values (the default constructor is warp.zero)}}
  %p = warp.struct %m : !P
  warp.return
}

// -----

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

warp.func @f(%v: !warp.vec<3xf32>, %m: f64) {
  // expected-error @+1 {{'warp.struct' op operand #1 has type 'f64', but building '!warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>' takes 'f32'; Warp does not convert implicitly}}
  %p = "warp.struct"(%v, %m) : (!warp.vec<3xf32>, f64) -> !P
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{expected a warp struct type, got 'f32'}}
  %p = warp.struct %x : f32
  warp.return
}
