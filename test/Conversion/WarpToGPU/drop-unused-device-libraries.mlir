// RUN: warp-opt %s --pass-pipeline='builtin.module(gpu.module(warp-drop-unused-device-libraries))' | FileCheck %s

// A module that calls no libdevice function links nothing.
// CHECK-LABEL: gpu.module @plain
// CHECK-SAME: [#nvvm.target<chip = "sm_90">]
gpu.module @plain [#nvvm.target<chip = "sm_90", link = ["libdevice.10.bc"]>] {
  llvm.func @k(%x: f32) -> f32 {
    %y = llvm.fmul %x, %x : f32
    llvm.return %y : f32
  }
}

// One that declares a __nv_ function keeps libdevice.
// CHECK-LABEL: gpu.module @math
// CHECK-SAME: [#nvvm.target<chip = "sm_90", link = ["libdevice.10.bc"]>]
gpu.module @math [#nvvm.target<chip = "sm_90", link = ["libdevice.10.bc"]>] {
  llvm.func @__nv_sinf(f32) -> f32
  llvm.func @k(%x: f32) -> f32 {
    %y = llvm.call @__nv_sinf(%x) : (f32) -> f32
    llvm.return %y : f32
  }
}

// A module without targets is left as it is.
// CHECK-LABEL: gpu.module @no_targets
// CHECK-NOT: nvvm.target
gpu.module @no_targets {
}
