// Every verifier and parser message of comparisons and `not`, once each.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k(%h: f16, %f: f32) {
  // expected-error @+1 {{'warp.cmp' op Warp cannot compare 'f16' with 'f32': f16 compares only with f16, cast explicitly}}
  %c = warp.cmp lt, %h, %f : f16, f32
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xf32>, %w: !warp.vec<3xf64>) {
  // expected-error @+1 {{'warp.cmp' op Warp compares a vector, matrix, quaternion or transform only with a value of its own type, got '!warp.vec<3xf32>' and '!warp.vec<3xf64>'}}
  %c = warp.cmp eq, %v, %w : !warp.vec<3xf32>, !warp.vec<3xf64>
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.cmp' op Warp compares vectors, matrices, quaternions and transforms only with `==`, not `ne`}}
  %c = warp.cmp ne, %v, %v : !warp.vec<3xf32>
  warp.return
}

// -----

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{custom op 'warp.cmp' expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, lt, le, gt, ge]}}
  %c = warp.cmp less, %a, %a : f32
  warp.return
}

// -----

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{'warp.cmp' op result #0 must be 1-bit signless integer, but got 'si32'}}
  %c = "warp.cmp"(%a, %a) <{predicate = 0 : i64}> : (f32, f32) -> si32
  warp.return
}

// -----

// Warp has no `not` on floats.
warp.kernel @k(%a: f32) {
  // expected-error @+1 {{'warp.not' op Warp's `not` takes a bool, an integer or an array, got 'f32'; compare with zero explicitly}}
  %c = warp.not %a : f32
  warp.return
}
