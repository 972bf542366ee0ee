// Every verifier and parser message of the warp dialect, once each.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{array must have 1 to 4 dimensions, got 5}}
func.func private @f(!warp.array<f32, 5>)

// -----

// expected-error @+1 {{array must have 1 to 4 dimensions, got 0}}
func.func private @f(!warp.array<f32, 0>)

// -----

// expected-error @+1 {{array dtype must be a Warp scalar (i1, si8..si64, ui8..ui64, f16, f32, f64), vector, matrix, quaternion, transform or struct, got 'i32'}}
func.func private @f(!warp.array<i32, 1>)

// -----

// expected-error @+1 {{a kernel returns no values; use warp.func}}
warp.kernel @k() -> f32 {
  warp.return
}

// -----

// expected-error @+1 {{a kernel needs a body}}
warp.kernel @k()

// -----

// expected-error @+1 {{'warp.kernel' op returns 1 values, but a kernel returns none; use warp.func}}
"warp.kernel"() <{function_type = () -> f32, sym_name = "k"}> ({
  %c = arith.constant 1.0 : f32
  "warp.return"(%c) : (f32) -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'warp.kernel' op has no body; a kernel cannot be a declaration}}
"warp.kernel"() <{function_type = () -> (), sym_name = "k"}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'warp.kernel' op body must be a single block; control flow is structured (warp.if, warp.for, ...)}}
"warp.kernel"() <{function_type = () -> (), sym_name = "k"}> ({
  cf.br ^bb1
^bb1:
  "warp.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'warp.kernel' op argument #1 has type 'i32', which is not a Warp type}}
warp.kernel @k(%a: f32, %b: i32) {
  warp.return
}

// -----

// expected-error @+1 {{attribute 'launch_dims' failed to satisfy constraint}}
warp.kernel @k() dims(5) {
  warp.return
}

// -----

warp.kernel @k() dims(2) {
  // expected-error @+1 {{'warp.tid' op yields 1 indices, but kernel @k is launched over 2 dimensions}}
  %i = warp.tid
  warp.return
}

// -----

warp.kernel @k() {
  // expected-error @+1 {{'warp.tid' op yields 1 to 4 indices, got 5}}
  %i:5 = warp.tid
  warp.return
}

// -----

warp.kernel @k() {
  // expected-error @+1 {{'warp.tid' op yields 1 to 4 indices, got 0}}
  "warp.tid"() : () -> ()
  warp.return
}

// -----

warp.kernel @k() {
  // expected-error @+1 {{'warp.tid' op result #0 must be variadic of 32-bit signed integer, but got 'i32'}}
  %i = "warp.tid"() : () -> i32
  warp.return
}

// -----

// expected-error @+1 {{'warp.return' op must be inside a warp.kernel or warp.func}}
"warp.return"() : () -> ()

// -----

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{'warp.return' op returns 1 values, but @k returns 0}}
  warp.return %a : f32
}

// -----

func.func @f(%a: f64) -> f32 {
  // expected-error @+1 {{'warp.return' op value #0 has type 'f64', but @f returns 'f32'}}
  warp.return %a : f64
}

// -----

warp.kernel @k(%a: !warp.array<f32, 2>) {
  %i = warp.tid
  // expected-error @+1 {{'warp.load' op expects 2 indices for a 2-d array, got 1}}
  %v = warp.load %a[%i] : !warp.array<f32, 2>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>, %i: f32) {
  // expected-error @+1 {{'warp.load' op operand #1 must be variadic of Warp integer (si8..si64, ui8..ui64), but got 'f32'}}
  %v = warp.load %a[%i] : !warp.array<f32, 1>, f32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>) {
  %i = warp.tid
  // expected-error @+1 {{'warp.load' op failed to verify that result type is the array's dtype}}
  %v = "warp.load"(%a, %i) : (!warp.array<f32, 1>, si32) -> f64
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>, %v: f32) {
  %i = warp.tid
  // expected-error @+1 {{'warp.store' op expects 1 indices for a 1-d array, got 2}}
  warp.store %v, %a[%i, %i] : !warp.array<f32, 1>, si32, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>, %v: f64) {
  %i = warp.tid
  // expected-error @+1 {{'warp.store' op failed to verify that stored value type is the array's dtype}}
  "warp.store"(%v, %a, %i) : (f64, !warp.array<f32, 1>, si32) -> ()
  warp.return
}

// -----

warp.func @f() -> si32 {
  // expected-error @+1 {{'warp.tid' op may only be used in a warp.kernel; pass the indices to functions as arguments}}
  %i = warp.tid
  warp.return %i : si32
}
