// With target=none, convert-warp-to-emitc lowers the bodies and adds no
// entry point: each body keeps what its entries need (the kernel's name,
// launch rank, argument types and names) for addSourceEntries.
// RUN: warp-opt %s --convert-warp-to-emitc=target=none | FileCheck %s

// CHECK: emitc.include "warp-source/warp.h"
// CHECK: emitc.func @scale_body({{.*}}) attributes {{{.*}}warp.source_entry = {name = "scale", names = ["data", "factor"], rank = 1 : i32, types = [!warp.array<f32, 1>, f32]}}
// CHECK-NOT: extern "C"
warp.kernel @scale(%data: !warp.array<f32, 1> {warp.name = "data"},
                   %factor: f32 {warp.name = "factor"}) dims(1) {
  %i = warp.tid
  %x = warp.load %data[%i] : !warp.array<f32, 1>, si32
  %y = warp.mul %x, %factor : f32
  warp.store %y, %data[%i] : !warp.array<f32, 1>, si32
  warp.return
}
