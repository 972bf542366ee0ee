// Arrays of one to four dimensions (wp.array, wp.array2d, ...), element
// reads and writes as subscripts, a view as `a[i]`, an extent as
// `a.shape[d]`, every atomic as `wp.atomic_<kind>(a, indices..., value)`
// and compare-and-swap as `wp.atomic_cas(a, indices..., compare, value)`.
// Index constants made at the top and used more than once are bound there.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// CHECK-LABEL: def shapes(
// CHECK-NEXT:      grid: wp.array2d(dtype=float),
// CHECK-NEXT:      cube: wp.array3d(dtype=float),
// CHECK-NEXT:      hyper: wp.array4d(dtype=wp.vec2),
// CHECK-NEXT:      out: wp.array2d(dtype=float),
// CHECK-NEXT:  ):
// CHECK-NEXT:      i, j = wp.tid()
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(-1)
// CHECK-NEXT:      row = grid[i]
// The three loads come before the first add: bound in order.
// CHECK-NEXT:      row_val = row[j]
// CHECK-NEXT:      row_val2 = row[row.shape[0] - n2]
// CHECK-NEXT:      grid_val = grid[n3, j]
// CHECK-NEXT:      out[i, j] = row_val + row_val2 + grid_val
// CHECK-NEXT:      out[j, i] = cube[i, j, cube.shape[2] - n2] + hyper[n, i, j, n2][n]
warp.kernel @shapes(%grid: !warp.array<f32, 2> {warp.name = "grid"}, %cube: !warp.array<f32, 3> {warp.name = "cube"}, %hyper: !warp.array<!warp.vec<2xf32>, 4> {warp.name = "hyper"}, %out: !warp.array<f32, 2> {warp.name = "out"}) dims(2) attributes {warp.gen = {arrays = [{dtype = f32, name = "grid", range = [-1.0, 1.0], role = "input", shape = [4, 4]}, {dtype = f32, name = "cube", range = [-1.0, 1.0], role = "input", shape = [4, 4, 3]}, {dtype = !warp.vec<2xf32>, name = "hyper", range = [-1.0, 1.0], role = "input", shape = [1, 4, 4, 2]}, {dtype = f32, name = "out", role = "output", shape = [4, 4]}], launch_dims = [4, 4]}} {
  %i, %j = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %m1 = warp.constant -1 : si32
  %row = warp.view %grid[%i] : !warp.array<f32, 2>, si32 -> !warp.array<f32, 1>
  %x = warp.load %row[%j] : !warp.array<f32, 1>, si32
  %n = warp.shape %row[0] : !warp.array<f32, 1>
  %last = warp.sub %n, %c1 : si32
  %y = warp.load %row[%last] : !warp.array<f32, 1>, si32
  %z = warp.load %grid[%m1, %j] : !warp.array<f32, 2>, si32, si32
  %s = warp.add %x, %y : f32
  %s2 = warp.add %s, %z : f32
  warp.store %s2, %out[%i, %j] : !warp.array<f32, 2>, si32, si32
  %d = warp.shape %cube[2] : !warp.array<f32, 3>
  %dl = warp.sub %d, %c1 : si32
  %c = warp.load %cube[%i, %j, %dl] : !warp.array<f32, 3>, si32, si32, si32
  %h = warp.load %hyper[%c0, %i, %j, %c1] : !warp.array<!warp.vec<2xf32>, 4>, si32, si32, si32, si32
  %h0 = warp.extract %h[%c0] : !warp.vec<2xf32>, si32
  %t = warp.add %c, %h0 : f32
  warp.store %t, %out[%j, %i] : !warp.array<f32, 2>, si32, si32
  warp.return
}

// CHECK-LABEL: def atomics(
// CHECK:           tid = wp.tid()
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      n3 = int(2)
// CHECK-NEXT:      n4 = int(4)
// CHECK-NEXT:      n5 = int(8)
// CHECK-NEXT:      n6 = int(9)
// CHECK-NEXT:      n7 = int(32)
// CHECK-NEXT:      n8 = tid % n4
// CHECK-NEXT:      wp.atomic_add(counts, n8, n2)
// CHECK-NEXT:      wp.atomic_sub(counts, n8 + n4, n3)
// CHECK-NEXT:      wp.atomic_min(counts, n5, tid)
// CHECK-NEXT:      wp.atomic_max(counts, n6, tid)
// CHECK-NEXT:      n9 = wp.uint32(1)
// CHECK-NEXT:      n10 = wp.uint32(3)
// CHECK-NEXT:      n11 = wp.uint32(tid % n7)
// CHECK-NEXT:      wp.atomic_and(bits, n, ~(n9 << n11))
// CHECK-NEXT:      wp.atomic_or(bits, n2, n9 << n11)
// CHECK-NEXT:      wp.atomic_xor(bits, n3, n10)
// CHECK-NEXT:      wp.atomic_add(sums, n8, n, wp.vec3(1.0, 2.0, 3.0))
// CHECK-NEXT:      wp.atomic_max(grid, n, n8, float(tid))
// CHECK-NEXT:      wp.atomic_cas(flags, tid, n, tid + n2)
// An atomic's old value, used, is bound before the load that follows it.
// CHECK-NEXT:      old = wp.atomic_exch(swaps, tid, tid * 10)
// CHECK-NEXT:      swaps[tid] = swaps[tid] + old
warp.kernel @atomics(%counts: !warp.array<si32, 1> {warp.name = "counts"}, %bits: !warp.array<ui32, 1> {warp.name = "bits"}, %sums: !warp.array<!warp.vec<3xf32>, 2> {warp.name = "sums"}, %grid: !warp.array<f32, 2> {warp.name = "grid"}, %flags: !warp.array<si32, 1> {warp.name = "flags"}, %swaps: !warp.array<si32, 1> {warp.name = "swaps"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "counts", role = "zero_accumulator", shape = [10]}, {dtype = ui32, name = "bits", role = "zero_accumulator", shape = [3]}, {dtype = !warp.vec<3xf32>, name = "sums", role = "zero_accumulator", shape = [4, 1]}, {dtype = f32, name = "grid", role = "zero_accumulator", shape = [1, 4]}, {dtype = si32, name = "flags", role = "zero_accumulator", shape = [32]}, {dtype = si32, name = "swaps", range = [-5, 5], role = "input", shape = [32]}], launch_dims = [32]}} {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c2 = warp.constant 2 : si32
  %c4 = warp.constant 4 : si32
  %c8 = warp.constant 8 : si32
  %c9 = warp.constant 9 : si32
  %c32 = warp.constant 32 : si32
  %slot = warp.mod %i, %c4 : si32
  %a1 = warp.atomic add %counts[%slot], %c1 : !warp.array<si32, 1>, si32
  %s4 = warp.add %slot, %c4 : si32
  %a2 = warp.atomic sub %counts[%s4], %c2 : !warp.array<si32, 1>, si32
  %a3 = warp.atomic min %counts[%c8], %i : !warp.array<si32, 1>, si32
  %a4 = warp.atomic max %counts[%c9], %i : !warp.array<si32, 1>, si32
  %u1 = warp.constant 1 : ui32
  %u3 = warp.constant 3 : ui32
  %sh = warp.mod %i, %c32 : si32
  %shu = warp.cast %sh : si32 to ui32
  %bit = warp.shl %u1, %shu : ui32
  %nbit = warp.bit_not %bit : ui32
  %a5 = warp.atomic and %bits[%c0], %nbit : !warp.array<ui32, 1>, si32
  %bit2 = warp.shl %u1, %shu : ui32
  %a6 = warp.atomic or %bits[%c1], %bit2 : !warp.array<ui32, 1>, si32
  %a7 = warp.atomic xor %bits[%c2], %u3 : !warp.array<ui32, 1>, si32
  %one = warp.constant 1.0 : f32
  %two = warp.constant 2.0 : f32
  %three = warp.constant 3.0 : f32
  %v = warp.vec %one, %two, %three : !warp.vec<3xf32>
  %a8 = warp.atomic add %sums[%slot, %c0], %v : !warp.array<!warp.vec<3xf32>, 2>, si32, si32
  %f = warp.cast %i : si32 to f32
  %a9 = warp.atomic max %grid[%c0, %slot], %f : !warp.array<f32, 2>, si32, si32
  %next = warp.add %i, %c1 : si32
  %a10 = warp.atomic_cas %flags[%i], %c0, %next : !warp.array<si32, 1>, si32
  %c10 = warp.constant 10 : si32
  %ten = warp.mul %i, %c10 : si32
  %old = warp.atomic exch %swaps[%i], %ten : !warp.array<si32, 1>, si32
  %now = warp.load %swaps[%i] : !warp.array<si32, 1>, si32
  %sum = warp.add %now, %old : si32
  warp.store %sum, %swaps[%i] : !warp.array<si32, 1>, si32
  warp.return
}
