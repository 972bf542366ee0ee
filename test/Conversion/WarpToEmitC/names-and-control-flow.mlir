// Control flow becomes labels and gotos between blocks (as in Warp's own
// generated C++); variables and parameters take the Python names the IR
// carries, made unique and kept clear of C++ keywords and the emitter's
// own v<N> names. A read of a variable is used directly while the variable
// cannot have changed, else copied first.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s --check-prefix=UNREAD
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s --check-prefix=UNNAMED
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp

// CHECK-LABEL: static WP_FUNC void loops_body(int32_t v1, wp::array_t<int32_t, 1> v2, int32_t v3)
// CHECK:        const wp::array_t<int32_t, 1> out = v2;
// CHECK-NEXT:   const int32_t n = v3;
// CHECK-NEXT:   int32_t total;
// CHECK-NEXT:   int32_t int_1;
// CHECK-NEXT:   int32_t v7_1;
// CHECK:        total = 0;
// CHECK:        int_1 = n;
warp.kernel @loops(%out: !warp.array<si32, 1> {warp.name = "out"},
                   %n: si32 {warp.name = "n"}) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %total = warp.var "total" : !warp.ref<si32>
  %kw = warp.var "int" : !warp.ref<si32>
  %clash = warp.var "v7" : !warp.ref<si32>
  warp.write %c0, %total : !warp.ref<si32>
  warp.write %n, %kw : !warp.ref<si32>
  warp.write %c1, %clash : !warp.ref<si32>
  // CHECK: [[HEAD:label[0-9]+]]:
  // CHECK: if ({{v[0-9]+}}) {
  // CHECK:   goto [[BODY:label[0-9]+]];
  // CHECK: } else {
  // CHECK:   goto [[EXIT:label[0-9]+]];
  // CHECK: [[BODY]]:
  // The old total is stored after total changes: it is copied.
  // CHECK:   [[OLD:v[0-9]+]] = wp::copy(total);
  // CHECK:   [[NEW:v[0-9]+]] = wp::add([[OLD]], {{v[0-9]+}});
  // CHECK:   total = [[NEW]];
  // CHECK:   wp::store([[OLD]], out, {{v[0-9]+}});
  // CHECK:   goto [[HEAD]];
  warp.for %k = %c0 to %n step %c1 : si32 {
    %t = warp.read %total : !warp.ref<si32>
    %t1 = warp.add %t, %k : si32
    warp.write %t1, %total : !warp.ref<si32>
    warp.store %t, %out[%k] : !warp.array<si32, 1>, si32
  }
  // CHECK: [[EXIT]]:
  // A read used before any write is used as it is.
  // CHECK:   [[SUM:v[0-9]+]] = wp::add(total, int_1);
  %a = warp.read %total : !warp.ref<si32>
  %b = warp.read %kw : !warp.ref<si32>
  %s = warp.add %a, %b : si32
  %c = warp.read %clash : !warp.ref<si32>
  %s2 = warp.add %s, %c : si32
  warp.store %s2, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}

// A variable nobody reads is not emitted, nor what only fed it: C++ would
// warn of a variable set but not used (an error under -Wall -Werror).
// UNREAD-LABEL: static WP_FUNC void unread_body(
// UNREAD-NOT:   scratch
// UNREAD-NOT:   wp::mul
// UNREAD:       wp::store(
warp.kernel @unread(%out: !warp.array<si32, 1>) dims(1) {
  %i = warp.tid
  %scratch = warp.var "scratch" : !warp.ref<si32>
  %sq = warp.mul %i, %i : si32
  warp.write %sq, %scratch : !warp.ref<si32>
  warp.store %i, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}

// A variable without a Python name is declared as `var` (no bare `;` where
// the emitter would define it).
// UNNAMED-LABEL: static WP_FUNC void unnamed_body(
// UNNAMED:         int32_t var;
// UNNAMED-NEXT:    var = v1;
// UNNAMED-NEXT:    [[S:v[0-9]+]] = wp::add(var, 1);
// UNNAMED-NEXT:    var = [[S]];
// UNNAMED-NEXT:    wp::store(var, v2, v1);
// UNNAMED-NOT:     {{^ *;$}}
warp.kernel @unnamed(%out: !warp.array<si32, 1>) dims(1) {
  %i = warp.tid
  %v = warp.var : !warp.ref<si32>
  %c1 = warp.constant 1 : si32
  warp.write %i, %v : !warp.ref<si32>
  %r = warp.read %v : !warp.ref<si32>
  %s = warp.add %r, %c1 : si32
  warp.write %s, %v : !warp.ref<si32>
  %t = warp.read %v : !warp.ref<si32>
  warp.store %t, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}
