// Operators print as Python operators with the fewest parentheses Python's
// precedence needs (comparisons never chain, `-(x**2)` and power hugging as
// black writes them); the output is a fixed point of black, and warp-lang
// computes what the JIT computes.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// An unused wp.tid() is not printed.
// CHECK-LABEL: @wp.kernel
// CHECK-NEXT:  def arithmetic(x: float, y: float, out: wp.array(dtype=float)):
// Constants made at the top and used more than once are bound there, typed.
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// CHECK-NEXT:      n4 = int(3)
// CHECK-NEXT:      n5 = int(4)
// CHECK-NEXT:      n6 = int(5)
// CHECK-NEXT:      n7 = int(6)
// CHECK-NEXT:      n8 = int(7)
// CHECK-NEXT:      x2 = float(2.0)
warp.kernel @arithmetic(%x: f32 {warp.name = "x"}, %y: f32 {warp.name = "y"}, %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "x", range = [0.5, 2.0], role = "input", shape = []}, {dtype = f32, name = "y", range = [0.5, 2.0], role = "input", shape = []}, {dtype = f32, name = "out", role = "output", shape = [9]}], launch_dims = [1]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  %c5 = warp.constant 5 : si32
  %c6 = warp.constant 6 : si32
  %c7 = warp.constant 7 : si32
  %two = warp.constant 2.0 : f32
  // CHECK-NEXT:  out[n] = (x + y) * x
  %a = warp.add %x, %y : f32
  %b = warp.mul %a, %x : f32
  warp.store %b, %out[%c0] : !warp.array<f32, 1>, si32
  // Subtraction keeps its right operand's parentheses; addition of floats
  // is not associative either.
  // CHECK-NEXT:  out[n2] = x - (x - y) + (y + (x + y))
  %d = warp.sub %x, %y : f32
  %e = warp.sub %x, %d : f32
  %f = warp.add %x, %y : f32
  %g = warp.add %y, %f : f32
  %h = warp.add %e, %g : f32
  warp.store %h, %out[%c1] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  out[n3] = -(x**x2)
  %p = warp.pow %x, %two : f32
  %np = warp.neg %p : f32
  warp.store %np, %out[%c2] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  out[n4] = (-x) ** x2
  %nx = warp.neg %x : f32
  %pn = warp.pow %nx, %two : f32
  warp.store %pn, %out[%c3] : !warp.array<f32, 1>, si32
  // `**` is right-associative; black hugs simple operands (tokens, not
  // subtrees: `x**y**x`).
  // CHECK-NEXT:  out[n5] = x**y**x
  %q1 = warp.pow %y, %x : f32
  %q2 = warp.pow %x, %q1 : f32
  warp.store %q2, %out[%c4] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  out[n6] = (x**y) ** x + x**-y
  %r1 = warp.pow %x, %y : f32
  %r2 = warp.pow %r1, %x : f32
  %ny = warp.neg %y : f32
  %r3 = warp.pow %x, %ny : f32
  %r4 = warp.add %r2, %r3 : f32
  warp.store %r4, %out[%c5] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  x3 = float(1.0)
  // CHECK-NEXT:  out[n7] = wp.sqrt(x) ** (x + x3) / (x * y)
  %one = warp.constant 1.0 : f32
  %s = warp.sqrt %x : f32
  %s1 = warp.add %x, %one : f32
  %s2 = warp.pow %s, %s1 : f32
  %s3 = warp.mul %x, %y : f32
  %s4 = warp.div %s2, %s3 : f32
  warp.store %s4, %out[%c6] : !warp.array<f32, 1>, si32
  // A negative literal is unary minus: `x - -1.5`, `-(-x)`.
  // CHECK-NEXT:  out[n8] = x - -1.5 + -(-y)
  %m = warp.constant -1.5 : f32
  %t1 = warp.sub %x, %m : f32
  %t2 = warp.neg %y : f32
  %t3 = warp.neg %t2 : f32
  %t4 = warp.add %t1, %t3 : f32
  warp.store %t4, %out[%c7] : !warp.array<f32, 1>, si32
  // CHECK-NEXT:  out[8] = (x if x < y else y if y < x3 else x2) + x
  %lt = warp.cmp lt, %x, %y : f32
  %sel = warp.ifexp %lt : i1 -> f32 {
    warp.yield %x : f32
  } else {
    %lt2 = warp.cmp lt, %y, %one : f32
    %inner = warp.ifexp %lt2 : i1 -> f32 {
      warp.yield %y : f32
    } else {
      warp.yield %two : f32
    }
    warp.yield %inner : f32
  }
  %sel2 = warp.add %sel, %x : f32
  %c8 = warp.constant 8 : si32
  warp.store %sel2, %out[%c8] : !warp.array<f32, 1>, si32
  warp.return
}

// CHECK-LABEL: def logic(
// CHECK:           n2 = int(0)
// CHECK-NEXT:      n3 = int(1)
// CHECK-NEXT:      n4 = int(2)
// CHECK-NEXT:      n5 = int(3)
// CHECK-NEXT:      n6 = int(4)
warp.kernel @logic(%n: si32 {warp.name = "n"}, %m: si32 {warp.name = "m"}, %flags: !warp.array<i1, 1> {warp.name = "flags"}, %ints: !warp.array<si32, 1> {warp.name = "ints"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "n", range = [-20, 20], role = "input", shape = []}, {dtype = si32, name = "m", range = [1, 9], role = "input", shape = []}, {dtype = i1, name = "flags", role = "output", shape = [5]}, {dtype = si32, name = "ints", role = "output", shape = [4]}], launch_dims = [1]}} {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c3 = warp.constant 3 : si32
  %c4 = warp.constant 4 : si32
  // Comparisons chain in Python: a comparison of comparisons keeps them in
  // parentheses.
  // CHECK-NEXT:  flags[n2] = (n < m) == (m < n)
  %lt = warp.cmp lt, %n, %m : si32
  %gt = warp.cmp lt, %m, %n : si32
  %eq = warp.cmp eq, %lt, %gt : i1
  warp.store %eq, %flags[%c0] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  flags[n3] = not n < m
  %lt3 = warp.cmp lt, %n, %m : si32
  %nt = warp.not %lt3 : i1
  warp.store %nt, %flags[%c1] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  flags[n4] = n > n2 and (m > n4 or n == -3)
  %pos = warp.cmp gt, %n, %c0 : si32
  %and = warp.and %pos : i1 {
    %big = warp.cmp gt, %m, %c2 : si32
    %or = warp.or %big : i1 {
      %minus3 = warp.constant -3 : si32
      %t = warp.cmp eq, %n, %minus3 : si32
      warp.yield %t : i1
    }
    warp.yield %or : i1
  }
  warp.store %and, %flags[%c2] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  flags[n5] = (not n) == (m > n5)
  %notn = warp.not %n : si32
  %m3 = warp.cmp gt, %m, %c3 : si32
  %eq2 = warp.cmp eq, %notn, %m3 : i1
  warp.store %eq2, %flags[%c3] : !warp.array<i1, 1>, si32
  // `&` binds tighter than a comparison in Python (not in C).
  // CHECK-NEXT:  flags[n6] = n & n3 != n2 or n > m and m > n3
  %bit = warp.bit_and %n, %c1 : si32
  %odd = warp.cmp ne, %bit, %c0 : si32
  %or2 = warp.or %odd : i1 {
    %ngt = warp.cmp gt, %n, %m : si32
    %and2 = warp.and %ngt : i1 {
      %mgt = warp.cmp gt, %m, %c1 : si32
      warp.yield %mgt : i1
    }
    warp.yield %and2 : i1
  }
  warp.store %or2, %flags[%c4] : !warp.array<i1, 1>, si32
  // CHECK-NEXT:  ints[n2] = m & ((n << n4 | m) ^ n)
  %sh = warp.shl %n, %c2 : si32
  %bo = warp.bit_or %sh, %m : si32
  %bx = warp.bit_xor %bo, %n : si32
  %ba = warp.bit_and %m, %bx : si32
  warp.store %ba, %ints[%c0] : !warp.array<si32, 1>, si32
  // CHECK-NEXT:  ints[n3] = ~(n - -1)
  %neg1 = warp.constant -1 : si32
  %sub = warp.sub %n, %neg1 : si32
  %bn = warp.bit_not %sub : si32
  warp.store %bn, %ints[%c1] : !warp.array<si32, 1>, si32
  // CHECK-NEXT:  ints[n4] = n * (n // m % m)
  %fd = warp.floordiv %n, %m : si32
  %md = warp.mod %fd, %m : si32
  %mm = warp.mul %n, %md : si32
  warp.store %mm, %ints[%c2] : !warp.array<si32, 1>, si32
  // CHECK-NEXT:  ints[n5] = -n % m + (n >> n3)
  %nn = warp.neg %n : si32
  %r = warp.mod %nn, %m : si32
  %sr = warp.shr %n, %c1 : si32
  %sum = warp.add %r, %sr : si32
  warp.store %sum, %ints[%c3] : !warp.array<si32, 1>, si32
  warp.return
}
