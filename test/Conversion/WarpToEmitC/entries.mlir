// The entry points around a kernel's body: Warp's CPU style (the ABI's
// argument struct and row-major loops) for C++, and a grid-stride
// __global__ kernel with the PTX target's parameters for CUDA.
// RUN: warp-translate --warp-to-cpp %s | FileCheck %s --check-prefix=CPP
// RUN: warp-translate --warp-to-cuda %s | FileCheck %s --check-prefix=CUDA
// RUN: warp-translate --warp-to-cpp %s -o %t.cpp
// RUN: g++ -std=c++17 -Wall -Werror -fsyntax-only -I%warp_src_root/runtime/include %t.cpp
// RUN: warp-translate --warp-to-cuda %s -o %t.cu
// RUN: %nvcc -std=c++17 -arch=sm_90 -Werror all-warnings -I%warp_src_root/runtime/include -ptx %t.cu -o %t.ptx

// CPP:      #include "warp-source/warp.h"
// CPP:      static WP_FUNC void grid_body(int32_t v1, int32_t v2, int32_t v3, wp::array_t<float, 3> v4, float v5, wp::array_t<float, 1> v6) {
// CPP:      struct grid_args {
// CPP-NEXT:   wp::launch_bounds_t bounds;
// CPP-NEXT:   wp::array_t<float, 3> field;
// CPP-NEXT:   float bounds_1;
// CPP-NEXT:   wp::array_t<float, 1> arg2;
// CPP-NEXT: };
// CPP:      extern "C" void grid_cpu(const void *args) {
// CPP-NEXT:   const grid_args &launch = *static_cast<const grid_args *>(args);
// CPP-NEXT:   for (int32_t i0 = 0; i0 < launch.bounds.shape[0]; ++i0)
// CPP-NEXT:     for (int32_t i1 = 0; i1 < launch.bounds.shape[1]; ++i1)
// CPP-NEXT:       for (int32_t i2 = 0; i2 < launch.bounds.shape[2]; ++i2)
// CPP-NEXT:         grid_body(i0, i1, i2, launch.field, launch.bounds_1, launch.arg2);
// CPP-NEXT: }

// CUDA:      extern "C" __global__ void grid(wp::launch_bounds_t bounds, wp::array_t<float, 3> field, float bounds_1, wp::array_t<float, 1> arg2) {
// CUDA-NEXT:   const int64_t stride = int64_t(gridDim.x) * blockDim.x;
// CUDA-NEXT:   for (int64_t index = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
// CUDA-NEXT:        index < bounds.size; index += stride) {
// CUDA-NEXT:     int64_t rest = index;
// CUDA-NEXT:     const int32_t i2 = int32_t(rest % bounds.shape[2]);
// CUDA-NEXT:     rest /= bounds.shape[2];
// CUDA-NEXT:     const int32_t i1 = int32_t(rest % bounds.shape[1]);
// CUDA-NEXT:     rest /= bounds.shape[1];
// CUDA-NEXT:     const int32_t i0 = int32_t(rest);
// CUDA-NEXT:     grid_body(i0, i1, i2, field, bounds_1, arg2);
// CUDA-NEXT:   }
// CUDA-NEXT: }
// CUDA-NOT:  _cpu
warp.kernel @grid(%field: !warp.array<f32, 3> {warp.name = "field"},
                  %scale: f32 {warp.name = "bounds"},
                  %out: !warp.array<f32, 1>) dims(3) {
  %i, %j, %k = warp.tid
  %x = warp.load %field[%i, %j, %k] : !warp.array<f32, 3>, si32, si32, si32
  %y = warp.mul %x, %scale : f32
  warp.store %y, %out[%k] : !warp.array<f32, 1>, si32
  warp.return
}

// A one-dimensional launch needs no unravelling.
// CUDA-LABEL: extern "C" __global__ void line(
// CUDA:         const int32_t i0 = int32_t(index);
// CUDA-NEXT:    line_body(i0, arg0);
warp.kernel @line(%out: !warp.array<f32, 1>) dims(1) {
  %i = warp.tid
  %c = warp.constant 1.0 : f32
  warp.store %c, %out[%i] : !warp.array<f32, 1>, si32
  warp.return
}
