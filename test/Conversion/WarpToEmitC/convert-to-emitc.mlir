// Upstream convert-to-emitc lowers warp ops through the dialect's
// ConvertToEmitCPatternInterface (after convert-warp-to-cf, with func ops
// converted by their own interface); variables keep EmitC's own form.
// RUN: warp-opt %s --convert-warp-to-cf --convert-to-emitc | FileCheck %s

// CHECK-LABEL: emitc.func @scale(%{{.*}}: !emitc.opaque<"wp::vec_t<3, float>">, %{{.*}}: f32) -> !emitc.opaque<"wp::vec_t<3, float>">
// CHECK:   %[[V:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> {name = "acc"} : () -> !emitc.lvalue<!emitc.opaque<"wp::vec_t<3, float>">>
// CHECK:   assign %{{.*}} : !emitc.opaque<"wp::vec_t<3, float>"> to %[[V]]
// CHECK:   %[[R:.*]] = load %[[V]]
// CHECK:   %[[M:.*]] = call_opaque "wp::mul"(%[[R]], %{{.*}})
// CHECK:   %[[L:.*]] = call_opaque "wp::length"(%[[M]])
// CHECK:   %{{.*}} = mul %[[L]], %{{.*}} : (f32, f32) -> f32
// CHECK-NOT: warp.
warp.func @scale(%v: !warp.vec<3xf32>, %s: f32) -> !warp.vec<3xf32> {
  %acc = warp.var "acc" : !warp.ref<!warp.vec<3xf32>>
  warp.write %v, %acc : !warp.ref<!warp.vec<3xf32>>
  %r = warp.read %acc : !warp.ref<!warp.vec<3xf32>>
  %m = warp.mul %r, %s : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  %l = warp.length %m : !warp.vec<3xf32>
  %l2 = warp.mul %l, %s : f32
  %out = warp.mul %m, %l2 : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  warp.return %out : !warp.vec<3xf32>
}
