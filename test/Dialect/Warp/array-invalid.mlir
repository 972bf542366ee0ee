// Every array and atomic verifier message.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k(%a: !warp.array<f32, 2>, %i: si32) {
  // expected-error @+1 {{'warp.view' op takes 1 to 1 indices for a 2-d array, got 2; use warp.load for a full index}}
  %v = warp.view %a[%i, %i] : !warp.array<f32, 2>, si32, si32 -> !warp.array<f32, 1>
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 3>, %i: si32) {
  // expected-error @+1 {{'warp.view' op result must be '!warp.array<f32, 2>', got '!warp.array<f64, 2>'}}
  %v = warp.view %a[%i] : !warp.array<f32, 3>, si32 -> !warp.array<f64, 2>
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 2>) {
  // expected-error @+1 {{'warp.shape' op dimension 2 is out of range for a 2-d array}}
  %n = warp.shape %a[2] : !warp.array<f32, 2>
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 2>) {
  // expected-error @+1 {{'warp.shape' op attribute 'dim' failed to satisfy constraint: 32-bit signless integer attribute whose value is non-negative}}
  %n = warp.shape %a[-1] : !warp.array<f32, 2>
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 2>, %i: si32, %x: f32) {
  // expected-error @+1 {{'warp.atomic' op expects 2 indices for a 2-d array, got 1}}
  %o = warp.atomic add %a[%i], %x : !warp.array<f32, 2>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>, %i: si32, %x: f32) {
  // expected-error @+1 {{'warp.atomic' op wp.atomic_and needs elements of type si32, ui32, si64, ui64 (or vectors and matrices of them), got 'f32'}}
  %o = warp.atomic and %a[%i], %x : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<si8, 1>, %i: si32, %x: si8) {
  // expected-error @+1 {{'warp.atomic' op wp.atomic_add needs elements of type si32, ui32, si64, ui64, f16, f32 or f64 (or vectors and matrices of them), got 'si8'}}
  %o = warp.atomic add %a[%i], %x : !warp.array<si8, 1>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f16, 1>, %i: si32, %x: f16) {
  // expected-error @+1 {{'warp.atomic' op wp.atomic_max needs elements of type si32, ui32, si64, ui64, f32 or f64 (or vectors and matrices of them), got 'f16'}}
  %o = warp.atomic max %a[%i], %x : !warp.array<f16, 1>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<!warp.quat<f32>, 1>, %i: si32, %x: !warp.quat<f32>) {
  // expected-error @+1 {{'warp.atomic' op wp.atomic_add needs elements of type si32, ui32, si64, ui64, f16, f32 or f64 (or vectors and matrices of them), got '!warp.quat<f32>'}}
  %o = warp.atomic add %a[%i], %x : !warp.array<!warp.quat<f32>, 1>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<f32, 1>, %i: si32, %x: f64) {
  // expected-error @+1 {{'warp.atomic' op failed to verify that value type is the array's dtype}}
  %o = "warp.atomic"(%a, %i, %x) <{kind = 0 : i32}> : (!warp.array<f32, 1>, si32, f64) -> f32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<i1, 1>, %i: si32, %x: i1) {
  // expected-error @+1 {{'warp.atomic_cas' op wp.atomic_cas needs elements of type si32, ui32, si64, ui64, f32 or f64 (or vectors and matrices of them), got 'i1'}}
  %o = warp.atomic_cas %a[%i], %x, %x : !warp.array<i1, 1>, si32
  warp.return
}

// -----

warp.kernel @k(%a: !warp.array<si32, 1>, %i: si32, %x: si32, %y: si64) {
  // expected-error @+1 {{'warp.atomic_cas' op failed to verify that new value type is the array's dtype}}
  %o = "warp.atomic_cas"(%a, %i, %x, %y) : (!warp.array<si32, 1>, si32, si32, si64) -> si32
  warp.return
}
