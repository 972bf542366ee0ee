// A kernel that cannot be lowered fails with a located error, not a crash:
// here its launch rank is neither declared nor agreed on by its warp.tid ops.
// RUN: not warp-translate --warp-to-ptx %s 2>&1 | FileCheck %s
// CHECK: unlowerable.mlir:[[@LINE+3]]:{{[0-9]+}}: error: 'warp.tid' op yields 2 indices but another warp.tid in kernel @k yields 1; declare the launch rank with dims(N)
warp.kernel @k(%a: !warp.array<f32, 2>, %x: f32) {
  %i = warp.tid
  %j, %k = warp.tid
  warp.store %x, %a[%j, %k] : !warp.array<f32, 2>, si32, si32
  warp.return
}
