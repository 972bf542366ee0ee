// specialize-contiguous=auto (the default on the GPU) specializes only the
// kernels with a loop that loads or stores memory: they test whether their
// arrays are C-contiguous and then run a copy of the loops with the strides
// computed from the element size. true specializes every kernel with
// arrays, false none.
// RUN: warp-opt %s --convert-warp-to-gpu=host-launchers=false | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false specialize-contiguous=true" | FileCheck %s --check-prefix=ALL
// RUN: warp-opt %s --convert-warp-to-gpu="host-launchers=false specialize-contiguous=false" | FileCheck %s --check-prefix=NONE
// RUN: not warp-opt %s --convert-warp-to-gpu="host-launchers=false specialize-contiguous=maybe" 2>&1 | FileCheck %s --check-prefix=BAD

// BAD: specialize-contiguous must be true, false or auto, not 'maybe'

// CHECK-LABEL: gpu.func @sum(
// CHECK: %[[FOUR:.*]] = llvm.mlir.constant(4 : i64) : i64
// CHECK: llvm.icmp "eq" %{{.*}}, %[[FOUR]] : i64
// CHECK: cf.cond_br %{{.*}}, ^{{.*}}, ^{{.*}}
// CHECK: gpu.return
// A specialized kernel also gets an entry for contiguous arrays only, which
// the runtime launches when they are: no test, strides from the element
// size (docs/abi.md, "GPU launch").
// CHECK-LABEL: gpu.func @sum__contiguous(%{{.*}}: !llvm.struct<(array<4 x i32>, i32, i64)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>, %{{.*}}: !llvm.struct<(ptr<1>, array<1 x i32>, array<1 x i64>)>) kernel {
// CHECK: %[[FOUR2:.*]] = llvm.mlir.constant(4 : i64) : i64
// CHECK-NOT: llvm.icmp "eq"
// CHECK: llvm.insertvalue %[[FOUR2]], %{{.*}}[2, 0]
// CHECK-NOT: llvm.icmp "eq"
// CHECK: gpu.return
// CHECK-LABEL: gpu.func @scale(
// CHECK-NOT: llvm.icmp "eq"
// CHECK: gpu.return
// CHECK-NOT: @scale__contiguous
// ALL-LABEL: gpu.func @sum(
// ALL: llvm.icmp "eq"
// ALL-LABEL: gpu.func @scale(
// ALL: llvm.icmp "eq"
// ALL-LABEL: gpu.func @scale__contiguous(
// NONE-NOT: llvm.icmp "eq"
// NONE-NOT: __contiguous
warp.kernel @sum(%a: !warp.array<f32, 1>, %out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %zero = warp.constant 0.0 : f32
  %acc = warp.var "acc" : !warp.ref<f32>
  warp.write %zero, %acc : !warp.ref<f32>
  %n = warp.shape %a[0] : !warp.array<f32, 1>
  warp.for %j = %c0 to %n step %c1 : si32 {
    %x = warp.load %a[%j] : !warp.array<f32, 1>, si32
    %s = warp.read %acc : !warp.ref<f32>
    %t = warp.add %s, %x : f32
    warp.write %t, %acc : !warp.ref<f32>
  }
  %r = warp.read %acc : !warp.ref<f32>
  warp.store %r, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}

// A loop that touches no memory does not count.
warp.kernel @scale(%a: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %c1 = warp.constant 1 : si32
  %c8 = warp.constant 8 : si32
  %x0 = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %x = warp.var "x" : !warp.ref<f32>
  warp.write %x0, %x : !warp.ref<f32>
  warp.for %k = %c0 to %c8 step %c1 : si32 {
    %v = warp.read %x : !warp.ref<f32>
    %w = warp.mul %v, %v : f32
    warp.write %w, %x : !warp.ref<f32>
  }
  %r = warp.read %x : !warp.ref<f32>
  warp.store %r, %a[%i] : !warp.array<f32, 1>, si32
  warp.return
}
