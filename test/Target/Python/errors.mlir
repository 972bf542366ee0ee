// What Warp's Python cannot express is an error at its location, never a
// crash: each case below is translated on its own (a location reads "within
// split at FILE:FIRST_LINE offset :LINE_IN_SPLIT:COLUMN").
// RUN: not warp-translate --warp-to-python --allow-unregistered-dialect --split-input-file %s 2>&1 | FileCheck %s

// CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:1: error: 'other.op' has no spelling in Warp's Python (a module of warp.kernel and warp.func ops prints)
"other.op"() : () -> ()

// -----

// CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:1: error: a warp.func without a body has no Python definition
warp.func private @declared(f32) -> f32

// -----

warp.kernel @wide_loop(%n: si64) dims(1) {
  %c0 = warp.constant 0 : si64
  %c1 = warp.constant 1 : si64
  // CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:3: error: warp-lang's range() counts in int32 only; this loop counts in wp.int64
  warp.for %i = %c0 to %n step %c1 : si64 {
  }
  warp.return
}

// -----

// A variable first assigned in a branch starts as its zero value, which an
// array does not have in Python.
warp.kernel @array_variable(%a: !warp.array<f32, 1>, %c: i1) dims(1) {
  // CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:8: error: the null array (the zero value of '!warp.array<f32, 1>') has no spelling in Warp's Python
  %v = warp.var "rows" : !warp.ref<!warp.array<f32, 1>>
  warp.if %c : i1 {
    warp.write %a, %v : !warp.ref<!warp.array<f32, 1>>
  }
  %r = warp.read %v : !warp.ref<!warp.array<f32, 1>>
  %c0 = warp.constant 0 : si32
  %x = warp.load %r[%c0] : !warp.array<f32, 1>, si32
  warp.store %x, %a[%c0] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.kernel @null_array(%a: !warp.array<f32, 1>) dims(1) {
  // CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:8: error: the null array (the zero value of '!warp.array<f32, 1>') has no spelling in Warp's Python
  %z = warp.zero : !warp.array<f32, 1>
  %c0 = warp.constant 0 : si32
  %x = warp.load %z[%c0] : !warp.array<f32, 1>, si32
  warp.store %x, %a[%c0] : !warp.array<f32, 1>, si32
  warp.return
}

// -----

warp.kernel @foreign_op(%a: !warp.array<f32, 1>) dims(1) {
  // CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:3: error: 'other.compute' has no spelling in Warp's Python (only warp ops print)
  "other.compute"() : () -> ()
  warp.return
}

// -----

// A slot is not a value: a function cannot take one.
// CHECK: errors.mlir:[[#SPLIT:]] offset
// CHECK-SAME: :[[#@LINE + 2 - SPLIT]]:1: error: 'warp.kernel' op argument #0 has type '!warp.ref<f32>', which is not a Warp type
warp.kernel @slot_argument(%r: !warp.ref<f32>) dims(1) {
  warp.return
}
