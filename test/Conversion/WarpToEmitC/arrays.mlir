// Array access, views, shapes and atomics: builtins over the ABI's array
// descriptor. An atomic's old value is kept only when it is used.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp

// CHECK-LABEL: static WP_FUNC void arrays_body(int32_t v1, int32_t v2, wp::array_t<float, 2> v3, wp::array_t<int32_t, 1> v4, wp::array_t<wp::vec_t<3, float>, 1> v5)
warp.kernel @arrays(%grid: !warp.array<f32, 2>, %counts: !warp.array<si32, 1>,
                    %points: !warp.array<!warp.vec<3xf32>, 1>) dims(2) {
  %i, %j = warp.tid
  // CHECK: [[X:v[0-9]+]] = wp::load(v3, v1, v2);
  %x = warp.load %grid[%i, %j] : !warp.array<f32, 2>, si32, si32
  // CHECK: [[ROW:v[0-9]+]] = wp::view(v3, v1);
  %row = warp.view %grid[%i] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>
  // CHECK: [[N:v[0-9]+]] = wp::shape([[ROW]], 0);
  %n = warp.shape %row[0] : !warp.array<f32, 1>
  // CHECK: wp::store([[X]], [[ROW]], [[N]]);
  warp.store %x, %row[%n] : !warp.array<f32, 1>, si32
  %one = warp.constant 1 : si32
  // CHECK: [[OLD:v[0-9]+]] = wp::atomic_add(v4, v2, 1);
  %old = warp.atomic add %counts[%j], %one : !warp.array<si32, 1>, si32
  // CHECK: {{^  }}wp::atomic_max(v4, v1, [[OLD]]);
  %unused = warp.atomic max %counts[%i], %old : !warp.array<si32, 1>, si32
  // CHECK: = wp::atomic_cas(v4, v1, [[OLD]], 1);
  %cas = warp.atomic_cas %counts[%i], %old, %one : !warp.array<si32, 1>, si32
  warp.store %cas, %counts[%j] : !warp.array<si32, 1>, si32
  // CHECK: = wp::atomic_sub(v5, v1, {{v[0-9]+}});
  %p = warp.load %points[%j] : !warp.array<!warp.vec<3xf32>, 1>, si32
  %oldp = warp.atomic sub %points[%i], %p : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.store %oldp, %points[%j] : !warp.array<!warp.vec<3xf32>, 1>, si32
  warp.return
}
