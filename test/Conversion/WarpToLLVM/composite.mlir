// Vector, matrix, quaternion and transform ops lower to insertvalue /
// extractvalue on nested !llvm.arrays and scalar arith that follows Warp's
// vec.h, mat.h, quat.h and spatial.h.
// RUN: warp-opt %s --convert-warp-to-cf --convert-warp-to-llvm | FileCheck %s

// CHECK-LABEL: llvm.func @construct(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[Y:[^:]*]]: f32, %[[Z:[^:]*]]: f32
// CHECK: %[[V0:.*]] = llvm.mlir.poison : !llvm.array<3 x f32>
// CHECK-NEXT: %[[V1:.*]] = llvm.insertvalue %[[X]], %[[V0]][0]
// CHECK-NEXT: %[[V2:.*]] = llvm.insertvalue %[[Y]], %[[V1]][1]
// CHECK-NEXT: llvm.insertvalue %[[Z]], %[[V2]][2]
// The splat form repeats its operand.
// CHECK: llvm.mlir.poison : !llvm.array<2 x array<2 x f32>>
// CHECK-COUNT-4: llvm.insertvalue %[[X]]
// A transform is p then q: seven components.
// CHECK: llvm.mlir.poison : !llvm.array<7 x f32>
// CHECK-COUNT-7: llvm.insertvalue
// CHECK: llvm.return
warp.func @construct(%x: f32, %y: f32, %z: f32, %q: !warp.quat<f32>) -> !warp.transform<f32> {
  %v = warp.vec %x, %y, %z : !warp.vec<3xf32>
  %m = warp.mat %x : !warp.mat<2x2xf32>
  %t = warp.transform %v, %q : !warp.transform<f32>
  warp.return %t : !warp.transform<f32>
}

// Columns are transposed into rows.
// CHECK-LABEL: llvm.func @from_cols(
// CHECK-SAME: %[[C0:[^:]*]]: !llvm.array<2 x f32>, %[[C1:[^:]*]]: !llvm.array<2 x f32>)
// CHECK-DAG: %[[A:.*]] = llvm.extractvalue %[[C0]][0]
// CHECK-DAG: %[[B:.*]] = llvm.extractvalue %[[C0]][1]
// CHECK-DAG: %[[C:.*]] = llvm.extractvalue %[[C1]][0]
// CHECK-DAG: %[[D:.*]] = llvm.extractvalue %[[C1]][1]
// CHECK: %[[R0:.*]] = llvm.insertvalue %[[A]], %{{.*}}[0]
// CHECK-NEXT: llvm.insertvalue %[[C]], %[[R0]][1]
// CHECK: %[[R1:.*]] = llvm.insertvalue %[[B]], %{{.*}}[0]
// CHECK-NEXT: llvm.insertvalue %[[D]], %[[R1]][1]
warp.func @from_cols(%c0: !warp.vec<2xf32>, %c1: !warp.vec<2xf32>) -> !warp.mat<2x2xf32> {
  %m = warp.matrix_from_cols %c0, %c1 : !warp.mat<2x2xf32>
  warp.return %m : !warp.mat<2x2xf32>
}

// CHECK-LABEL: llvm.func @from_rows(
// CHECK-COUNT-6: llvm.extractvalue
// CHECK-COUNT-6: llvm.insertvalue
warp.func @from_rows(%r0: !warp.vec<3xsi8>, %r1: !warp.vec<3xsi8>) -> !warp.mat<2x3xsi8> {
  %m = warp.matrix_from_rows %r0, %r1 : !warp.mat<2x3xsi8>
  warp.return %m : !warp.mat<2x3xsi8>
}

// CHECK-LABEL: llvm.func @identities(
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK: llvm.insertvalue %[[ONE]], %{{.*}}[0] : !llvm.array<2 x i32>
// CHECK-NEXT: llvm.insertvalue %[[ZERO]], %{{.*}}[1] : !llvm.array<2 x i32>
// CHECK: llvm.insertvalue %[[ZERO]], %{{.*}}[0] : !llvm.array<2 x i32>
// CHECK-NEXT: llvm.insertvalue %[[ONE]], %{{.*}}[1] : !llvm.array<2 x i32>
// CHECK: %[[FZERO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %[[FONE:.*]] = arith.constant 1.000000e+00 : f64
// CHECK: llvm.insertvalue %[[FZERO]], %{{.*}}[5] : !llvm.array<7 x f64>
// CHECK-NEXT: %[[T:.*]] = llvm.insertvalue %[[FONE]], %{{.*}}[6] : !llvm.array<7 x f64>
// CHECK-NEXT: llvm.return %[[T]]
warp.func @identities() -> !warp.transform<f64> {
  %m = warp.identity : !warp.mat<2x2xsi32>
  %t = warp.identity : !warp.transform<f64>
  warp.return %t : !warp.transform<f64>
}

// Constant indices, negative ones wrapped, become extractvalue positions.
// CHECK-LABEL: llvm.func @extract_static(
// CHECK: %[[ROW:.*]] = llvm.extractvalue %arg0[1] : !llvm.array<2 x array<3 x f32>>
// CHECK-NEXT: %[[E:.*]] = llvm.extractvalue %[[ROW]][0] : !llvm.array<3 x f32>
// CHECK-NEXT: llvm.return %[[E]]
warp.func @extract_static(%m: !warp.mat<2x3xf32>) -> f32 {
  %last = warp.constant -1 : si32
  %first = warp.constant 0 : ui8
  %r = warp.extract %m[%last, %first] : !warp.mat<2x3xf32>, si32, ui8
  warp.return %r : f32
}

// A dynamic signed index has the extent added when negative, then selects.
// CHECK-LABEL: llvm.func @extract_dynamic(
// CHECK-SAME: %[[V:[^:]*]]: !llvm.array<3 x f32>, %[[I:[^:]*]]: i64)
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %{{.*}} : i64
// CHECK-NEXT: %[[N:.*]] = arith.constant 3 : i64
// CHECK-NEXT: %[[SUM:.*]] = arith.addi %[[I]], %[[N]] : i64
// CHECK-NEXT: %[[W:.*]] = arith.select %[[NEG]], %[[SUM]], %[[I]] : i64
// CHECK-NEXT: %[[E2:.*]] = llvm.extractvalue %[[V]][2]
// CHECK-NEXT: %[[C1:.*]] = arith.constant 1 : i64
// CHECK-NEXT: %[[IS1:.*]] = arith.cmpi eq, %[[W]], %[[C1]] : i64
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %[[V]][1]
// CHECK-NEXT: %[[S1:.*]] = llvm.select %[[IS1]], %[[E1]], %[[E2]] : i1, f32
// CHECK-NEXT: %[[C0:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[IS0:.*]] = arith.cmpi eq, %[[W]], %[[C0]] : i64
// CHECK-NEXT: %[[E0:.*]] = llvm.extractvalue %[[V]][0]
// CHECK-NEXT: %[[S0:.*]] = llvm.select %[[IS0]], %[[E0]], %[[S1]] : i1, f32
// CHECK-NEXT: llvm.return %[[S0]]
warp.func @extract_dynamic(%v: !warp.vec<3xf32>, %i: si64) -> f32 {
  %r = warp.extract %v[%i] : !warp.vec<3xf32>, si64
  warp.return %r : f32
}

// A dynamic row of a matrix is selected as a whole; unsigned indices are
// not wrapped.
// CHECK-LABEL: llvm.func @extract_row(
// CHECK-NOT: arith.cmpi slt
// CHECK: llvm.select %{{.*}}, %{{.*}}, %{{.*}} : i1, !llvm.array<2 x f32>
warp.func @extract_row(%m: !warp.mat<2x2xf32>, %i: ui32) -> !warp.vec<2xf32> {
  %r = warp.extract %m[%i] : !warp.mat<2x2xf32>, ui32
  warp.return %r : !warp.vec<2xf32>
}

// A dynamic insert selects, per element, between it and the new value.
// CHECK-LABEL: llvm.func @insert_dynamic(
// CHECK-SAME: %[[Q:[^:]*]]: !llvm.array<4 x f16>, %[[I:[^:]*]]: i32, %[[X:[^:]*]]: f16)
// CHECK: %[[W:.*]] = arith.select %{{.*}}, %{{.*}}, %[[I]] : i32
// CHECK-NEXT: %[[E0:.*]] = llvm.extractvalue %[[Q]][0]
// CHECK-NEXT: arith.constant 0 : i32
// CHECK-NEXT: %[[IS0:.*]] = arith.cmpi eq, %[[W]], %{{.*}} : i32
// CHECK-NEXT: %[[S0:.*]] = llvm.select %[[IS0]], %[[X]], %[[E0]] : i1, f16
// CHECK-NEXT: llvm.insertvalue %[[S0]], %[[Q]][0]
// CHECK-COUNT-3: llvm.select
// CHECK: llvm.return
warp.func @insert_dynamic(%q: !warp.quat<f16>, %i: si32, %x: f16) -> !warp.quat<f16> {
  %r = warp.insert %x into %q[%i] : !warp.quat<f16>, si32
  warp.return %r : !warp.quat<f16>
}

// CHECK-LABEL: llvm.func @insert_static(
// CHECK: %[[ROW:.*]] = llvm.extractvalue %arg0[0]
// CHECK-NEXT: %[[NEW:.*]] = llvm.insertvalue %arg1, %[[ROW]][1]
// CHECK-NEXT: %[[M:.*]] = llvm.insertvalue %[[NEW]], %arg0[0]
// CHECK-NEXT: llvm.return %[[M]]
warp.func @insert_static(%m: !warp.mat<2x2xf32>, %x: f32) -> !warp.mat<2x2xf32> {
  %zero = warp.constant 0 : si32
  %one = warp.constant -1 : si32
  %r = warp.insert %x into %m[%zero, %one] : !warp.mat<2x2xf32>, si32, si32
  warp.return %r : !warp.mat<2x2xf32>
}

// vec3 sums the products directly; other lengths start from 0 (vec.h).
// CHECK-LABEL: llvm.func @dot3(
// CHECK: %[[P0:.*]] = arith.mulf
// CHECK-NEXT: %[[P1:.*]] = arith.mulf
// CHECK-NEXT: %[[S1:.*]] = arith.addf %[[P0]], %[[P1]] : f32
// CHECK-NEXT: %[[P2:.*]] = arith.mulf
// CHECK-NEXT: %[[S2:.*]] = arith.addf %[[S1]], %[[P2]] : f32
// CHECK-NEXT: llvm.return %[[S2]]
warp.func @dot3(%a: !warp.vec<3xf32>, %b: !warp.vec<3xf32>) -> f32 {
  %r = warp.dot %a, %b : !warp.vec<3xf32>
  warp.return %r : f32
}
// CHECK-LABEL: llvm.func @dot4(
// CHECK: %[[P0:.*]] = arith.muli
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0 : i32
// CHECK-NEXT: arith.addi %[[Z]], %[[P0]] : i32
// CHECK-COUNT-3: arith.addi
warp.func @dot4(%a: !warp.vec<4xui32>, %b: !warp.vec<4xui32>) -> ui32 {
  %r = warp.dot %a, %b : !warp.vec<4xui32>
  warp.return %r : ui32
}

// CHECK-LABEL: llvm.func @cross(
// CHECK-COUNT-3: arith.subi
warp.func @cross(%a: !warp.vec<3xsi32>, %b: !warp.vec<3xsi32>) -> !warp.vec<3xsi32> {
  %r = warp.cross %a, %b : !warp.vec<3xsi32>
  warp.return %r : !warp.vec<3xsi32>
}

// CHECK-LABEL: llvm.func @lengths(
// CHECK: arith.addf
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: %[[SQ:.*]] = arith.addf
// CHECK-NEXT: %[[L:.*]] = math.sqrt %[[SQ]] : f32
// CHECK: arith.muli
// CHECK: llvm.return
warp.func @lengths(%v: !warp.vec<3xf32>, %w: !warp.vec<2xsi16>) -> f32 {
  %l = warp.length %v : !warp.vec<3xf32>
  %s = warp.length_sq %w : !warp.vec<2xsi16>
  warp.return %l : f32
}

// A zero-length vector gives zeros (l > 0 fails), a quaternion the identity.
// CHECK-LABEL: llvm.func @normalize(
// CHECK: %[[L:.*]] = math.sqrt
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[POS:.*]] = arith.cmpf ogt, %[[L]], %[[ZERO]] : f32
// CHECK-NEXT: %[[D:.*]] = arith.divf %{{.*}}, %[[L]] : f32
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: arith.select %[[POS]], %[[D]], %[[Z]] : f32
// CHECK: %[[QL:.*]] = math.sqrt
// CHECK-NEXT: arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %[[QPOS:.*]] = arith.cmpf ogt, %[[QL]], %{{.*}} : f64
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f64
// CHECK-NEXT: %[[INV:.*]] = arith.divf %[[ONE]], %[[QL]] : f64
// CHECK-COUNT-3: arith.select %[[QPOS]]
// CHECK: %[[W:.*]] = arith.mulf %{{.*}}, %[[INV]] : f64
// CHECK-NEXT: %[[ID:.*]] = arith.constant 1.000000e+00 : f64
// CHECK-NEXT: arith.select %[[QPOS]], %[[W]], %[[ID]] : f64
warp.func @normalize(%v: !warp.vec<3xf32>, %q: !warp.quat<f64>) -> !warp.quat<f64> {
  %n = warp.normalize %v : !warp.vec<3xf32>
  %r = warp.normalize %q : !warp.quat<f64>
  warp.return %r : !warp.quat<f64>
}

// CHECK-LABEL: llvm.func @matrix_misc(
// outer: a[i] * b[j]
// CHECK-COUNT-6: arith.mulf
// transpose moves elements only; trace adds the diagonal to m[0][0].
// CHECK: %[[ROW1:.*]] = llvm.extractvalue %arg2[1]
// CHECK-NEXT: llvm.extractvalue %[[ROW1]][0]
// CHECK-NEXT: %[[M11:.*]] = llvm.extractvalue %[[ROW1]][1]
// CHECK-NEXT: %[[TR:.*]] = arith.addf %{{.*}}, %[[M11]] : f32
// diag: zeros off the diagonal.
// CHECK: arith.constant 0.000000e+00 : f32
// CHECK: llvm.return %[[TR]]
warp.func @matrix_misc(%a: !warp.vec<3xf32>, %b: !warp.vec<2xf32>, %m: !warp.mat<2x2xf32>) -> f32 {
  %o = warp.outer %a, %b : !warp.vec<3xf32>, !warp.vec<2xf32> -> !warp.mat<3x2xf32>
  %t = warp.transpose %o : !warp.mat<3x2xf32>
  %tr = warp.trace %m : !warp.mat<2x2xf32>
  %d = warp.diag %b : !warp.vec<2xf32>
  warp.return %tr : f32
}

// skew: [[0, -z, y], [z, 0, -x], [-y, x, 0]]; float negation is negf.
// CHECK-LABEL: llvm.func @skew(
// CHECK-DAG: %[[X:.*]] = llvm.extractvalue %arg0[0]
// CHECK-DAG: %[[Y:.*]] = llvm.extractvalue %arg0[1]
// CHECK-DAG: %[[Z:.*]] = llvm.extractvalue %arg0[2]
// CHECK-DAG: %[[NZ:.*]] = arith.negf %[[Z]] : f32
// CHECK-DAG: %[[NX:.*]] = arith.negf %[[X]] : f32
// CHECK-DAG: %[[NY:.*]] = arith.negf %[[Y]] : f32
// CHECK: llvm.insertvalue %[[NZ]], %{{.*}}[1]
// CHECK-NEXT: llvm.insertvalue %[[Y]], %{{.*}}[2]
warp.func @skew(%v: !warp.vec<3xf32>) -> !warp.mat<3x3xf32> {
  %r = warp.skew %v : !warp.vec<3xf32>
  warp.return %r : !warp.mat<3x3xf32>
}

// cw_div divides as C does: signed, unsigned or IEEE.
// CHECK-LABEL: llvm.func @cw(
// CHECK-COUNT-2: arith.divsi
// CHECK-COUNT-2: arith.divui
// CHECK-COUNT-4: arith.mulf
warp.func @cw(%a: !warp.vec<2xsi32>, %b: !warp.vec<2xui32>, %m: !warp.mat<2x2xf32>) -> !warp.mat<2x2xf32> {
  %0 = warp.cw_div %a, %a : !warp.vec<2xsi32>
  %1 = warp.cw_div %b, %b : !warp.vec<2xui32>
  %2 = warp.cw_mul %m, %m : !warp.mat<2x2xf32>
  warp.return %2 : !warp.mat<2x2xf32>
}

// determinant 2x2: m00 * m11 - m10 * m01.
// CHECK-LABEL: llvm.func @det2(
// CHECK-DAG: %[[R0:.*]] = llvm.extractvalue %arg0[0]
// CHECK-DAG: %[[A:.*]] = llvm.extractvalue %[[R0]][0]
// CHECK-DAG: %[[B:.*]] = llvm.extractvalue %[[R0]][1]
// CHECK-DAG: %[[R1:.*]] = llvm.extractvalue %arg0[1]
// CHECK-DAG: %[[C:.*]] = llvm.extractvalue %[[R1]][0]
// CHECK-DAG: %[[D:.*]] = llvm.extractvalue %[[R1]][1]
// CHECK: %[[AD:.*]] = arith.mulf %[[A]], %[[D]] : f32
// CHECK-NEXT: %[[CB:.*]] = arith.mulf %[[C]], %[[B]] : f32
// CHECK-NEXT: %[[R:.*]] = arith.subf %[[AD]], %[[CB]] : f32
// CHECK-NEXT: llvm.return %[[R]]
warp.func @det2(%m: !warp.mat<2x2xf32>) -> f32 {
  %r = warp.determinant %m : !warp.mat<2x2xf32>
  warp.return %r : f32
}

// The 4x4 determinant stores 2x2 minors as double and computes the
// cofactors in double, as mat.h does.
// CHECK-LABEL: llvm.func @det4(
// CHECK-COUNT-6: arith.extf %{{.*}} : f32 to f64
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f64
// CHECK-COUNT-4: arith.truncf %{{.*}} : f64 to f32
// CHECK-NEXT: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[R:.*]] = arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: llvm.return %[[R]] : f32
warp.func @det4(%m: !warp.mat<4x4xf32>) -> f32 {
  %r = warp.determinant %m : !warp.mat<4x4xf32>
  warp.return %r : f32
}

// inverse: 2x2 needs det > 0 or det < -0, 3x3 det != 0 (une), 4x4
// |det| > 0 in double; otherwise the zero matrix.
// CHECK-LABEL: llvm.func @inverse(
// CHECK: arith.cmpf ogt
// CHECK-NEXT: arith.negf
// CHECK-NEXT: arith.cmpf olt
// CHECK-NEXT: %[[OK2:.*]] = arith.ori
// CHECK-COUNT-4: arith.select %[[OK2]]
// CHECK: %[[OK3:.*]] = arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK-COUNT-9: arith.select %[[OK3]]
// CHECK: %[[ABS:.*]] = math.absf %{{.*}} : f64
// CHECK-NEXT: arith.constant 0.000000e+00 : f64
// CHECK-NEXT: %[[OK4:.*]] = arith.cmpf ogt, %[[ABS]], %{{.*}} : f64
// CHECK-NEXT: arith.constant 1.000000e+00 : f64
// CHECK-NEXT: %[[RCP:.*]] = arith.divf %{{.*}}, %{{.*}} : f64
// CHECK: arith.mulf %{{.*}}, %[[RCP]] : f64
// CHECK-NEXT: arith.truncf %{{.*}} : f64 to f32
// CHECK-COUNT-16: arith.select %[[OK4]]
warp.func @inverse(%a: !warp.mat<2x2xf32>, %b: !warp.mat<3x3xf32>, %c: !warp.mat<4x4xf32>) -> !warp.mat<4x4xf32> {
  %0 = warp.inverse %a : !warp.mat<2x2xf32>
  %1 = warp.inverse %b : !warp.mat<3x3xf32>
  %2 = warp.inverse %c : !warp.mat<4x4xf32>
  warp.return %2 : !warp.mat<4x4xf32>
}

// where: a bool as is, an integer != 0, an array's data pointer != null.
// CHECK-LABEL: llvm.func @where(
// CHECK-SAME: %[[B:[^:]*]]: i1, %[[N:[^:]*]]: i8, %[[A:[^:]*]]: !llvm.struct<(ptr, array<1 x i32>, array<1 x i64>)>, %[[X:[^:]*]]: !llvm.array<3 x f32>, %[[Y:[^:]*]]: !llvm.array<3 x f32>)
// CHECK-NEXT: %[[R0:.*]] = llvm.select %[[B]], %[[X]], %[[Y]] : i1, !llvm.array<3 x f32>
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0 : i8
// CHECK-NEXT: %[[NZ:.*]] = arith.cmpi ne, %[[N]], %[[Z]] : i8
// CHECK-NEXT: %[[R1:.*]] = llvm.select %[[NZ]], %[[R0]], %[[Y]]
// CHECK-NEXT: %[[P:.*]] = llvm.extractvalue %[[A]][0]
// CHECK-NEXT: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT: %[[NN:.*]] = llvm.icmp "ne" %[[P]], %[[NULL]] : !llvm.ptr
// CHECK-NEXT: %[[R2:.*]] = llvm.select %[[NN]], %[[R1]], %[[Y]]
// CHECK-NEXT: llvm.return %[[R2]]
warp.func @where(%b: i1, %n: ui8, %a: !warp.array<f32, 1>, %x: !warp.vec<3xf32>, %y: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %0 = warp.where %b, %x, %y : i1, !warp.vec<3xf32>
  %1 = warp.where %n, %0, %y : ui8, !warp.vec<3xf32>
  %2 = warp.where %a, %1, %y : !warp.array<f32, 1>, !warp.vec<3xf32>
  warp.return %2 : !warp.vec<3xf32>
}

// quat_from_axis_angle: (axis * sin(angle * 0.5), cos(angle * 0.5)).
// CHECK-LABEL: llvm.func @axis_angle(
// CHECK-SAME: %[[AXIS:[^:]*]]: !llvm.array<3 x f32>, %[[ANGLE:[^:]*]]: f32)
// CHECK-NEXT: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-NEXT: %[[H:.*]] = arith.mulf %[[ANGLE]], %[[HALF]] : f32
// CHECK-NEXT: %[[W:.*]] = math.cos %[[H]] : f32
// CHECK-NEXT: %[[S:.*]] = math.sin %[[H]] : f32
// CHECK-COUNT-3: arith.mulf %{{.*}}, %[[S]] : f32
// CHECK: llvm.insertvalue %[[W]], %{{.*}}[3]
warp.func @axis_angle(%axis: !warp.vec<3xf32>, %angle: f32) -> !warp.quat<f32> {
  %r = warp.quat_from_axis_angle %axis, %angle : !warp.vec<3xf32>
  warp.return %r : !warp.quat<f32>
}

// quat_rotate: c = 2 * w * w - 1, d = 2 * dot(q.xyz, v), then per component
// v[i] * c + q[i] * d + (q[j] * v[k] - q[k] * v[j]) * w * 2.
// CHECK-LABEL: llvm.func @rotate(
// CHECK: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[TW:.*]] = arith.mulf %[[TWO]], %[[QW:.*]] : f32
// CHECK-NEXT: %[[TWW:.*]] = arith.mulf %[[TW]], %[[QW]] : f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[TWW]], %[[ONE]] : f32
// CHECK: %[[D:.*]] = arith.mulf %[[TWO]], %{{.*}} : f32
// CHECK: %[[XC:.*]] = arith.mulf %{{.*}}, %[[C]] : f32
// CHECK-NEXT: %[[QD:.*]] = arith.mulf %{{.*}}, %[[D]] : f32
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[XC]], %[[QD]] : f32
// CHECK-NEXT: %[[TWQ:.*]] = arith.mulf %{{.*}}, %[[QW]] : f32
// CHECK-NEXT: %[[TW2:.*]] = arith.mulf %[[TWQ]], %[[TWO]] : f32
// CHECK-NEXT: arith.addf %[[SUM]], %[[TW2]] : f32
warp.func @rotate(%q: !warp.quat<f32>, %v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %r = warp.quat_rotate %q, %v : !warp.quat<f32>
  warp.return %r : !warp.vec<3xf32>
}

// CHECK-LABEL: llvm.func @quat_inverse(
// CHECK-COUNT-3: arith.negf
// CHECK-NOT: arith.negf
// CHECK: llvm.return
warp.func @quat_inverse(%q: !warp.quat<f32>) -> !warp.quat<f32> {
  %r = warp.quat_inverse %q : !warp.quat<f32>
  warp.return %r : !warp.quat<f32>
}

// transform_point adds p to the rotated vector; transform_vector does not.
// CHECK-LABEL: llvm.func @transform_apply(
// CHECK: %[[P0:.*]] = llvm.extractvalue %arg0[0] : !llvm.array<7 x f32>
// CHECK: arith.addf %[[P0]], %{{.*}} : f32
// CHECK-LABEL: llvm.func @transform_vector(
// CHECK: %[[P0:.*]] = llvm.extractvalue %arg0[0] : !llvm.array<7 x f32>
// CHECK-NOT: arith.addf %[[P0]],
// CHECK: llvm.return
warp.func @transform_apply(%t: !warp.transform<f32>, %v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %r = warp.transform_point %t, %v : !warp.transform<f32>
  warp.return %r : !warp.vec<3xf32>
}
warp.func @transform_vector(%t: !warp.transform<f32>, %v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %r = warp.transform_vector %t, %v : !warp.transform<f32>
  warp.return %r : !warp.vec<3xf32>
}

// With a 4x4 matrix: r = col(0) * v[0], r += col(i) * v[i], with v[3] = 1
// for a point and 0 for a vector.
// CHECK-LABEL: llvm.func @matrix_apply(
// CHECK: %[[W1:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: arith.mulf %{{.*}}, %[[W1]] : f32
// CHECK: %[[W0:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: arith.mulf %{{.*}}, %[[W0]] : f32
warp.func @matrix_apply(%m: !warp.mat<4x4xf32>, %v: !warp.vec<3xf32>) -> !warp.vec<3xf32> {
  %p = warp.transform_point %m, %v : !warp.mat<4x4xf32>
  %r = warp.transform_vector %m, %p : !warp.mat<4x4xf32>
  warp.return %r : !warp.vec<3xf32>
}

// CHECK-LABEL: llvm.func @transform_parts(
// CHECK: %[[QX:.*]] = llvm.extractvalue %arg0[3] : !llvm.array<7 x f32>
// CHECK: %[[Q:.*]] = llvm.mlir.poison : !llvm.array<4 x f32>
// CHECK-NEXT: llvm.insertvalue %[[QX]], %[[Q]][0]
warp.func @transform_parts(%t: !warp.transform<f32>) -> !warp.quat<f32> {
  %p = warp.transform_get_translation %t : !warp.transform<f32>
  %q = warp.transform_get_rotation %t : !warp.transform<f32>
  warp.return %q : !warp.quat<f32>
}
