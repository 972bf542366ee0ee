// Literals read back as exactly the constant (constants used more than once,
// like the indices here, are bound to names where they are made, typed): int32, float32 and bool bare, every other type through its
// constructor; a float as the shortest decimal warp-lang turns back into the
// same bits (through a Python float, then the type); infinities and NaN as
// wp.inf and wp.nan. Assigned to a variable, a literal goes through its
// constructor (`float(0.0)`), since warp-lang will not let a dynamic loop
// change a variable that holds a bare literal. warp-lang stores the same
// bits as the JIT.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: def literals(
warp.kernel @literals(%f: !warp.array<f32, 1> {warp.name = "f"}, %d: !warp.array<f64, 1> {warp.name = "d"}, %h: !warp.array<f16, 1> {warp.name = "h"}, %i8: !warp.array<si8, 1> {warp.name = "i8"}, %u8: !warp.array<ui8, 1> {warp.name = "u8"}, %i64: !warp.array<si64, 1> {warp.name = "i64"}, %u64: !warp.array<ui64, 1> {warp.name = "u64"}, %u32: !warp.array<ui32, 1> {warp.name = "u32"}, %b: !warp.array<i1, 1> {warp.name = "b"}, %i32: !warp.array<si32, 1> {warp.name = "i32"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "f", role = "output", shape = [12]}, {dtype = f64, name = "d", role = "output", shape = [6]}, {dtype = f16, name = "h", role = "output", shape = [5]}, {dtype = si8, name = "i8", role = "output", shape = [2]}, {dtype = ui8, name = "u8", role = "output", shape = [1]}, {dtype = si64, name = "i64", role = "output", shape = [2]}, {dtype = ui64, name = "u64", role = "output", shape = [1]}, {dtype = ui32, name = "u32", role = "output", shape = [1]}, {dtype = i1, name = "b", role = "output", shape = [2]}, {dtype = si32, name = "i32", role = "output", shape = [2]}], launch_dims = [1]}} {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %c8 = warp.constant 8 : si32
  %c9 = warp.constant 9 : si32
  %c10 = warp.constant 10 : si32
  %c11 = warp.constant 11 : si32
  // CHECK:       n = int(0)
  // CHECK-NEXT:  n2 = int(1)
  // CHECK-NEXT:  n3 = int(2)
  // CHECK-NEXT:  n4 = int(3)
  // CHECK-NEXT:  n5 = int(4)
  // CHECK-NEXT:  n6 = int(5)
  // CHECK-NEXT:  n7 = int(6)
  // CHECK-NEXT:  n8 = int(7)
  // CHECK-NEXT:  n9 = int(8)
  // CHECK-NEXT:  n10 = int(9)
  // CHECK-NEXT:  n11 = int(10)
  // CHECK-NEXT:  n12 = int(11)
  // CHECK-NEXT:  f[n] = 0.1
  %f0 = warp.constant 0.1 : f32
  warp.store %f0, %f[%c0] : !warp.array<f32, 1>, si32
  // The largest float32.
  // CHECK-NEXT:  f[n2] = 3.4028235e38
  %f1 = warp.constant 3.40282347e+38 : f32
  warp.store %f1, %f[%c1] : !warp.array<f32, 1>, si32
  // The smallest subnormal.
  // CHECK-NEXT:  f[n3] = 1e-45
  %f2 = warp.constant 1.401298464e-45 : f32
  warp.store %f2, %f[%c2] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n4] = -0.0
  %f3 = warp.constant -0.0 : f32
  warp.store %f3, %f[%c3] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n5] = 16777216.0
  %f4 = warp.constant 16777216.0 : f32
  warp.store %f4, %f[%c4] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n6] = wp.inf
  %f5 = warp.constant 0x7F800000 : f32
  warp.store %f5, %f[%c5] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n7] = -wp.inf
  %f6 = warp.constant 0xFF800000 : f32
  warp.store %f6, %f[%c6] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n8] = wp.nan
  %f7 = warp.constant 0x7FC00000 : f32
  warp.store %f7, %f[%c7] : !warp.array<f32, 1>, si32
  // Python's float notation, with black's exponents (no `+`).
  // CHECK-NEXT:  f[n9] = 1e-5
  %f8 = warp.constant 1.0e-5 : f32
  warp.store %f8, %f[%c8] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  f[n10] = 1e20
  %f9 = warp.constant 1.0e+20 : f32
  warp.store %f9, %f[%c9] : !warp.array<f32, 1>, si32
  // 0.3 as a float32 is 0.300000011920928955078125: "0.3" reads back as it.
  // CHECK-NEXT:  f[n11] = 0.3
  %f10 = warp.constant 0x3E99999A : f32
  warp.store %f10, %f[%c10] : !warp.array<f32, 1>, si32
  // The float32 after 1.0 needs all its digits.
  // CHECK-NEXT:  f[n12] = 1.0000001
  %f11 = warp.constant 0x3F800001 : f32
  warp.store %f11, %f[%c11] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  d[n] = wp.float64(0.1)
  %d0 = warp.constant 0.1 : f64
  warp.store %d0, %d[%c0] : !warp.array<f64, 1>, si32
  // CHECK-NEXT:  d[n2] = wp.float64(1e300)
  %d1 = warp.constant 1.0e+300 : f64
  warp.store %d1, %d[%c1] : !warp.array<f64, 1>, si32
  // CHECK-NEXT:  d[n3] = wp.float64(-wp.inf)
  %d2 = warp.constant 0xFFF0000000000000 : f64
  warp.store %d2, %d[%c2] : !warp.array<f64, 1>, si32
  // CHECK-NEXT:  d[n4] = wp.float64(5e-324)
  %d3 = warp.constant 4.9406564584124654e-324 : f64
  warp.store %d3, %d[%c3] : !warp.array<f64, 1>, si32
  // CHECK-NEXT:  d[n5] = wp.float64(0.30000000000000004)
  %d4 = warp.constant 0.30000000000000004 : f64
  warp.store %d4, %d[%c4] : !warp.array<f64, 1>, si32
  // CHECK-NEXT:  d[n6] = wp.float64(wp.nan)
  %d5 = warp.constant 0x7FF8000000000000 : f64
  warp.store %d5, %d[%c5] : !warp.array<f64, 1>, si32
  // A float16 literal goes through float32 in warp-lang: the shortest text
  // that survives both roundings (65500 rounds to 65504, the largest half).
  // CHECK-NEXT:  h[n] = wp.float16(0.1)
  %h0 = warp.constant 0.1 : f16
  warp.store %h0, %h[%c0] : !warp.array<f16, 1>, si32
  // CHECK-NEXT:  h[n2] = wp.float16(65500.0)
  %h1 = warp.constant 65504.0 : f16
  warp.store %h1, %h[%c1] : !warp.array<f16, 1>, si32
  // CHECK-NEXT:  h[n3] = wp.float16(6e-8)
  %h2 = warp.constant 5.96e-8 : f16
  warp.store %h2, %h[%c2] : !warp.array<f16, 1>, si32
  // CHECK-NEXT:  h[n4] = wp.float16(-0.0)
  %h3 = warp.constant -0.0 : f16
  warp.store %h3, %h[%c3] : !warp.array<f16, 1>, si32
  // CHECK-NEXT:  h[n5] = wp.float16(wp.inf)
  %h4 = warp.constant 0x7C00 : f16
  warp.store %h4, %h[%c4] : !warp.array<f16, 1>, si32
  // CHECK-NEXT:  i8[n] = wp.int8(-128)
  %a = warp.constant -128 : si8
  warp.store %a, %i8[%c0] : !warp.array<si8, 1>, si32
  // CHECK-NEXT:  i8[n2] = wp.int8(127)
  %a2 = warp.constant 127 : si8
  warp.store %a2, %i8[%c1] : !warp.array<si8, 1>, si32
  // CHECK-NEXT:  u8[n] = wp.uint8(255)
  %u = warp.constant 255 : ui8
  warp.store %u, %u8[%c0] : !warp.array<ui8, 1>, si32
  // CHECK-NEXT:  i64[n] = wp.int64(-9223372036854775808)
  %l = warp.constant -9223372036854775808 : si64
  warp.store %l, %i64[%c0] : !warp.array<si64, 1>, si32
  // CHECK-NEXT:  i64[n2] = wp.int64(9223372036854775807)
  %l2 = warp.constant 9223372036854775807 : si64
  warp.store %l2, %i64[%c1] : !warp.array<si64, 1>, si32
  // CHECK-NEXT:  u64[n] = wp.uint64(18446744073709551615)
  %ul = warp.constant 18446744073709551615 : ui64
  warp.store %ul, %u64[%c0] : !warp.array<ui64, 1>, si32
  // CHECK-NEXT:  u32[n] = wp.uint32(4000000000)
  %uu = warp.constant 4000000000 : ui32
  warp.store %uu, %u32[%c0] : !warp.array<ui32, 1>, si32
  // CHECK-NEXT:  b[n] = True
  %t = warp.constant true
  warp.store %t, %b[%c0] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  b[n2] = False
  %fl = warp.constant false
  warp.store %fl, %b[%c1] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  i32[n] = -2147483648
  %m = warp.constant -2147483648 : si32
  warp.store %m, %i32[%c0] : !warp.array<si32, 1>, si32
  // CHECK-NEXT:  i32[n2] = 2147483647
  %mx = warp.constant 2147483647 : si32
  warp.store %mx, %i32[%c1] : !warp.array<si32, 1>, si32
  warp.return
}

// Variables: the constructor form, which a loop may then change. A constant
// made away from its write (or used more than once) is bound, typed, and
// the variable is assigned that name.
// CHECK-LABEL: def variables(
// CHECK:           n2 = int(0)
// CHECK-NEXT:      n3 = int(1)
// CHECK-NEXT:      x = float(0.0)
// CHECK-NEXT:      x2 = float(0.5)
// CHECK-NEXT:      total = x
// CHECK-NEXT:      count = n2
// CHECK-NEXT:      seen = bool(False)
// CHECK-NEXT:      wide = wp.float64(0.5)
// CHECK-NEXT:      for i in range(n):
// CHECK-NEXT:          total += x2
// CHECK-NEXT:          count += n3
// CHECK-NEXT:          seen = not seen
// CHECK-NEXT:          wide *= wp.float64(3.0)
warp.kernel @variables(%n: si32 {warp.name = "n"}, %out: !warp.array<f32, 1> {warp.name = "out"}, %ints: !warp.array<si32, 1> {warp.name = "ints"}, %wides: !warp.array<f64, 1> {warp.name = "wides"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "n", range = [3, 7], role = "input", shape = []}, {dtype = f32, name = "out", role = "output", shape = [1]}, {dtype = si32, name = "ints", role = "output", shape = [2]}, {dtype = f64, name = "wides", role = "output", shape = [1]}], launch_dims = [1]}} {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %zero = warp.constant 0.0 : f32
  %half = warp.constant 0.5 : f32
  %total = warp.var "total" : !warp.ref<f32>
  warp.write %zero, %total : !warp.ref<f32>
  %count = warp.var "count" : !warp.ref<si32>
  warp.write %c0, %count : !warp.ref<si32>
  %seen = warp.var "seen" : !warp.ref<i1>
  %no = warp.constant false
  warp.write %no, %seen : !warp.ref<i1>
  %wide = warp.var "wide" : !warp.ref<f64>
  %w0 = warp.constant 0.5 : f64
  warp.write %w0, %wide : !warp.ref<f64>
  warp.for %k = %c0 to %n step %c1 : si32 {
    %t = warp.read %total : !warp.ref<f32>
    %t1 = warp.add %t, %half : f32
    warp.write %t1, %total : !warp.ref<f32>
    %c = warp.read %count : !warp.ref<si32>
    %c2 = warp.add %c, %c1 : si32
    warp.write %c2, %count : !warp.ref<si32>
    %s = warp.read %seen : !warp.ref<i1>
    %s1 = warp.not %s : i1
    warp.write %s1, %seen : !warp.ref<i1>
    %w = warp.read %wide : !warp.ref<f64>
    %three = warp.constant 3.0 : f64
    %w1 = warp.mul %w, %three : f64
    warp.write %w1, %wide : !warp.ref<f64>
  }
  %tf = warp.read %total : !warp.ref<f32>
  warp.store %tf, %out[%c0] : !warp.array<f32, 1>, si32
  %cf = warp.read %count : !warp.ref<si32>
  warp.store %cf, %ints[%c0] : !warp.array<si32, 1>, si32
  %sf = warp.read %seen : !warp.ref<i1>
  %si = warp.cast %sf : i1 to si32
  warp.store %si, %ints[%c1] : !warp.array<si32, 1>, si32
  %wf = warp.read %wide : !warp.ref<f64>
  warp.store %wf, %wides[%c0] : !warp.array<f64, 1>, si32
  warp.return
}
