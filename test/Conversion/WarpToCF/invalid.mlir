// RUN: warp-opt %s --convert-warp-to-cf -split-input-file -verify-diagnostics

warp.kernel @k(%a: !warp.array<f32, 2>, %x: f32) {
  %i = warp.tid
  // expected-error @+1 {{'warp.tid' op yields 2 indices but another warp.tid in kernel @k yields 1; declare the launch rank with dims(N)}}
  %j, %k = warp.tid
  warp.store %x, %a[%j, %k] : !warp.array<f32, 2>, si32, si32
  warp.return
}
