// convert-warp-to-cf: kernels and functions become func.func; structured
// control flow becomes cf branches.
// RUN: warp-opt %s --convert-warp-to-cf | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-cf --mem2reg | FileCheck %s --check-prefix=SSA

// A kernel takes its launch indices first; tid uses become those arguments.
// CHECK-LABEL: func.func @tid2(%arg0: si32, %arg1: si32, %arg2: !warp.array<f32, 2>, %arg3: f32)
// CHECK-SAME: attributes {warp.array_element_bytes = array<i64: 4, 0>, warp.kernel, warp.launch_dims = 2 : i32}
// CHECK-NEXT: warp.store %arg3, %arg2[%arg0, %arg1]
// CHECK-NEXT: return
warp.kernel @tid2(%a: !warp.array<f32, 2>, %x: f32) {
  %i, %j = warp.tid
  warp.store %x, %a[%i, %j] : !warp.array<f32, 2>, si32, si32
  warp.return
}

// if / else with an early return, and a non-bool condition tested for truth.
// CHECK-LABEL: func.func @branch(
// CHECK: %[[T:.*]] = warp.cast %{{.*}} : si32 to i1
// CHECK-NEXT: cf.cond_br %[[T]], ^[[THEN:.*]], ^[[ELSE:.*]]
// CHECK: ^[[THEN]]:
// CHECK-NEXT: warp.store
// CHECK-NEXT: cf.br ^[[JOIN:.*]]
// CHECK: ^[[ELSE]]:
// CHECK-NEXT: return
// CHECK: ^[[JOIN]]:
// CHECK-NEXT: return
warp.kernel @branch(%a: !warp.array<f32, 1>, %n: si32, %x: f32) dims(1) {
  %i = warp.tid
  warp.if %n : si32 {
    warp.store %x, %a[%i] : !warp.array<f32, 1>, si32
  } else {
    warp.return
  }
  warp.return
}

// range() with a constant negative step tests i > stop; break leaves the
// loop, continue goes to the increment.
// CHECK-LABEL: func.func @countdown(
// CHECK: cf.br ^[[HEAD:.*]](%{{.*}} : si32)
// CHECK: ^[[HEAD]](%[[IV:.*]]: si32):
// CHECK-NEXT: %[[IN:.*]] = warp.cmp gt, %[[IV]], %{{.*}} : si32
// CHECK-NEXT: cf.cond_br %[[IN]], ^[[BODY:.*]], ^[[EXIT:.*]]
// CHECK: ^[[BODY]]:
// CHECK-NEXT: cf.cond_br %{{.*}}, ^[[BREAK:.*]], ^[[REST:.*]]
// CHECK: ^[[BREAK]]:
// CHECK-NEXT: cf.br ^[[EXIT]]
// CHECK: ^[[REST]]:
// CHECK-NEXT: cf.cond_br %{{.*}}, ^[[CONT:.*]], ^[[STORE:.*]]
// CHECK: ^[[CONT]]:
// CHECK-NEXT: cf.br ^[[LATCH:.*]]
// CHECK: ^[[STORE]]:
// CHECK-NEXT: warp.store %{{.*}}, %{{.*}}[%[[IV]]]
// CHECK-NEXT: cf.br ^[[LATCH]]
// CHECK: ^[[LATCH]]:
// CHECK-NEXT: %[[NEXT:.*]] = warp.add %[[IV]], %{{.*}} : si32
// CHECK-NEXT: cf.br ^[[HEAD]](%[[NEXT]] : si32)
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: return
warp.kernel @countdown(%a: !warp.array<f32, 1>, %b: i1, %c: i1, %x: f32) dims(1) {
  %ten = warp.constant 10 : si32
  %zero = warp.constant 0 : si32
  %down = warp.constant -1 : si32
  warp.for %k = %ten to %zero step %down : si32 {
    warp.if %b : i1 {
      warp.break
    }
    warp.if %c : i1 {
      warp.continue
    }
    warp.store %x, %a[%k] : !warp.array<f32, 1>, si32
  }
  warp.return
}

// A step known only at run time picks the test by its sign.
// CHECK-LABEL: func.func @dynamic_step(
// CHECK: ^{{.*}}(%[[IV:.*]]: si64):
// CHECK-DAG: %[[ZERO:.*]] = warp.zero : si64
// CHECK-DAG: %[[UP:.*]] = warp.cmp gt, %arg2, %[[ZERO]] : si64
// CHECK-DAG: %[[LT:.*]] = warp.cmp lt, %[[IV]], %arg1 : si64
// CHECK-DAG: %[[GT:.*]] = warp.cmp gt, %[[IV]], %arg1 : si64
// CHECK: %[[IN:.*]] = warp.where %[[UP]], %[[LT]], %[[GT]] : i1, i1
// CHECK-NEXT: cf.cond_br %[[IN]]
warp.func @dynamic_step(%start: si64, %stop: si64, %step: si64) {
  warp.for %k = %start to %stop step %step : si64 {
  }
  warp.return
}

// while: the condition block runs before every iteration.
// CHECK-LABEL: func.func @loop_while(
// CHECK: cf.br ^[[COND:.*]]
// CHECK: ^[[COND]]:
// CHECK-NEXT: %[[V:.*]] = warp.read
// CHECK-NEXT: %[[T:.*]] = warp.cast %[[V]] : si32 to i1
// CHECK-NEXT: cf.cond_br %[[T]], ^[[BODY:.*]], ^[[EXIT:.*]]
// CHECK: ^[[BODY]]:
// CHECK: warp.write
// CHECK-NEXT: cf.br ^[[COND]]
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: %[[R:.*]] = warp.read
// CHECK-NEXT: return %[[R]] : si32
// SSA-LABEL: func.func @loop_while(
// SSA-NOT: warp.var
// SSA-NOT: warp.read
// SSA-NOT: warp.write
// SSA: return
warp.func @loop_while(%n: si32) -> si32 {
  %left = warp.var "left" : !warp.ref<si32>
  warp.write %n, %left : !warp.ref<si32>
  warp.while {
    %v = warp.read %left : !warp.ref<si32>
    warp.condition %v : si32
  } do {
    %v = warp.read %left : !warp.ref<si32>
    %one = warp.constant 1 : si32
    %w = warp.sub %v, %one : si32
    warp.write %w, %left : !warp.ref<si32>
  }
  %r = warp.read %left : !warp.ref<si32>
  warp.return %r : si32
}

// The ternary and and/or pass their value to the join block.
// CHECK-LABEL: func.func @lazy(
// CHECK: cf.cond_br %arg0, ^[[A:.*]], ^[[B:.*]]
// CHECK: ^[[A]]:
// CHECK-NEXT: cf.br ^[[J:.*]](%arg1 : f32)
// CHECK: ^[[B]]:
// CHECK-NEXT: %[[S:.*]] = warp.add
// CHECK-NEXT: cf.br ^[[J]](%[[S]] : f32)
// CHECK: ^[[J]](%[[T:.*]]: f32):
// CHECK-NEXT: %[[FALSE:.*]] = warp.constant false
// CHECK-NEXT: cf.cond_br %arg0, ^[[RHS:.*]], ^[[AJ:.*]](%[[FALSE]] : i1)
// CHECK: ^[[RHS]]:
// CHECK-NEXT: %[[NB:.*]] = warp.cast %arg2 : si32 to i1
// CHECK-NEXT: cf.br ^[[AJ]](%[[NB]] : i1)
// CHECK: ^[[AJ]](%[[AND:.*]]: i1):
// CHECK: %[[TRUE:.*]] = warp.constant true
// CHECK-NEXT: cf.cond_br %{{.*}}, ^[[OJ:.*]](%[[TRUE]] : i1), ^[[ORHS:.*]]
// CHECK: ^[[OJ]](%[[OR:.*]]: i1):
// CHECK-NEXT: return %[[T]], %[[AND]], %[[OR]]
warp.func @lazy(%c: i1, %x: f32, %n: si32) -> (f32, i1, i1) {
  %t = warp.ifexp %c : i1 -> f32 {
    warp.yield %x : f32
  } else {
    %y = warp.add %x, %x : f32
    warp.yield %y : f32
  }
  %b = warp.and %c : i1 {
    warp.yield %n : si32
  }
  %o = warp.or %n : si32 {
    warp.yield %c : i1
  }
  warp.return %t, %b, %o : f32, i1, i1
}

// Functions keep their Python name; calls become func.call.
// CHECK-LABEL: func.func @twice_f32(%arg0: f32) -> f32 attributes {warp.py_name = "twice"}
// CHECK-LABEL: func.func @calls(
// CHECK: %{{.*}} = call @twice_f32(%arg1) : (f32) -> f32
warp.func @twice_f32(%x: f32) -> f32 attributes {py_name = "twice"} {
  %y = warp.add %x, %x : f32
  warp.return %y : f32
}
warp.kernel @calls(%x: f32) dims(1) {
  %y = warp.call @twice_f32(%x) : (f32) -> f32
  warp.return
}

// Every slot of a kernel with nested loops is promoted once it is a CFG.
// SSA-LABEL: func.func @integrate(
// SSA-NOT: warp.var
// SSA-NOT: warp.read
// SSA-NOT: warp.write
// SSA: return
warp.kernel @integrate(%a: !warp.array<f32, 1>, %n: si32) dims(1) {
  %i = warp.tid
  %acc = warp.var "acc" : !warp.ref<f32>
  %zero = warp.constant 0 : si32
  %one = warp.constant 1 : si32
  warp.for %s = %zero to %n step %one : si32 {
    warp.for %t = %zero to %s step %one : si32 {
      %v = warp.read %acc : !warp.ref<f32>
      %w = warp.add %v, %v : f32
      warp.write %w, %acc : !warp.ref<f32>
    }
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.store %r, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}
