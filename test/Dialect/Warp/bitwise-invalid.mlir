// Every verifier message of the bitwise operators, once each.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{'warp.bit_and' op Warp's `&` takes integers (si8..si64, ui8..ui64) and vectors or matrices of them, got 'f32'}}
  %c = warp.bit_and %a, %a : f32
  warp.return
}

// -----

// Warp has no bitwise operators on bools.
warp.kernel @k(%a: i1) {
  // expected-error @+1 {{'warp.bit_xor' op Warp's `^` takes integers (si8..si64, ui8..ui64) and vectors or matrices of them, got 'i1'}}
  %c = warp.bit_xor %a, %a : i1
  warp.return
}

// -----

// The shift amount has the shifted value's type.
warp.kernel @k(%a: ui8, %n: si32) {
  // expected-error @+1 {{'warp.shl' op operands have types 'ui8' and 'si32'; Warp does not convert implicitly, cast one explicitly}}
  %c = warp.shl %a, %n : (ui8, si32) -> ui8
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xsi32>, %s: si32) {
  // expected-error @+1 {{'warp.shr' op Warp has no `>>` for '!warp.vec<3xsi32>' and 'si32'; it takes two scalars, vectors or matrices of one type}}
  %c = warp.shr %v, %s : (!warp.vec<3xsi32>, si32) -> !warp.vec<3xsi32>
  warp.return
}

// -----

warp.kernel @k(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.bit_not' op Warp's `~` takes integers (si8..si64, ui8..ui64) and vectors or matrices of them, got '!warp.vec<3xf32>'}}
  %c = warp.bit_not %v : !warp.vec<3xf32>
  warp.return
}
