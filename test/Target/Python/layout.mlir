// Lines stay within 88 columns as black would keep them: a long expression
// gets its longest inlined part bound to a name on the line before; a long
// conditional expression becomes an `if` (as would `and`/`or` whose left
// operand alone cannot be bound); a call of names that cannot be shortened,
// and a long signature, split as black splits them. Black leaves the output
// as it is.
// RUN: warp-translate --warp-to-python %s | FileCheck %s
// RUN: warp-translate --warp-to-python %s -o %t.py
// RUN: %numpy_python -m black --check --quiet %t.py
// RUN: rm -rf %t.run && %numpy_python %S/run_python.py module %warp_obj_root %t.run %s | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: FAIL
// EXEC: 2 kernels in 1 modules {{.*}} black ok; 0 failed

// The parameters fit on their own line.
// CHECK-LABEL: @wp.func
// CHECK-NEXT:  def weighted_difference_of_squares(
// CHECK-NEXT:      first_operand: float, second_operand: float, weight_of_the_first: float
// CHECK-NEXT:  ) -> float:
// A part bound first, then what is still too long. Only the first operand
// can be bound before the line: binding the longer `wp.abs(...)` would make
// its ops before `weight_of_the_first * first_operand * first_operand`'s.
// CHECK-NEXT:      x2 = weight_of_the_first * first_operand * first_operand
// CHECK-NEXT:      x = x2 - wp.abs(second_operand * second_operand - weight_of_the_first)
// CHECK-NEXT:      return x + wp.sqrt(first_operand * first_operand + weight_of_the_first * 0.25)
warp.func @weighted_difference_of_squares(%a: f32 {warp.name = "first_operand"}, %b: f32 {warp.name = "second_operand"}, %w: f32 {warp.name = "weight_of_the_first"}) -> f32 {
  %wa = warp.mul %w, %a : f32
  %waa = warp.mul %wa, %a : f32
  %bb = warp.mul %b, %b : f32
  %bw = warp.sub %bb, %w : f32
  %abs = warp.abs %bw : f32
  %d = warp.sub %waa, %abs : f32
  %aa = warp.mul %a, %a : f32
  %q = warp.constant 0.25 : f32
  %wq = warp.mul %w, %q : f32
  %s = warp.add %aa, %wq : f32
  %r = warp.sqrt %s : f32
  %t = warp.add %d, %r : f32
  warp.return %t : f32
}

// One parameter per line, with a trailing comma.
// CHECK-LABEL: @wp.kernel
// CHECK-NEXT:  def layout(
// CHECK-NEXT:      first_operand_value: float,
// CHECK-NEXT:      second_operand_value: float,
// CHECK-NEXT:      results_of_the_computation: wp.array(dtype=float),
// CHECK-NEXT:      matrices_of_the_computation: wp.array(dtype=wp.mat44),
// CHECK-NEXT:  ):
// CHECK-NEXT:      tid = wp.tid()
// A call of names: split at its bracket, one argument per line.
// CHECK-NEXT:      matrices_of_the_computation[tid] = wp.mat44(
// CHECK-NEXT:          first_operand_value,
// CHECK-NEXT:          second_operand_value,
// CHECK-COUNT-13:      {{_operand_value,$}}
// CHECK-NEXT:          first_operand_value,
// CHECK-NEXT:      )
// A conditional expression that does not fit becomes an if statement. The
// constants are made before the condition's op and are not the branches'
// own, so they are bound (typed) where they are made.
// CHECK-NEXT:      cond = first_operand_value < second_operand_value
// CHECK-NEXT:      x = float(0.5)
// CHECK-NEXT:      x2 = float(0.25)
// CHECK-NEXT:      if cond:
// CHECK-NEXT:          x3 = weighted_difference_of_squares(
// CHECK-NEXT:              first_operand_value, second_operand_value, x
// CHECK-NEXT:          )
// CHECK-NEXT:      else:
// CHECK-NEXT:          x3 = weighted_difference_of_squares(
// CHECK-NEXT:              second_operand_value, first_operand_value, x2
// CHECK-NEXT:          )
// CHECK-NEXT:      results_of_the_computation[tid] = x3
warp.kernel @layout(%x: f32 {warp.name = "first_operand_value"}, %y: f32 {warp.name = "second_operand_value"}, %out: !warp.array<f32, 1> {warp.name = "results_of_the_computation"}, %mats: !warp.array<!warp.mat<4x4xf32>, 1> {warp.name = "matrices_of_the_computation"}) dims(1) attributes {warp.gen = {arrays = [{dtype = f32, name = "first_operand_value", range = [0.5, 1.0], role = "input", shape = []}, {dtype = f32, name = "second_operand_value", range = [0.5, 1.0], role = "input", shape = []}, {dtype = f32, name = "results_of_the_computation", role = "output", shape = [8]}, {dtype = !warp.mat<4x4xf32>, name = "matrices_of_the_computation", role = "output", shape = [8]}], launch_dims = [8]}} {
  %i = warp.tid
  %m = warp.mat %x, %y, %x, %y, %y, %x, %y, %x, %x, %x, %y, %y, %y, %y, %x, %x : !warp.mat<4x4xf32>
  warp.store %m, %mats[%i] : !warp.array<!warp.mat<4x4xf32>, 1>, si32
  %lt = warp.cmp lt, %x, %y : f32
  %half = warp.constant 0.5 : f32
  %quarter = warp.constant 0.25 : f32
  %r = warp.ifexp %lt : i1 -> f32 {
    %c = warp.call @weighted_difference_of_squares(%x, %y, %half) : (f32, f32, f32) -> f32
    warp.yield %c : f32
  } else {
    %c = warp.call @weighted_difference_of_squares(%y, %x, %quarter) : (f32, f32, f32) -> f32
    warp.yield %c : f32
  }
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// CHECK-LABEL: def one_long_parameter(
// CHECK-NEXT:      an_array_whose_name_goes_on_and_on_for_quite_a_while_longer: wp.array(dtype=int),
// CHECK-NEXT:  ):
// The right operand of `and` is evaluated only when needed: it is not bound
// before the line.
// The constants 0 and 1 are used more than once: bound where they are made.
// CHECK-NEXT:      n = int(0)
// CHECK-NEXT:      n2 = int(1)
// CHECK-NEXT:      cond = an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[n] > n
// CHECK-NEXT:      cond2 = cond and an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[n2] > n
// CHECK-NEXT:      an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[3] = int(cond2)
// Nothing left to bind: `x = a or b` is `x = a` and `if not x: x = b`.
// CHECK-NEXT:      cond3 = cond
// CHECK-NEXT:      if not cond3:
// CHECK-NEXT:          n4 = an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[n2]
// CHECK-NEXT:          n3 = n4 + an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[2]
// CHECK-NEXT:          cond3 = n3 > n
// CHECK-NEXT:      an_array_whose_name_goes_on_and_on_for_quite_a_while_longer[n] = int(cond3)
warp.kernel @one_long_parameter(%a: !warp.array<si32, 1> {warp.name = "an_array_whose_name_goes_on_and_on_for_quite_a_while_longer"}) dims(1) attributes {warp.gen = {arrays = [{dtype = si32, name = "an_array_whose_name_goes_on_and_on_for_quite_a_while_longer", range = [-3, 3], role = "input", shape = [4]}], launch_dims = [1]}} {
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %x = warp.load %a[%c0] : !warp.array<si32, 1>, si32
  %p = warp.cmp gt, %x, %c0 : si32
  %both = warp.and %p : i1 {
    %y = warp.load %a[%c1] : !warp.array<si32, 1>, si32
    %q = warp.cmp gt, %y, %c0 : si32
    warp.yield %q : i1
  }
  %r = warp.cast %both : i1 to si32
  %c3 = warp.constant 3 : si32
  warp.store %r, %a[%c3] : !warp.array<si32, 1>, si32
  %either = warp.or %p : i1 {
    %y1 = warp.load %a[%c1] : !warp.array<si32, 1>, si32
    %c2 = warp.constant 2 : si32
    %y2 = warp.load %a[%c2] : !warp.array<si32, 1>, si32
    %sum = warp.add %y1, %y2 : si32
    %q = warp.cmp gt, %sum, %c0 : si32
    warp.yield %q : i1
  }
  %r2 = warp.cast %either : i1 to si32
  warp.store %r2, %a[%c0] : !warp.array<si32, 1>, si32
  warp.return
}
