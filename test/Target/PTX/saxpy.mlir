// warp-translate --warp-to-ptx prints PTX that ptxas accepts for sm_90.
// RUN: warp-translate --warp-to-ptx %s -o %t.ptx
// RUN: FileCheck %s < %t.ptx
// RUN: %ptxas -arch=sm_90 %t.ptx -o %t.cubin
// RUN: warp-opt %s --pass-pipeline='builtin.module(warp-to-ptx{chip=sm_80 features=+ptx75 opt-level=2})' | FileCheck %s --check-prefix=PIPELINE
// With fuse-fp off every operation is rounded on its own (.rn stops ptxas
// from fusing), as on warp-lang's CPU.
// RUN: warp-translate --warp-to-ptx --fuse-fp=false %s | FileCheck %s --check-prefix=UNFUSED
// --cubin assembles the PTX with the toolkit's ptxas.
// RUN: warp-translate --warp-to-ptx --cubin %s -o %t.cubin2
// RUN: od -A n -t x1 -N 4 %t.cubin2 | FileCheck %s --check-prefix=CUBIN

// CHECK: .version 8.0
// CHECK: .target sm_90
// CHECK: .visible .entry saxpy(
// CHECK-NEXT: .param .align 8 .b8 saxpy_param_0[32],
// CHECK-NEXT: .param .align 8 .b8 saxpy_param_1[24],
// CHECK-NEXT: .param .align 8 .b8 saxpy_param_2[24],
// CHECK-NEXT: .param .f32 saxpy_param_3
// CHECK: mov.u32 {{.*}}%tid.x
// By default a * x + y fuses into one fma (warp-lang's fuse_fp).
// CHECK-NOT: mul.rn.f32
// CHECK: fma.rn.f32
// CHECK: st.global.b32

// UNFUSED: mul.rn.f32
// UNFUSED-NEXT: add.rn.f32

// The ELF magic.
// CUBIN: 7f 45 4c 46

// PIPELINE: gpu.binary @warp_kernels
// PIPELINE-SAME: chip = "sm_80"
// PIPELINE-SAME: .target sm_80
warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>, %a: f32) dims(1) {
  %i = warp.tid
  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32
  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32
  %ax = warp.mul %a, %xi : f32
  %r = warp.add %ax, %yi : f32
  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32
  warp.return
}
