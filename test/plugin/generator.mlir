// The random kernel generator is a pass (gen-random-kernels) that fills the
// module it runs on; through the plugin, stock mlir-opt generates the same
// kernels as warp-opt, byte for byte, and can lower them in the same
// pipeline.

// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(gen-random-kernels{count=3 seed=11})' %s -o %t.plugin.mlir
// RUN: warp-opt --gen-random-kernels='count=3 seed=11' %s -o %t.warp.mlir
// RUN: diff %t.plugin.mlir %t.warp.mlir
// RUN: FileCheck %s --input-file=%t.plugin.mlir

// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(gen-random-kernels{count=2 seed=3 strategies=loop},warp-to-llvm)' %s \
// RUN:   | FileCheck %s --check-prefix=LOWERED

// CHECK: warp.kernel @gen_0(
// CHECK: warp.gen = {
// CHECK: warp.kernel @gen_1(
// CHECK: warp.kernel @gen_2(

// LOWERED: llvm.func @gen_0_cpu(
// LOWERED: llvm.func @gen_1_cpu(

// An empty module: the generator fills it.
