// A value used once is printed inside its user's expression, unless that
// would move it past something that could change it: a load past a store
// or a call, a call past a load, a variable's read past a write to it.
// Values used more than once are bound to a name once (a value assigned to
// a variable as well); unused values without effects are bound to a fresh
// name, unused calls and atomics are printed as statements.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: def bump(a: wp.array(dtype=float), i: int) -> float:
// CHECK-NEXT:      a_val = a[i]
// CHECK-NEXT:      a[i] = a_val + 1.0
// CHECK-NEXT:      return a_val
warp.func @bump(%a: !warp.array<f32, 1> {warp.name = "a"}, %i: si32 {warp.name = "i"}) -> f32 {
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %one = warp.constant 1.0 : f32
  %y = warp.add %x, %one : f32
  warp.store %y, %a[%i] : !warp.array<f32, 1>, si32
  warp.return %x : f32
}

// CHECK-LABEL: def memory(
// Constants defined apart from their use are bound, typed, where they are.
// CHECK:           x = float(0.5)
// CHECK-NEXT:      x2 = float(1.0)
// CHECK-NEXT:      x3 = float(2.0)
// The load is read before the store to its array.
// CHECK-NEXT:      a_val = a[tid]
// CHECK-NEXT:      a[tid] = x
// CHECK-NEXT:      out[tid] = a_val + x2
// Nothing between: inlined.
// CHECK-NEXT:      b[tid] = b[tid] * x3
// The call comes first: its result is bound before the load that follows.
// CHECK-NEXT:      x4 = bump(a, tid)
// CHECK-NEXT:      out[tid] = a[tid] + x4
// Unused: an atomic and a call are printed for their effect, a pure value
// is bound to a fresh name.
// CHECK-NEXT:      wp.atomic_add(b, tid, x2)
// CHECK-NEXT:      bump(b, tid)
// CHECK-NEXT:      x5 = wp.sqrt(x3)
// CHECK-NEXT:      out[tid] = out[tid] * b[tid]
warp.kernel @memory(%a: !warp.array<f32, 1> {warp.name = "a"}, %b: !warp.array<f32, 1> {warp.name = "b"}, %out: !warp.array<f32, 1> {warp.name = "out"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "a", range = [-1.0, 1.0], role = "input", shape = [16]}, {dtype = f32, name = "b", range = [-1.0, 1.0], role = "input", shape = [16]}, {dtype = f32, name = "out", role = "output", shape = [16]}], launch_dims = [16]}} {
  %i = warp.tid
  %half = warp.constant 0.5 : f32
  %one = warp.constant 1.0 : f32
  %two = warp.constant 2.0 : f32
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  warp.store %half, %a[%i] : !warp.array<f32, 1>, si32
  %y = warp.add %x, %one : f32
  warp.store %y, %out[%i] : !warp.array<f32, 1>, si32
  %z = warp.load %b[%i] : !warp.array<f32, 1>, si32
  %w = warp.mul %z, %two : f32
  warp.store %w, %b[%i] : !warp.array<f32, 1>, si32
  %c = warp.call @bump(%a, %i) : (!warp.array<f32, 1>, si32) -> f32
  %l = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %s = warp.add %l, %c : f32
  warp.store %s, %out[%i] : !warp.array<f32, 1>, si32
  %old = warp.atomic add %b[%i], %one : !warp.array<f32, 1>, si32
  %unused = warp.call @bump(%b, %i) : (!warp.array<f32, 1>, si32) -> f32
  %dead = warp.sqrt %two : f32
  %o = warp.load %out[%i] : !warp.array<f32, 1>, si32
  %bb = warp.load %b[%i] : !warp.array<f32, 1>, si32
  %p = warp.mul %o, %bb : f32
  warp.store %p, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// CHECK-LABEL: def variables(
// CHECK:           acc = a[tid]
// A read used after the variable changes is copied first.
// CHECK-NEXT:      acc_prev = acc
// CHECK-NEXT:      acc *= 2.0
// CHECK-NEXT:      out[tid] = acc_prev - acc
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(3)
// CHECK-NEXT:      k = n
// CHECK-NEXT:      for i in range(n3):
// A value assigned to a variable and used again is bound to its own name.
// CHECK-NEXT:          n4 = k + n2
// CHECK-NEXT:          k = n4
// Bound before the load: Python would read ints[tid] first.
// CHECK-NEXT:          n5 = n4 * n4
// CHECK-NEXT:          ints[tid] = ints[tid] + n5
// Values used twice are bound once.
// CHECK-NEXT:      x = float(1.0)
// CHECK-NEXT:      x2 = acc + x
// CHECK-NEXT:      out[tid] = x2 * x2
warp.kernel @variables(%a: !warp.array<f32, 1> {warp.name = "a"}, %out: !warp.array<f32, 1> {warp.name = "out"}, %ints: !warp.array<si32, 1> {warp.name = "ints"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "a", range = [-1.0, 1.0], role = "input", shape = [16]}, {dtype = f32, name = "out", role = "output", shape = [16]}, {dtype = si32, name = "ints", role = "output", shape = [16]}], launch_dims = [16]}} {
  %i = warp.tid
  %acc = warp.var "acc" : !warp.ref<f32>
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  warp.write %x, %acc : !warp.ref<f32>
  %r0 = warp.read %acc : !warp.ref<f32>
  %two = warp.constant 2.0 : f32
  %r1 = warp.mul %r0, %two : f32
  warp.write %r1, %acc : !warp.ref<f32>
  %r2 = warp.read %acc : !warp.ref<f32>
  %d = warp.sub %r0, %r2 : f32
  warp.store %d, %out[%i] : !warp.array<f32, 1>, si32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c3 = warp.constant 3 : si32
  %k = warp.var "k" : !warp.ref<si32>
  warp.write %c0, %k : !warp.ref<si32>
  warp.for %j = %c0 to %c3 step %c1 : si32 {
    %kv = warp.read %k : !warp.ref<si32>
    %k1 = warp.add %kv, %c1 : si32
    warp.write %k1, %k : !warp.ref<si32>
    %sq = warp.mul %k1, %k1 : si32
    %o = warp.load %ints[%i] : !warp.array<si32, 1>, si32
    %o1 = warp.add %o, %sq : si32
    warp.store %o1, %ints[%i] : !warp.array<si32, 1>, si32
  }
  %one = warp.constant 1.0 : f32
  %r3 = warp.read %acc : !warp.ref<f32>
  %y = warp.add %r3, %one : f32
  %yy = warp.mul %y, %y : f32
  warp.store %yy, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
