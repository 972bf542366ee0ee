// Every message of the composite builtins' parsers and verifiers, and the
// operand kinds Warp 1.19 rejects.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

// Constructors.

warp.func @f(%x: f32) {
  // expected-error @+1 {{expected a warp vector type, got 'f32'}}
  %v = warp.vec %x : f32
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{'!warp.vec<3xf32>' takes 3 elements, or 1 to fill every element, got 2 (the zero vector is warp.zero)}}
  %v = warp.vec %x, %x : !warp.vec<3xf32>
  warp.return
}

// -----

warp.func @f(%x: f32, %y: f64) {
  // expected-error @+1 {{'warp.vec' op operand #1 has type 'f64', but building '!warp.vec<2xf32>' takes 'f32'; Warp does not convert implicitly}}
  %v = "warp.vec"(%x, %y) : (f32, f64) -> !warp.vec<2xf32>
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{expected a warp matrix type, got '!warp.vec<2xf32>'}}
  %m = warp.mat %x : !warp.vec<2xf32>
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{'!warp.mat<2x2xf32>' takes 4 elements in row-major order, or 1 to fill every element, got 2 (rows and columns are warp.matrix_from_rows and warp.matrix_from_cols)}}
  %m = warp.mat %x, %x : !warp.mat<2x2xf32>
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'!warp.mat<2x3xf32>' takes 2 row vectors, got 3}}
  %m = warp.matrix_from_rows %v, %v, %v : !warp.mat<2x3xf32>
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.matrix_from_cols' op operand #0 has type '!warp.vec<3xf32>', but building '!warp.mat<2x2xf32>' takes '!warp.vec<2xf32>'; Warp does not convert implicitly}}
  %m = "warp.matrix_from_cols"(%v, %v) : (!warp.vec<3xf32>, !warp.vec<3xf32>) -> !warp.mat<2x2xf32>
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<2xf32>) {
  // expected-error @+1 {{'!warp.mat<2x3xf32>' takes 3 column vectors, got 1}}
  %m = warp.matrix_from_cols %v : !warp.mat<2x3xf32>
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{expected a warp quaternion type, got '!warp.vec<4xf32>'}}
  %q = warp.quat %x, %x, %x, %x : !warp.vec<4xf32>
  warp.return
}

// -----

warp.func @f(%x: f32) {
  // expected-error @+1 {{'!warp.quat<f32>' takes 4 components (x, y, z, w), got 3}}
  %q = warp.quat %x, %x, %x : !warp.quat<f32>
  warp.return
}

// -----

warp.func @f(%p: !warp.vec<3xf32>, %q: !warp.quat<f32>) {
  // expected-error @+1 {{expected a warp transform type, got '!warp.quat<f32>'}}
  %t = warp.transform %p, %q : !warp.quat<f32>
  warp.return
}

// -----

warp.func @f(%p: !warp.vec<3xf32>) {
  // expected-error @+1 {{'!warp.transform<f32>' takes a translation p and a rotation q, got 1 operands}}
  %t = warp.transform %p : !warp.transform<f32>
  warp.return
}

// -----

warp.func @f(%p: !warp.vec<3xf64>, %q: !warp.quat<f32>) {
  // expected-error @+1 {{'warp.transform' op operand #0 has type '!warp.vec<3xf64>', but building '!warp.transform<f32>' takes '!warp.vec<3xf32>'; Warp does not convert implicitly}}
  %t = "warp.transform"(%p, %q) : (!warp.vec<3xf64>, !warp.quat<f32>) -> !warp.transform<f32>
  warp.return
}

// -----

// wp.identity(n, dtype) is square.
warp.func @f() {
  // expected-error @+1 {{'warp.identity' op result #0 must be square matrix or warp quaternion or warp transform, but got '!warp.mat<2x3xf32>'}}
  %m = warp.identity : !warp.mat<2x3xf32>
  warp.return
}

// -----

// Element access.

warp.func @f(%x: f32, %i: si32) {
  // expected-error @+1 {{cannot index 'f32'; expected a vector, matrix, quaternion or transform}}
  %e = warp.extract %x[%i] : f32, si32
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>, %i: si32) {
  // expected-error @+1 {{'!warp.vec<3xf32>' takes 1 index, got 2}}
  %e = warp.extract %v[%i, %i] : !warp.vec<3xf32>, si32, si32
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<3x3xf32>, %i: si32) {
  // expected-error @+1 {{'!warp.mat<3x3xf32>' takes 1 index (a row) or 2 (an element), got 3}}
  %e = warp.extract %m[%i, %i, %i] : !warp.mat<3x3xf32>, si32, si32, si32
  warp.return
}

// -----

warp.func @f(%q: !warp.quat<f32>, %i: si32) {
  // expected-error @+1 {{'warp.extract' op '!warp.quat<f32>' takes 1 index, got 0}}
  %e = "warp.extract"(%q) : (!warp.quat<f32>) -> f32
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<2x3xf32>, %i: si32) {
  // expected-error @+1 {{'warp.extract' op indexing '!warp.mat<2x3xf32>' with 1 index selects '!warp.vec<3xf32>', but the result has type 'f32'}}
  %e = "warp.extract"(%m, %i) : (!warp.mat<2x3xf32>, si32) -> f32
  warp.return
}

// -----

warp.func @f(%v: !warp.vec<3xf32>, %x: f64, %i: si32) {
  // expected-error @+1 {{'warp.insert' op indexing '!warp.vec<3xf32>' with 1 index selects 'f32', but the value has type 'f64'}}
  %w = "warp.insert"(%x, %v, %i) : (f64, !warp.vec<3xf32>, si32) -> !warp.vec<3xf32>
  warp.return
}

// -----

// Indices are Warp integers.
warp.func @f(%v: !warp.vec<3xf32>, %i: f32) {
  // expected-error @+1 {{'warp.extract' op operand #1 must be variadic of Warp integer index, but got 'f32'}}
  %e = warp.extract %v[%i] : !warp.vec<3xf32>, f32
  warp.return
}

// -----

// Builtins.

warp.func @f(%a: !warp.vec<3xf32>, %b: !warp.vec<2xf64>) {
  // expected-error @+1 {{'warp.outer' op operands have element types 'f32' and 'f64'; Warp does not convert implicitly}}
  %m = warp.outer %a, %b : !warp.vec<3xf32>, !warp.vec<2xf64> -> !warp.mat<3x2xf32>
  warp.return
}

// -----

warp.func @f(%a: !warp.vec<3xf32>, %b: !warp.vec<2xf32>) {
  // expected-error @+1 {{'warp.outer' op the outer product of '!warp.vec<3xf32>' and '!warp.vec<2xf32>' is '!warp.mat<3x2xf32>', but the result has type '!warp.mat<2x3xf32>'}}
  %m = warp.outer %a, %b : !warp.vec<3xf32>, !warp.vec<2xf32> -> !warp.mat<2x3xf32>
  warp.return
}

// -----

warp.func @f(%c: i1, %a: f32, %b: f64) {
  // expected-error @+1 {{'warp.where' op values have types 'f32' and 'f64'; wp.where takes two values of one type}}
  %r = "warp.where"(%c, %a, %b) : (i1, f32, f64) -> f32
  warp.return
}

// -----

warp.func @f(%c: i1, %a: f32) {
  // expected-error @+1 {{'warp.where' op result has type 'f64', but the values have type 'f32'}}
  %r = "warp.where"(%c, %a, %a) : (i1, f32, f32) -> f64
  warp.return
}

// -----

// Warp rejects a float condition.
warp.func @f(%c: f32, %a: f32) {
  // expected-error @+1 {{'warp.where' op operand #0 must be wp.bool (i1) or Warp integer (si8..si64, ui8..ui64) or warp array, but got 'f32'}}
  %r = warp.where %c, %a, %a : f32, f32
  warp.return
}

// -----

// wp.length has no integer overload; wp.length_sq does.
warp.func @f(%v: !warp.vec<3xsi32>) {
  // expected-error @+1 {{custom op 'warp.length' 'x' must be vector of floats or warp quaternion, but got '!warp.vec<3xsi32>'}}
  %l = warp.length %v : !warp.vec<3xsi32>
  warp.return
}

// -----

warp.func @f(%a: !warp.vec<3xf32>, %b: !warp.vec<3xf64>) {
  // expected-error @+1 {{'warp.dot' op failed to verify that all of {lhs, rhs} have same type}}
  %d = "warp.dot"(%a, %b) : (!warp.vec<3xf32>, !warp.vec<3xf64>) -> f32
  warp.return
}

// -----

warp.func @f(%a: !warp.vec<2xf32>) {
  // expected-error @+1 {{'warp.cross' op operand #0 must be vector of length 3, but got '!warp.vec<2xf32>'}}
  %c = warp.cross %a, %a : !warp.vec<2xf32>
  warp.return
}

// -----

// Warp implements determinant and inverse for 2x2, 3x3 and 4x4 floats only.
warp.func @f(%m: !warp.mat<5x5xf32>) {
  // expected-error @+1 {{custom op 'warp.determinant' 'x' must be 2x2, 3x3 or 4x4 matrix of floats, but got '!warp.mat<5x5xf32>'}}
  %d = warp.determinant %m : !warp.mat<5x5xf32>
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<2x2xsi32>) {
  // expected-error @+1 {{'warp.inverse' op operand #0 must be 2x2, 3x3 or 4x4 matrix of floats, but got '!warp.mat<2x2xsi32>'}}
  %i = warp.inverse %m : !warp.mat<2x2xsi32>
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<2x3xf32>) {
  // expected-error @+1 {{custom op 'warp.trace' 'x' must be square matrix, but got '!warp.mat<2x3xf32>'}}
  %t = warp.trace %m : !warp.mat<2x3xf32>
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<2x3xf32>) {
  // expected-error @+1 {{'warp.transpose' op failed to verify that result is the transposed operand type}}
  %t = "warp.transpose"(%m) : (!warp.mat<2x3xf32>) -> !warp.mat<2x3xf32>
  warp.return
}

// -----

// wp.cw_mul has no quaternion overload.
warp.func @f(%q: !warp.quat<f32>) {
  // expected-error @+1 {{'warp.cw_mul' op operand #0 must be warp vector or warp matrix, but got '!warp.quat<f32>'}}
  %r = warp.cw_mul %q, %q : !warp.quat<f32>
  warp.return
}

// -----

warp.func @f(%a: !warp.vec<3xf64>, %x: f32) {
  // expected-error @+1 {{'warp.quat_from_axis_angle' op failed to verify that angle is the axis' element type}}
  %q = "warp.quat_from_axis_angle"(%a, %x) : (!warp.vec<3xf64>, f32) -> !warp.quat<f64>
  warp.return
}

// -----

warp.func @f(%m: !warp.mat<3x3xf32>, %v: !warp.vec<3xf32>) {
  // expected-error @+1 {{custom op 'warp.transform_point' 'xform' must be warp transform or 4x4 matrix of floats, but got '!warp.mat<3x3xf32>'}}
  %r = warp.transform_point %m, %v : !warp.mat<3x3xf32>
  warp.return
}
