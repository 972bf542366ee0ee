// Every type verifier and type parser message.
// RUN: warp-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{vector length must be 1 to 16, got 17}}
func.func private @f(!warp.vec<17xf32>)

// -----

// expected-error @+1 {{vector length must be 1 to 16, got 0}}
func.func private @f(!warp.vec<0xf32>)

// -----

// expected-error @+1 {{vector element must be a Warp integer or float, got 'i1'}}
func.func private @f(!warp.vec<3xi1>)

// -----

// expected-error @+1 {{expected 1 extent, got 2}}
func.func private @f(!warp.vec<3x3xf32>)

// -----

// expected-error @+1 {{expected 2 extents, got 1}}
func.func private @f(!warp.mat<3xf32>)

// -----

// expected-error @+1 {{matrix rows must be 1 to 16, got 20}}
func.func private @f(!warp.mat<20x3xf32>)

// -----

// expected-error @+1 {{matrix columns must be 1 to 16, got 0}}
func.func private @f(!warp.mat<3x0xf32>)

// -----

// expected-error @+1 {{matrix element must be a Warp integer or float, got 'i32'}}
func.func private @f(!warp.mat<3x3xi32>)

// -----

// expected-error @+1 {{extent out of range: 4294967296}}
func.func private @f(!warp.vec<4294967296xf32>)

// -----

// expected-error @+1 {{quaternion element must be f16, f32 or f64, got 'si32'}}
func.func private @f(!warp.quat<si32>)

// -----

// expected-error @+1 {{transform element must be f16, f32 or f64, got 'bf16'}}
func.func private @f(!warp.transform<bf16>)

// -----

// expected-error @+1 {{struct needs a name}}
func.func private @f(!warp.struct<"" {x: f32}>)

// -----

// expected-error @+1 {{struct "P" has two fields named 'x'}}
func.func private @f(!warp.struct<P {x: f32, x: si32}>)

// -----

// expected-error @+1 {{struct "P" field 'x' has type 'i8', which is not a Warp value type}}
func.func private @f(!warp.struct<P {x: i8}>)

// -----

// expected-error @+1 {{a variable slot holds a Warp value type, got 'index'}}
func.func private @f(!warp.ref<index>)

// -----

// expected-error @+1 {{a variable slot holds a Warp value type, got '!warp.ref<f32>'}}
func.func private @f(!warp.ref<!warp.ref<f32>>)

// -----

// expected-error @+1 {{array dtype must be a Warp scalar (i1, si8..si64, ui8..ui64, f16, f32, f64), vector, matrix, quaternion, transform or struct, got '!warp.array<f32, 1>'}}
func.func private @f(!warp.array<!warp.array<f32, 1>, 1>)
