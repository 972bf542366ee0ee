// Stock mlir-opt with the plugin as a pass plugin runs every warp pipeline,
// with its options, and gives the same output as warp-opt.

// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-llvm)' %s | FileCheck %s --check-prefix=LLVM
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-llvm{check-bounds=true specialize-contiguous=false})' %s \
// RUN:   | FileCheck %s --check-prefix=BOUNDS
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-cpp)' %s \
// RUN:   | mlir-translate --mlir-to-cpp --declare-variables-at-top | FileCheck %s --check-prefix=CPP
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-cuda)' %s \
// RUN:   | mlir-translate --mlir-to-cpp --declare-variables-at-top | FileCheck %s --check-prefix=CUDA
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-ptx{chip=sm_80 features=+ptx75 host-launchers=false})' %s \
// RUN:   | FileCheck %s --check-prefix=PTX

// The plugin's pipelines are warp-opt's: same output for the same options.
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-llvm{check-bounds=true})' %s -o %t.plugin.mlir
// RUN: warp-opt --pass-pipeline='builtin.module(warp-to-llvm{check-bounds=true})' %s -o %t.warp.mlir
// RUN: diff %t.plugin.mlir %t.warp.mlir
// RUN: mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-ptx{rows-per-thread=1 full-unroll-budget=0})' %s -o %t.plugin.ptx.mlir
// RUN: warp-opt --pass-pipeline='builtin.module(warp-to-ptx{rows-per-thread=1 full-unroll-budget=0})' %s -o %t.warp.ptx.mlir
// (gpu-module-to-binary records how long it took; that may differ.)
// RUN: sed -e 's/TimeInMs = [0-9]*/TimeInMs = T/' %t.plugin.ptx.mlir > %t.plugin.ptx.sed.mlir
// RUN: sed -e 's/TimeInMs = [0-9]*/TimeInMs = T/' %t.warp.ptx.mlir > %t.warp.ptx.sed.mlir
// RUN: diff %t.plugin.ptx.sed.mlir %t.warp.ptx.sed.mlir

// Options a pipeline does not have are errors; the source pipelines have
// none.
// RUN: not mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-llvm{chip=sm_90})' %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADOPT
// RUN: not mlir-opt --load-dialect-plugin=%warp_plugin --load-pass-plugin=%warp_plugin \
// RUN:   --pass-pipeline='builtin.module(warp-to-cpp{target=cuda})' %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOOPT

// LLVM:       llvm.func @saxpy_cpu(%{{.*}}: !llvm.ptr)
// LLVM-NOT:   warp.

// BOUNDS:     llvm.func @warp_check_index(i64, i64, i32)
// BOUNDS:     llvm.func internal @saxpy_body(
// BOUNDS:     llvm.call @warp_check_index(
// BOUNDS:     llvm.func @saxpy_cpu(

// CPP:        #include "warp-source/warp.h"
// CPP:        saxpy_body(int32_t
// CPP:        extern "C" void saxpy_cpu(const void *args)

// CUDA:       extern "C" __global__ void saxpy(

// PTX:        gpu.binary @warp_kernels
// PTX-SAME:   #nvvm.target<O = 3, chip = "sm_80", features = "+ptx75">
// PTX-SAME:   .visible .entry saxpy(
// PTX-NOT:    func.func @saxpy_launch

// BADOPT:     no such option chip
// BADOPT:     error: failed to add `warp-to-llvm` with options `chip=sm_90`

// NOOPT:      error: failed to add `warp-to-cpp` with options `target=cuda`

warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
