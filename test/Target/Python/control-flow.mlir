// Structured control flow: if/elif/else (a warp.if whose else holds only a
// warp.if), range() loops in their shortest form (negative steps count
// down), while loops (a condition that needs statements becomes
// `while True:` ... `if not cond: break`), break, continue, early return. A
// variable written on every path before any read (both branches of an if)
// gets no initial value. Constants made before the op that uses them, or
// used more than once, are bound (typed) where they are made.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 3 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: def branches(
// CHECK:           a_val = a[tid]
// CHECK-NEXT:      x = float(-0.5)
// CHECK-NEXT:      x2 = float(0.0)
// CHECK-NEXT:      x3 = float(0.5)
// CHECK-NEXT:      if a_val < x:
// CHECK-NEXT:          out[tid] = 1
// CHECK-NEXT:      elif a_val < x2:
// CHECK-NEXT:          out[tid] = 2
// CHECK-NEXT:      elif a_val < x3:
// CHECK-NEXT:          return
// CHECK-NEXT:      else:
// CHECK-NEXT:          out[tid] = 4
// The else holds more than the if: no elif.
// CHECK-NEXT:      if a_val > 0.75:
// CHECK-NEXT:          out[tid] = 5
// CHECK-NEXT:      else:
// CHECK-NEXT:          out[tid] = 6
// CHECK-NEXT:          if a_val < -0.75:
// CHECK-NEXT:              out[tid] = 7
// A variable first assigned in both branches gets no zero initialiser.
// CHECK-NOT:       sign = int(0)
// CHECK:           if a_val < x2:
// CHECK-NEXT:          sign = int(-1)
// CHECK-NEXT:      else:
// CHECK-NEXT:          sign = int(1)
// CHECK-NEXT:      out[tid] = out[tid] * 10 + sign
warp.kernel @branches(%a: !warp.array<f32, 1> {warp.name = "a"}, %out: !warp.array<si32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "a", range = [-1.0, 1.0], role = "input", shape = [64]}, {dtype = si32, name = "out", role = "output", shape = [64]}], launch_dims = [64]}} {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %m = warp.constant -0.5 : f32
  %z = warp.constant 0.0 : f32
  %h = warp.constant 0.5 : f32
  %lt1 = warp.cmp lt, %x, %m : f32
  warp.if %lt1 : i1 {
    %one = warp.constant 1 : si32
    warp.store %one, %out[%i] : !warp.array<si32, 1>, si32
  } else {
    %lt2 = warp.cmp lt, %x, %z : f32
    warp.if %lt2 : i1 {
      %two = warp.constant 2 : si32
      warp.store %two, %out[%i] : !warp.array<si32, 1>, si32
    } else {
      %lt3 = warp.cmp lt, %x, %h : f32
      warp.if %lt3 : i1 {
        warp.return
      } else {
        %four = warp.constant 4 : si32
        warp.store %four, %out[%i] : !warp.array<si32, 1>, si32
      }
    }
  }
  %q = warp.constant 0.75 : f32
  %gt = warp.cmp gt, %x, %q : f32
  warp.if %gt : i1 {
    %five = warp.constant 5 : si32
    warp.store %five, %out[%i] : !warp.array<si32, 1>, si32
  } else {
    %six = warp.constant 6 : si32
    warp.store %six, %out[%i] : !warp.array<si32, 1>, si32
    %nq = warp.constant -0.75 : f32
    %lt4 = warp.cmp lt, %x, %nq : f32
    warp.if %lt4 : i1 {
      %seven = warp.constant 7 : si32
      warp.store %seven, %out[%i] : !warp.array<si32, 1>, si32
    }
  }
  %sign = warp.var "sign" : !warp.ref<si32>
  %neg = warp.cmp lt, %x, %z : f32
  warp.if %neg : i1 {
    %m1 = warp.constant -1 : si32
    warp.write %m1, %sign : !warp.ref<si32>
  } else {
    %p1 = warp.constant 1 : si32
    warp.write %p1, %sign : !warp.ref<si32>
  }
  %o = warp.load %out[%i] : !warp.array<si32, 1>, si32
  %ten = warp.constant 10 : si32
  %o10 = warp.mul %o, %ten : si32
  %s = warp.read %sign : !warp.ref<si32>
  %r = warp.add %o10, %s : si32
  warp.store %r, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}

// CHECK-LABEL: def loops(
// CHECK:           n2 = int(0)
// CHECK-NEXT:      n3 = int(1)
// CHECK-NEXT:      total = n2
// CHECK-NEXT:      for i in range(n):
// CHECK-NEXT:          total += i
// CHECK-NEXT:      for j in range(2, n):
// CHECK-NEXT:          total += j * 3
// CHECK-NEXT:      for k in range(n, n2, -1):
// CHECK-NEXT:          if k == 3:
// CHECK-NEXT:              continue
// CHECK-NEXT:          total -= k
// CHECK-NEXT:      for i2 in range(n2, 20, 7):
// CHECK-NEXT:          for j2 in range(i2, -4, -3):
// The read of total is used twice (compare, then add): bound in the loop.
// The update then reads total again (`total += ...`): one read more than
// the IR has, of the same value.
// CHECK-NEXT:              total_prev = total
// CHECK-NEXT:              if total_prev > 100:
// CHECK-NEXT:                  break
// CHECK-NEXT:              total += i2 - j2
// CHECK-NEXT:      out[tid] = total
warp.kernel @loops(%n: si32 {warp.name = "n"}, %out: !warp.array<si32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "n", range = [4, 9], role = "input", shape = []}, {dtype = si32, name = "out", role = "output", shape = [4]}], launch_dims = [4]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %total = warp.var "total" : !warp.ref<si32>
  warp.write %c0, %total : !warp.ref<si32>
  warp.for %k = %c0 to %n step %c1 : si32 {
    %t = warp.read %total : !warp.ref<si32>
    %t1 = warp.add %t, %k : si32
    warp.write %t1, %total : !warp.ref<si32>
  }
  %c2 = warp.constant 2 : si32
  warp.for %k = %c2 to %n step %c1 : si32 {
    %t = warp.read %total : !warp.ref<si32>
    %c3 = warp.constant 3 : si32
    %k3 = warp.mul %k, %c3 : si32
    %t1 = warp.add %t, %k3 : si32
    warp.write %t1, %total : !warp.ref<si32>
  }
  %m1 = warp.constant -1 : si32
  warp.for %k = %n to %c0 step %m1 : si32 {
    %c3 = warp.constant 3 : si32
    %is3 = warp.cmp eq, %k, %c3 : si32
    warp.if %is3 : i1 {
      warp.continue
    }
    %t = warp.read %total : !warp.ref<si32>
    %t1 = warp.sub %t, %k : si32
    warp.write %t1, %total : !warp.ref<si32>
  }
  %c20 = warp.constant 20 : si32
  %c7 = warp.constant 7 : si32
  warp.for %k = %c0 to %c20 step %c7 : si32 {
    %m4 = warp.constant -4 : si32
    %m3 = warp.constant -3 : si32
    warp.for %l = %k to %m4 step %m3 : si32 {
      %t = warp.read %total : !warp.ref<si32>
      %c100 = warp.constant 100 : si32
      %big = warp.cmp gt, %t, %c100 : si32
      warp.if %big : i1 {
        warp.break
      }
      %d = warp.sub %k, %l : si32
      %t1 = warp.add %t, %d : si32
      warp.write %t1, %total : !warp.ref<si32>
    }
  }
  %tf = warp.read %total : !warp.ref<si32>
  warp.store %tf, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}

// CHECK-LABEL: def whiles(
// CHECK:           n2 = int(0)
// CHECK-NEXT:      n3 = int(1)
// CHECK-NEXT:      k = n2
// CHECK-NEXT:      while k < n:
// The new value of k is used three times: bound, then written.
// CHECK-NEXT:          n4 = k + n3
// CHECK-NEXT:          k = n4
// CHECK-NEXT:          if n4 * n4 == 9:
// CHECK-NEXT:              continue
// CHECK-NEXT:          out[tid] = out[tid] + n4
// A condition whose value is used twice needs a statement: it moves into
// the loop.
// CHECK-NEXT:      while True:
// CHECK-NEXT:          n5 = k - n3
// CHECK-NEXT:          if not n5 * n5 > n2:
// CHECK-NEXT:              break
// CHECK-NEXT:          k -= n3
// CHECK-NEXT:      out[tid] = out[tid] + k * 100
warp.kernel @whiles(%n: si32 {warp.name = "n"}, %out: !warp.array<si32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "n", range = [2, 12], role = "input", shape = []}, {dtype = si32, name = "out", role = "output", shape = [8]}], launch_dims = [8]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %k = warp.var "k" : !warp.ref<si32>
  warp.write %c0, %k : !warp.ref<si32>
  warp.while {
    %kv = warp.read %k : !warp.ref<si32>
    %c = warp.cmp lt, %kv, %n : si32
    warp.condition %c : i1
  } do {
    %kv = warp.read %k : !warp.ref<si32>
    %k1 = warp.add %kv, %c1 : si32
    warp.write %k1, %k : !warp.ref<si32>
    %sq = warp.mul %k1, %k1 : si32
    %c9 = warp.constant 9 : si32
    %is9 = warp.cmp eq, %sq, %c9 : si32
    warp.if %is9 : i1 {
      warp.continue
    }
    %o = warp.load %out[%i] : !warp.array<si32, 1>, si32
    %o1 = warp.add %o, %k1 : si32
    warp.store %o1, %out[%i] : !warp.array<si32, 1>, si32
  }
  warp.while {
    %kv = warp.read %k : !warp.ref<si32>
    %km = warp.sub %kv, %c1 : si32
    %sq = warp.mul %km, %km : si32
    %c = warp.cmp gt, %sq, %c0 : si32
    warp.condition %c : i1
  } do {
    %kv = warp.read %k : !warp.ref<si32>
    %k1 = warp.sub %kv, %c1 : si32
    warp.write %k1, %k : !warp.ref<si32>
  }
  %o = warp.load %out[%i] : !warp.array<si32, 1>, si32
  %kf = warp.read %k : !warp.ref<si32>
  %c100 = warp.constant 100 : si32
  %k100 = warp.mul %kf, %c100 : si32
  %o1 = warp.add %o, %k100 : si32
  warp.store %o1, %out[%i] : !warp.array<si32, 1>, si32
  warp.return
}
