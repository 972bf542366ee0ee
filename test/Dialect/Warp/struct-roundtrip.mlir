// Struct construction and field access round-trip, with nested structs,
// array fields and field names that need quoting.
// RUN: warp-opt %s | FileCheck %s
// RUN: warp-opt %s | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | warp-opt | FileCheck %s
// RUN: warp-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

!Inner = !warp.struct<Inner {w: f64, data: !warp.array<f32, 2>}>
!Outer = !warp.struct<Outer {inner: !Inner, id: si32}>

// CHECK-LABEL: warp.func @nested(
// CHECK-SAME: %[[W:[^:]*]]: f64, %[[A:[^:]*]]: !warp.array<f32, 2>, %[[ID:[^:]*]]: si32)
// CHECK-NEXT: %[[IN:.*]] = warp.struct %[[W]], %[[A]] : !Inner
// CHECK-NEXT: %[[OUT:.*]] = warp.struct %[[IN]], %[[ID]] : !Outer
// CHECK-NEXT: %[[GOT:.*]] = warp.getfield %[[OUT]]["inner"] : !Outer
// CHECK-NEXT: %[[DATA:.*]] = warp.getfield %[[GOT]]["data"] : !Inner
// CHECK-NEXT: %[[SET:.*]] = warp.setfield %[[GOT]]["w"] = %[[W]] : !Inner
// CHECK-NEXT: %{{.*}} = warp.setfield %[[OUT]]["inner"] = %[[SET]] : !Outer
// CHECK-NEXT: warp.return %[[DATA]]
// GENERIC: "warp.struct"(%{{.*}}, %{{.*}}) : (f64, !warp.array<f32, 2>) -> !Inner
// GENERIC: "warp.getfield"(%{{.*}}) <{field = "inner"}> : (!Outer) -> !Inner
// GENERIC: "warp.setfield"(%{{.*}}, %{{.*}}) <{field = "w"}> : (!Inner, f64) -> !Inner
warp.func @nested(%w: f64, %a: !warp.array<f32, 2>, %id: si32) -> !warp.array<f32, 2> {
  %in = warp.struct %w, %a : !Inner
  %out = warp.struct %in, %id : !Outer
  %got = warp.getfield %out["inner"] : !Outer
  %data = warp.getfield %got["data"] : !Inner
  %set = warp.setfield %got["w"] = %w : !Inner
  %out2 = warp.setfield %out["inner"] = %set : !Outer
  warp.return %data : !warp.array<f32, 2>
}

// A struct without fields is built from no operands (the printer writes no
// operand list); attributes survive.
// CHECK-LABEL: warp.func @small(
// CHECK: warp.struct : !Empty
// CHECK: warp.struct %{{.*}} {note} : !One
warp.func @small(%q: !warp.quat<f16>) {
  %e = warp.struct : !warp.struct<Empty {}>
  %s = warp.struct %q {note} : !warp.struct<One {x: !warp.quat<f16>}>
  warp.return
}
