// Names: parameters keep their `warp.name`, variables their `warp.var`
// name, made valid identifiers; a keyword or builtin gets a trailing `_`;
// nothing shadows a function, struct, `wp` or another name. Loop variables
// are i, j, k, then i2, j2, ...; wp.tid() is `tid` for one dimension and
// `i, j` for two (`_` for an unused one); other values are named after
// what they hold (`a_val = a[tid]`, `old = wp.atomic_add(...)`).
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: @wp.func
// CHECK-NEXT:  def scale(x: float, s: float) -> float:
// A variable named like a parameter, first assigned it, is the parameter.
// CHECK-NEXT:      for i in range(3):
// CHECK-NEXT:          x *= s
// CHECK-NEXT:      return x
warp.func @scale(%x: f32 {warp.name = "x"}, %s: f32 {warp.name = "s"}) -> f32 {
  %xv = warp.var "x" : !warp.ref<f32>
  warp.write %x, %xv : !warp.ref<f32>
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c3 = warp.constant 3 : si32
  warp.for %k = %c0 to %c3 step %c1 : si32 {
    %v = warp.read %xv : !warp.ref<f32>
    %v2 = warp.mul %v, %s : f32
    warp.write %v2, %xv : !warp.ref<f32>
  }
  %r = warp.read %xv : !warp.ref<f32>
  warp.return %r : f32
}

// CHECK-LABEL: def clashes(
// CHECK-NEXT:      lambda_: wp.array(dtype=float),
// CHECK-NEXT:      max_: wp.array(dtype=float),
// CHECK-NEXT:      wp_: float,
// CHECK-NEXT:      scale2: float,
// CHECK-NEXT:      my_name: wp.array(dtype=int),
// CHECK-NEXT:      _2d: int,
// CHECK-NEXT:      arg6: int,
// CHECK-NEXT:  ):
// CHECK-NEXT:      tid = wp.tid()
// CHECK-NEXT:      x = float(0.0)
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// Two variables called `acc`, and one called like a parameter used later.
// CHECK-NEXT:      acc = x
// CHECK-NEXT:      acc2 = _2d
// CHECK-NEXT:      my_name2 = n
// CHECK-NEXT:      for i in range(arg6):
// CHECK-NEXT:          for j in range(n3):
// CHECK-NEXT:              for k in range(n3):
// CHECK-NEXT:                  for i2 in range(n3):
// The load is bound first: the call after it might write the array.
// CHECK-NEXT:                      lambda__val = lambda_[tid]
// CHECK-NEXT:                      acc += lambda__val * scale(wp_, scale2)
// CHECK-NEXT:                      acc2 += i + j - k * i2
// CHECK-NEXT:                      my_name2 += my_name[tid]
// CHECK-NEXT:      max_[tid] = acc + float(acc2 + my_name2)
warp.kernel @clashes(%a: !warp.array<f32, 1> {warp.name = "lambda"}, %b: !warp.array<f32, 1> {warp.name = "max"}, %c: f32 {warp.name = "wp"}, %d: f32 {warp.name = "scale"}, %e: !warp.array<si32, 1> {warp.name = "my-name"}, %f: si32 {warp.name = "2d"}, %n: si32) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "lambda", range = [-1.0, 1.0], role = "input", shape = [8]}, {dtype = f32, name = "max", role = "output", shape = [8]}, {dtype = f32, name = "wp", range = [-1.0, 1.0], role = "input", shape = []}, {dtype = f32, name = "scale", range = [0.5, 1.0], role = "input", shape = []}, {dtype = si32, name = "my-name", range = [-5, 5], role = "input", shape = [8]}, {dtype = si32, name = "2d", range = [-5, 5], role = "input", shape = []}, {dtype = si32, name = "arg6", range = [1, 3], role = "input", shape = []}], launch_dims = [8]}} {
  %t = warp.tid
  %z = warp.constant 0.0 : f32
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %acc = warp.var "acc" : !warp.ref<f32>
  warp.write %z, %acc : !warp.ref<f32>
  %acc2 = warp.var "acc" : !warp.ref<si32>
  warp.write %f, %acc2 : !warp.ref<si32>
  %mine = warp.var "my-name" : !warp.ref<si32>
  warp.write %c0, %mine : !warp.ref<si32>
  warp.for %i = %c0 to %n step %c1 : si32 {
    warp.for %j = %c0 to %c2 step %c1 : si32 {
      warp.for %k = %c0 to %c2 step %c1 : si32 {
        warp.for %l = %c0 to %c2 step %c1 : si32 {
          %v = warp.read %acc : !warp.ref<f32>
          %x = warp.load %a[%t] : !warp.array<f32, 1>, si32
          %s = warp.call @scale(%c, %d) : (f32, f32) -> f32
          %xs = warp.mul %x, %s : f32
          %v1 = warp.add %v, %xs : f32
          warp.write %v1, %acc : !warp.ref<f32>
          %w = warp.read %acc2 : !warp.ref<si32>
          %ij = warp.add %i, %j : si32
          %kl = warp.mul %k, %l : si32
          %d1 = warp.sub %ij, %kl : si32
          %w1 = warp.add %w, %d1 : si32
          warp.write %w1, %acc2 : !warp.ref<si32>
          %m = warp.read %mine : !warp.ref<si32>
          %ev = warp.load %e[%t] : !warp.array<si32, 1>, si32
          %m1 = warp.add %m, %ev : si32
          warp.write %m1, %mine : !warp.ref<si32>
        }
      }
    }
  }
  %r = warp.read %acc : !warp.ref<f32>
  %r2 = warp.read %acc2 : !warp.ref<si32>
  %r3 = warp.read %mine : !warp.ref<si32>
  %r4 = warp.add %r2, %r3 : si32
  %r5 = warp.cast %r4 : si32 to f32
  %r6 = warp.add %r, %r5 : f32
  warp.store %r6, %b[%t] : !warp.array<f32, 1>, si32
  warp.return
}

// Two-dimensional launches name their indices i, j; values take names from
// what they hold; a parameter does not shadow the kernel's name.
// CHECK-LABEL: def grid(grid2: wp.array2d(dtype=float), counts: wp.array(dtype=int)):
// CHECK-NEXT:      i, _ = wp.tid()
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      grid2_val = grid2[i, n]
// CHECK-NEXT:      old = wp.atomic_add(counts, n, n2)
// CHECK-NEXT:      n3 = grid2.shape[1]
// CHECK-NEXT:      n4 = n3 - n2
// CHECK-NEXT:      x = float(old)
// CHECK-NEXT:      x2 = float(n3)
// CHECK-NEXT:      grid2[i, n4] = grid2_val + x + x2
// CHECK-NEXT:      n5 = i + n2
// CHECK-NEXT:      counts[n5] = old + n3
warp.kernel @grid(%grid: !warp.array<f32, 2> {warp.name = "grid"}, %counts: !warp.array<si32, 1> {warp.name = "counts"}) dims(2) attributes {warp.gen = {arrays = [{dtype = f32, name = "grid", range = [-1.0, 1.0], role = "input", shape = [4, 3]}, {dtype = si32, name = "counts", role = "output", shape = [5]}], launch_dims = [4, 1]}} {
  %i, %j = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %x = warp.load %grid[%i, %c0] : !warp.array<f32, 2>, si32, si32
  %old = warp.atomic add %counts[%c0], %c1 : !warp.array<si32, 1>, si32
  %n = warp.shape %grid[1] : !warp.array<f32, 2>
  %last = warp.sub %n, %c1 : si32
  %of = warp.cast %old : si32 to f32
  %nf = warp.cast %n : si32 to f32
  %s = warp.add %x, %of : f32
  %s2 = warp.add %s, %nf : f32
  warp.store %s2, %grid[%i, %last] : !warp.array<f32, 2>, si32, si32
  %next = warp.add %i, %c1 : si32
  %on = warp.add %old, %n : si32
  warp.store %on, %counts[%next] : !warp.array<si32, 1>, si32
  warp.return
}
