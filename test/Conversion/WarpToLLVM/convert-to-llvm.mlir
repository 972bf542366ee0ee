// The warp dialect implements upstream's ConvertToLLVMPatternInterface:
// after convert-warp-to-cf and mem2reg, the generic convert-to-llvm lowers
// warp ops (with the docs/abi.md type layouts) along with arith, math, func
// and cf, leaving only the LLVM dialect.
// RUN: warp-opt %s --convert-warp-to-cf --mem2reg --convert-to-llvm | FileCheck %s --implicit-check-not="warp." --implicit-check-not="arith." --implicit-check-not="math." --implicit-check-not="cf."

// CHECK: llvm.func @k(%{{.*}}: i32, %{{.*}}: !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, %{{.*}}: f32)
// CHECK-SAME: attributes {warp.array_element_bytes = array<i64: 4, 0>, warp.kernel, warp.launch_dims = 1 : i32}
// CHECK: llvm.load
// CHECK: llvm.intr.sqrt
// CHECK: llvm.fcmp "ogt"
// CHECK: llvm.cond_br
// CHECK: llvm.store
// CHECK: llvm.return
warp.kernel @k(%a: !warp.array<f32, 1>, %s: f32) dims(1) {
  %i = warp.tid
  %x = warp.load %a[%i] : !warp.array<f32, 1>, si32
  %v = warp.vec %x, %s, %x : !warp.vec<3xf32>
  %l = warp.length %v : !warp.vec<3xf32>
  %c = warp.cmp gt, %l, %s : f32
  warp.if %c : i1 {
    warp.store %l, %a[%i] : !warp.array<f32, 1>, si32
  }
  warp.return
}
