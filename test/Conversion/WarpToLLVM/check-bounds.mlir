// convert-warp-to-llvm{check-bounds}: each array index, after a negative
// one wraps, goes to warp_check_index with its extent and dimension before
// the address is formed; without the option there is no call.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm=check-bounds | FileCheck %s
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s --check-prefix=OFF

// CHECK: llvm.func @warp_check_index(i64, i64, i32)
// CHECK-LABEL: llvm.func @k(
// CHECK:   %[[W0:.*]] = llvm.select %{{.*}}, %{{.*}}, %{{.*}} : i1, i64
// CHECK:   %[[D0:.*]] = llvm.mlir.constant(0 : i32) : i32
// CHECK:   llvm.call @warp_check_index(%[[W0]], %{{.*}}, %[[D0]]) : (i64, i64, i32) -> ()
// CHECK:   %[[W1:.*]] = llvm.select %{{.*}}, %{{.*}}, %{{.*}} : i1, i64
// CHECK:   %[[D1:.*]] = llvm.mlir.constant(1 : i32) : i32
// CHECK:   llvm.call @warp_check_index(%[[W1]], %{{.*}}, %[[D1]]) : (i64, i64, i32) -> ()
// CHECK:   llvm.getelementptr
// OFF-NOT: warp_check_index
warp.kernel @k(%a: !warp.array<f32, 2>) dims(1) {
  %i = warp.tid
  %c0 = warp.constant 0 : si32
  %cm1 = warp.constant -1 : si32
  %x = warp.load %a[%c0, %cm1] : !warp.array<f32, 2>, si32, si32
  warp.store %x, %a[%i, %c0] : !warp.array<f32, 2>, si32, si32
  warp.return
}
