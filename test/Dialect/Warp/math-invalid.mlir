// Every message of the math builtins' parsers and verifiers, and the operand
// kinds Warp 1.19 rejects.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

// Warp has no vector overload of wp.sin.
warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.sin' op operand #0 must be Warp float (f16, f32, f64), but got '!warp.vec<3xf32>'}}
  %r = warp.sin %v : !warp.vec<3xf32>
  warp.return
}

// -----

// Nor an integer overload of wp.sqrt.
warp.func @f(%n: si32) {
  // expected-error @+1 {{'warp.sqrt' op operand #0 must be Warp float (f16, f32, f64), but got 'si32'}}
  %r = warp.sqrt %n : si32
  warp.return
}

// -----

warp.func @f(%y: f32, %x: f64) {
  // expected-error @+1 {{'warp.atan2' op operand #1 has type 'f64' but the result has type 'f32'; Warp does not convert implicitly, cast explicitly}}
  %r = "warp.atan2"(%y, %x) : (f32, f64) -> f32
  warp.return
}

// -----

// wp.step and wp.nonzero are scalar only; wp.abs and wp.sign take vectors.
warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.step' op operand #0 must be Warp number (si8..si64, ui8..ui64, f16, f32, f64), but got '!warp.vec<3xf32>'}}
  %r = warp.step %v : !warp.vec<3xf32>
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<2x2xf32>) {
  // expected-error @+1 {{'warp.abs' op operand #0 must be Warp number or vector, but got '!warp.mat<2x2xf32>'}}
  %r = warp.abs %m : !warp.mat<2x2xf32>
  warp.return
}

// -----

// wp.copysign is float only.
warp.func @f(%n: si32) {
  // expected-error @+1 {{'warp.copysign' op operand #0 must be Warp float (f16, f32, f64), but got 'si32'}}
  %r = warp.copysign %n, %n : si32
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{custom op 'warp.min' of one operand reduces a vector, got 'f32'}}
  %r = warp.min %x : f32
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{custom op 'warp.max' takes two values, or one vector to reduce, got 3 operands}}
  %r = warp.max %x, %x, %x : f32
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{'warp.min' op of one operand reduces a vector, got 'f32'}}
  %r = "warp.min"(%x) : (f32) -> f32
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.max' op reduces '!warp.vec<3xf32>' to 'f32', but the result has type 'f64'}}
  %r = "warp.max"(%v) : (!warp.vec<3xf32>) -> f64
  warp.return
}

// -----

warp.func @f(%a: !warp.vec<3xf32>, %b: !warp.vec<3xf64>) {
  // expected-error @+1 {{'warp.min' op operand #1 has type '!warp.vec<3xf64>' but the result has type '!warp.vec<3xf32>'; Warp does not convert implicitly, cast explicitly}}
  %r = "warp.min"(%a, %b) : (!warp.vec<3xf32>, !warp.vec<3xf64>) -> !warp.vec<3xf32>
  warp.return
}

// -----

// wp.clamp has no vector overload.
warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.clamp' op operand #0 must be Warp number (si8..si64, ui8..ui64, f16, f32, f64), but got '!warp.vec<3xf32>'}}
  %r = warp.clamp %v, %v, %v : !warp.vec<3xf32>
  warp.return
}

// -----

// wp.lerp's factor is a scalar of the element type.
warp.func @f(%v: !warp.vec<3xf32>, %t: f64) {
  // expected-error @+1 {{'warp.lerp' op failed to verify that t is the element type of a}}
  %r = "warp.lerp"(%v, %v, %t) : (!warp.vec<3xf32>, !warp.vec<3xf32>, f64) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xsi32>, %t: si32) {
  // expected-error @+1 {{'warp.lerp' op operand #0 must be Warp float, or vector, matrix, quaternion or transform of floats, but got '!warp.vec<3xsi32>'}}
  %r = "warp.lerp"(%v, %v, %t) : (!warp.vec<3xsi32>, !warp.vec<3xsi32>, si32) -> !warp.vec<3xsi32>
  warp.return
}

// -----

// wp.isnan has no transform or integer overload.
warp.func @f(%t: !warp.transform<f32>) {
  // expected-error @+1 {{'warp.isnan' op operand #0 must be Warp float (f16, f32, f64) or vector of floats or matrix of floats or warp quaternion, but got '!warp.transform<f32>'}}
  %r = warp.isnan %t : !warp.transform<f32>
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xsi32>) {
  // expected-error @+1 {{'warp.isfinite' op operand #0 must be Warp float (f16, f32, f64) or vector of floats or matrix of floats or warp quaternion, but got '!warp.vec<3xsi32>'}}
  %r = warp.isfinite %v : !warp.vec<3xsi32>
  warp.return
}
