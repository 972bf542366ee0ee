// Every verifier message of warp.cast, once each.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

warp.kernel @k(%v: !warp.vec<3xf32>) {
  // expected-error @+1 {{'warp.cast' op cannot cast '!warp.vec<3xf32>' to '!warp.vec<2xf32>': Warp converts a vector only to one of the same length}}
  %c = warp.cast %v : !warp.vec<3xf32> to !warp.vec<2xf32>
  warp.return
}

// -----

warp.kernel @k(%m: !warp.mat<2x3xf32>) {
  // expected-error @+1 {{'warp.cast' op cannot cast '!warp.mat<2x3xf32>' to '!warp.mat<3x2xf64>': Warp converts a matrix only to one of the same shape}}
  %c = warp.cast %m : !warp.mat<2x3xf32> to !warp.mat<3x2xf64>
  warp.return
}

// -----

// wp.transformd(t) of a wp.transform is an error in Warp.
warp.kernel @k(%t: !warp.transform<f32>) {
  // expected-error @+1 {{'warp.cast' op cannot cast '!warp.transform<f32>' to '!warp.transform<f64>': Warp does not convert a transform's dtype}}
  %c = warp.cast %t : !warp.transform<f32> to !warp.transform<f64>
  warp.return
}

// -----

warp.kernel @k(%s: f32) {
  // expected-error @+1 {{'warp.cast' op cannot cast 'f32' to '!warp.vec<3xf32>': Warp converts a scalar to a scalar, and a vector, matrix or quaternion to one of the same shape}}
  %c = warp.cast %s : f32 to !warp.vec<3xf32>
  warp.return
}
