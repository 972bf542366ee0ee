//===- warp.h - the runtime of Warp kernels emitted as C++ ------*- C++ -*-===//
//
// What the C++ / CUDA C++ source target's emitted code includes: the types
// of the kernel ABI (docs/abi.md) and one function per warp op, in
// namespace wp, with the semantics of the LLVM lowering bit for bit. Every
// function is WP_FUNC (`__host__ __device__ inline` under nvcc).
//
// Floating-point contraction: the CPU lowering rounds every operation, so
// host code must be compiled without contraction (-ffp-contract=off where
// the target has FMA); CUDA's default --fmad=true matches the PTX target's
// default fuse-fp, --fmad=false its -fuse-fp=false.
//
//===----------------------------------------------------------------------===//

#ifndef WARP_SOURCE_WARP_H
#define WARP_SOURCE_WARP_H

#include "warp-source/array.h"
#include "warp-source/composite.h"
#include "warp-source/config.h"
#include "warp-source/emitted.h"
#include "warp-source/half.h"
#include "warp-source/math.h"
#include "warp-source/scalar.h"

#endif // WARP_SOURCE_WARP_H
