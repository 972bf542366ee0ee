// Every verifier and parser message of the arithmetic operators, once each.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k(%a: si32, %b: f32) {
  // expected-error @+1 {{'warp.add' op operands have types 'si32' and 'f32'; Warp does not convert implicitly, cast one explicitly}}
  %c = "warp.add"(%a, %b) : (si32, f32) -> f32
  warp.return
}

// -----

warp.kernel @k(%a: i1) {
  // expected-error @+1 {{'warp.add' op Warp's `+` takes numbers (si8..si64, ui8..ui64, f16, f32, f64) and vectors, matrices, quaternions or transforms of them, got 'i1'}}
  %c = warp.add %a, %a : i1
  warp.return
}

// -----

// Warp has no integer `**`.
warp.kernel @k(%a: si32) {
  // expected-error @+1 {{'warp.pow' op Warp's `**` takes floats (f16, f32, f64), got 'si32'}}
  %c = warp.pow %a, %a : si32
  warp.return
}

// -----

warp.kernel @k(%a: f32, %b: f32) {
  // expected-error @+1 {{'warp.add' op result has type 'f64' but Warp's `+` of 'f32' and 'f32' yields 'f32'}}
  %c = "warp.add"(%a, %b) : (f32, f32) -> f64
  warp.return
}

// -----

// A vector is scaled only by its own element type.
warp.kernel @k(%v: !warp.vec<3xf32>, %s: f64) {
  // expected-error @+1 {{'warp.mul' op cannot scale '!warp.vec<3xf32>' by 'f64': the scalar must have the element type 'f32'; Warp does not convert implicitly}}
  %c = warp.mul %v, %s : (!warp.vec<3xf32>, f64) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%m: !warp.mat<3x3xf32>, %v: !warp.vec<3xf64>) {
  // expected-error @+1 {{'warp.mul' op cannot multiply '!warp.mat<3x3xf32>' by '!warp.vec<3xf64>': element types differ and Warp does not convert implicitly}}
  %c = warp.mul %m, %v : (!warp.mat<3x3xf32>, !warp.vec<3xf64>) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%m: !warp.mat<2x3xf32>, %v: !warp.vec<2xf32>) {
  // expected-error @+1 {{'warp.mul' op cannot multiply '!warp.mat<2x3xf32>' by '!warp.vec<2xf32>': the left operand has 3 columns but the right one has 2 components}}
  %c = warp.mul %m, %v : (!warp.mat<2x3xf32>, !warp.vec<2xf32>) -> !warp.vec<2xf32>
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xf32>, %m: !warp.mat<2x3xf32>) {
  // expected-error @+1 {{'warp.matmul' op cannot multiply '!warp.vec<3xf32>' by '!warp.mat<2x3xf32>': the left operand has 3 components but the right one has 2 rows}}
  %c = warp.matmul %v, %m : (!warp.vec<3xf32>, !warp.mat<2x3xf32>) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%m: !warp.mat<2x2xf32>, %n: !warp.mat<3x3xf32>) {
  // expected-error @+1 {{'warp.mul' op cannot multiply '!warp.mat<2x2xf32>' by '!warp.mat<3x3xf32>': the left operand has 2 columns but the right one has 3 rows}}
  %c = warp.mul %m, %n : (!warp.mat<2x2xf32>, !warp.mat<3x3xf32>) -> !warp.mat<2x2xf32>
  warp.return
}

// -----

// Warp has no `vec * vec` (that is wp.cw_mul or wp.dot).
warp.kernel @k(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.mul' op Warp has no `*` for '!warp.vec<3xf32>' and '!warp.vec<3xf32>'; it takes two scalars, quaternions or transforms of one type, vectors, matrices, quaternions or transforms with their element type on either side, or matrix-vector, vector-matrix and matrix-matrix products}}
  %c = warp.mul %v, %v : !warp.vec<3xf32>
  warp.return
}

// -----

// Warp has no transform division.
warp.kernel @k(%t: !warp.transform<f32>, %s: f32) {
  // expected-error @+1 {{'warp.div' op Warp has no `/` for '!warp.transform<f32>' and 'f32'; it takes two scalars of one type, vectors, matrices or quaternions with their element type on either side}}
  %c = warp.div %t, %s : (!warp.transform<f32>, f32) -> !warp.transform<f32>
  warp.return
}

// -----

// `%` takes no scalar on the side of a vector.
warp.kernel @k(%v: !warp.vec<3xf32>, %s: f32) {
  // expected-error @+1 {{'warp.mod' op Warp has no `%` for '!warp.vec<3xf32>' and 'f32'; it takes two scalars or vectors of one type}}
  %c = warp.mod %v, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xf32>, %w: !warp.vec<2xf32>) {
  // expected-error @+1 {{'warp.sub' op operands have types '!warp.vec<3xf32>' and '!warp.vec<2xf32>'; Warp does not convert implicitly, cast one explicitly}}
  %c = warp.sub %v, %w : (!warp.vec<3xf32>, !warp.vec<2xf32>) -> !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%t: !warp.transform<f32>) {
  // expected-error @+1 {{'warp.neg' op Warp has no unary `-` for '!warp.transform<f32>'; it takes scalars, vectors, matrices or quaternions}}
  %c = warp.neg %t : !warp.transform<f32>
  warp.return
}

// -----

warp.kernel @k(%b: i1) {
  // expected-error @+1 {{'warp.neg' op Warp's `-` takes numbers (si8..si64, ui8..ui64, f16, f32, f64) and vectors, matrices or quaternions of them, got 'i1'}}
  %c = warp.neg %b : i1
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>) {
  // expected-error @+1 {{'warp.add' op operand #0 must be Warp scalar, vector, matrix, quaternion or transform, but got '!warp.array<f32, 1>'}}
  %c = "warp.add"(%a, %a) : (!warp.array<f32, 1>, !warp.array<f32, 1>) -> f32
  warp.return
}

// -----

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{expected one type, or '(lhs, rhs) -> result' for operands of different types}}
  %c = warp.add %a, %a : (f32) -> f32
  warp.return
}
