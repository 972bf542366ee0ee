// Vector, matrix, quaternion and transform builtins over other element types
// and shapes, and attributes on the ops with hand-written assembly.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s

// CHECK-LABEL: warp.func @shapes(
// CHECK-SAME: %[[H:[^:]*]]: f16, %[[D:[^:]*]]: f64, %[[L:[^:]*]]: si64, %[[I:[^:]*]]: ui32)
warp.func @shapes(%h: f16, %d: f64, %l: si64, %i: ui32) {
  // CHECK: %[[V16:.*]] = warp.vec %[[H]] : !warp.vec<16xf16>
  %v16 = warp.vec %h : !warp.vec<16xf16>
  // CHECK: warp.extract %[[V16]][%[[I]]] : !warp.vec<16xf16>, ui32
  %e = warp.extract %v16[%i] : !warp.vec<16xf16>, ui32
  // CHECK: %[[V1:.*]] = warp.vec %[[L]] : !warp.vec<1xsi64>
  %v1 = warp.vec %l : !warp.vec<1xsi64>
  // CHECK: warp.max %[[V1]] : !warp.vec<1xsi64>
  %mx = warp.max %v1 : !warp.vec<1xsi64>
  // CHECK: %[[M14:.*]] = warp.mat %[[L]], %[[L]], %[[L]], %[[L]] : !warp.mat<1x4xsi64>
  %m14 = warp.mat %l, %l, %l, %l : !warp.mat<1x4xsi64>
  // CHECK: warp.transpose %[[M14]] : !warp.mat<1x4xsi64>
  %t = warp.transpose %m14 : !warp.mat<1x4xsi64>
  // CHECK: warp.extract %[[M14]][%[[I]]] : !warp.mat<1x4xsi64>, ui32
  %row = warp.extract %m14[%i] : !warp.mat<1x4xsi64>, ui32
  // CHECK: %[[QD:.*]] = warp.identity : !warp.quat<f64>
  %qd = warp.identity : !warp.quat<f64>
  // CHECK: %[[VD:.*]] = warp.vec %[[D]], %[[D]], %[[D]] : !warp.vec<3xf64>
  %vd = warp.vec %d, %d, %d : !warp.vec<3xf64>
  // CHECK: %[[TD:.*]] = warp.transform %[[VD]], %[[QD]] : !warp.transform<f64>
  %td = warp.transform %vd, %qd : !warp.transform<f64>
  // CHECK: warp.transform_vector %[[TD]], %[[VD]] : !warp.transform<f64>
  %tv = warp.transform_vector %td, %vd : !warp.transform<f64>
  // CHECK: warp.quat_from_axis_angle %[[VD]], %[[D]] : !warp.vec<3xf64>
  %q = warp.quat_from_axis_angle %vd, %d : !warp.vec<3xf64>
  // CHECK: warp.lerp %[[TD]], %[[TD]], %[[D]] : !warp.transform<f64>
  %lt = warp.lerp %td, %td, %d : !warp.transform<f64>
  // CHECK: warp.insert %[[D]] into %[[TD]][%[[I]]] : !warp.transform<f64>, ui32
  %ti = warp.insert %d into %td[%i] : !warp.transform<f64>, ui32
  // CHECK: %[[M44:.*]] = warp.identity : !warp.mat<4x4xf64>
  %m44 = warp.identity : !warp.mat<4x4xf64>
  // CHECK: warp.inverse %[[M44]] : !warp.mat<4x4xf64>
  %inv = warp.inverse %m44 : !warp.mat<4x4xf64>
  // CHECK: warp.transform_vector %[[M44]], %[[VD]] : !warp.mat<4x4xf64>
  %mv = warp.transform_vector %m44, %vd : !warp.mat<4x4xf64>
  // CHECK: warp.where %[[I]], %[[M44]], %[[M44]] : ui32, !warp.mat<4x4xf64>
  %w = warp.where %i, %m44, %m44 : ui32, !warp.mat<4x4xf64>
  warp.return
}

// wp.where on an array condition (non-null) choosing between arrays.
// CHECK-LABEL: warp.func @where_array(
// CHECK: warp.where %{{.*}}, %{{.*}}, %{{.*}} : !warp.array<f32, 1>, !warp.array<f32, 1>
warp.func @where_array(%a: !warp.array<f32, 1>, %b: !warp.array<f32, 1>) {
  %w = warp.where %a, %a, %b : !warp.array<f32, 1>, !warp.array<f32, 1>
  warp.return
}

// Discardable attributes survive on every hand-written form.
// CHECK-LABEL: warp.func @attributes(
// CHECK: warp.vec %{{.*}}, %{{.*}} {note = 1 : i32} : !warp.vec<2xf32>
// CHECK: warp.min %{{.*}}, %{{.*}} {note = 2 : i32} : f32
// CHECK: warp.max %{{.*}} {note = 3 : i32} : !warp.vec<2xf32>
// CHECK: warp.extract %{{.*}}[%{{.*}}] {note = 4 : i32} : !warp.vec<2xf32>, si32
// CHECK: warp.quat %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {note = 5 : i32} : !warp.quat<f32>
warp.func @attributes(%x: f32, %i: si32) {
  %v = warp.vec %x, %x {note = 1 : i32} : !warp.vec<2xf32>
  %m = warp.min %x, %x {note = 2 : i32} : f32
  %r = warp.max %v {note = 3 : i32} : !warp.vec<2xf32>
  %e = warp.extract %v[%i] {note = 4 : i32} : !warp.vec<2xf32>, si32
  %q = warp.quat %x, %x, %x, %x {note = 5 : i32} : !warp.quat<f32>
  warp.return
}
