// Structs are !llvm.struct values of their fields in declaration order;
// fields are read and replaced by position.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s

!Particle = !warp.struct<Particle {pos: !warp.vec<3xf32>, mass: f32, id: si32}>
!Outer = !warp.struct<Outer {p: !Particle, scale: f64}>

// CHECK-LABEL: llvm.func @construct(
// CHECK-SAME: %[[POS:[^:]*]]: !llvm.array<3 x f32>, %[[MASS:[^:]*]]: f32, %[[ID:[^:]*]]: i32)
// CHECK-SAME: -> !llvm.struct<(array<3 x f32>, f32, i32)>
// CHECK-NEXT: %[[S0:.*]] = llvm.mlir.poison : !llvm.struct<(array<3 x f32>, f32, i32)>
// CHECK-NEXT: %[[S1:.*]] = llvm.insertvalue %[[POS]], %[[S0]][0]
// CHECK-NEXT: %[[S2:.*]] = llvm.insertvalue %[[MASS]], %[[S1]][1]
// CHECK-NEXT: %[[S3:.*]] = llvm.insertvalue %[[ID]], %[[S2]][2]
// CHECK-NEXT: llvm.return %[[S3]]
warp.func @construct(%pos: !warp.vec<3xf32>, %mass: f32, %id: si32) -> !Particle {
  %p = warp.struct %pos, %mass, %id : !Particle
  warp.return %p : !Particle
}

// CHECK-LABEL: llvm.func @getfield(
// CHECK-NEXT: %[[M:.*]] = llvm.extractvalue %arg0[1] : !llvm.struct<(array<3 x f32>, f32, i32)>
// CHECK-NEXT: llvm.return %[[M]] : f32
warp.func @getfield(%p: !Particle) -> f32 {
  %m = warp.getfield %p["mass"] : !Particle
  warp.return %m : f32
}

// CHECK-LABEL: llvm.func @setfield(
// CHECK-NEXT: %[[P:.*]] = llvm.insertvalue %arg1, %arg0[2] : !llvm.struct<(array<3 x f32>, f32, i32)>
// CHECK-NEXT: llvm.return %[[P]]
warp.func @setfield(%p: !Particle, %id: si32) -> !Particle {
  %q = warp.setfield %p["id"] = %id : !Particle
  warp.return %q : !Particle
}

// Nested structs nest: o.p.pos[1] = x.
// CHECK-LABEL: llvm.func @nested(
// CHECK-SAME: %[[O:[^:]*]]: !llvm.struct<(struct<(array<3 x f32>, f32, i32)>, f64)>, %[[X:[^:]*]]: f32)
// CHECK-NEXT: %[[P:.*]] = llvm.extractvalue %[[O]][0]
// CHECK-NEXT: %[[POS:.*]] = llvm.extractvalue %[[P]][0]
// CHECK: %[[NEWPOS:.*]] = llvm.insertvalue %[[X]], %[[POS]][1] : !llvm.array<3 x f32>
// CHECK-NEXT: %[[NEWP:.*]] = llvm.insertvalue %[[NEWPOS]], %[[P]][0]
// CHECK-NEXT: %[[NEWO:.*]] = llvm.insertvalue %[[NEWP]], %[[O]][0]
// CHECK-NEXT: llvm.return %[[NEWO]]
warp.func @nested(%o: !Outer, %x: f32) -> !Outer {
  %p = warp.getfield %o["p"] : !Outer
  %pos = warp.getfield %p["pos"] : !Particle
  %one = warp.constant 1 : si32
  %pos2 = warp.insert %x into %pos[%one] : !warp.vec<3xf32>, si32
  %p2 = warp.setfield %p["pos"] = %pos2 : !Particle
  %o2 = warp.setfield %o["p"] = %p2 : !Outer
  warp.return %o2 : !Outer
}
