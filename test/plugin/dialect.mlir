// Stock mlir-opt with the plugin as a dialect plugin parses, verifies,
// folds and prints warp IR; without it, warp is an unknown dialect.

// RUN: mlir-opt --load-dialect-plugin=%warp_plugin %s | FileCheck %s
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin %s \
// RUN:   | mlir-opt --load-dialect-plugin=%warp_plugin | FileCheck %s
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin %s \
// RUN:   --mlir-print-op-generic | mlir-opt --load-dialect-plugin=%warp_plugin \
// RUN:   | FileCheck %s
// RUN: not mlir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN
// The verifiers' messages and the folders are the dialect's, whatever the
// tool: the dialect's own suites pass under stock mlir-opt.
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin -split-input-file \
// RUN:   -verify-diagnostics %S/../Dialect/Warp/arith-invalid.mlir
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --canonicalize \
// RUN:   %S/../Dialect/Warp/arith-canonicalize.mlir \
// RUN:   | FileCheck %S/../Dialect/Warp/arith-canonicalize.mlir

// CHECK-LABEL: warp.kernel @saxpy(%{{.*}}: !warp.array<f32, 1>, %{{.*}}: !warp.array<f32, 1>, %{{.*}}: f32) dims(1)
// CHECK:         %[[I:.*]] = warp.tid
// CHECK:         warp.load %{{.*}}[%[[I]]] : !warp.array<f32, 1>, si32
// CHECK:         warp.mul
// CHECK:         warp.store
// CHECK:         warp.return

// NOPLUGIN: error: Dialect `warp' not found for custom op 'warp.kernel'

warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
