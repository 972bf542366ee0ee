// Each strategy's kernels contain its characteristic ops (two seeds each).
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=elementwise' %s | FileCheck %s --check-prefix=ELEM
// ELEM: warp.kernel @gen_0({{.*}}strategy = "elementwise"
// ELEM-NOT: warp.if
// ELEM: warp.store
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=conditional' %s | FileCheck %s --check-prefix=COND
// COND: strategy = "conditional"
// COND: warp.if
// COND: } else {
// COND: warp.ifexp
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=loop' %s | FileCheck %s --check-prefix=LOOP
// LOOP: strategy = "loop"
// LOOP: warp.var "acc"
// LOOP: warp.for
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=vec3_op' %s | FileCheck %s --check-prefix=VEC
// VEC: !warp.array<!warp.vec<3xf32>, 1>{{.*}}strategy = "vec3_op"
// VEC: warp.store {{.*}} : !warp.array<!warp.vec<3xf32>, 1>
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=atomic_accumulate' %s | FileCheck %s --check-prefix=ATOM
// ATOM: role = "accumulator"{{.*}}strategy = "atomic_accumulate"
// ATOM: warp.atomic
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=nested_loop' %s | FileCheck %s --check-prefix=NEST
// NEST: strategy = "nested_loop"
// NEST: warp.for
// NEST: warp.for
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=complex_math' %s | FileCheck %s --check-prefix=MATH
// MATH: strategy = "complex_math"
// MATH: warp.{{sin|cos|tan|asin|acos|atan|sinh|cosh|tanh|sqrt|cbrt|exp|log|log2|log10|erf|erfc}}
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=matrix' %s | FileCheck %s --check-prefix=MAT
// MAT: strategy = "matrix"
// MAT: warp.matrix_from_rows
// MAT: warp.matmul
// MAT: warp.determinant
// MAT: warp.trace
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=quaternion' %s | FileCheck %s --check-prefix=QUAT
// QUAT: strategy = "quaternion"
// QUAT: warp.quat_from_axis_angle
// QUAT: warp.quat_rotate
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=while_loop' %s | FileCheck %s --check-prefix=WHILE
// WHILE: strategy = "while_loop"
// WHILE: warp.while {
// WHILE: warp.condition
// WHILE: warp.continue
// WHILE: warp.break
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=func_calls' %s | FileCheck %s --check-prefix=FUNC
// FUNC: warp.func @gen_0_f0(
// FUNC: warp.return
// FUNC: warp.kernel @gen_0({{.*}}strategy = "func_calls"
// FUNC: warp.call @gen_0_f0(
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=launch_2d' %s | FileCheck %s --check-prefix=L2
// L2: !warp.array<{{.*}}, 2>{{.*}}dims(2){{.*}}launch_dims = [{{[0-9]+}}, {{[0-9]+}}]{{.*}}strategy = "launch_2d"
// L2: warp.tid
// L2: warp.shape
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=launch_3d' %s | FileCheck %s --check-prefix=L3
// L3: dims(3){{.*}}launch_dims = [{{[0-9]+}}, {{[0-9]+}}, {{[0-9]+}}]{{.*}}strategy = "launch_3d"
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=int_bitwise' %s | FileCheck %s --check-prefix=INT
// INT: strategy = "int_bitwise"
// INT: warp.bit_xor
// INT: warp.shr
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=mixed_precision' %s | FileCheck %s --check-prefix=MIX
// MIX: !warp.array<f16, 1>{{.*}}!warp.array<f32, 1>{{.*}}!warp.array<f64, 1>{{.*}}strategy = "mixed_precision"
// MIX: warp.cast
// RUN: warp-opt --gen-random-kernels='count=2 seed=3 strategies=combined' %s | FileCheck %s --check-prefix=COMB
// COMB: parts = ["{{[a-z_0-9]+}}", "{{[a-z_0-9]+}}"{{.*}}strategy = "combined"

// Provenance on every kernel.
// RUN: warp-opt --gen-random-kernels='count=1 seed=7 strategies=loop:1 size=80' %s | FileCheck %s --check-prefix=PROV
// PROV: warp.kernel @gen_0(%arg0: !warp.array<{{.*}}> {warp.name = "a0"}
// PROV-SAME: dims(1) attributes {warp.gen = {arrays = [{dtype = {{.*}}, name = "a0", range = [{{.*}}], role = "input", shape = [{{[0-9]+}}]}
// PROV-SAME: features = [
// PROV-SAME: index = 0 : i64, kernel_seed = {{[0-9]+}} : ui64, launch_dims = [{{[0-9]+}}], ops = {{[0-9]+}} : i64, seed = 7 : ui64, size_target = 80 : i64, strategy = "loop", version = "0.3"}}

// dtypes and feature toggles are honoured.
// RUN: warp-opt --gen-random-kernels='count=40 seed=5 dtypes=f32,si32 features=-math,-bitwise,-early_return strategies=elementwise,conditional,loop' %s | FileCheck %s --check-prefix=RESTRICT
// RESTRICT-NOT: {{[!:<] (f16|f64|si8|si16|si64|ui8|ui16|ui32|ui64)\b}}
// RESTRICT-NOT: {{warp\.(sin|cos|exp|log|sqrt|bit_and|bit_or|bit_xor|bit_not|shl|shr) }}
// RESTRICT-NOT: {{"(math|bitwise|early_return)"}}
// RESTRICT: warp.kernel @gen_39
