// What --canonicalize folds in struct field access, and what it must leave.
// RUN: warp-opt %s --canonicalize | FileCheck %s

!P = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32}>

// A field of a constructed struct is the constructor's operand.
// CHECK-LABEL: warp.func @getfield_of_struct(
// CHECK-SAME: %[[POS:[^:]*]]: !warp.vec<3xf32>, %[[M:[^:]*]]: f32)
// CHECK-NEXT: warp.return %[[M]], %[[POS]]
warp.func @getfield_of_struct(%pos: !warp.vec<3xf32>, %m: f32) -> (f32, !warp.vec<3xf32>) {
  %p = warp.struct %pos, %m : !P
  %a = warp.getfield %p["mass"] : !P
  %b = warp.getfield %p["pos"] : !P
  warp.return %a, %b : f32, !warp.vec<3xf32>
}

// Reading a field just written gives the value; reading another field looks
// through the write.
// CHECK-LABEL: warp.func @getfield_of_setfield(
// CHECK-SAME: %[[P:[^:]*]]: !{{.*}}, %[[M:[^:]*]]: f32)
// CHECK-NEXT: %[[POS:.*]] = warp.getfield %[[P]]["pos"]
// CHECK-NEXT: warp.return %[[M]], %[[POS]]
warp.func @getfield_of_setfield(%p: !P, %m: f32) -> (f32, !warp.vec<3xf32>) {
  %q = warp.setfield %p["mass"] = %m : !P
  %a = warp.getfield %q["mass"] : !P
  %b = warp.getfield %q["pos"] : !P
  warp.return %a, %b : f32, !warp.vec<3xf32>
}

// A field of the zero struct is zero.
// CHECK-LABEL: warp.func @getfield_of_zero(
// CHECK-DAG: %[[ZM:.*]] = warp.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ZP:.*]] = warp.zero : !warp.vec<3xf32>
// CHECK: warp.return %[[ZM]], %[[ZP]]
warp.func @getfield_of_zero() -> (f32, !warp.vec<3xf32>) {
  %p = warp.zero : !P
  %a = warp.getfield %p["mass"] : !P
  %b = warp.getfield %p["pos"] : !P
  warp.return %a, %b : f32, !warp.vec<3xf32>
}

// Writing back a field just read is a no-op; a write overwritten by a later
// write of the same field is dead; writes to different fields both stay.
// CHECK-LABEL: warp.func @setfield_folds(
// CHECK-SAME: %[[P:[^:]*]]: !{{.*}}, %[[M:[^:]*]]: f32, %[[N:[^:]*]]: f32, %[[V:[^:]*]]: !warp.vec<3xf32>)
// CHECK-NEXT: %[[W:.*]] = warp.setfield %[[P]]["mass"] = %[[N]]
// CHECK-NEXT: %[[X:.*]] = warp.setfield %[[P]]["pos"] = %[[V]]
// CHECK-NEXT: %[[Y:.*]] = warp.setfield %[[X]]["mass"] = %[[M]]
// CHECK-NEXT: warp.return %[[P]], %[[W]], %[[Y]]
warp.func @setfield_folds(%p: !P, %m: f32, %n: f32, %v: !warp.vec<3xf32>) -> (!P, !P, !P) {
  %old = warp.getfield %p["mass"] : !P
  %same = warp.setfield %p["mass"] = %old : !P
  %w1 = warp.setfield %p["mass"] = %m : !P
  %w2 = warp.setfield %w1["mass"] = %n : !P
  %x = warp.setfield %p["pos"] = %v : !P
  %y = warp.setfield %x["mass"] = %m : !P
  warp.return %same, %w2, %y : !P, !P, !P
}
