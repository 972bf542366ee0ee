// Every warp type parses and prints back unchanged.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s | FileCheck %s --check-prefix=ALIAS

// Structs print under their Python name; a name that is not an identifier
// is sanitized, and nested structs refer to each other's aliases.
// ALIAS-DAG: !Particle = !warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, mass: f32}>
// ALIAS-DAG: !Empty = !warp.struct<Empty {}>
// ALIAS-DAG: !Inner = !warp.struct<Inner {x: si32}>
// ALIAS-DAG: !Outer = !warp.struct<Outer {inner: !Inner, data: !warp.array<f32, 1>}>
// ALIAS-DAG: !with_space = !warp.struct<"with space" {"odd name": f32}>
// ALIAS: func.func private @structs(!Particle, !Empty, !Outer, !with_space)

// CHECK-LABEL: func.func private @scalars(i1, si8, si16, si32, si64, ui8, ui16, ui32, ui64, f16, f32, f64)
func.func private @scalars(i1, si8, si16, si32, si64, ui8, ui16, ui32, ui64, f16, f32, f64)

// CHECK-LABEL: func.func private @vectors(!warp.vec<2xf32>, !warp.vec<3xf64>, !warp.vec<4xf16>, !warp.vec<3xsi32>, !warp.vec<2xui8>, !warp.vec<16xf32>)
func.func private @vectors(!warp.vec<2xf32>, !warp.vec<3xf64>, !warp.vec<4xf16>, !warp.vec<3xsi32>, !warp.vec<2xui8>, !warp.vec<16xf32>)

// CHECK-LABEL: func.func private @matrices(!warp.mat<2x2xf32>, !warp.mat<3x3xf64>, !warp.mat<4x4xf16>, !warp.mat<3x4xf32>, !warp.mat<2x2xsi32>)
func.func private @matrices(!warp.mat<2x2xf32>, !warp.mat<3x3xf64>, !warp.mat<4x4xf16>, !warp.mat<3x4xf32>, !warp.mat<2x2xsi32>)

// CHECK-LABEL: func.func private @spatial(!warp.quat<f32>, !warp.quat<f64>, !warp.transform<f32>, !warp.transform<f16>)
func.func private @spatial(!warp.quat<f32>, !warp.quat<f64>, !warp.transform<f32>, !warp.transform<f16>)

// CHECK-LABEL: func.func private @structs(!Particle, !Empty, !Outer, !with_space)
func.func private @structs(!warp.struct<Particle {pos: !warp.vec<3xf32>, vel: !warp.vec<3xf32>, mass: f32}>, !warp.struct<Empty {}>, !warp.struct<Outer {inner: !warp.struct<Inner {x: si32}>, data: !warp.array<f32, 1>}>, !warp.struct<"with space" {"odd name": f32}>)

// CHECK-LABEL: func.func private @arrays(!warp.array<f32, 1>, !warp.array<si64, 4>, !warp.array<!warp.vec<3xf32>, 1>, !warp.array<!warp.mat<3x3xf32>, 2>, !warp.array<!warp.quat<f32>, 1>, !warp.array<!warp.transform<f64>, 3>, !warp.array<!P, 1>, !warp.array<i1, 2>)
func.func private @arrays(!warp.array<f32, 1>, !warp.array<si64, 4>, !warp.array<!warp.vec<3xf32>, 1>, !warp.array<!warp.mat<3x3xf32>, 2>, !warp.array<!warp.quat<f32>, 1>, !warp.array<!warp.transform<f64>, 3>, !warp.array<!warp.struct<P {m: f32}>, 1>, !warp.array<i1, 2>)

// CHECK-LABEL: func.func private @slots(!warp.ref<f32>, !warp.ref<!warp.vec<3xf32>>, !warp.ref<!warp.array<f32, 2>>)
func.func private @slots(!warp.ref<f32>, !warp.ref<!warp.vec<3xf32>>, !warp.ref<!warp.array<f32, 2>>)
