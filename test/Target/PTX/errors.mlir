// A module without kernels has nothing to compile: said, not crashed;
// a kernel that cannot be lowered is reported at its location.
// RUN: not warp-translate --warp-to-ptx %s 2>&1 | FileCheck %s
// CHECK: error: the module has no warp.kernel to compile
module {
}
