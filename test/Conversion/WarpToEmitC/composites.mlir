// Vector, matrix, quaternion and transform ops: one builtin call each, the
// constructors naming their result's shape.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp

// CHECK-LABEL: static WP_FUNC void composites_body(
warp.kernel @composites(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %one = warp.constant 1.0 : f32
  %two = warp.constant 2.0 : f32
  %c0 = warp.constant 0 : si32
  // CHECK: [[V:v[0-9]+]] = wp::vec<3, float>(1.0f, 2.0f, 1.0f);
  %v = warp.vec %one, %two, %one : !warp.vec<3xf32>
  // CHECK: [[M:v[0-9]+]] = wp::mat<2, 2, float>(1.0f, 2.0f, 2.0f, 1.0f);
  %m = warp.mat %one, %two, %two, %one : !warp.mat<2x2xf32>
  // CHECK: [[Q:v[0-9]+]] = wp::quat<float>(1.0f, 2.0f, 1.0f, 2.0f);
  %q = warp.quat %one, %two, %one, %two : !warp.quat<f32>
  // CHECK: [[T:v[0-9]+]] = wp::transform<float>([[V]], [[Q]]);
  %t = warp.transform %v, %q : !warp.transform<f32>
  // CHECK: = wp::identity<wp::mat_t<3, 3, float>>();
  %id = warp.identity : !warp.mat<3x3xf32>
  // CHECK: = wp::zero<wp::vec_t<3, float>>();
  %z = warp.zero : !warp.vec<3xf32>
  // CHECK: = wp::add([[V]], {{v[0-9]+}});
  %s = warp.add %v, %z : !warp.vec<3xf32>
  // CHECK: = wp::mul([[V]], 2.0f);
  %sc = warp.mul %v, %two : (!warp.vec<3xf32>, f32) -> !warp.vec<3xf32>
  // CHECK: = wp::matmul({{v[0-9]+}}, [[V]]);
  %mv = warp.matmul %id, %v : (!warp.mat<3x3xf32>, !warp.vec<3xf32>) -> !warp.vec<3xf32>
  // CHECK: = wp::length([[V]]);
  %len = warp.length %v : !warp.vec<3xf32>
  // CHECK: = wp::cross([[V]], {{v[0-9]+}});
  %cr = warp.cross %v, %s : !warp.vec<3xf32>
  // CHECK: = wp::determinant([[M]]);
  %det = warp.determinant %m : !warp.mat<2x2xf32>
  // CHECK: = wp::quat_rotate([[Q]], [[V]]);
  %rv = warp.quat_rotate %q, %v : !warp.quat<f32>
  // CHECK: = wp::transform_point([[T]], [[V]]);
  %tp = warp.transform_point %t, %v : !warp.transform<f32>
  // CHECK: = wp::extract({{v[0-9]+}}, 0);
  %e = warp.extract %cr[%c0] : !warp.vec<3xf32>, si32
  // CHECK: = wp::insert(2.0f, [[M]], v1, 0);
  %m2 = warp.insert %two into %m[%i, %c0] : !warp.mat<2x2xf32>, si32, si32
  %e2 = warp.extract %m2[%c0, %c0] : !warp.mat<2x2xf32>, si32, si32
  %e3 = warp.extract %mv[%c0] : !warp.vec<3xf32>, si32
  %e4 = warp.extract %rv[%c0] : !warp.vec<3xf32>, si32
  %e5 = warp.extract %tp[%c0] : !warp.vec<3xf32>, si32
  %e6 = warp.extract %sc[%c0] : !warp.vec<3xf32>, si32
  %a = warp.add %e, %len : f32
  %b = warp.add %a, %det : f32
  %c = warp.add %b, %e2 : f32
  %d = warp.add %c, %e3 : f32
  %f = warp.add %d, %e4 : f32
  %g = warp.add %f, %e5 : f32
  %h = warp.add %g, %e6 : f32
  warp.store %h, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
