// Every control-flow verifier message.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k() {
  // expected-error @+1 {{'warp.break' op must be inside a warp.for or warp.while loop}}
  warp.break
}

// -----

warp.kernel @k(%c: i1) {
  warp.if %c : i1 {
    // expected-error @+1 {{'warp.continue' op must be inside a warp.for or warp.while loop}}
    warp.continue
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1, %x: f32) {
  %z = warp.constant 0 : si32
  %n = warp.constant 4 : si32
  %s = warp.constant 1 : si32
  warp.for %i = %z to %n step %s : si32 {
    %r = warp.ifexp %c : i1 -> f32 {
      warp.if %c : i1 {
        // expected-error @+1 {{'warp.break' op must be nested in a warp.for or warp.while loop through warp.if, warp.for and warp.while only, but warp.ifexp stands in between}}
        warp.break
      }
      warp.yield %x : f32
    } else {
      warp.yield %x : f32
    }
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  warp.while {
    warp.if %c : i1 {
      // expected-error @+1 {{'warp.break' op cannot appear in the condition of a warp.while}}
      warp.break
    }
    warp.condition %c : i1
  } do {
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  %b = warp.and %c : i1 {
    warp.if %c : i1 {
      // expected-error @+1 {{'warp.return' op must be nested in a warp.kernel or warp.func through warp.if, warp.for and warp.while only, but warp.and stands in between}}
      warp.return
    }
    warp.yield %c : i1
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.if' op the then region takes no arguments}}
  "warp.if"(%c) ({
  ^bb0(%x: f32):
  }, {
  ^bb0:
  }) : (i1) -> ()
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.if' op the else region takes no arguments}}
  "warp.if"(%c) ({
  ^bb0:
  }, {
  ^bb0(%x: f32):
  }) : (i1) -> ()
  warp.return
}

// -----

warp.kernel @k(%c: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.if' op operand #0 must be Warp scalar (i1, si8..si64, ui8..ui64, f16, f32, f64), but got '!warp.vec<3xf32>'}}
  warp.if %c : !warp.vec<3xf32> {
  }
  warp.return
}

// -----

warp.kernel @k(%a: si32, %b: si64) {
  // expected-error @+1 {{'warp.for' op start, stop and step must have one type, got 'si32', 'si64' and 'si32'}}
  "warp.for"(%a, %b, %a) ({
  ^bb0(%i: si32):
  }) : (si32, si64, si32) -> ()
  warp.return
}

// -----

warp.kernel @k(%a: si32) {
  // expected-error @+1 {{'warp.for' op body must take one argument of type 'si32', the induction variable}}
  "warp.for"(%a, %a, %a) ({
  ^bb0(%i: si64):
  }) : (si32, si32, si32) -> ()
  warp.return
}

// -----

warp.kernel @k(%a: si32) {
  %zero = warp.constant 0 : si32
  // expected-error @+1 {{'warp.for' op range() step must not be zero}}
  warp.for %i = %a to %a step %zero : si32 {
  }
  warp.return
}

// -----

warp.kernel @k(%a: f32) {
  // expected-error @+1 {{'warp.for' op operand #0 must be Warp integer (si8..si64, ui8..ui64), but got 'f32'}}
  warp.for %i = %a to %a step %a : f32 {
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.while' op condition region must end with warp.condition}}
  "warp.while"() ({
    %x = warp.constant 1 : si32
  }, {
  ^bb0:
  }) : () -> ()
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.while' op the body region takes no arguments}}
  "warp.while"() ({
    warp.condition %c : i1
  }, {
  ^bb0(%x: f32):
  }) : () -> ()
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.condition' op expects parent op 'warp.while'}}
  warp.condition %c : i1
}

// -----

warp.kernel @k(%c: i1, %x: f32, %y: f64) {
  // expected-error @+1 {{'warp.ifexp' op the else region yields 'f64', expected 'f32'}}
  %r = warp.ifexp %c : i1 -> f32 {
    warp.yield %x : f32
  } else {
    warp.yield %y : f64
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1, %x: f32) {
  // expected-error @+1 {{'warp.ifexp' op the then region takes no arguments}}
  %r = "warp.ifexp"(%c) ({
  ^bb0(%y: f32):
    warp.yield %x : f32
  }, {
    warp.yield %x : f32
  }) : (i1) -> f32
  warp.return
}


// -----

warp.kernel @k(%c: i1, %v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.and' op the right operand must be a Warp scalar, got '!warp.vec<3xf32>'}}
  %r = warp.and %c : i1 {
    warp.yield %v : !warp.vec<3xf32>
  }
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.or' op the right-operand region takes no arguments}}
  %r = "warp.or"(%c) ({
  ^bb0(%y: i1):
    warp.yield %y : i1
  }) : (i1) -> i1
  warp.return
}

// -----

warp.kernel @k(%c: i1) {
  // expected-error @+1 {{'warp.yield' op expects parent op to be one of 'warp.ifexp, warp.and, warp.or'}}
  warp.yield %c : i1
}

