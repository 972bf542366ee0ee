// A kernel using an op with no lowering fails with the op's location.
// RUN: not warp-translate --warp-to-ptx %s 2>&1 | FileCheck %s
// CHECK: unlowerable.mlir:[[@LINE+5]]:{{[0-9]+}}: error: failed to legalize operation 'warp.tid'
warp.kernel @k(%a: !warp.array<f32, 1>) dims(1) {
  warp.return
}
warp.func @f() -> si32 {
  %i = warp.tid
  warp.return %i : si32
}
