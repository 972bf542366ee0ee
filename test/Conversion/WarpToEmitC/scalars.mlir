// Scalar ops in emitted C++: float arithmetic and scalar comparisons as C++
// operators, integer arithmetic through the wrapping builtins, literals
// inline with their type spelled out where C++ would guess another.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp

// CHECK-LABEL: static WP_FUNC void scalars_body(int32_t v1,
warp.kernel @scalars(%f: !warp.array<f32, 1>, %d: !warp.array<f64, 1>,
                     %n: !warp.array<si32, 1>, %b: !warp.array<ui8, 1>,
                     %w: !warp.array<si64, 1>, %h: !warp.array<f16, 1>) dims(1) {
  %i = warp.tid
  %x = warp.load %f[%i] : !warp.array<f32, 1>, si32
  %y = warp.load %d[%i] : !warp.array<f64, 1>, si32
  %k = warp.load %n[%i] : !warp.array<si32, 1>, si32
  %u = warp.load %b[%i] : !warp.array<ui8, 1>, si32
  %l = warp.load %w[%i] : !warp.array<si64, 1>, si32
  %hv = warp.load %h[%i] : !warp.array<f16, 1>, si32
  // CHECK: [[X:v[0-9]+]] = wp::load(v2, v1);
  // CHECK: [[XX:v[0-9]+]] = [[X]] * 2.5f;
  %c = warp.constant 2.5 : f32
  %xx = warp.mul %x, %c : f32
  // CHECK: = [[XX]] / [[X]];
  %q = warp.div %xx, %x : f32
  // CHECK: = {{v[0-9]+}} + 0.1;
  %cd = warp.constant 0.1 : f64
  %yy = warp.add %y, %cd : f64
  // Integers wrap as the other targets do: builtins, not C++ operators.
  // CHECK: [[K2:v[0-9]+]] = wp::add({{v[0-9]+}}, 7);
  %c7 = warp.constant 7 : si32
  %k2 = warp.add %k, %c7 : si32
  // CHECK: = wp::div([[K2]], -3);
  %cm3 = warp.constant -3 : si32
  %kd = warp.div %k2, %cm3 : si32
  // CHECK: = wp::floordiv([[K2]], -3);
  %kf = warp.floordiv %k2, %cm3 : si32
  // CHECK: = wp::mod([[K2]], -3);
  %km = warp.mod %k2, %cm3 : si32
  // CHECK: = wp::mul({{v[0-9]+}}, uint8_t(200u));
  %c200 = warp.constant 200 : ui8
  %ub = warp.mul %u, %c200 : ui8
  // CHECK: = wp::sub({{v[0-9]+}}, int64_t(INT64_MIN));
  %cmin = warp.constant -9223372036854775808 : si64
  %lw = warp.sub %l, %cmin : si64
  // CHECK: = wp::neg([[X]]);
  %nx = warp.neg %x : f32
  // Bitwise: & | ^ as operators, shifts and ~ as builtins.
  // CHECK: = [[K2]] & 7;
  %ka = warp.bit_and %k2, %c7 : si32
  // CHECK: = wp::shl([[K2]], 7);
  %ks = warp.shl %k2, %c7 : si32
  // CHECK: = wp::bit_not([[K2]]);
  %kn = warp.bit_not %k2 : si32
  // Comparisons of builtin scalars are C++ operators; f16 is a class.
  // CHECK: = [[X]] != [[XX]];
  %ne = warp.cmp ne, %x, %xx : f32
  // CHECK: = wp::cmp_lt({{v[0-9]+}}, wp::half_from_bits(0x3c00));
  %one = warp.constant 1.0 : f16
  %hl = warp.cmp lt, %hv, %one : f16
  // CHECK: = wp::logical_not([[K2]]);
  %nk = warp.not %k2 : si32
  // Casts name their result type; float literals without a decimal one.
  // CHECK: = wp::cast<int32_t>([[X]]);
  %xi = warp.cast %x : f32 to si32
  // CHECK: = wp::cast<wp::half>([[X]]);
  %xh = warp.cast %x : f32 to f16
  // The shortest decimal that reads back exactly; -0.0 keeps its sign.
  // CHECK: = [[X]] - -9.8f;
  // CHECK: = [[X]] * -0.0f;
  %m98 = warp.constant -9.8 : f32
  %x98 = warp.sub %x, %m98 : f32
  %mz = warp.constant -0.0 : f32
  %xz = warp.mul %x, %mz : f32
  warp.store %x98, %f[%i] : !warp.array<f32, 1>, si32
  warp.store %xz, %f[%i] : !warp.array<f32, 1>, si32
  // CHECK: = [[X]] + wp::float_from_bits(0x7f800000u);
  %inf = warp.constant 0x7F800000 : f32
  %xinf = warp.add %x, %inf : f32
  // Math builtins keep their names.
  // CHECK: [[R:v[0-9]+]] = wp::round([[X]]);
  // CHECK: = wp::min([[R]], [[XX]]);
  %ro = warp.round %x : f32
  %mn = warp.min %ro, %xx : f32
  warp.store %mn, %f[%i] : !warp.array<f32, 1>, si32
  warp.store %q, %f[%i] : !warp.array<f32, 1>, si32
  warp.store %nx, %f[%i] : !warp.array<f32, 1>, si32
  warp.store %xinf, %f[%i] : !warp.array<f32, 1>, si32
  warp.store %yy, %d[%i] : !warp.array<f64, 1>, si32
  warp.store %kd, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %kf, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %km, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %ka, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %ks, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %kn, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %xi, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %ub, %b[%i] : !warp.array<ui8, 1>, si32
  warp.store %lw, %w[%i] : !warp.array<si64, 1>, si32
  warp.store %xh, %h[%i] : !warp.array<f16, 1>, si32
  %nei = warp.cast %ne : i1 to si32
  %hli = warp.cast %hl : i1 to si32
  %nki = warp.cast %nk : i1 to si32
  warp.store %nei, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %hli, %n[%i] : !warp.array<si32, 1>, si32
  warp.store %nki, %n[%i] : !warp.array<si32, 1>, si32
  warp.return
}
