// Every function and call verifier message.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'warp.func' op body must be a single block; control flow is structured (warp.if, warp.for, ...)}}
"warp.func"() <{function_type = () -> (), sym_name = "f"}> ({
  cf.br ^bb1
^bb1:
  "warp.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'warp.func' op argument #0 has type 'index', which is not a Warp type}}
warp.func @f(%x: index) {
  warp.return
}

// -----

// expected-error @+1 {{'warp.func' op result #1 has type 'i32', which is not a Warp type}}
warp.func @f(%x: f32) -> (f32, i32)

// -----

warp.func @f(%x: f32) -> f32 {
  %y = warp.constant 1.0 : f64
  // expected-error @+1 {{'warp.return' op value #0 has type 'f64', but @f returns 'f32'}}
  warp.return %y : f64
}

// -----

warp.func @f(%x: f32) -> f32 {
  // expected-error @+1 {{'warp.return' op returns 0 values, but @f returns 1}}
  warp.return
}

// -----

warp.kernel @k(%x: f32) {
  // expected-error @+1 {{'warp.call' op calls @missing, which does not exist}}
  %r = warp.call @missing(%x) : (f32) -> f32
  warp.return
}

// -----

warp.kernel @other() {
  warp.return
}
warp.kernel @k() {
  // expected-error @+1 {{'warp.call' op calls kernel @other; kernels are launched, not called}}
  warp.call @other() : () -> ()
  warp.return
}

// -----

func.func private @upstream(f32) -> f32
warp.kernel @k(%x: f32) {
  // expected-error @+1 {{'warp.call' op calls @upstream, which is not a warp.func}}
  %r = warp.call @upstream(%x) : (f32) -> f32
  warp.return
}

// -----

warp.func @f(%x: f32) -> f32 {
  warp.return %x : f32
}
warp.kernel @k(%x: f64) {
  // expected-error @+1 {{'warp.call' op has type '(f64) -> f32', but @f has type '(f32) -> f32'}}
  %r = warp.call @f(%x) : (f64) -> f32
  warp.return
}
